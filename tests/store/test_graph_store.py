"""Tests for kgraph.store.graph_store, ``kgraph load`` and ``kgraph query``."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from kgraph.cli import EXIT_ERROR, EXIT_OK, main
from kgraph.errors import InvalidInputError, KGraphError, StoreLockedError
from kgraph.export import DEFAULT_BASE, graph_name, write_graph
from kgraph.store.graph_store import GraphStore, load, query
from kgraph.types import KnowledgeGraph

pytest.importorskip("pyoxigraph")
pd = pytest.importorskip("pandas")

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")

#: The "Done when" query: organisations located in 湘家荡区域, with evidence.
ORGS_IN_XIANGJIADANG = """
SELECT ?org ?name ?evidence ?article WHERE {
    ?place rdfs:label "湘家荡区域"@zh .
    ?org a kg:Organization ; rdfs:label ?name ; kg:locatedIn ?place .
    ?stmt rdf:subject ?org ; rdf:predicate kg:locatedIn ; rdf:object ?place ;
          kg:evidence ?evidence ; prov:wasDerivedFrom ?article .
}
ORDER BY ?name
"""


@pytest.fixture
def small_files(small_kg: KnowledgeGraph, tmp_path: Path) -> dict[str, Path]:
    """small_kg written as .ttl, .trig, .nq, .nt and .jsonld in tmp_path."""
    out = {}
    for suffix in (".ttl", ".trig", ".nq", ".nt", ".jsonld"):
        out[suffix] = tmp_path / f"small{suffix}"
        write_graph(small_kg, out[suffix])
    return out


# -- Python API ----------------------------------------------------------------


def test_store_load_trig_keeps_named_graphs(
    small_files: dict[str, Path], tmp_path: Path
) -> None:
    with GraphStore(tmp_path / "db") as store:
        added = store.load(small_files[".trig"])
        assert added == len(store) > 0
        assert store.graphs() == [str(graph_name("a1"))]


def _quads(folder: Path) -> set[str]:
    """Every quad of the store in ``folder``, as N-Quads text."""
    import pyoxigraph

    return {str(q) for q in pyoxigraph.Store.read_only(str(folder))}


def test_store_add_in_batches_equals_loading_the_trig(
    rich_kg: KnowledgeGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kgraph.store.graph_store

    monkeypatch.setattr(kgraph.store.graph_store, "BULK_QUADS", 7)  # many bulk loads
    trig = tmp_path / "kg.trig"
    write_graph(rich_kg, trig)
    with GraphStore(tmp_path / "added") as added:
        gained = added.add(rich_kg)
    with GraphStore(tmp_path / "loaded") as loaded:
        loaded.load(trig)
    quads = _quads(tmp_path / "added")
    assert gained == len(quads) > 100
    assert quads == _quads(tmp_path / "loaded")


def test_store_bulk_load_of_every_format_gives_every_triple(
    small_kg: KnowledgeGraph, small_files: dict[str, Path], tmp_path: Path
) -> None:
    from kgraph.export import to_rdflib

    want = len(to_rdflib(small_kg))  # one article: one quad per triple
    for suffix, path in small_files.items():
        folder = tmp_path / suffix.lstrip(".")
        with GraphStore(folder) as store:
            assert store.load(path) == want, suffix
        assert len(_quads(folder)) == want, suffix


def test_store_load_twice_adds_nothing(
    small_files: dict[str, Path], tmp_path: Path
) -> None:
    with GraphStore(tmp_path / "db") as store:
        first = store.load(small_files[".trig"])
        assert store.load(small_files[".nq"]) == 0
        assert len(store) == first


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld"])
def test_store_load_triples_into_a_named_graph(
    small_files: dict[str, Path], tmp_path: Path, suffix: str
) -> None:
    with GraphStore(tmp_path / "db") as store:
        assert store.load(small_files[suffix], graph="urn:x:g") > 0
        assert store.graphs() == ["urn:x:g"]


def test_store_load_rejects_graph_for_quads(
    small_files: dict[str, Path], tmp_path: Path
) -> None:
    with GraphStore(tmp_path / "db") as store, pytest.raises(InvalidInputError):
        store.load(small_files[".trig"], graph="urn:x:g")


def test_store_load_reports_bad_rdf(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:p> .\n", encoding="utf-8")
    with GraphStore(tmp_path / "db") as store:
        with pytest.raises(InvalidInputError, match="not valid RDF"):
            store.load(bad)
        assert len(store) == 0


def test_store_load_rejects_unknown_suffix(tmp_path: Path) -> None:
    with GraphStore(tmp_path / "db") as store, pytest.raises(InvalidInputError):
        store.load(tmp_path / "x.csv")


def test_store_query_returns_a_dataframe(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    with GraphStore(tmp_path / "db") as store:
        store.add(small_kg)
        frame = store.query(
            "SELECT ?name ?value WHERE { ?m a kg:MonetaryAmount ; rdfs:label ?name ;"
            " schema:value ?value }"
        )
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["name", "value"]
    assert frame.to_dict(orient="records") == [
        {"name": "2亿元", "value": Decimal("200000000")}
    ]


def test_store_query_types_and_unbound_values(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    with GraphStore(tmp_path / "db") as store:
        store.add(small_kg)
        frame = store.query(
            "SELECT ?s ?start ?role WHERE { ?s a rdf:Statement ; kg:startChar ?start"
            " OPTIONAL { ?s kg:role ?role } } ORDER BY ?start ?s"
        )
    assert all(isinstance(v, int) for v in frame["start"])
    assert all(str(s).startswith(DEFAULT_BASE + "stmt-") for s in frame["s"])
    assert sorted(v for v in frame["role"] if v is not None) == ["负责人"]
    assert frame["role"].isna().sum() == len(frame) - 1


def test_store_query_ask_and_construct(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    with GraphStore(tmp_path / "db") as store:
        store.add(small_kg)
        ask = store.query("ASK { ?o kg:locatedIn ?p }")
        triples = store.query(
            "CONSTRUCT { ?o kg:locatedIn ?p } WHERE { ?o kg:locatedIn ?p }"
        )
    assert ask.to_dict(orient="list") == {"ask": [True]}
    assert list(triples.columns) == ["subject", "predicate", "object"]
    assert len(triples) == 1


def test_store_query_union_default_graph(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    with GraphStore(tmp_path / "db") as store:
        store.add(small_kg)
        sparql = "SELECT (COUNT(*) AS ?n) WHERE { ?s kg:locatedIn ?o }"
        assert store.query(sparql)["n"].tolist() == [1]
        assert store.query(sparql, union_default_graph=False)["n"].tolist() == [0]
        in_graph = "SELECT ?g WHERE { GRAPH ?g { ?s kg:locatedIn ?o } }"
        assert store.query(in_graph, union_default_graph=False)["g"].tolist() == [
            str(graph_name("a1"))
        ]


def test_store_query_syntax_error(small_kg: KnowledgeGraph, tmp_path: Path) -> None:
    with (
        GraphStore(tmp_path / "db") as store,
        pytest.raises(InvalidInputError, match="SPARQL syntax error"),
    ):
        store.query("SELEKT ?x WHERE {}")


def test_store_module_functions_open_and_close(
    small_files: dict[str, Path], tmp_path: Path
) -> None:
    db = tmp_path / "db"
    assert load(db, small_files[".trig"]) > 0
    frame = query(db, "SELECT ?g WHERE { GRAPH ?g {} }")
    assert frame["g"].tolist() == [str(graph_name("a1"))]
    assert len(GraphStore(db, read_only=True)) > 0


def test_store_query_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="no triple store"):
        query(tmp_path / "missing", "ASK {}")
    assert not (tmp_path / "missing").exists()


def test_store_read_only_cannot_load(
    small_files: dict[str, Path], tmp_path: Path
) -> None:
    load(tmp_path / "db", small_files[".trig"])
    with (
        GraphStore(tmp_path / "db", read_only=True) as store,
        pytest.raises(InvalidInputError, match="read-only"),
    ):
        store.load(small_files[".ttl"])


def test_store_closed_store_is_unusable(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "db")
    store.close()
    with pytest.raises(InvalidInputError, match="closed"):
        store.query("ASK {}")


# -- the single-writer lock ------------------------------------------------------


def test_store_second_writer_in_this_process_is_refused(tmp_path: Path) -> None:
    refused = pytest.raises(StoreLockedError, match="already open in this process")
    with GraphStore(tmp_path / "db"), refused:
        GraphStore(tmp_path / "db")
    GraphStore(tmp_path / "db").close()  # released on close


_HOLDER = """
import sys
from kgraph.store.graph_store import GraphStore
store = GraphStore(sys.argv[1])
print("open", flush=True)
sys.stdin.read()
store.close()
"""


def test_store_second_kernel_gets_a_clear_lock_error(
    small_files: dict[str, Path], tmp_path: Path
) -> None:
    db = tmp_path / "db"
    load(db, small_files[".trig"])
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLockedError) as caught:
            GraphStore(db)
        message = str(caught.value)
        assert "another process" in message and "notebook kernel" in message
        assert "read_only=True" in message
        assert isinstance(caught.value, KGraphError)
        assert isinstance(caught.value, OSError)
        # a read-only snapshot still works while the other kernel holds the lock
        assert query(db, "ASK { ?s ?p ?o }", read_only=True)["ask"].tolist() == [True]
        assert query(db, "ASK { ?s ?p ?o }")["ask"].tolist() == [True]  # the default
        assert main(["query", "--store", str(db), "ASK { ?s ?p ?o }"]) == EXIT_OK
    finally:
        holder.communicate("", timeout=30)
    GraphStore(db).close()  # the lock is free again


def test_store_cli_lock_error_is_one_line(
    small_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with GraphStore(tmp_path / "db"):
        status = main(
            ["load", str(small_files[".trig"]), "--store", str(tmp_path / "db")]
        )
    assert status == EXIT_ERROR
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("kgraph: error: cannot open the triple store")
    assert "as `kgraph query` does" in line


def test_store_cli_query_reads_while_a_writer_holds_the_store(
    small_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db"
    load(db, small_files[".trig"])
    with GraphStore(db) as writer:
        sparql = "ASK { ?s kg:worksFor ?o }"
        assert main(["query", "--store", str(db), "--format", "csv", sparql]) == EXIT_OK
        assert capsys.readouterr().out.splitlines() == ["true"]
        writer.add(KnowledgeGraph())  # the writer still works


# -- the command line ------------------------------------------------------------


def test_store_cli_load_and_query_table(
    small_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "db")
    assert main(["load", str(small_files[".trig"]), "--store", db]) == EXIT_OK
    assert "new quads" in capsys.readouterr().err
    sparql = "SELECT ?org ?name WHERE { ?org a kg:Organization ; rdfs:label ?name }"
    assert main(["query", "--store", db, sparql + " ORDER BY ?name"]) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["org", "name"]
    assert any("kgid:org-" in line and "南湖实验室" in line for line in out)
    assert out[-1] == "(2 rows)"


def test_store_cli_query_csv_and_json(
    small_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "db")
    main(["load", "-q", str(small_files[".ttl"]), "--store", db])
    sparql = "SELECT ?v WHERE { ?m schema:value ?v }"
    assert main(["query", "--store", db, "--format", "csv", sparql]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == ["v", "200000000"]
    assert main(["query", "--store", db, "--format", "json", sparql]) == EXIT_OK
    # the W3C SPARQL 1.1 Query Results JSON format
    data = json.loads(capsys.readouterr().out)
    assert data["head"] == {"vars": ["v"]}
    (binding,) = data["results"]["bindings"]
    assert binding["v"]["value"] == "200000000"
    assert binding["v"]["datatype"] == "http://www.w3.org/2001/XMLSchema#decimal"
    assert main(["query", "--store", db, "--format", "tsv", sparql]) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[0] == "?v"
    assert main(["query", "--store", db, "--format", "xml", sparql]) == EXIT_OK
    assert "sparql-results" in capsys.readouterr().out


def test_store_cli_query_from_file_and_stdin(
    small_files: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    db = str(tmp_path / "db")
    main(["load", "-q", str(small_files[".trig"]), "--store", db])
    rq = tmp_path / "q.rq"
    rq.write_text("ASK { ?s kg:worksFor ?o }", encoding="utf-8")
    assert main(["query", "--store", db, "--format", "csv", "-f", str(rq)]) == 0
    assert capsys.readouterr().out.splitlines() == ["true"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("ASK { ?s kg:partnerOf ?o }"))
    assert main(["query", "--store", db, "--format", "csv", "-"]) == 0
    assert capsys.readouterr().out.splitlines() == ["false"]


def test_store_cli_query_missing_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", "--store", str(tmp_path / "none"), "ASK {}"]) == EXIT_ERROR
    assert "no triple store" in capsys.readouterr().err


# -- read-only: no updates, no SERVICE unless allowed ---------------------------


@pytest.mark.parametrize(
    "sparql",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "PREFIX x: <urn:x#>\nDELETE WHERE { ?s x:p ?o }",
        "# clean up\nCLEAR ALL",
        "LOAD <http://example.org/data.ttl>",
    ],
)
def test_store_query_refuses_updates(
    small_files: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    sparql: str,
) -> None:
    db = tmp_path / "db"
    load(db, small_files[".trig"])
    before = len(GraphStore(db, read_only=True))
    assert main(["query", "--store", str(db), sparql]) == EXIT_ERROR
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(
        "kgraph: error: SPARQL updates are not supported (kgraph query is read-only)"
    )
    with GraphStore(db) as store, pytest.raises(InvalidInputError, match="updates"):
        store.query(sparql)
    assert len(GraphStore(db, read_only=True)) == before


class _Sparql(BaseHTTPRequestHandler):
    """A SPARQL endpoint answering one binding; counts the requests it gets."""

    hits: list[str]

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _answer(self) -> None:
        self.hits.append(self.path)
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        body = json.dumps(
            {
                "head": {"vars": ["s"]},
                "results": {"bindings": [{"s": {"type": "uri", "value": "urn:far"}}]},
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer  # noqa: N815 (http.server's method names)


@contextlib.contextmanager
def _endpoint() -> Iterator[tuple[str, list[str]]]:
    """A loopback SPARQL endpoint serving at most 5 requests, then stopping."""
    hits: list[str] = []
    handler = type("Handler", (_Sparql,), {"hits": hits})
    httpd = HTTPServer(("127.0.0.1", 0), handler)
    httpd.timeout = 0.2

    def serve() -> None:
        for _ in range(50):  # 10 s at most
            if len(hits) >= 5 or stop.is_set():
                break
            httpd.handle_request()

    stop = threading.Event()
    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/sparql", hits
    finally:
        stop.set()
        thread.join(timeout=10)
        httpd.server_close()


def test_store_query_refuses_service(
    small_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "db")
    load(db, small_files[".trig"])
    with _endpoint() as (url, hits):
        sparql = f"SELECT ?s WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"
        assert main(["query", "--store", db, sparql]) == EXIT_ERROR
        (line,) = capsys.readouterr().err.splitlines()
        assert line.startswith("kgraph: error: SERVICE is refused")
        assert "--allow-service" in line
        with pytest.raises(InvalidInputError, match="SERVICE is refused"):
            query(db, sparql)
        assert hits == []  # no request left the process
        args = ["query", "--store", db, "--format", "csv", "--allow-service", sparql]
        assert main(args) == EXIT_OK
        assert capsys.readouterr().out.splitlines() == ["s", "urn:far"]
        assert query(db, sparql, allow_service=True)["s"].tolist() == ["urn:far"]
        assert len(hits) == 2


# -- done when: the sample article ---------------------------------------------


@pytest.mark.slow
def test_store_sample_article_orgs_in_xiangjiadang(
    sample_trig: Path, tmp_path: Path
) -> None:
    db = tmp_path / "db"
    load(db, sample_trig)
    frame = query(db, ORGS_IN_XIANGJIADANG)
    names = frame["name"].tolist()
    assert "南湖实验室" in names
    for row in frame.itertuples():
        assert "湘家荡区域" in row.evidence
        assert row.article == str(graph_name("a1_xiangjiadang"))
