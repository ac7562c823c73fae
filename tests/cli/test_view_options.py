"""Tests for kgraph.cli.views: ``kgraph build ... --place / --around / --types``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgraph.cli import EXIT_ERROR, EXIT_OK, main

TEXT = (
    "南湖实验室位于嘉兴市南湖区湘家荡区域，总投资5亿元。"
    "万托科技(嘉兴)有限公司负责人陈学金说，公司发展很快。\n"
)
QUICK = ("-q", "--jobs", "1")


def _labels(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return sorted(n["label"] for n in data["nodes"])


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_cli_views_place(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    assert (
        main(["build", str(article), "-o", str(out), "--place", "南湖区", *QUICK]) == 0
    )
    # the investment event goes with its amount
    assert _labels(out) == ["5亿元", "南湖区", "南湖实验室", "投资 5亿元", "湘家荡区域"]


def test_cli_views_around_and_types(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    args = ["--around", "陈学金", "--types", "PERSON,ORG"]
    assert main(["build", str(article), "-o", str(out), *args, *QUICK]) == EXIT_OK
    assert _labels(out) == ["万托科技(嘉兴)有限公司", "陈学金"]


def test_cli_views_hide_isolated(article: Path, tmp_path: Path) -> None:
    whole, linked = tmp_path / "whole.json", tmp_path / "linked.json"
    assert main(["build", str(article), "-o", str(whole), *QUICK]) == EXIT_OK
    hide = ["--hide-isolated", "--relations", "works_for"]
    assert main(["build", str(article), "-o", str(linked), *hide, *QUICK]) == EXIT_OK
    assert _labels(linked) == ["万托科技(嘉兴)有限公司", "陈学金"]
    assert len(_labels(whole)) > len(_labels(linked))


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--around", "没有这个"), "no entity is called '没有这个'"),
        (("--types", "CITY"), "known types"),
        (("--hops", "2"), "--hops goes with --around"),
        (("--period", "2024-13"), "expected YYYY, YYYY-MM"),
        (("--period", "2024/2023"), "it ends before it starts"),
        (("--place", "南湖区", "--into", "store"), "view options are for -o OUT"),
    ],
)
def test_cli_views_bad_views_are_one_line(
    article: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: tuple[str, ...],
    message: str,
) -> None:
    out = () if "--into" in extra else ("-o", str(tmp_path / "x.json"))
    assert main(["build", str(article), *out, *extra, *QUICK]) == EXIT_ERROR
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("kgraph: error: ") and message in line
