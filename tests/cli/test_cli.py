"""Tests for kgraph.cli: ``kgraph build`` in-process (jieba engine) and once via -m."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Graph, Literal

from kgraph import __version__
from kgraph.cli import EXIT_ERROR, EXIT_FAILED_INPUTS, EXIT_OK, main
from kgraph.errors import InvalidInputError
from kgraph.export.vocab import KG

REPO = Path(__file__).parents[2]
SAMPLE = REPO / "examples" / "a1_xiangjiadang.txt"
TEXT = "南湖实验室位于嘉兴市南湖区湘家荡区域。万托科技(嘉兴)有限公司负责人陈学金说。\n"
JIEBA = ("--engine", "jieba")


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    """Write ``data`` (str as UTF-8) to ``folder/name``, creating parents."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _build(*args: str | Path) -> int:
    """Run ``kgraph build ARGS --engine jieba`` in-process (``--jobs 1`` unless given).

    One process keeps these tests fast and lets them patch the pipeline; the
    worker processes have tests of their own (``--jobs 2``).
    """
    jobs = () if "--jobs" in args else ("--jobs", "1")
    return main(["build", *map(str, args), *JIEBA, *jobs])


def _stderr_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().err.splitlines()


def test_cli_build_node_link_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "graph.json"
    assert _build(_write(tmp_path, "a.txt", TEXT), "-o", out) == EXIT_OK
    nodes = json.loads(out.read_text(encoding="utf-8"))["nodes"]
    assert all("label" in node and "type" in node for node in nodes)
    assert ("陈学金", "PERSON") in {(n["label"], n["type"]) for n in nodes}
    (line,) = _stderr_lines(capsys)
    assert line.startswith("kgraph: built 1 document, ")
    assert line.endswith(f"relations -> {out}") or line.endswith(f"relation -> {out}")


