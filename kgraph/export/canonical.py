"""The canonical order of a KnowledgeGraph: what the readers give back.

RDF holds sets, and networkx keeps edges by node, so a graph read back from a
file cannot know the order its entities, relations or aliases were written in.
`canonical` puts every collection in one documented order; the readers
(`kgraph.read_graph`, `kgraph.from_store`) return graphs in that order, so
``read_graph(p) == canonical(kg)`` after ``write_graph(kg, p)``.
"""

from __future__ import annotations

from dataclasses import replace

from kgraph.types import (
    Document,
    Entity,
    InvestmentEvent,
    KnowledgeGraph,
    Mention,
    Merge,
    Relation,
)

__all__ = ["canonical"]


def _mention_key(m: Mention) -> tuple[str, int, int, str, str, str]:
    p = m.provenance
    return p.doc_id, p.start, p.end, m.text, p.extractor, p.sentence


def _relation_key(
    r: Relation,
) -> tuple[str, int, int, str, str, str, float, str, str, str]:
    p = r.provenance
    return (
        p.doc_id,
        p.start,
        p.end,
        r.subject,
        r.predicate.value,
        r.object,
        r.confidence,
        r.role or "",
        p.extractor,
        p.sentence,
    )


def _merge_key(m: Merge) -> tuple[str, str, str, str]:
    return m.kept, m.merged, m.rule, m.evidence


def _canonical_entity(ent: Entity) -> Entity:
    return replace(
        ent,
        aliases=tuple(sorted(set(ent.aliases))),
        mentions=tuple(sorted(set(ent.mentions), key=_mention_key)),
    )


def _document_key(d: Document) -> str:
    return d.doc_id


def _event_key(e: InvestmentEvent) -> str:
    return e.id


def canonical(kg: KnowledgeGraph) -> KnowledgeGraph:
    """Return ``kg`` with every collection in the canonical order, duplicates dropped.

    Entities are sorted by id, each entity's aliases sorted and its mentions
    sorted by (document, start, end); relations by (document, start, end,
    subject, predicate, object); documents by id; merges by (kept, merged,
    rule, evidence); events by id. Nothing else changes, and
    ``canonical(canonical(kg)) == canonical(kg)``.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph; it is not modified.

    Returns
    -------
    KnowledgeGraph
        The same facts in the canonical order.

    Examples
    --------
    >>> from kgraph.types import EntityType
    >>> kg = KnowledgeGraph(
    ...     entities=(
    ...         Entity("org-2", EntityType.ORG, "华为", aliases=("华为公司", "HW")),
    ...         Entity("org-1", EntityType.ORG, "腾讯"),
    ...     )
    ... )
    >>> [(e.id, e.aliases) for e in canonical(kg).entities]
    [('org-1', ()), ('org-2', ('HW', '华为公司'))]
    >>> canonical(canonical(kg)) == canonical(kg)
    True
    """
    return KnowledgeGraph(
        entities=tuple(
            sorted((_canonical_entity(e) for e in kg.entities), key=lambda e: e.id)
        ),
        relations=tuple(sorted(dict.fromkeys(kg.relations), key=_relation_key)),
        documents=tuple(sorted(dict.fromkeys(kg.documents), key=_document_key)),
        merges=tuple(sorted(dict.fromkeys(kg.merges), key=_merge_key)),
        events=tuple(sorted(dict.fromkeys(kg.events), key=_event_key)),
    )
