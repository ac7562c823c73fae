"""Pictures by suffix: ``write_graph`` and ``kgraph build -o graph.html`` (or .png)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.cli import EXIT_OK, main
from kgraph.export import PICTURE_FORMATS, write_graph
from kgraph.types import KnowledgeGraph

pytest.importorskip("pyvis")
pytest.importorskip("matplotlib")

ARTICLE = "万托科技(嘉兴)有限公司负责人陈学金说,南湖实验室位于湘家荡区域。\n"
MAGIC = {
    "html": b"<!DOCTYPE html>",
    "png": b"\x89PNG",
    "svg": b"<?xml",
    "pdf": b"%PDF",
}


@pytest.mark.parametrize("fmt", sorted(PICTURE_FORMATS))
def test_write_graph_writes_pictures_by_suffix(
    small_kg: KnowledgeGraph, tmp_path: Path, fmt: str
) -> None:
    dest = tmp_path / f"kg.{fmt}"
    assert write_graph(small_kg, dest) == fmt
    assert dest.read_bytes().startswith(MAGIC[fmt])


@pytest.mark.parametrize(
    ("name", "magic"),
    [
        ("graph.html", b"<!DOCTYPE html>"),
        ("graph.png", b"\x89PNG"),
        ("g.svg", b"<?xml"),
        ("g.pdf", b"%PDF"),
    ],
)
def test_write_pictures_from_the_command_line(
    tmp_path: Path, name: str, magic: bytes
) -> None:
    article = tmp_path / "a1.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out" / name
    assert main(["build", str(article), "-o", str(out), "--engine", "jieba", "-q"]) == 0
    assert out.read_bytes().startswith(magic)


def test_write_pictures_html_by_format_option(tmp_path: Path) -> None:
    article = tmp_path / "a1.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "page.htm"
    argv = [
        "build",
        str(article),
        "-o",
        str(out),
        "--format",
        "html",
        "--engine",
        "jieba",
    ]
    assert main([*argv, "-q"]) == EXIT_OK
    assert "南湖实验室" in out.read_text(encoding="utf-8")
