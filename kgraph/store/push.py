"""Upload kgraph RDF to a SPARQL server through the SPARQL 1.1 Graph Store Protocol.

One HTTP request per graph: ``PUT`` (replace the graph, the default) or
``POST`` (merge into it) to ``ENDPOINT?graph=IRI`` or ``ENDPOINT?default``,
with a Turtle body. Credentials come from the environment only and are
never printed or logged: ``KGRAPH_ENDPOINT_TOKEN`` (sent as a Bearer token),
or ``KGRAPH_ENDPOINT_USER`` and ``KGRAPH_ENDPOINT_PASSWORD``, answered to the
server's challenge in the scheme it asks for (HTTP Basic, or Digest as
Virtuoso's ``sparql-graph-crud-auth`` does). Anything a failed request prints
has those values, and any ``Authorization`` header the server echoes, replaced
by ``[redacted]``. The timeout is a deadline for the whole of each request
(connecting, sending, the answer): at the deadline its connection is shut.
Only the standard library is used (``urllib``).
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import logging
import os
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from rdflib import Dataset, Graph

from kgraph.errors import InvalidInputError, PushError
from kgraph.export.dataset import to_rdflib_dataset
from kgraph.export.readers import read_rdf_file
from kgraph.store.transport import (
    Deadline,
    DeadlineHTTPHandler,
    DeadlineHTTPSHandler,
    error_body,
    redactor,
    shown,
)
from kgraph.types import KnowledgeGraph

__all__ = [
    "PASSWORD_ENV",
    "TOKEN_ENV",
    "USER_ENV",
    "PushResult",
    "push",
]

logger = logging.getLogger(__name__)

#: Environment variable holding a bearer token (GraphDB, Stardog, proxies).
TOKEN_ENV = "KGRAPH_ENDPOINT_TOKEN"
#: Environment variable holding the user name for HTTP Basic/Digest auth.
USER_ENV = "KGRAPH_ENDPOINT_USER"
#: Environment variable holding the password for HTTP Basic/Digest auth.
PASSWORD_ENV = "KGRAPH_ENDPOINT_PASSWORD"

_CONTENT_TYPE = "text/turtle; charset=utf-8"
_BODY_EXCERPT = 300  # characters of a server's error body shown in a PushError


@dataclass(frozen=True, slots=True)
class PushResult:
    """One uploaded graph: its IRI (``""`` for the default graph), size, status."""

    graph: str
    triples: int
    status: int


def _uploads(data: Graph | Dataset, graph: str | None) -> list[tuple[str, Graph]]:
    """The (graph IRI or "" for default, triples) pairs to send, one per request."""
    if graph is not None:
        union = Graph()
        if isinstance(data, Dataset):
            for s, p, o, _ in data.quads((None, None, None, None)):
                union.add((s, p, o))
        else:
            union += data
        return [(graph, union)]
    if not isinstance(data, Dataset):
        return [("", data)]
    default = data.default_graph.identifier
    out = []
    for named in data.graphs():
        if len(named):
            name = "" if named.identifier == default else str(named.identifier)
            plain = Graph()
            plain += named
            out.append((name, plain))
    return sorted(out, key=lambda pair: pair[0])


def _redact(url: str) -> str:
    """``url`` without any user:password part, safe to show."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit(parts._replace(netloc=host))


def _check_endpoint(endpoint: str) -> urllib.parse.SplitResult:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInputError(
            f"endpoint must be an http:// or https:// URL, got {_redact(endpoint)!r}"
        )
    if parts.username is not None or parts.password is not None:
        raise InvalidInputError(
            f"do not put credentials in the endpoint URL ({_redact(endpoint)!r}); "
            f"set {USER_ENV} and {PASSWORD_ENV}, or {TOKEN_ENV}, in the environment"
        )
    return parts


def _target(endpoint: str, graph: str) -> str:
    """``endpoint?graph=IRI`` (percent-encoded) or ``endpoint?default``."""
    query = urllib.parse.urlencode({"graph": graph}) if graph else "default"
    return endpoint + ("&" if "?" in endpoint else "?") + query


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _challenged(headers: Any, auth_header: str, scheme: str) -> bool:
    """True if one of the server's ``auth_header`` challenges uses ``scheme``."""
    challenges = headers.get_all(auth_header) or []
    return any(c.split(" ", 1)[0].lower() == scheme for c in challenges)


