"""Upload kgraph RDF to a SPARQL server through the SPARQL 1.1 Graph Store Protocol.

One HTTP request per graph: ``PUT`` (replace the graph, the default) or
``POST`` (merge into it) to ``ENDPOINT?graph=IRI`` or ``ENDPOINT?default``,
with a Turtle body. Credentials come from the environment only and are
never printed or logged: ``KGRAPH_ENDPOINT_TOKEN`` (sent as a Bearer token),
or ``KGRAPH_ENDPOINT_USER`` and ``KGRAPH_ENDPOINT_PASSWORD``, answered to the
server's challenge in the scheme it asks for (HTTP Basic, or Digest as
Virtuoso's ``sparql-graph-crud-auth`` does). Only the standard library is used
(``urllib``).
"""

from __future__ import annotations

import ipaddress
import logging
import os
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rdflib import Dataset, Graph

from kgraph.errors import InvalidInputError, PushError
from kgraph.export.dataset import to_rdflib_dataset
from kgraph.export.readers import read_rdf_file
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
    endpoint: urllib.parse.SplitResult, env: Mapping[str, str]
) -> tuple[urllib.request.OpenerDirector, dict[str, str]]:
    """A urllib opener with the credentials from ``env``, and extra headers."""
    handlers: list[urllib.request.BaseHandler] = []
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


def _send(
    opener: urllib.request.OpenerDirector,
    url: str,
    method: str,
    body: bytes,
    headers: dict[str, str],
    timeout: float,
) -> int:
    request = urllib.request.Request(url, data=body, method=method)
    request.add_header("Content-Type", _CONTENT_TYPE)
    for name, value in headers.items():
        request.add_unredirected_header(name, value)
    try:
        with opener.open(request, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as err:
        detail = err.read().decode("utf-8", "replace").strip()[:_BODY_EXCERPT]
        hint = ""
        if err.code in (401, 403):
            hint = f" (check {USER_ENV}/{PASSWORD_ENV} or {TOKEN_ENV})"
        raise PushError(
            f"{method} {url} failed: HTTP {err.code} {err.reason}{hint}"
            + (f": {detail}" if detail else "")
        ) from err
    except urllib.error.URLError as err:
        raise PushError(f"cannot reach {url}: {err.reason}") from err
    except (TimeoutError, ConnectionError) as err:
        raise PushError(f"{method} {url} failed: {err}") from err


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
        Seconds to wait for each request.
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
        file suffix, or a user without a password.
    PushError
        If the server cannot be reached or answers with an HTTP error; the
        message has the status and the start of the server's answer, never
        the credentials.

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
    opener, headers = _opener(parts, os.environ if env is None else env)
    method = "PUT" if replace else "POST"
    results = []
    for name, triples in _uploads(data, graph):
        url = _target(endpoint, name)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            body = triples.serialize(format="turtle", encoding="utf-8")
        logger.info("%s %s (%d triples)", method, url, len(triples))
        status = _send(opener, url, method, body, headers, timeout)
        results.append(PushResult(name, len(triples), status))
    return tuple(results)
