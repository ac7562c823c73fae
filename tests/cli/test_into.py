"""Tests for kgraph.cli.into: ``kgraph build PATH... --into STORE|FILE``."""

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
        ((), "-o OUT (a file) or --into TARGET"),
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


def _build(*args: str) -> int:
    return main(["build", *args, *JIEBA])


def _graph_quads(folder: Path) -> dict[str, set[str]]:
    """The quads of each graph of a store, by graph name ("" the default)."""
    store = pyoxigraph.Store.read_only(str(folder))
    found: dict[str, set[str]] = {}
    for quad in store:
        name = (
            ""
            if isinstance(quad.graph_name, pyoxigraph.DefaultGraph)
            else str(quad.graph_name.value)
        )
        found.setdefault(name, set()).add(str(quad.triple))
    return found


def test_cli_into_store_grows_as_building_all_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path)
    a, b, c = (str(corpus / name) for name in ARTICLES)
    grown, whole = tmp_path / "grown", tmp_path / "whole"
    assert _build(a, b, "--into", str(grown)) == EXIT_OK
    before = _graph_quads(grown)
    capsys.readouterr()
    assert main(["build", c, "--into", str(grown), "--engine", "jieba"]) == EXIT_OK
    message = capsys.readouterr().err
    assert _build(a, b, c, "--into", str(whole)) == EXIT_OK
    after = _graph_quads(grown)
    assert after == _graph_quads(whole)
    changed = {g for g in before.keys() | after.keys() if before.get(g) != after.get(g)}
    assert len(changed - {""}) >= 1 and len(before) >= 2
    named = len(changed - {""})
    assert f"wrote {named} named graph" in message
    assert len(changed) < len(after)  # the graphs of a and b were not all written


def test_cli_into_store_replaces_a_document_seen_before(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    a, b = str(corpus / "a.txt"), str(corpus / "b.txt")
    grown, whole = tmp_path / "grown", tmp_path / "whole"
    assert _build(a, b, "--into", str(grown)) == EXIT_OK
    (corpus / "b.txt").write_text(
        "青禾科技有限公司落户湖州市吴兴区。\n", encoding="utf-8"
    )
    assert _build(b, "--into", str(grown)) == EXIT_OK
    assert _build(a, b, "--into", str(whole)) == EXIT_OK
    quads = _graph_quads(grown)
    assert quads == _graph_quads(whole)
    assert not any("3亿元" in q for graph in quads.values() for q in graph)


def test_cli_into_a_graph_file_grows(tmp_path: Path) -> None:
    from kgraph import read_graph

    corpus = _corpus(tmp_path)
    a, b, c = (str(corpus / name) for name in ARTICLES)
    grown, whole = tmp_path / "grown.trig", tmp_path / "whole.trig"
    assert _build(a, b, "--into", str(grown)) == EXIT_OK
    assert _build(c, "--into", str(grown)) == EXIT_OK
    assert _build(a, b, c, "-o", str(whole)) == EXIT_OK
    assert read_graph(grown) == read_graph(whole)
    assert not list(tmp_path.glob(".*partial"))  # the temporary file is gone


def test_cli_into_a_broken_graph_file_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path)
    target = tmp_path / "old.ttl"
    target.write_text("this is no Turtle", encoding="utf-8")
    assert _build(str(corpus / "a.txt"), "--into", str(target)) == EXIT_ERROR
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("kgraph: error: ") and "old.ttl" in line
    assert target.read_text(encoding="utf-8") == "this is no Turtle"
