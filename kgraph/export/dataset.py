"""Export a KnowledgeGraph as TriG or N-Quads: one named graph per article."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import BinaryIO

from rdflib import Dataset, Graph, Namespace, URIRef

from kgraph.errors import InvalidInputError
from kgraph.export.rdf import (
    DEFAULT_BASE,
    _add_document,
    _add_entity,
    _add_relation,
    _article_ids,
    _bind,
    add_event,
    add_merge,
    article_id,
)
from kgraph.export.serialize import _write_bytes, serialize_dataset
from kgraph.types import Entity, EntityType, KnowledgeGraph

__all__ = [
    "DATASET_FORMATS",
    "graph_name",
    "to_rdflib_dataset",
    "write_dataset",
]

#: rdflib serialiser names accepted by `write_dataset`.
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


def _doc_ids(kg: KnowledgeGraph) -> list[str]:
    """Document ids in order: ``kg.documents`` first, then any other ones, sorted."""
    ordered = dict.fromkeys(d.doc_id for d in kg.documents)
    seen: set[str] = set()
    for ent in kg.entities:
        seen.update(m.provenance.doc_id for m in ent.mentions)
    seen.update(r.provenance.doc_id for r in kg.relations)
    ordered.update(dict.fromkeys(sorted(seen - set(ordered))))
    return list(ordered)


def _docs_of(kg: KnowledgeGraph, doc_ids: list[str]) -> dict[str, list[str]]:
    """Entity id -> the documents whose graph describes it, in document order."""
    rank = {d: i for i, d in enumerate(doc_ids)}
    article_of = {article_id(d): d for d in doc_ids}
    found: dict[str, set[str]] = {e.id: set() for e in kg.entities}
    for ent in kg.entities:
        found[ent.id].update(m.provenance.doc_id for m in ent.mentions)
        if ent.type is EntityType.ARTICLE and ent.id in article_of:
            found[ent.id].add(article_of[ent.id])
    for rel in kg.relations:
        found[rel.subject].add(rel.provenance.doc_id)
        found[rel.object].add(rel.provenance.doc_id)
    return {e: sorted(docs, key=rank.__getitem__) for e, docs in found.items()}


def _in_document(ent: Entity, doc_id: str) -> Entity:
    """``ent`` with only its mentions in ``doc_id``."""
    mentions = tuple(m for m in ent.mentions if m.provenance.doc_id == doc_id)
    return ent if mentions == ent.mentions else replace(ent, mentions=mentions)


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
    (6, 3)
    """
    ns = Namespace(base)
    ds = Dataset()
    _bind(ds, base)
    doc_ids = _doc_ids(kg)
    graphs: dict[str, Graph] = {}

    def graph_of(doc_id: str) -> Graph:
        if doc_id not in graphs:
            graphs[doc_id] = ds.graph(graph_name(doc_id, base=base))
        return graphs[doc_id]

    articles = _article_ids(kg)
    entity_ids = {e.id for e in kg.entities}
    for doc in kg.documents:
        typed = article_id(doc.doc_id) not in entity_ids
        _add_document(graph_of(doc.doc_id), ns, doc, typed=typed)
    docs_of = _docs_of(kg, doc_ids)
    for ent in kg.entities:
        if not docs_of[ent.id]:
            _add_entity(ds.default_graph, ns, ent)
        for doc_id in docs_of[ent.id]:
            _add_entity(graph_of(doc_id), ns, _in_document(ent, doc_id))
    for rel in kg.relations:
        _add_relation(graph_of(rel.provenance.doc_id), ns, rel, articles=articles)
    for event in kg.events:
        add_event(graph_of(event.provenance.doc_id), ns, event)
    for merge in kg.merges:
        add_merge(ds.default_graph, ns, merge)  # a merge spans documents
    return ds


def write_dataset(
    kg: KnowledgeGraph,
    dest: str | os.PathLike[str] | BinaryIO,
    *,
    format: str = "trig",
    base: str = DEFAULT_BASE,
) -> None:
    """Write ``to_rdflib_dataset(kg)`` to ``dest`` as UTF-8 TriG or N-Quads.

    The same ``kg`` gives the same bytes in every run (`serialize_dataset`):
    TriG graphs come in order of their names, N-Quads lines are sorted.

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
        If ``format`` is not one of `DATASET_FORMATS`.
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
    _write_bytes(dest, serialize_dataset(to_rdflib_dataset(kg, base=base), format))