def test_cli_build_turtle_parses(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    assert _build(_write(tmp_path, "a.txt", TEXT), "-o", out) == EXIT_OK
    graph = Graph().parse(out, format="turtle")
    assert (None, RDFS.label, Literal("陈学金", lang="zh")) in graph


def test_cli_build_graphml_reads_with_networkx(tmp_path: Path) -> None:
    out = tmp_path / "graph.graphml"
    assert _build(_write(tmp_path, "a.txt", TEXT), "-o", out) == EXIT_OK
    graph = nx.read_graphml(out)
    assert "陈学金" in {attrs.get("label") for _, attrs in graph.nodes(data=True)}


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize(
    ("name", "rdf_format"), [("graph.nt", "nt"), ("graph.jsonld", "json-ld")]
)
def test_cli_build_other_rdf_formats(
    tmp_path: Path, name: str, rdf_format: str
) -> None:
    out = tmp_path / name
    assert _build(_write(tmp_path, "a.txt", TEXT), "-o", out) == EXIT_OK
    assert len(Graph().parse(out, format=rdf_format)) > 0


def test_cli_format_option_overrides_suffix(tmp_path: Path) -> None:
    out = tmp_path / "graph.out"
    source = _write(tmp_path, "a.txt", TEXT)
    assert _build(source, "-o", out, "--format", "turtle") == EXIT_OK
    assert len(Graph().parse(out, format="turtle")) > 0


def test_cli_unknown_suffix_fails_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "graph.xlsx"
    assert _build(tmp_path / "missing.txt", "-o", out) == EXIT_ERROR
    (line,) = _stderr_lines(capsys)
    assert line.startswith("kgraph: error: cannot tell the output format of ")
    assert ".ttl" in line
    assert not out.exists()


def test_cli_binary_file_is_reported_and_others_built(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "in/a.txt", TEXT)
    binary = _write(tmp_path, "in/b.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    out = tmp_path / "graph.json"
    assert _build(tmp_path / "in", "-o", out) == EXIT_FAILED_INPUTS
    lines = _stderr_lines(capsys)
    assert lines[0] == f"kgraph: error: {binary}: binary file (contains NUL bytes)"
    assert lines[-1] == f"kgraph: built 1 document, 1 failed: {binary}"
    assert "Traceback" not in "\n".join(lines)
    assert json.loads(out.read_text(encoding="utf-8"))["nodes"]


def test_cli_jobs_2_writes_the_bytes_of_jobs_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "in/a.txt", TEXT)
    binary = _write(tmp_path, "in/b.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _write(tmp_path, "in/c.txt", "浙江大学位于杭州市西湖区。校长张三说。\n")
    _write(tmp_path, "in/d.txt", "嘉兴市南湖区湘家荡区域(七星街道)的南湖研究院。\n")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}.ttl"
        assert _build(tmp_path / "in", "-o", out, "--jobs", jobs) == EXIT_FAILED_INPUTS
        lines = _stderr_lines(capsys)
        assert lines[-1] == f"kgraph: built 3 documents, 1 failed: {binary}"
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert "陈学金".encode() in outputs[1]


@pytest.mark.parametrize("jobs", ["0", "two"])
def test_cli_bad_jobs_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    out = tmp_path / "graph.ttl"
    assert _build(_write(tmp_path, "a.txt", TEXT), "-o", out, "--jobs", jobs) == 2
    assert "expected 1 or more processes" in capsys.readouterr().err
    assert not out.exists()


def test_cli_lists_every_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _write(tmp_path, "a.txt", TEXT)
    binary = _write(tmp_path, "b.bin", b"\x00\x01")
    latin = _write(tmp_path, "c.txt", "café, naïve, déjà vu".encode("latin-1"))
    missing = tmp_path / "d.txt"
    out = tmp_path / "graph.ttl"
    status = _build(good, binary, latin, missing, "-o", out)
    assert status == EXIT_FAILED_INPUTS
    lines = _stderr_lines(capsys)
    assert (
        lines[-1] == f"kgraph: built 1 document, 3 failed: {binary}, {latin}, {missing}"
    )
    assert f"kgraph: error: {missing}: no such file or directory" in lines
    assert any(line.startswith(f"kgraph: error: {latin}: not UTF-8") for line in lines)
    assert out.exists()


def test_cli_nothing_readable_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = _write(tmp_path, "b.bin", b"\x00\x01")
    out = tmp_path / "graph.ttl"
    assert _build(binary, "-o", out) == EXIT_FAILED_INPUTS
    lines = _stderr_lines(capsys)
    assert lines[-1] == f"kgraph: built 0 documents, 1 failed: {binary}"
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8.txt", TEXT.encode("utf-8")),
        ("bom.txt", TEXT.encode("utf-8-sig")),
        ("gbk.txt", TEXT.encode("gbk")),
        ("gb18030.txt", TEXT.encode("gb18030")),
    ],
)
def test_cli_reads_chinese_encodings(tmp_path: Path, name: str, data: bytes) -> None:
    out = tmp_path / "graph.json"
    assert _build(_write(tmp_path, name, data), "-o", out) == EXIT_OK
    labels = {n["label"] for n in json.loads(out.read_text("utf-8"))["nodes"]}
    assert "陈学金" in labels


def test_cli_empty_and_blank_documents_are_not_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = _write(tmp_path, "empty.txt", b"")
    blank = _write(tmp_path, "blank.txt", b" \r\n\t\n")
    out = tmp_path / "graph.ttl"
    assert _build(empty, blank, "-o", out) == EXIT_OK
    (line,) = _stderr_lines(capsys)
    # each document is in the output as its ARTICLE node, even with no text
    assert line == f"kgraph: built 2 documents, 2 entities, 0 relations -> {out}"
    graph = Graph().parse(out, format="turtle")
    assert len(set(graph.subjects(RDF.type, KG.Article))) == 2


