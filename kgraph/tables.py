"""A KnowledgeGraph as pandas DataFrames: entities, relations with evidence, money."""

from __future__ import annotations

from typing import Any

from kgraph._optional import import_optional
from kgraph.types import (
    Entity,
    EntityType,
    InvestmentEvent,
    KnowledgeGraph,
    Predicate,
    Relation,
)

__all__ = [
    "ENTITY_COLUMNS",
    "MONEY_COLUMNS",
    "RELATION_COLUMNS",
    "entities_frame",
    "money_frame",
    "relations_frame",
]

#: columns of `entities_frame`
ENTITY_COLUMNS = ("id", "type", "label", "aliases", "mentions", "documents")
#: columns of `relations_frame`
RELATION_COLUMNS = (
    "subject",
    "relation",
    "object",
    "role",
    "evidence",
    "doc_id",
    "start",
    "end",
    "confidence",
    "subject_type",
    "object_type",
    "subject_id",
    "object_id",
    "extractor",
)
#: columns of `money_frame`
MONEY_COLUMNS = (
    "amount",
    "value",
    "value_max",
    "currency",
    "qualifier",
    "measure",
    "holder",
    "holder_type",
    "investor",
    "project",
    "place",
    "status",
    "period",
    "evidence",
    "doc_id",
    "id",
    "holder_id",
    "event_id",
)


def _frame(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> Any:
    pandas = import_optional("pandas", purpose="tables")
    return pandas.DataFrame(rows, columns=list(columns))


def entities_frame(kg: KnowledgeGraph) -> Any:
    """Return one row per entity: id, type, label, aliases, mentions, documents.

    ``aliases`` and ``documents`` (the ids of the documents that mention it)
    are tuples; ``mentions`` counts the mentions. Rows follow ``kg.entities``.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph; it is not modified.

    Returns
    -------
    pandas.DataFrame
        With the columns `ENTITY_COLUMNS`.

    Raises
    ------
    MissingDependencyError
        If pandas is not installed.

    Examples
    --------
    >>> from kgraph.types import Entity
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> entities_frame(kg)[["type", "label", "mentions"]].values.tolist()
    [['ORG', '华为', 0]]
    """
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
        }
        for ent in kg.entities
    ]
    return _frame(rows, ENTITY_COLUMNS)


