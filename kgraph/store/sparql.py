"""SPARQL around the store: check a query before it runs, turn its results into
values, a DataFrame or the W3C results formats.

`check_query` refuses updates and, unless allowed, ``SERVICE``. It is a small
scanner, not a parser: it skips comments, strings and IRIs and looks at the
bare words left (keywords and function names; variables, prefixed names and
language tags are not bare). Oxigraph parses the query itself afterwards.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from kgraph._optional import import_optional
from kgraph.errors import InvalidInputError

__all__ = [
    "RESULTS_FORMATS",
    "check_query",
    "result_frame",
    "serialize_results",
    "term_value",
]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_TEXT_TYPES = {
    _XSD + "string",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString",
}

_TOKEN_RE = re.compile(
    r"""
      (?P<skip>
          \#[^\n]*                                  # a comment
        | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"       # long strings
        | '''(?:[^'\\]|\\.|'(?!''))*'''
        | "(?:[^"\\\n]|\\.)*"                       # strings
        | '(?:[^'\\\n]|\\.)*'
        | <[^<>"{}|^`\\\x00-\x20]*>                  # an IRI
      )
    | (?P<word>[?$@]?[\w][\w.:%-]*)                 # a word or a name
    """,
    re.VERBOSE | re.DOTALL,
)
_UPDATES = frozenset(
    {"add", "clear", "copy", "create", "delete", "drop", "insert", "load", "move"}
    | {"with"}
)
_PROLOGUE = frozenset({"base", "prefix"})


def _bare_words(sparql: str) -> Iterator[str]:
    """The bare words of ``sparql``, lower-cased, outside comments/strings/IRIs.

    Examples
    --------
    >>> list(_bare_words('SELECT ?service WHERE { ?s ex:service "SERVICE" } # SERVICE'))
    ['select', 'where']
    """
    for m in _TOKEN_RE.finditer(sparql):
        word = m.group("word")
        if word is None or word[0] in "?$@" or ":" in word:
            continue  # skipped text, a variable, a language tag, a prefixed name
        yield word.rstrip(".").lower()


def check_query(sparql: str, *, allow_service: bool = False) -> None:
    """Raise `InvalidInputError` if ``sparql`` is an update, or uses SERVICE.

    Parameters
    ----------
    sparql : str
        A SPARQL request.
    allow_service : bool, optional
        Let ``SERVICE <IRI> { … }`` through; by default it is refused, since
        it makes the query send requests to another server.

    Raises
    ------
    InvalidInputError
        For a SPARQL UPDATE (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR`` …)
        or, without ``allow_service``, a ``SERVICE`` clause.

    Examples
    --------
    >>> check_query("SELECT * WHERE { ?s ?p ?o }")
    >>> check_query("PREFIX x: <urn:x#> INSERT DATA { x:a x:b x:c }")
    Traceback (most recent call last):
    ...
    kgraph.errors.InvalidInputError: SPARQL updates are not supported (kgraph query \
is read-only): INSERT would change the store; add data with `kgraph load FILE \
--store DIR` or GraphStore.load()
    """
    words = list(_bare_words(sparql))
    first = next((w for w in words if w not in _PROLOGUE), "")
    if first in _UPDATES:
        raise InvalidInputError(
            "SPARQL updates are not supported (kgraph query is read-only): "
            f"{first.upper()} would change the store; add data with "
            "`kgraph load FILE --store DIR` or GraphStore.load()"
        )
    if not allow_service and "service" in words:
        raise InvalidInputError(
            "SERVICE is refused: it makes a local query send requests to another "
            "server; pass --allow-service (allow_service=True) to run it"
        )


def term_value(term: Any) -> Any:
    """A pyoxigraph result term as a Python value: IRIs and text str, numbers as such.

    ``xsd:decimal`` becomes `decimal.Decimal` (money stays exact), integers
    ``int``, booleans ``bool``; other typed literals go through rdflib's
    ``toPython`` and stay strings when it does not know them.
    """
    if term is None:
        return None
    kind = type(term).__name__
    if kind == "NamedNode":
        return term.value
    if kind == "BlankNode":
        return "_:" + term.value
    if kind != "Literal":
        return str(term)
    datatype = term.datatype.value
    if datatype in _TEXT_TYPES:
        return term.value
    if datatype == _XSD + "decimal":
        return Decimal(term.value)
    from rdflib import Literal, URIRef

    with warnings.catch_warnings():  # ill-typed literals warn; keep their text
        warnings.simplefilter("ignore")
        python = Literal(term.value, datatype=URIRef(datatype)).toPython()
    return term.value if isinstance(python, Literal) else python


#: W3C SPARQL 1.1 results formats of `serialize_results` -> pyoxigraph's names
RESULTS_FORMATS = {"json": "JSON", "csv": "CSV", "tsv": "TSV", "xml": "XML"}


def result_frame(result: Any) -> Any:
    """A pyoxigraph query result as a pandas DataFrame (see `GraphStore.query`).

    SELECT: one column per variable, unbound values None; ASK: one column
    ``ask``; CONSTRUCT/DESCRIBE: ``subject``, ``predicate``, ``object``.
    """
    pd = import_optional("pandas", extra="store", purpose="query results")
    kind = type(result).__name__
    if kind == "QueryBoolean":
        return pd.DataFrame({"ask": [bool(result)]})
    if kind == "QueryTriples":
        columns = ["subject", "predicate", "object"]
        rows = [
            [term_value(t.subject), term_value(t.predicate), term_value(t.object)]
            for t in result
        ]
        return pd.DataFrame(rows, columns=columns, dtype=object)
    names = [v.value for v in result.variables]
    rows = [[term_value(sol[i]) for i in range(len(names))] for sol in result]
    return pd.DataFrame(rows, columns=names, dtype=object)


def serialize_results(result: Any, format: str = "json") -> bytes:
    """A pyoxigraph query result in a W3C format: SPARQL results, or N-Triples.

    SELECT and ASK give the SPARQL 1.1 Query Results formats (``json`` is
    ``application/sparql-results+json``); CONSTRUCT and DESCRIBE give
    N-Triples whatever ``format``.

    Raises
    ------
    InvalidInputError
        If ``format`` is not one of `RESULTS_FORMATS`.
    """
    if format not in RESULTS_FORMATS:
        raise InvalidInputError(
            f"unknown results format {format!r}; use one of: "
            + ", ".join(RESULTS_FORMATS)
        )
    ox = import_optional("pyoxigraph", extra="store", purpose="query results")
    if type(result).__name__ == "QueryTriples":
        return bytes(result.serialize(format=ox.RdfFormat.N_TRIPLES))
    chosen = getattr(ox.QueryResultsFormat, RESULTS_FORMATS[format])
    return bytes(result.serialize(format=chosen))