def test_cli_nested_directories_give_relative_doc_ids(tmp_path: Path) -> None:
    _write(tmp_path, "corpus/2024/05/a.txt", TEXT)
    _write(tmp_path, "corpus/b.md", TEXT.encode("gbk"))
    _write(tmp_path, "corpus/.hidden/c.txt", b"\x00")  # skipped, not an error
    _write(tmp_path, "corpus/notes.csv", b"\x00")  # skipped, not an error
    out = tmp_path / "graph.json"
    assert _build(tmp_path / "corpus", "-o", out) == EXIT_OK
    links = json.loads(out.read_text("utf-8"))["edges"]
    assert {link["doc_id"] for link in links} == {"2024/05/a", "b"}


def test_cli_reads_stdin(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(TEXT.encode("gbk")))
    monkeypatch.setattr(sys, "stdin", stdin)
    out = tmp_path / "graph.json"
    assert _build("-", "-o", out) == EXIT_OK
    links = json.loads(out.read_text("utf-8"))["edges"]
    assert {link["doc_id"] for link in links} == {"stdin"}
    assert capsys.readouterr().err.startswith("kgraph: built 1 document, ")


def test_cli_quiet_prints_nothing_on_success(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = [_write(tmp_path, f"in/{i}.txt", TEXT) for i in range(7)]
    assert _build(*sources, "-o", tmp_path / "g.ttl", "--quiet") == EXIT_OK
    assert capsys.readouterr().err == ""


def test_cli_no_progress_bar_when_stderr_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _ = [_write(tmp_path, f"in/{i}.txt", TEXT) for i in range(7)]
    assert _build(tmp_path / "in", "-o", tmp_path / "g.ttl") == EXIT_OK
    (line,) = _stderr_lines(capsys)
    assert line.startswith("kgraph: built 7 documents, ")


def test_cli_creates_the_output_directory(tmp_path: Path) -> None:
    out = tmp_path / "out" / "sub" / "graph.ttl"
    assert _build(_write(tmp_path, "a.txt", TEXT), "-o", out) == EXIT_OK
    assert out.is_file()


def test_cli_output_is_a_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "graph.ttl").mkdir()
    source = _write(tmp_path, "a.txt", TEXT)
    assert _build(source, "-o", tmp_path / "graph.ttl") == EXIT_ERROR
    (line,) = _stderr_lines(capsys)
    assert line.startswith("kgraph: error: cannot write ")
    assert "is a directory" in line


