"""Tests for kgraph.store.push and ``kgraph push``: Graph Store Protocol uploads.

The upload tests run against a live ``oxigraph serve`` started by the
``oxigraph_server`` fixture (tests/conftest.py); the credential tests against a
small stdlib HTTP server on a loopback port that records what it was sent.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import socket
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kgraph.cli import EXIT_ERROR, EXIT_OK, main
from kgraph.errors import InvalidInputError, PushError
from kgraph.export import graph_name, to_rdflib, write_graph
from kgraph.export.vocab import KG
from kgraph.store.push import PASSWORD_ENV, TOKEN_ENV, USER_ENV, PushResult, push
from kgraph.types import KnowledgeGraph

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")

SECRET = "s3cret-Pa55word"
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _select(server: str, sparql: str) -> list[dict[str, str]]:
    """Run a SELECT on the server's /query endpoint; rows of plain values."""
    url = server + "/query?" + urllib.parse.urlencode({"query": sparql})
    request = urllib.request.Request(
        url, headers={"Accept": "application/sparql-results+json"}
    )
    with NO_PROXY.open(request, timeout=30) as response:
        data = json.load(response)
    return [
        {k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]
    ]


def _graph_sizes(server: str) -> dict[str, int]:
    rows = _select(
        server,
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    )
    return {row["g"]: int(row["n"]) for row in rows}


def _clear(server: str) -> None:
    request = urllib.request.Request(
        server + "/update",
        data=b"CLEAR ALL",
        method="POST",
        headers={"Content-Type": "application/sparql-update"},
    )
    with NO_PROXY.open(request, timeout=30):
        pass


@pytest.fixture
def server(oxigraph_server: str) -> Iterator[str]:
    """The live Oxigraph server, emptied before each test."""
    _clear(oxigraph_server)
    yield oxigraph_server


# -- against a live Oxigraph server ---------------------------------------------