def relations_frame(kg: KnowledgeGraph) -> Any:
    """Return one row per relation, with labels and its evidence sentence.

    ``subject`` and ``object`` are labels (ids in ``subject_id``,
    ``object_id``); ``relation`` is the predicate (``"located_in"`` …);
    ``role`` is None unless set; ``evidence``, ``doc_id``, ``start`` and
    ``end`` say where the relation was read, offsets into the original text.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph; it is not modified.

    Returns
    -------
    pandas.DataFrame
        With the columns `RELATION_COLUMNS`, rows in the order of
        ``kg.relations``.

    Raises
    ------
    MissingDependencyError
        If pandas is not installed.

    Examples
    --------
    >>> from kgraph.types import Entity, Provenance, Relation
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
                "evidence": prov.sentence,
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
    return _frame(rows, RELATION_COLUMNS)


def _label(kg: KnowledgeGraph, entity_id: str | None) -> str | None:
    return None if entity_id is None else kg.entity(entity_id).label


#: the relations from an amount's holder to the amount
_HOLDS = (Predicate.HAS_INVESTMENT, Predicate.HAS_AMOUNT)


def _money_rows(
    kg: KnowledgeGraph,
    money: Entity,
    events: list[InvestmentEvent],
    holders: list[Relation],
) -> list[dict[str, Any]]:
    """The rows of one amount: per investment event, else per holder, else one."""
    mention = money.mentions[0].provenance if money.mentions else None
    rows: list[dict[str, Any]] = []
    for event in events:
        prov = event.provenance
        same = [r for r in holders if r.provenance.sentence == prov.sentence]
        holder = same[0] if same else holders[0] if holders else None
        rows.append(
            {
                "holder_id": holder.subject if holder else None,
                "investor": _label(kg, event.investor),
                "project": _label(kg, event.project),
                "place": _label(kg, event.place),
                "status": event.status.value,
                "period": event.period or (money.money and money.money.period),
                "evidence": prov.sentence,
                "doc_id": prov.doc_id,
                "event_id": event.id,
            }
        )
    if not events:
        for rel in holders:
            rows.append(
                {
                    "holder_id": rel.subject,
                    "period": money.money and money.money.period,
                    "evidence": rel.provenance.sentence,
                    "doc_id": rel.provenance.doc_id,
                }
            )
    if not rows:
        rows.append(
            {
                "period": money.money and money.money.period,
                "evidence": mention.sentence if mention else None,
                "doc_id": mention.doc_id if mention else None,
            }
        )
    for row in rows:
        holder_id = row.get("holder_id")
        row["holder"] = _label(kg, holder_id)
        row["holder_type"] = kg.entity(holder_id).type.value if holder_id else None
        row["evidence"] = row["evidence"] or None
    return rows


def money_frame(kg: KnowledgeGraph) -> Any:
    """Return the amounts of money with who invests, in what, where, and the evidence.

    One row per investment event of an amount (``investor``, ``project``,
    ``place``, ``status`` such as ``signed`` or ``completed``, ``period`` as
    the text says it); an amount with no event gets one row per
    ``has_investment`` or ``has_amount`` relation into it, and an amount with
    neither one row. ``holder`` is the subject of that relation (a project,
    company or place), empty if none; ``measure`` is what the amount measures
    (``investment``, ``revenue``, ``tax`` …, see `kgraph.types.Measure`).
    ``amount`` is the text (``约54亿元``);
    ``value`` and ``value_max`` are floats in the currency's unit (yuan),
    ``value_max`` NaN unless a range; ``qualifier`` is ``exact``, ``approx``,
    ``nearly`` … The exact `Decimal` stays in ``kg.entity(id).money``.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph; it is not modified.

    Returns
    -------
    pandas.DataFrame
        With the columns `MONEY_COLUMNS`, amounts in the order of
        ``kg.entities``.

    Raises
    ------
    MissingDependencyError
        If pandas is not installed.

    Examples
    --------
    >>> from decimal import Decimal
    >>> from kgraph.types import Entity, Money, Provenance, Relation
    >>> project = Entity("project-1", EntityType.PROJECT, "电竞度假村项目")
    >>> money = Entity("money-1", EntityType.MONEY, "2亿元",
    ...                money=Money(Decimal("200000000")))
    >>> rel = Relation("project-1", Predicate.HAS_INVESTMENT, "money-1",
    ...                Provenance("a1", 0, 15, sentence="电竞度假村项目总投资2亿元。"))
    >>> kg = KnowledgeGraph(entities=(project, money), relations=(rel,))
    >>> money_frame(kg)[["holder", "amount", "value"]].values.tolist()
    [['电竞度假村项目', '2亿元', 200000000.0]]
    """
    events: dict[str, list[InvestmentEvent]] = {}
    for event in kg.events:
        events.setdefault(event.amount, []).append(event)
    holders: dict[str, list[Relation]] = {}
    for rel in kg.relations:
        if rel.predicate in _HOLDS:
            holders.setdefault(rel.object, []).append(rel)
    rows: list[dict[str, Any]] = []
    for ent in kg.entities:
        if ent.type is not EntityType.MONEY or ent.money is None:
            continue
        money = ent.money
        value_max = money.value_max
        base = {
            "amount": ent.label,
            "value": float(money.value),
            "value_max": float("nan") if value_max is None else float(value_max),
            "currency": money.currency,
            "qualifier": money.qualifier.value,
            "measure": None if money.measure is None else money.measure.value,
            "id": ent.id,
        }
        parts = events.get(ent.id, []), holders.get(ent.id, [])
        rows.extend(base | row for row in _money_rows(kg, ent, *parts))
    return _frame(rows, MONEY_COLUMNS)
