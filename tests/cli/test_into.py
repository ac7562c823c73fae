"""Tests for kgraph.cli.into: ``kgraph build PATH... --into STORE``."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.cli import EXIT_ERROR, EXIT_OK, main

pyoxigraph = pytest.importorskip("pyoxigraph")

#: three short articles: a company named in full and short (resolution merges
#: them across articles), places shared by all three, a person with a post
ARTICLES = {
    "a.txt": "杭州科百特过滤器有限公司位于嘉兴市南湖区。董事长张明表示将扩大投资。\n",
    "b.txt": "科百特过滤器有限公司在嘉兴市南湖区新建厂房，总投资3亿元。\n",
    "c.txt": "南湖实验室位于嘉兴市南湖区湘家荡区域。负责人陈学金出席活动。\n",
}
JIEBA = ("--engine", "jieba", "-q")


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _quads(folder: Path) -> set[str]:
    return {str(q) for q in pyoxigraph.Store.read_only(str(folder))}


def test_cli_into_store_equals_the_trig_file_loaded(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    into, loaded, trig = tmp_path / "into", tmp_path / "loaded", tmp_path / "x.trig"
    assert main(["build", str(corpus), "--into", str(into), *JIEBA]) == EXIT_OK
    assert main(["build", str(corpus), "-o", str(trig), *JIEBA]) == EXIT_OK
    assert main(["load", str(trig), "--store", str(loaded), "-q"]) == EXIT_OK
    quads = _quads(into)
    graphs = {q.rsplit(" ", 2)[1] for q in quads if q.count(" <") >= 3}
    assert len(graphs) >= 3  # one named graph per article (and the default one)
    assert any("mergedInto" in q for q in quads)  # the corpus was resolved
    assert quads == _quads(loaded)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ((), "-o OUT (a file) or --into STORE"),
        (("-o", "x.trig"), "not both"),
        (("--per-document",), "--per-document and --format are for -o OUT"),
    ],
)
def test_cli_into_bad_combinations_are_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: tuple[str, ...],
    message: str,
) -> None:
    into = () if extra == () else ("--into", str(tmp_path / "store"))
    assert main(["build", "a.txt", *into, *extra]) == EXIT_ERROR
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("kgraph: error: ") and message in line


def test_cli_into_a_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "store"
    file.write_text("not a store")
    assert main(["build", "a.txt", "--into", str(file)]) == EXIT_ERROR
    assert "needs a folder" in capsys.readouterr().err
