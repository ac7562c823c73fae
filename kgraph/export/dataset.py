"""Export a KnowledgeGraph as TriG or N-Quads: one named graph per article."""

from __future__ import annotations

import os
from typing import BinaryIO

from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

from kgraph.errors import InvalidInputError
from kgraph.export.quads import iter_quads
from kgraph.export.rdf import DEFAULT_BASE, _bind, article_id
from kgraph.export.serialize import _write_bytes
from kgraph.export.triples import RdflibTerms
from kgraph.types import KnowledgeGraph

__all__ = [
    "DATASET_FORMATS",
    "graph_name",
    "to_rdflib_dataset",
    "write_dataset",
]

#: Formats accepted by `write_dataset`.
DATASET_FORMATS = ("nquads", "trig")


def graph_name(doc_id: str, *, base: str = DEFAULT_BASE) -> URIRef:
    """Return the IRI naming the graph of document ``doc_id``: its article's IRI.

    Parameters
    ----------
    doc_id : str
        The document id (`kgraph.types.Document.doc_id`).
    base : str, optional
        Prefix of the minted IRIs, by default `DEFAULT_BASE`.

    Returns
    -------
    rdflib.URIRef
        ``base + article_id(doc_id)``, the IRI of the document's ARTICLE node.

    Examples
    --------
    >>> graph_name("a1")
    rdflib.term.URIRef('https://kgraph-zh.github.io/id/article-d871a49055f0')
    """
    return URIRef(base + article_id(doc_id))


def to_rdflib_dataset(kg: KnowledgeGraph, *, base: str = DEFAULT_BASE) -> Dataset:
    """Convert ``kg`` to an rdflib Dataset with one named graph per article.

    The graph of document ``d`` is named by its article's IRI (`graph_name`)
    and holds what was read from ``d``: the article node with its metadata
    (``kg:docId``, ``schema:headline``, ``kg:sourcePath``, ``kg:charCount``,
    its byline via ``kg:reportedBy``/``kg:photographedBy``), every relation
    read from ``d`` with its statement node (evidence, offsets, confidence,
    extractor and version), and every entity mentioned in ``d`` or linked by
    one of those relations, with its types, labels and its mentions in ``d``.
    An entity that appears in no document goes to the default graph. The
    union of all graphs is `to_rdflib` ``(kg)``: Turtle is TriG without the
    graph names.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to convert; it is not modified.
    base : str, optional
        Prefix of the minted IRIs, by default `DEFAULT_BASE`.

    Returns
    -------
    rdflib.Dataset
        A new dataset with kgraph's prefixes bound.

    Examples
    --------
    >>> from kgraph.types import Document, Entity, EntityType
    >>> kg = KnowledgeGraph(
    ...     entities=(Entity("org-1", EntityType.ORG, "华为"),),
    ...     documents=(Document("a1", title="标题"),),
    ... )
    >>> ds = to_rdflib_dataset(kg)
    >>> graph_name("a1") in {g.identifier for g in ds.graphs()}
    True
    >>> len(ds.graph(graph_name("a1"))), len(ds.default_graph)
    (12, 3)
    """
    ds = Dataset()
    _bind(ds, base)
    graphs: dict[Node, Graph] = {}
    for s, p, o, name in iter_quads(kg, RdflibTerms(), base=base):
        if name is None:
            ds.default_graph.add((s, p, o))
            continue
        graph = graphs.get(name)
        if graph is None:
            graph = graphs[name] = ds.graph(URIRef(str(name)))
        graph.add((s, p, o))
    return ds


def write_dataset(
    kg: KnowledgeGraph,
    dest: str | os.PathLike[str] | BinaryIO,
    *,
    format: str = "trig",
    base: str = DEFAULT_BASE,
) -> None:
    """Write the dataset of `to_rdflib_dataset` ``(kg)`` to ``dest`` as TriG or N-Quads.

    Both go through pyoxigraph without building an rdflib Dataset
    (`kgraph.export.fastrdf`), in time proportional to the quads written: N-Quads
    is one line per quad, sorted; TriG is pyoxigraph's, the default graph first,
    then the named graphs by IRI, each graph's subjects sorted. The same ``kg``
    gives the same bytes in every run, whatever ``PYTHONHASHSEED``.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to write; it is not modified.
    dest : str, os.PathLike or binary stream
        A file path (created or overwritten) or a stream opened with ``"wb"``.
    format : {"trig", "nquads"}, optional
        The serialisation, by default ``"trig"``.
    base : str, optional
        Prefix of the minted IRIs, by default `DEFAULT_BASE`.

    Raises
    ------
    InvalidInputError
        If ``format`` is not one of `DATASET_FORMATS`, or an entity id or
        ``base`` makes no valid IRI.
    TypeError
        If ``dest`` is neither a path nor a binary stream.

    Examples
    --------
    >>> import io
    >>> from kgraph.types import Document
    >>> buf = io.BytesIO()
    >>> write_dataset(KnowledgeGraph(documents=(Document("a1"),)), buf, format="nquads")
    >>> graph_name("a1").n3() in buf.getvalue().decode("utf-8")
    True
    """
    if format not in DATASET_FORMATS:
        known = ", ".join(DATASET_FORMATS)
        raise InvalidInputError(
            f"RDF dataset format {format!r} not supported; use one of: {known}"
        )
    from kgraph.export.fastrdf import serialize_quads  # pyoxigraph, on use

    _write_bytes(dest, serialize_quads(kg, format, base=base))
