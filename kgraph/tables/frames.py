"""Entities, their mentions and the relations of a KnowledgeGraph as DataFrames."""

from __future__ import annotations

from typing import Any

from kgraph.divisions.table import levels_of
from kgraph.tables.columns import (
    ENTITY_DTYPES,
    MENTION_DTYPES,
    RELATION_DTYPES,
    typed_frame,
)
from kgraph.types import KnowledgeGraph

__all__ = ["entities_frame", "mentions_frame", "relations_frame"]


def entities_frame(kg: KnowledgeGraph) -> Any:
    """Return one row per entity: id, type, label, aliases, mentions, place code.

    ``aliases`` and ``documents`` (the ids of the documents that mention it)
    are tuples; ``mentions`` counts the mentions. A place linked to an
    official division has its GB/T 2260 ``code`` and ``level`` (1 province,
    2 city, 3 county, 4 town or street), NA otherwise. Rows follow
    ``kg.entities``.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph; it is not modified.

    Returns
    -------
    pandas.DataFrame
        With the columns and dtypes of `ENTITY_DTYPES`.

    Raises
    ------
    MissingDependencyError
        If pandas is not installed.

    Examples
    --------
    >>> from kgraph.types import Entity, EntityType
    >>> org = Entity("org-1", EntityType.ORG, "华为")
    >>> city = Entity("place-1", EntityType.PLACE, "嘉兴市", code="330400")
    >>> frame = entities_frame(KnowledgeGraph(entities=(org, city)))
    >>> frame[["label", "mentions", "code", "level"]].values.tolist()
    [['华为', 0, <NA>, <NA>], ['嘉兴市', 0, '330400', 2]]
    """
    levels = levels_of(e.code for e in kg.entities if e.code is not None)
    rows = [
        {
            "id": ent.id,
            "type": ent.type.value,
            "label": ent.label,
            "aliases": ent.aliases,
            "mentions": len(ent.mentions),
            "documents": tuple(
                dict.fromkeys(m.provenance.doc_id for m in ent.mentions)
            ),
            "code": ent.code,
            "level": None if ent.code is None else levels.get(ent.code),
        }
        for ent in kg.entities
    ]
    return typed_frame(rows, ENTITY_DTYPES)


def mentions_frame(kg: KnowledgeGraph) -> Any:
    """Return one row per mention: the entity, the text, where, and its sentence.

    ``start`` and ``end`` are offsets into the original text of ``doc_id``;
    ``sentence`` is the sentence the mention stands in, as written (NA where
    the graph has none: it keeps no document text). Rows follow
    ``kg.entities``, then each entity's mentions.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph; it is not modified.

    Returns
    -------
    pandas.DataFrame
        With the columns and dtypes of `MENTION_DTYPES`.

    Raises
    ------
    MissingDependencyError
        If pandas is not installed.

    Examples
    --------
    >>> from kgraph.types import Entity, EntityType, Mention, Provenance
    >>> prov = Provenance("a1", 0, 2, sentence="华为位于深圳市。")
    >>> org = Entity("org-1", EntityType.ORG, "华为", mentions=(Mention("华为", prov),))
    >>> frame = mentions_frame(KnowledgeGraph(entities=(org,)))
    >>> frame[["label", "start", "end", "sentence"]].values.tolist()
    [['华为', 0, 2, '华为位于深圳市。']]
    """
    rows = [
        {
            "entity_id": ent.id,
            "label": ent.label,
            "type": ent.type.value,
            "text": mention.text,
            "doc_id": mention.provenance.doc_id,
            "start": mention.provenance.start,
            "end": mention.provenance.end,
            "sentence": mention.provenance.sentence or None,
            "extractor": mention.provenance.extractor,
        }
        for ent in kg.entities
        for mention in ent.mentions
    ]
    return typed_frame(rows, MENTION_DTYPES)


def relations_frame(kg: KnowledgeGraph) -> Any:
    """Return one row per relation, with labels and its evidence sentence.

    ``subject`` and ``object`` are labels (ids in ``subject_id``,
    ``object_id``); ``relation`` is the predicate (``"located_in"`` …);
    ``role`` is NA unless set; ``evidence``, ``doc_id``, ``start`` and
    ``end`` say where the relation was read, offsets of the sentence in the
    original text.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph; it is not modified.

    Returns
    -------
    pandas.DataFrame
        With the columns and dtypes of `RELATION_DTYPES`, rows in the order of
        ``kg.relations``.

    Raises
    ------
    MissingDependencyError
        If pandas is not installed.

    Examples
    --------
    >>> from kgraph.types import Entity, EntityType, Predicate, Provenance, Relation
    >>> org = Entity("org-1", EntityType.ORG, "华为")
    >>> city = Entity("place-1", EntityType.PLACE, "深圳市")
    >>> prov = Provenance("a1", 0, 8, sentence="华为位于深圳市。")
    >>> rel = Relation("org-1", Predicate.LOCATED_IN, "place-1", prov)
    >>> kg = KnowledgeGraph(entities=(org, city), relations=(rel,))
    >>> frame = relations_frame(kg)
    >>> frame[["subject", "relation", "object", "evidence"]].values.tolist()
    [['华为', 'located_in', '深圳市', '华为位于深圳市。']]
    """
    rows = []
    for rel in kg.relations:
        subject, obj, prov = (
            kg.entity(rel.subject),
            kg.entity(rel.object),
            rel.provenance,
        )
        rows.append(
            {
                "subject": subject.label,
                "relation": rel.predicate.value,
                "object": obj.label,
                "role": rel.role,
                "evidence": prov.sentence or None,
                "doc_id": prov.doc_id,
                "start": prov.start,
                "end": prov.end,
                "confidence": rel.confidence,
                "subject_type": subject.type.value,
                "object_type": obj.type.value,
                "subject_id": rel.subject,
                "object_id": rel.object,
                "extractor": prov.extractor,
            }
        )
    return typed_frame(rows, RELATION_DTYPES)
