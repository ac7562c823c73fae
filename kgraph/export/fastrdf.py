"""The fast RDF writers: the statements of `kgraph.export.triples` through pyoxigraph.

Each term is written once as N-Triples text by pyoxigraph (``str()`` of a
`pyoxigraph.NamedNode` or `pyoxigraph.Literal`: canonical N-Triples, IRIs
checked) and cached; each statement is one line. The lines are deduplicated
and sorted, which is the canonical order: N-Triples and N-Quads are those
lines; Turtle and TriG are pyoxigraph's serialisers fed the sorted lines
(TriG sorted by graph first: the default graph, then the named graphs by IRI),
so the same graph gives the same bytes whatever ``PYTHONHASHSEED``.

Building `pyoxigraph.Quad` objects from Python costs 1-3 µs each (a literal
object or the default graph is found by trying the other term types first),
several times what pyoxigraph takes to serialise them; a line of text costs
a fraction of that and pyoxigraph's own parser turns it into quads.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pyoxigraph as ox
from rdflib import XSD

from kgraph.errors import InvalidInputError
from kgraph.export.amounts import decimal_lexical
from kgraph.export.quads import iter_graphs
from kgraph.export.triples import iter_triples
from kgraph.export.vocab import PREFIXES, text_language
from kgraph.types import KnowledgeGraph

__all__ = [
    "FAST_FORMATS",
    "NTriplesTerms",
    "iter_nquads_lines",
    "iter_ntriples_lines",
    "serialize_quads",
    "serialize_triples",
]

#: kgraph's format names -> pyoxigraph's formats, for the fast writers
FAST_FORMATS: dict[str, Any] = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}

_INTEGER = ox.NamedNode(str(XSD.integer))
_DECIMAL = ox.NamedNode(str(XSD.decimal))
_DATE = ox.NamedNode(str(XSD.date))


class NTriplesTerms:
    """`kgraph.export.triples.Terms` as N-Triples text written by pyoxigraph.

    One instance caches every term it wrote (an IRI, a sentence quoted by many
    statements), so use one per graph written.

    Raises
    ------
    InvalidInputError
        From `iri`, for a string that is not a valid IRI (an entity id with a
        space, a bad ``base``).

    Examples
    --------
    >>> terms = NTriplesTerms()
    >>> terms.iri("urn:x:org-1"), terms.text('他说"好"'), terms.integer(3)
    ('<urn:x:org-1>', '"他说\\\\"好\\\\""@zh', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>')
    >>> terms.iri("urn:x:org 1")
    Traceback (most recent call last):
    ...
    kgraph.errors.InvalidInputError: cannot write the IRI 'urn:x:org 1': ...
    """

    def __init__(self) -> None:
        self._iris: dict[str, str] = {}
        self._texts: dict[str, str] = {}
        self._zh: dict[str, str] = {}
        self._plain: dict[str, str] = {}
        self._integers: dict[int, str] = {}

    def iri(self, value: str) -> str:
        written = self._iris.get(value)
        if written is None:
            try:
                written = str(ox.NamedNode(value))
            except ValueError as err:
                raise InvalidInputError(
                    f"cannot write the IRI {value!r}: {err}; entity ids and "
                    "base= must make valid IRIs (no spaces, quotes or <>)"
                ) from err
            self._iris[value] = written
        return written

    def text(self, value: str) -> str:
        written = self._texts.get(value)
        if written is None:
            written = str(ox.Literal(value, language=text_language(value)))
            self._texts[value] = written
        return written

    def zh(self, value: str) -> str:
        written = self._zh.get(value)
        if written is None:
            written = self._zh[value] = str(ox.Literal(value, language="zh"))
        return written

    def plain(self, value: str) -> str:
        written = self._plain.get(value)
        if written is None:
            written = self._plain[value] = str(ox.Literal(value))
        return written

    def integer(self, value: int) -> str:
        written = self._integers.get(value)
        if written is None:
            written = str(ox.Literal(str(value), datatype=_INTEGER))
            self._integers[value] = written
        return written

    def decimal(self, value: Decimal | float) -> str:
        return str(ox.Literal(decimal_lexical(value), datatype=_DECIMAL))

    def date(self, value: date) -> str:
        return str(ox.Literal(value.isoformat(), datatype=_DATE))


def iter_ntriples_lines(kg: KnowledgeGraph, *, base: str) -> Iterator[bytes]:
    """Yield one N-Triples line (UTF-8, with its newline) per triple of `iter_triples`.

    Examples
    --------
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> sorted(iter_ntriples_lines(kg, base="urn:x:"))[0].split()[2]
    b'<https://kgraph-zh.github.io/ns#Organization>'
    """
    for s, p, o in iter_triples(kg, NTriplesTerms(), base=base):
        yield f"{s} {p} {o} .\n".encode()


def iter_nquads_lines(kg: KnowledgeGraph, *, base: str) -> Iterator[tuple[str, bytes]]:
    """Yield ``(graph, line)``: each quad of `iter_quads` as a UTF-8 N-Quads line.

    ``graph`` is the N-Triples form of the graph name, ``""`` for the default
    graph; ``line`` ends with its newline.

    Examples
    --------
    >>> from kgraph.types import Document
    >>> graph, line = next(iter_nquads_lines(
    ...     KnowledgeGraph(documents=(Document("a1"),)), base="urn:x:"))
    >>> graph, line.endswith(graph.encode() + b" .\\n")
    ('<urn:x:article-d871a49055f0>', True)
    """
    for graph, lines in _graph_lines(kg, base=base):
        for line in lines:
            yield graph, line


def _graph_lines(
    kg: KnowledgeGraph, *, base: str
) -> Iterator[tuple[str, Iterator[bytes]]]:
    """``(graph, lines)`` per piece of `iter_graphs`: its quads as N-Quads lines."""
    for graph, triples in iter_graphs(kg, NTriplesTerms(), base=base):
        end = " .\n" if graph is None else f" {graph} .\n"
        yield graph or "", (f"{s} {p} {o}{end}".encode() for s, p, o in triples)


def _prefixes(base: str) -> dict[str, str]:
    return {**PREFIXES, "kgid": base}


def _through_pyoxigraph(data: bytes, source: Any, target: Any, *, base: str) -> bytes:
    """Kgraph's own N-Triples or N-Quads ``data`` as pyoxigraph writes ``target``."""
    # the terms were written by pyoxigraph, so its parser need not check them again
    quads = ox.parse(data, format=source, lenient=True)
    return ox.serialize(quads, format=target, prefixes=_prefixes(base)) or b""


def serialize_triples(kg: KnowledgeGraph, format: str, *, base: str) -> bytes:
    """Return the flat graph of ``kg`` as UTF-8 Turtle or N-Triples.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph; it is not modified.
    format : {"turtle", "nt"}
        The serialisation.
    base : str
        Prefix of the minted IRIs.

    Returns
    -------
    bytes
        N-Triples: one line per triple, sorted, each ending in a newline.
        Turtle: pyoxigraph's, with kgraph's prefixes, subjects in sorted order.

    Examples
    --------
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> b'kgid:org-1 a ' in serialize_triples(kg, "turtle", base="urn:x:")
    True
    """
    # dict.fromkeys: one of each line, in the order made (sorting runs is cheaper)
    data = b"".join(sorted(dict.fromkeys(iter_ntriples_lines(kg, base=base))))
    if format == "nt":
        return data
    return _through_pyoxigraph(
        data, ox.RdfFormat.N_TRIPLES, FAST_FORMATS[format], base=base
    )


def serialize_quads(kg: KnowledgeGraph, format: str, *, base: str) -> bytes:
    """Return the dataset of ``kg`` (one graph per article) as UTF-8 TriG or N-Quads.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph; it is not modified.
    format : {"trig", "nquads"}
        The serialisation.
    base : str
        Prefix of the minted IRIs.

    Returns
    -------
    bytes
        N-Quads: one line per quad, sorted. TriG: pyoxigraph's, with kgraph's
        prefixes, the default graph first, then the named graphs by IRI.

    Examples
    --------
    >>> from kgraph.types import Document
    >>> kg = KnowledgeGraph(documents=(Document("a1"),))
    >>> serialize_quads(kg, "nquads", base="urn:x:").count(b"\\n")
    11
    """
    graphs: dict[str, dict[bytes, None]] = {}  # one of each line, graph by graph
    for graph, lines in _graph_lines(kg, base=base):
        known = graphs.get(graph)
        if known is None:
            known = graphs[graph] = {}
        known.update(dict.fromkeys(lines))
    if format == "nquads":
        return b"".join(sorted(line for lines in graphs.values() for line in lines))
    # by graph ("" the default one first), then by line
    data = b"".join(b"".join(sorted(graphs[graph])) for graph in sorted(graphs))
    return _through_pyoxigraph(
        data, ox.RdfFormat.N_QUADS, FAST_FORMATS[format], base=base
    )
