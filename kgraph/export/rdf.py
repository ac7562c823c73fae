"""Export a KnowledgeGraph to RDF: an rdflib Graph, Turtle, N-Triples or JSON-LD."""

from __future__ import annotations

import os
from typing import BinaryIO

from rdflib import Graph

from kgraph.errors import InvalidInputError
from kgraph.export.names import article_id, mention_id, statement_id
from kgraph.export.serialize import _write_bytes, serialize_graph
from kgraph.export.triples import RdflibTerms, iter_triples
from kgraph.export.vocab import PREFIXES
from kgraph.types import KnowledgeGraph

__all__ = [
    "DEFAULT_BASE",
    "RDF_FORMATS",
    "article_id",
    "mention_id",
    "statement_id",
    "to_rdflib",
    "write_rdf",
]


#: Prefix of every entity, statement and mention IRI unless ``base=`` is given.
DEFAULT_BASE = "https://kgraph-zh.github.io/id/"

#: Formats accepted by `write_rdf`.
RDF_FORMATS = ("json-ld", "nt", "turtle")

#: kgraph's prefixes (`kgraph.export.vocab.PREFIXES`), under the name older code imports
_PREFIXES = PREFIXES


def to_rdflib(kg: KnowledgeGraph, *, base: str = DEFAULT_BASE) -> Graph:
    """Convert ``kg`` to an rdflib Graph: one IRI per entity, no blank nodes.

    Each entity ``e`` becomes ``<base + e.id>``, typed with its kgraph class and
    its schema.org class, labelled ``rdfs:label "…"@zh`` and ``skos:altLabel``
    for aliases; each mention becomes a ``kg:Mention`` node. Each relation is a
    direct triple (``subj kg:locatedIn obj``) plus an ``rdf:Statement`` node
    ``<base + statement_id(rel)>`` carrying the evidence sentence, document id,
    character offsets, confidence, extractor and its version, role, and
    ``prov:wasDerivedFrom`` its article; ``worksFor`` statements are also
    W3C ORG memberships (``org:Membership``, ``org:role``). Each document adds
    its metadata to its article node ``<base + article_id(doc_id)>``:
    ``kg:docId``, ``schema:headline``, ``kg:sourcePath``, ``kg:charCount``.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to convert; it is not modified.
    base : str, optional
        Prefix of the minted IRIs, by default `DEFAULT_BASE`.

    Returns
    -------
    rdflib.Graph
        A new graph with the prefixes ``kg``, ``schema``, ``skos``, ``org``,
        ``prov`` and ``kgid`` (``base``) bound.

    Examples
    --------
    >>> from rdflib import RDF, RDFS, URIRef
    >>> from kgraph.types import Entity, EntityType
    >>> from kgraph.export.vocab import KG
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> g = to_rdflib(kg)
    >>> len(g), (URIRef(DEFAULT_BASE + "org-1"), RDF.type, KG.Organization) in g
    (3, True)
    >>> g.value(URIRef(DEFAULT_BASE + "org-1"), RDFS.label)
    rdflib.term.Literal('华为', lang='zh')
    """
    g = Graph()
    _bind(g, base)
    for triple in iter_triples(kg, RdflibTerms(), base=base):
        g.add(triple)
    return g


def _bind(g: Graph, base: str) -> None:
    """Bind kgraph's prefixes and ``kgid`` (``base``) on ``g``."""
    for prefix, iri in PREFIXES.items():
        g.bind(prefix, iri, override=True, replace=True)
    g.bind("kgid", base, override=True, replace=True)


def write_rdf(
    kg: KnowledgeGraph,
    dest: str | os.PathLike[str] | BinaryIO,
    *,
    format: str = "turtle",
    base: str = DEFAULT_BASE,
) -> None:
    """Write the graph `to_rdflib` makes of ``kg`` as Turtle, N-Triples or JSON-LD.

    Turtle and N-Triples go through pyoxigraph without building an rdflib
    Graph (`kgraph.export.fastrdf`): N-Triples is one line per triple, sorted,
    and Turtle is pyoxigraph's, subjects in sorted order. JSON-LD is rdflib's
    compact form with kgraph's ``@context``, nodes and values sorted
    (`serialize_graph`; pyoxigraph 0.5 writes only expanded JSON-LD). The same
    ``kg`` gives the same bytes in every run, whatever ``PYTHONHASHSEED``.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to write; it is not modified.
    dest : str, os.PathLike or binary stream
        A file path (created or overwritten) or a stream opened with ``"wb"``.
    format : {"turtle", "nt", "json-ld"}, optional
        The serialisation, by default ``"turtle"``.
    base : str, optional
        Prefix of the minted IRIs, by default `DEFAULT_BASE`.

    Raises
    ------
    InvalidInputError
        If ``format`` is not one of `RDF_FORMATS`, or an entity id or ``base``
        makes no valid IRI (Turtle, N-Triples).
    TypeError
        If ``dest`` is neither a path nor a binary stream.

    Examples
    --------
    >>> import io
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> buf = io.BytesIO()
    >>> write_rdf(kg, buf, format="nt")
    >>> "华为" in buf.getvalue().decode("utf-8")
    True
    """
    if format not in RDF_FORMATS:
        known = ", ".join(RDF_FORMATS)
        raise InvalidInputError(f"RDF format {format!r} not supported; use: {known}")
    if format == "json-ld":  # rdflib: compact JSON-LD with kgraph's @context
        from kgraph.export.jsonld_context import json_ld_context

        context = json_ld_context(base)
        data = serialize_graph(to_rdflib(kg, base=base), format, context=context)
    else:
        from kgraph.export.fastrdf import serialize_triples  # pyoxigraph, on use

        data = serialize_triples(kg, format, base=base)
    _write_bytes(dest, data)