class _BasicOnly(urllib.request.HTTPBasicAuthHandler):
    """Answers Basic challenges only: another scheme ends in the HTTP 401 itself."""

    def http_error_auth_reqed(  # type: ignore[no-untyped-def]
        self, authreq, host, req, headers
    ):
        if not _challenged(headers, authreq, "basic"):
            return None
        return super().http_error_auth_reqed(authreq, host, req, headers)


class _DigestOnly(urllib.request.HTTPDigestAuthHandler):
    """Answers Digest challenges only (Virtuoso's ``sparql-graph-crud-auth``)."""

    def http_error_auth_reqed(  # type: ignore[no-untyped-def]
        self, auth_header, host, req, headers
    ):
        if not _challenged(headers, auth_header, "digest"):
            return None
        return super().http_error_auth_reqed(auth_header, host, req, headers)


def _opener(
    endpoint: urllib.parse.SplitResult, env: Mapping[str, str], deadline: Deadline
) -> tuple[urllib.request.OpenerDirector, dict[str, str]]:
    """A urllib opener with the credentials from ``env``, and extra headers."""
    handlers: list[urllib.request.BaseHandler] = [
        DeadlineHTTPHandler(deadline),
        DeadlineHTTPSHandler(deadline),
    ]
    headers: dict[str, str] = {}
    if _is_loopback(endpoint.hostname or ""):
        handlers.append(urllib.request.ProxyHandler({}))  # no proxy reaches it
    token = env.get(TOKEN_ENV, "")
    user = env.get(USER_ENV, "")
    password = env.get(PASSWORD_ENV, "")
    if token:
        headers["Authorization"] = f"Bearer {token}"
    elif user or password:
        if not (user and password):
            missing = PASSWORD_ENV if user else USER_ENV
            raise InvalidInputError(
                f"{USER_ENV} and {PASSWORD_ENV} go together, but {missing} is not set"
            )
        url = urllib.parse.urlunsplit(endpoint)
        # sent only when the server asks, in the scheme it asks for: a Digest
        # server never sees the password in a Basic header
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, user, password)
        handlers.append(_BasicOnly(passwords))
        handlers.append(_DigestOnly(passwords))
    return urllib.request.build_opener(*handlers), headers


def _redact_credentials(env: Mapping[str, str]) -> Callable[[str], str]:
    """`redactor` of the credentials in ``env`` (and of Basic's encoding of them)."""
    user, password = env.get(USER_ENV, ""), env.get(PASSWORD_ENV, "")
    secrets = [env.get(TOKEN_ENV, ""), user, password]
    if user and password:
        secrets.append(base64.b64encode(f"{user}:{password}".encode()).decode())
    return redactor(secrets)


@dataclass
class _Client:
    """What the requests of one push share: opener, headers, deadline, redaction."""

    opener: urllib.request.OpenerDirector
    headers: dict[str, str]
    deadline: Deadline
    redact: Callable[[str], str]
    timeout: float

    def _failure(self, message: str) -> PushError:
        return PushError(shown(self.redact(message), 4 * _BODY_EXCERPT))

    def _exchange(self, request: urllib.request.Request) -> tuple[int, str, str]:
        """(status, reason, error body) of one request, within the deadline."""
        with self.deadline.running(self.timeout):
            try:
                with self.opener.open(request, timeout=self.timeout) as response:
                    return int(response.status), "", ""
            except urllib.error.HTTPError as err:
                with err:
                    return err.code, str(err.reason), error_body(err)

    def send(self, url: str, method: str, body: bytes) -> int:
        """Send one request; its status, or a one-line `PushError`."""
        request = urllib.request.Request(url, data=body, method=method)
        request.add_header("Content-Type", _CONTENT_TYPE)
        for name, value in self.headers.items():
            request.add_unredirected_header(name, value)
        failed = f"{method} {url} failed"
        try:
            status, reason, detail = self._exchange(request)
        except (OSError, http.client.HTTPException) as err:
            if self.deadline.expired:
                raise self._failure(
                    f"{failed}: no complete answer within {self.timeout:g} s "
                    "(the timeout is for the whole request)"
                ) from err
            if isinstance(err, urllib.error.URLError):
                raise self._failure(f"cannot reach {url}: {err.reason}") from err
            if isinstance(err, http.client.HTTPException):
                kind, answer = type(err).__name__, shown(str(err), 80)
                raise self._failure(
                    f"{failed}: the answer is not valid HTTP ({kind}: {answer}); "
                    "is the endpoint an HTTP server?"
                ) from err
            raise self._failure(f"{failed}: {err}") from err
        if status < 400:
            return status
        hint = ""
        if status in (401, 403):
            hint = f" (check {USER_ENV}/{PASSWORD_ENV} or {TOKEN_ENV})"
        detail = shown(self.redact(detail), _BODY_EXCERPT)
        raise self._failure(
            f"{failed}: HTTP {status} {reason}{hint}"
            + (f": {detail}" if detail else "")
        )