def test_cli_write_failure_is_one_line_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "graph.ttl"

    def refuse(*args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied", str(out))

    monkeypatch.setattr("kgraph.export.write_graph", refuse)  # cli imports it per run
    assert _build(_write(tmp_path, "a.txt", TEXT), "-o", out) == EXIT_ERROR
    assert _stderr_lines(capsys) == [f"kgraph: error: {out}: Permission denied"]


def test_cli_document_failure_is_reported_and_others_built(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kgraph.run.pipeline import extract_document

    def fail_on_b(text: str, **kwargs: object) -> object:
        if kwargs["doc_id"] == "b":
            raise InvalidInputError("something odd in b")
        return extract_document(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("kgraph.run.pipeline.extract_document", fail_on_b)
    first = _write(tmp_path, "a.txt", TEXT)
    second = _write(tmp_path, "b.txt", TEXT)
    out = tmp_path / "graph.ttl"
    assert _build(first, second, "-o", out) == EXIT_FAILED_INPUTS
    lines = _stderr_lines(capsys)
    assert f"kgraph: error: {second}: something odd in b" in lines
    assert lines[-1] == f"kgraph: built 1 document, 1 failed: {second}"
    assert out.exists()


@pytest.mark.parametrize("per_document", [False, True])
def test_cli_internal_error_in_one_document_is_one_line_and_a_log(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    per_document: bool,
) -> None:
    import kgraph.run.pipeline

    real = kgraph.run.pipeline._extract

    def bug_in_b(text: str, doc_id: str, *args: object) -> object:
        if doc_id == "b":
            raise KeyError("a bug")  # what an unexpected internal error looks like
        return real(text, doc_id, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(kgraph.run.pipeline, "_extract", bug_in_b)
    first = _write(tmp_path, "in/a.txt", TEXT)
    second = _write(tmp_path, "in/b.txt", TEXT)
    third = _write(tmp_path, "in/c.txt", TEXT)
    out = tmp_path / ("pred" if per_document else "graph.json")
    flags = ("--per-document",) if per_document else ()
    status = _build(tmp_path / "in", "-o", out, *flags)
    assert status == EXIT_FAILED_INPUTS
    captured = capsys.readouterr()
    log = out / "errors.log" if per_document else Path(f"{out}.errors.log")
    assert "Traceback" not in captured.err
    assert (
        f"kgraph: error: {second}: internal error, KeyError: 'a bug' "
        f"(traceback in {log})"
    ) in captured.err.splitlines()
    assert "Traceback" in log.read_text(encoding="utf-8")
    assert "KeyError: 'a bug'" in log.read_text(encoding="utf-8")
    if per_document:
        assert sorted(p.name for p in out.glob("*.json")) == ["a.json", "c.json"]
    else:
        docs = {n["label"] for n in json.loads(out.read_text())["nodes"]}
        assert "陈学金" in docs
    del first, third


def test_cli_missing_user_dictionary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(tmp_path, "a.txt", TEXT)
    status = _build(source, "-o", tmp_path / "g.ttl", "--user-dict", "nope.tsv")
    assert status == EXIT_ERROR
    (line,) = _stderr_lines(capsys)
    assert line.startswith("kgraph: error: ")
    assert "nope.tsv" in line


def test_cli_user_dictionary_names_are_tagged(tmp_path: Path) -> None:
    names = _write(tmp_path, "names.tsv", "七星服务\tORG\n")
    source = _write(tmp_path, "a.txt", "七星服务今天开业。\n")
    out = tmp_path / "graph.json"
    assert _build(source, "-o", out, "--user-dict", names) == EXIT_OK
    nodes = json.loads(out.read_text("utf-8"))["nodes"]
    assert ("七星服务", "ORG") in {(n["label"], n["type"]) for n in nodes}


def test_cli_per_document_writes_one_file_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "in/a.txt", TEXT)
    _write(tmp_path, "in/sub/b.txt", TEXT)
    out = tmp_path / "pred"
    assert _build(tmp_path / "in", "-o", out, "--per-document") == EXIT_OK
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert written == ["a.json", "sub/b.json"]
    assert json.loads((out / "a.json").read_text("utf-8"))["nodes"]
    assert _stderr_lines(capsys)[-1].endswith(f"-> {out} (2 files)")


def test_cli_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == EXIT_ERROR
    assert "usage: kgraph" in capsys.readouterr().err


def test_cli_usage_error_returns_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "a.txt"]) == EXIT_ERROR  # no -o OUT nor --into STORE
    assert "say where to write the graph: -o OUT" in capsys.readouterr().err
    assert main(["build", "a.txt", "-o", "x.ttl", "--bogus"]) == EXIT_ERROR
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == __version__


@pytest.mark.slow
def test_cli_lac_sample_article_turtle(tmp_path: Path) -> None:
    out = tmp_path / "a1.ttl"
    assert main(["build", str(SAMPLE), "-o", str(out), "--quiet"]) == EXIT_OK
    graph = Graph().parse(out, format="turtle")

    def entity(label: str, kind: object) -> object:
        (node,) = (
            s
            for s in graph.subjects(RDFS.label, Literal(label, lang="zh"))
            if (s, RDF.type, kind) in graph
        )
        return node

    lab = entity("南湖实验室", KG.Organization)
    area = entity("湘家荡区域", KG.Place)
    assert (lab, KG.locatedIn, area) in graph, graph.serialize(format="turtle")


@pytest.mark.slow
def test_cli_python_m_kgraph(tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    sample = SAMPLE.relative_to(REPO).as_posix()
    result = subprocess.run(
        [sys.executable, "-m", "kgraph", "build", sample, "-o", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    assert result.stderr.startswith("kgraph: built 1 document, ")


def test_cli_merges_file_and_resolution(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", "杭州科百特过滤器有限公司投产。\n".encode())
    b = _write(tmp_path, "b.txt", "科百特过滤器有限公司负责人林建国说。\n".encode())
    out = tmp_path / "graph.json"
    assert _build(a, b, "-o", out) == EXIT_OK
    labels = {n["label"] for n in json.loads(out.read_text(encoding="utf-8"))["nodes"]}
    assert "杭州科百特过滤器有限公司" in labels
    assert "科百特过滤器有限公司" not in labels  # resolved into the full name
    merges = tmp_path / "merges.tsv"
    merges.write_text(
        "different\t杭州科百特过滤器有限公司\t科百特过滤器有限公司\n", encoding="utf-8"
    )
    assert _build(a, b, "-o", out, "--merges", merges) == EXIT_OK
    labels = {n["label"] for n in json.loads(out.read_text(encoding="utf-8"))["nodes"]}
    assert "科百特过滤器有限公司" in labels  # the veto keeps them apart


def test_cli_bad_merges_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _write(tmp_path, "a.txt", "你好。\n".encode())
    merges = tmp_path / "merges.tsv"
    merges.write_text("merge A B\n", encoding="utf-8")
    assert _build(a, "-o", tmp_path / "g.json", "--merges", merges) == EXIT_ERROR
    assert "merges.tsv:1: expected" in capsys.readouterr().err


def test_cli_build_neo4j_writes_the_import_folder(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("万托科技(嘉兴)有限公司负责人陈学金说，公司位于嘉兴市。\n", "utf-8")
    out = tmp_path / "neo"
    args = ["build", str(src), "-o", str(out), "--format", "neo4j", "-q", "--jobs", "1"]
    assert main(args) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "import.cypher",
        "nodes.csv",
        "relationships.csv",
    ]
    assert "WORKS_FOR" in (out / "relationships.csv").read_text("utf-8")


def test_cli_build_neo4j_refuses_a_file_and_per_document(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("陈学金说。\n", "utf-8")
    taken = tmp_path / "taken"
    taken.write_text("x", "utf-8")
    neo4j = ["--format", "neo4j", "--jobs", "1"]
    assert main(["build", str(src), "-o", str(taken), *neo4j]) == 2
    args = ["build", str(src), "-o", str(tmp_path / "d"), *neo4j]
    assert main([*args, "--per-document"]) == 2


def test_cli_engine_names_are_the_pipelines() -> None:
    from kgraph.cli import _ENGINE_NAMES
    from kgraph.run.pipeline import ENGINES

    assert list(_ENGINE_NAMES) == list(ENGINES)


def test_cli_build_to_standard_output(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """``-o -`` writes Turtle (or --format) to stdout, messages to stderr."""
    a = _write(tmp_path, "a.txt", "万托科技(嘉兴)有限公司负责人陈学金说。\n")
    assert _build(a, "-o", "-") == EXIT_OK
    out = capsysbinary.readouterr()
    assert len(Graph().parse(data=out.out.decode("utf-8"), format="turtle")) > 0
    assert not (tmp_path / "-").exists()
    assert _build(a, "-o", "-", "--format", "node-link", "-q") == EXIT_OK
    data = json.loads(capsysbinary.readouterr().out)
    assert any(n["label"] == "陈学金" for n in data["nodes"])


def test_cli_build_to_standard_output_is_one_graph(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", "陈学金说。\n")
    assert _build(a, "-o", "-", "--per-document") == EXIT_ERROR
    assert _build(a, "-o", "-", "--format", "neo4j") == EXIT_ERROR


def test_cli_build_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """``kgraph build … -o - | head -c 1``: no traceback when the reader goes."""
    line = "青禾{}有限公司负责人陈学金说，公司位于嘉兴市。\n"
    text = "".join(line.format(i) for i in range(300))
    a = _write(tmp_path, "a.txt", text)
    command = [sys.executable, "-m", "kgraph", "build", str(a), "-o", "-"]
    command += ["--format", "nt", "--jobs", "1", *JIEBA]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(1)
    proc.stdout.close()  # the reader goes away before the graph is written
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=120) == EXIT_OK
    assert "Traceback" not in err and "BrokenPipe" not in err
