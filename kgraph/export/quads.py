"""The statements of a KnowledgeGraph split into one named graph per article.

`iter_graphs` yields each article's graph in pieces, built by the statement
functions of `kgraph.export.triples`, so a TriG file holds exactly the
triples of the Turtle file, spread over the articles they were read from.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TypeVar

from kgraph.export.names import article_id
from kgraph.export.triples import (
    Terms,
    _article_ids,
    _document,
    _entity,
    _event,
    _merge,
    _relation,
    _Triple,
    _Vocabulary,
    division_levels,
)
from kgraph.link.periods import fact_intervals
from kgraph.types import Entity, EntityType, KnowledgeGraph, Mention

__all__ = ["iter_graphs", "iter_quads"]

T = TypeVar("T")


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


def _in_documents(ent: Entity, doc_ids: list[str]) -> Iterator[tuple[str, Entity]]:
    """``(doc_id, ent with only its mentions in doc_id)`` for each of ``doc_ids``.

    The mentions are grouped once, so an entity that many documents mention
    (中国) costs its mentions, not its mentions times its documents.
    """
    if len(doc_ids) == 1 and all(
        m.provenance.doc_id == doc_ids[0] for m in ent.mentions
    ):
        yield doc_ids[0], ent
        return
    groups: dict[str, list[Mention]] = {}
    for mention in ent.mentions:
        groups.setdefault(mention.provenance.doc_id, []).append(mention)
    for doc_id in doc_ids:
        yield doc_id, replace(ent, mentions=tuple(groups.get(doc_id, ())))


_Quad = tuple[T, T, T, T | None]


def iter_graphs(
    kg: KnowledgeGraph, terms: Terms[T], *, base: str
) -> Iterator[tuple[T | None, Iterator[_Triple[T]]]]:
    """Yield ``(graph, triples)``: `iter_triples` split into one graph per article.

    The graph of document ``d`` is named by its article's IRI and holds what
    was read from ``d`` (`kgraph.export.to_rdflib_dataset` says what);
    ``graph`` is None for the default graph (entities in no document, merges).
    A graph comes in several pieces (its article, each entity, each relation);
    consume each piece before the next.

    Examples
    --------
    >>> from kgraph.export.triples import RdflibTerms
    >>> from kgraph.types import Document
    >>> kg = KnowledgeGraph(
    ...     entities=(Entity("org-1", EntityType.ORG, "华为"),),
    ...     documents=(Document("a1", title="标题"),),
    ... )
    >>> {str(g): len(list(t)) for g, t in iter_graphs(kg, RdflibTerms(), base="")}
    {'article-d871a49055f0': 12, 'None': 3}
    """
    v = _Vocabulary.of(terms)
    doc_ids = _doc_ids(kg)
    names = {d: terms.iri(base + article_id(d)) for d in doc_ids}
    articles = _article_ids(kg)
    entity_ids = {e.id for e in kg.entities}
    for doc in kg.documents:
        typed = article_id(doc.doc_id) not in entity_ids
        yield names[doc.doc_id], _document(terms, v, base, doc, typed=typed)
    docs_of = _docs_of(kg, doc_ids)
    when, levels = fact_intervals(kg), division_levels(kg)
    for ent in kg.entities:
        facts = when.get(ent.id), levels.get(ent.code) if ent.code else None
        if not docs_of[ent.id]:
            yield None, _entity(terms, v, base, ent, *facts)
        for doc_id, part in _in_documents(ent, docs_of[ent.id]):
            yield names[doc_id], _entity(terms, v, base, part, *facts)
    for rel in kg.relations:
        yield names[rel.provenance.doc_id], _relation(terms, v, base, rel, articles)
    for event in kg.events:
        doc_id = event.provenance.doc_id
        name = names.get(doc_id) or terms.iri(base + article_id(doc_id))
        yield name, _event(terms, v, base, event, when.get(event.id))
    for merge in kg.merges:
        yield None, _merge(terms, v, base, merge)  # a merge spans documents


def iter_quads(kg: KnowledgeGraph, terms: Terms[T], *, base: str) -> Iterator[_Quad[T]]:
    """Yield ``(s, p, o, graph)`` for every triple of every graph of `iter_graphs`.

    Examples
    --------
    >>> from kgraph.export.triples import RdflibTerms
    >>> from kgraph.types import Document
    >>> kg = KnowledgeGraph(
    ...     entities=(Entity("org-1", EntityType.ORG, "华为"),),
    ...     documents=(Document("a1", title="标题"),),
    ... )
    >>> sorted({str(q[3]) for q in iter_quads(kg, RdflibTerms(), base="urn:x:")})
    ['None', 'urn:x:article-d871a49055f0']
    """
    for graph, triples in iter_graphs(kg, terms, base=base):
        for s, p, o in triples:
            yield s, p, o, graph