def push(
    source: KnowledgeGraph | Graph | Dataset | str | os.PathLike[str],
    endpoint: str,
    *,
    graph: str | None = None,
    replace: bool = True,
    timeout: float = 60.0,
    env: Mapping[str, str] | None = None,
) -> tuple[PushResult, ...]:
    """Upload RDF to a SPARQL 1.1 Graph Store Protocol endpoint.

    Each named graph of a dataset (TriG, N-Quads, a KnowledgeGraph: one graph
    per article) goes to ``ENDPOINT?graph=<its IRI>``; a plain graph goes to
    the default graph (``ENDPOINT?default``), or to ``graph`` when given. With
    ``graph`` set, a dataset is merged into that one graph.

    Parameters
    ----------
    source : KnowledgeGraph, rdflib.Graph, rdflib.Dataset, str or os.PathLike
        What to upload. A path is parsed by its suffix (``.ttl``, ``.nt``,
        ``.jsonld``, ``.trig``, ``.nq``); a KnowledgeGraph goes through
        `kgraph.export.to_rdflib_dataset`.
    endpoint : str
        The server's Graph Store Protocol URL, e.g. Oxigraph
        ``http://localhost:7878/store``, Fuseki ``http://localhost:3030/ds/data``,
        GraphDB ``http://localhost:7200/repositories/REPO/rdf-graphs/service``,
        Virtuoso ``http://localhost:8890/sparql-graph-crud-auth``.
    graph : str, optional
        IRI of the one graph to write everything into.
    replace : bool, optional
        ``PUT``, replacing each graph's content (default; pushing an article
        again replaces it), or with False ``POST``, adding to it.
    timeout : float, optional
        Seconds allowed for each request as a whole (connecting, sending the
        graph, receiving the answer), however slowly the server answers.
    env : mapping, optional
        Where to read the credential variables (`TOKEN_ENV`, `USER_ENV`,
        `PASSWORD_ENV`); by default ``os.environ``.

    Returns
    -------
    tuple of PushResult
        One per request, in the order sent.

    Raises
    ------
    InvalidInputError
        For a bad endpoint URL (or one with credentials in it), an unknown
        file suffix, a user without a password, or a timeout not above 0.
    PushError
        If the server cannot be reached, does not answer in HTTP or within
        ``timeout``, or answers with an HTTP error; the message is one line
        with the status and the start of the server's answer, credentials
        (and any ``Authorization`` header it echoes) replaced by ``[redacted]``.

    Examples
    --------
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> push(kg, "ftp://example.org/store")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kgraph.errors.InvalidInputError: endpoint must be an http:// or https:// URL, ...
    """
    parts = _check_endpoint(endpoint)
    if not timeout > 0:
        raise InvalidInputError(
            f"timeout must be a number of seconds > 0, got {timeout!r}"
        )
    if graph is not None and not urllib.parse.urlsplit(graph).scheme:
        raise InvalidInputError(f"graph must be an absolute IRI, got {graph!r}")
    if isinstance(source, KnowledgeGraph):
        data: Graph | Dataset = to_rdflib_dataset(source)
    elif isinstance(source, Graph):
        data = source
    elif isinstance(source, str | os.PathLike):
        data = read_rdf_file(source)
    else:
        raise TypeError(
            f"push needs a KnowledgeGraph, an rdflib Graph or a path, got {source!r}"
        )
    env = os.environ if env is None else env
    deadline = Deadline()
    opener, headers = _opener(parts, env, deadline)
    client = _Client(opener, headers, deadline, _redact_credentials(env), timeout)
    method = "PUT" if replace else "POST"
    results = []
    for name, triples in _uploads(data, graph):
        url = _target(endpoint, name)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            body = triples.serialize(format="turtle", encoding="utf-8")
        logger.info("%s %s (%d triples)", method, url, len(triples))
        status = client.send(url, method, body)
        results.append(PushResult(name, len(triples), status))
    return tuple(results)