def test_push_trig_puts_one_graph_per_article(
    server: str, small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    path = tmp_path / "kg.trig"
    write_graph(small_kg, path)
    results = push(path, server + "/store")
    name = str(graph_name("a1"))
    n = len(to_rdflib(small_kg))
    assert results == (PushResult(name, n, results[0].status),)
    assert results[0].status in (200, 201, 204)
    assert _graph_sizes(server) == {name: n}


def test_push_round_trips_through_the_server(
    server: str, small_kg: KnowledgeGraph
) -> None:
    push(small_kg, server + "/store")
    url = server + "/store?" + urllib.parse.urlencode({"graph": str(graph_name("a1"))})
    request = urllib.request.Request(url, headers={"Accept": "application/n-triples"})
    with NO_PROXY.open(request, timeout=30) as response:
        got = Graph().parse(data=response.read(), format="nt")
    # Oxigraph writes xsd:decimal in XSD 1.1 canonical form (1.0 -> 1): same values
    assert _by_value(got) == _by_value(to_rdflib(small_kg))


def _by_value(g: Graph) -> set[tuple[object, ...]]:
    """Triples with each literal as (value, datatype, language); no blank nodes."""
    return {
        (s, p, (o.toPython(), o.datatype, o.language) if isinstance(o, Literal) else o)
        for s, p, o in g
    }


def test_push_again_replaces_the_graph(server: str, small_kg: KnowledgeGraph) -> None:
    push(small_kg, server + "/store")
    push(small_kg, server + "/store")
    assert _graph_sizes(server) == {str(graph_name("a1")): len(to_rdflib(small_kg))}


def test_push_merge_adds_to_the_graph(server: str, small_kg: KnowledgeGraph) -> None:
    extra = Graph()
    extra.add((URIRef("urn:x:a"), KG.docId, Literal("extra")))
    push(small_kg, server + "/store", graph="urn:x:g")
    push(extra, server + "/store", graph="urn:x:g", replace=False)
    assert _graph_sizes(server) == {"urn:x:g": len(to_rdflib(small_kg)) + 1}


def test_push_turtle_goes_to_the_default_graph(
    server: str, small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    path = tmp_path / "kg.ttl"
    write_graph(small_kg, path)
    (result,) = push(path, server + "/store")
    assert result.graph == ""
    rows = _select(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(rows[0]["n"]) == len(to_rdflib(small_kg))
    assert _graph_sizes(server) == {}


def test_push_with_graph_merges_a_dataset_into_it(
    server: str, small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    path = tmp_path / "kg.nq"
    write_graph(small_kg, path)
    push(path, server + "/store", graph="urn:x:everything")
    assert _graph_sizes(server) == {"urn:x:everything": len(to_rdflib(small_kg))}


def test_push_cli(
    server: str,
    small_kg: KnowledgeGraph,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "kg.trig"
    write_graph(small_kg, path)
    assert main(["push", str(path), "--endpoint", server + "/store"]) == EXIT_OK
    n = len(to_rdflib(small_kg))
    assert capsys.readouterr().err.strip() == (
        f"kgraph: put {n} triples in 1 graph to {server}/store"
    )
    args = ["push", str(path), "--endpoint", server + "/store", "--graph", "urn:x:g"]
    assert main([*args, "--merge", "-q"]) == EXIT_OK
    assert capsys.readouterr().err == ""
    assert _graph_sizes(server) == {str(graph_name("a1")): n, "urn:x:g": n}


def test_push_http_error_names_the_status(
    server: str, small_kg: KnowledgeGraph
) -> None:
    with pytest.raises(PushError, match="HTTP 404"):
        push(small_kg, server + "/no-such-endpoint")


@pytest.mark.slow
def test_push_sample_article(server: str, sample_trig: Path) -> None:
    push(sample_trig, server + "/store")
    rows = _select(
        server,
        "PREFIX kg: <https://kgraph-zh.github.io/ns#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?name WHERE { GRAPH ?g { ?org kg:locatedIn ?p ; rdfs:label ?name ."
        ' ?p rdfs:label "湘家荡区域"@zh } }',
    )
    assert "南湖实验室" in {row["name"] for row in rows}


# -- errors without a server -----------------------------------------------------


def test_push_unreachable_server(small_kg: KnowledgeGraph) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(PushError, match="cannot reach"):
        push(small_kg, f"http://127.0.0.1:{port}/store", timeout=5)


@pytest.mark.parametrize("endpoint", ["ftp://host/store", "localhost:7878/store", ""])
def test_push_rejects_bad_endpoints(small_kg: KnowledgeGraph, endpoint: str) -> None:
    with pytest.raises(InvalidInputError, match="http"):
        push(small_kg, endpoint)


def test_push_rejects_credentials_in_the_url(small_kg: KnowledgeGraph) -> None:
    with pytest.raises(InvalidInputError) as caught:
        push(small_kg, f"http://admin:{SECRET}@127.0.0.1:1/store")
    assert SECRET not in str(caught.value)
    assert USER_ENV in str(caught.value)


def test_push_rejects_user_without_password(small_kg: KnowledgeGraph) -> None:
    with pytest.raises(InvalidInputError, match=PASSWORD_ENV):
        push(small_kg, "http://127.0.0.1:1/store", env={USER_ENV: "admin"})


def test_push_rejects_relative_graph_iri(small_kg: KnowledgeGraph) -> None:
    with pytest.raises(InvalidInputError, match="absolute IRI"):
        push(small_kg, "http://127.0.0.1:1/store", graph="my graph")


# -- credentials: a recording stub server ---------------------------------------


class _Recorder(BaseHTTPRequestHandler):
    """Answers 401 until the expected Authorization arrives; records requests."""

    seen: list[dict[str, str]]
    scheme: str  # "Basic", "Bearer" or "Digest"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length)
        auth = self.headers.get("Authorization", "")
        self.seen.append(
            {
                "method": self.command,
                "path": self.path,
                "auth": auth,
                "type": self.headers.get("Content-Type", ""),
                "body": body.decode("utf-8"),
            }
        )
        if auth.startswith(self.scheme + " "):
            self.send_response(204)
            self.end_headers()
            return
        self.send_response(401)
        if self.scheme == "Digest":
            challenge = 'Digest realm="kg", nonce="abc123", qop="auth"'
        else:
            challenge = f'{self.scheme} realm="kg"'
        self.send_header("WWW-Authenticate", challenge)
        body = b"login required"
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_PUT = do_POST = _handle  # noqa: N815 (http.server's method names)


@contextlib.contextmanager
def _stub(scheme: str) -> Iterator[tuple[str, list[dict[str, str]]]]:
    seen: list[dict[str, str]] = []
    handler = type("Handler", (_Recorder,), {"seen": seen, "scheme": scheme})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/store", seen
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


def test_push_sends_basic_auth_from_the_environment(
    small_kg: KnowledgeGraph,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv(USER_ENV, "admin")
    monkeypatch.setenv(PASSWORD_ENV, SECRET)
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    caplog.set_level(logging.DEBUG)
    path = tmp_path / "kg.trig"
    write_graph(small_kg, path)
    with _stub("Basic") as (url, seen):
        assert main(["push", str(path), "--endpoint", url]) == EXIT_OK
    expected = "Basic " + base64.b64encode(f"admin:{SECRET}".encode()).decode()
    assert [r["auth"] for r in seen] == ["", expected]  # only once challenged
    assert {r["method"] for r in seen} == {"PUT"}
    assert seen[1]["type"] == "text/turtle; charset=utf-8"
    assert seen[1]["body"] == seen[0]["body"] != ""
    assert seen[1]["path"].endswith(
        "?" + urllib.parse.urlencode({"graph": str(graph_name("a1"))})
    )
    out, err = capsys.readouterr()
    for text in (out, err, caplog.text):
        assert SECRET not in text
        assert expected.split()[1] not in text


def test_push_sends_a_bearer_token(
    small_kg: KnowledgeGraph, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with _stub("Bearer") as (url, seen):
        push(small_kg, url, env={TOKEN_ENV: SECRET, USER_ENV: "ignored"})
    assert [r["auth"] for r in seen] == [f"Bearer {SECRET}"]
    assert SECRET not in caplog.text


def test_push_answers_a_digest_challenge(small_kg: KnowledgeGraph) -> None:
    with _stub("Digest") as (url, seen):
        push(small_kg, url, env={USER_ENV: "dba", PASSWORD_ENV: SECRET})
    assert [r["auth"].split(" ")[0] for r in seen] == ["", "Digest"]  # never Basic
    assert seen[-1]["auth"].startswith('Digest username="dba"')
    assert SECRET not in seen[-1]["auth"]
    assert seen[-1]["body"] == seen[0]["body"] != ""  # the body is sent again


def test_push_wrong_credentials_error_hides_them(
    small_kg: KnowledgeGraph,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with _stub("Bearer") as (url, _), pytest.raises(PushError) as caught:
        push(small_kg, url, env={USER_ENV: "admin", PASSWORD_ENV: SECRET})
    message = str(caught.value)
    assert "HTTP 401" in message and TOKEN_ENV in message
    assert SECRET not in message
    path = tmp_path / "kg.ttl"
    write_graph(small_kg, path)
    monkeypatch.setenv(USER_ENV, "admin")
    monkeypatch.setenv(PASSWORD_ENV, SECRET)
    with _stub("Bearer") as (url, _):
        assert main(["push", str(path), "--endpoint", url]) == EXIT_ERROR
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("kgraph: error: PUT ") and "HTTP 401" in line
    assert SECRET not in line


# -- servers that misbehave: raw loopback sockets ---------------------------------

Answer = Callable[[socket.socket, threading.Event], None]


def _read_request(conn: socket.socket) -> bytes:
    """Read one HTTP request (headers and Content-Length body) from ``conn``."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


@contextlib.contextmanager
def _raw_server(answer: Answer, *, connections: int = 2) -> Iterator[str]:
    """A loopback server answering up to ``connections`` requests with ``answer``.

    It stops by itself: after those connections, after about 20 s, or when
    the block ends.
    """
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        served = 0
        for _ in range(100):
            if stop.is_set() or served >= connections:
                break
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            served += 1
            with conn, contextlib.suppress(OSError):
                conn.settimeout(5)
                _read_request(conn)
                answer(conn, stop)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/store"
    finally:
        stop.set()
        thread.join(timeout=30)
        listener.close()


def _says(data: bytes) -> Answer:
    def answer(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(data)

    return answer


def _trickles(data: bytes, every: float) -> Answer:
    """Send ``data`` one byte every ``every`` seconds (until the client is gone)."""

    def answer(conn: socket.socket, stop: threading.Event) -> None:
        for i in range(len(data)):
            if stop.wait(every):
                return
            conn.sendall(data[i : i + 1])

    return answer


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (b"SSH-2.0-OpenSSH_9.6\r\n", "the answer is not valid HTTP (BadStatusLine"),
        (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", "not valid HTTP"),
        (
            b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 1000\r\n\r\n"
            b"disk full\r\nwhile writing",
            "HTTP 500 Internal Server Error: disk full while writing",
        ),
        (
            b"HTTP/1.1 502 Bad Gateway\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"ff\r\nupstream went away",
            "HTTP 502 Bad Gateway",
        ),
    ],
    ids=["ssh-banner", "tls-bytes", "cut-off-body", "cut-off-chunks"],
)
def test_push_broken_answers_are_one_line(
    small_kg: KnowledgeGraph,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    answer: bytes,
    expected: str,
) -> None:
    with _raw_server(_says(answer)) as url, pytest.raises(PushError) as caught:
        push(small_kg, url, timeout=10)
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)
    path = tmp_path / "kg.ttl"
    write_graph(small_kg, path)
    with _raw_server(_says(answer)) as url:
        assert main(["push", str(path), "--endpoint", url]) == EXIT_ERROR
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("kgraph: error: PUT ") and expected in line


def test_push_timeout_is_a_total_deadline(
    small_kg: KnowledgeGraph, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    slow = _trickles(b"HTTP/1.1 204 No Content\r\nX-Slow: yes\r\n\r\n", every=0.3)
    start = time.monotonic()
    with _raw_server(slow) as url, pytest.raises(PushError) as caught:
        push(small_kg, url, timeout=1)
    assert time.monotonic() - start < 4  # 12 s if each byte reset the clock
    assert "no complete answer within 1 s" in str(caught.value)
    path = tmp_path / "kg.ttl"
    write_graph(small_kg, path)
    start = time.monotonic()
    with _raw_server(slow) as url:
        args = ["push", str(path), "--endpoint", url, "--timeout", "1"]
        assert main(args) == EXIT_ERROR
    assert time.monotonic() - start < 4
    assert "no complete answer within 1 s" in capsys.readouterr().err


class _Echo(BaseHTTPRequestHandler):
    """Challenges Basic once, then answers 400 echoing the request it got."""

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _handle(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if "Authorization" not in self.headers:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="kg"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        headers = dict(self.headers.items())
        body = (
            f"bad request:\n{self.requestline}\n{self.headers}"
            + json.dumps({"headers": headers})
            + f"\ncredentials were {headers['Authorization'].split()[-1]}"
        ).encode()
        self.send_response(400)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_PUT = do_POST = _handle  # noqa: N815 (http.server's method names)


@contextlib.contextmanager
def _echo_server() -> Iterator[str]:
    """The echoing server for at most 10 requests or 10 s, then it stops."""
    httpd = HTTPServer(("127.0.0.1", 0), _Echo)
    httpd.timeout = 0.2
    stop = threading.Event()

    def serve() -> None:
        for _ in range(50):
            if stop.is_set():
                break
            httpd.handle_request()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/store"
    finally:
        stop.set()
        thread.join(timeout=30)
        httpd.server_close()


@pytest.mark.parametrize(
    "env",
    [{TOKEN_ENV: SECRET}, {USER_ENV: "kg-admin", PASSWORD_ENV: SECRET}],
    ids=["bearer", "basic"],
)
def test_push_echoed_credentials_are_redacted(
    small_kg: KnowledgeGraph,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    env: dict[str, str],
) -> None:
    basic = base64.b64encode(f"kg-admin:{SECRET}".encode()).decode()
    with _echo_server() as url, pytest.raises(PushError) as caught:
        push(small_kg, url, env=env)
    message = str(caught.value)
    assert "HTTP 400" in message and "bad request" in message
    assert "Authorization: [redacted]" in message
    for secret in (SECRET, basic, "kg-admin"):
        assert secret not in message
    path = tmp_path / "kg.ttl"
    write_graph(small_kg, path)
    for name in (TOKEN_ENV, USER_ENV, PASSWORD_ENV):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with _echo_server() as url:
        assert main(["push", str(path), "--endpoint", url]) == EXIT_ERROR
    (line,) = capsys.readouterr().err.splitlines()
    assert "HTTP 400" in line
    for secret in (SECRET, basic, "kg-admin"):
        assert secret not in line
