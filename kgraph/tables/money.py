"""The amounts of money of a KnowledgeGraph as a DataFrame, each with its evidence."""

from __future__ import annotations

from typing import Any

from kgraph.link.areas import CITY, areas_at_level
from kgraph.link.periods import count_year, fact_intervals, publication_dates
from kgraph.tables.columns import MONEY_DTYPES, typed_frame
from kgraph.types import (
    Entity,
    EntityType,
    InvestmentEvent,
    KnowledgeGraph,
    Predicate,
    Relation,
)

__all__ = ["money_frame"]


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
    period = money.money.period if money.money else None
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
                "period": event.period or period,
                "where_id": event.place or (holder.subject if holder else None),
                "evidence": prov.sentence,
                "evidence_from": "event",
                "doc_id": prov.doc_id,
                "event_id": event.id,
            }
        )
    if not events:
        rows += [
            {
                "holder_id": rel.subject,
                "period": period,
                "evidence": rel.provenance.sentence,
                "evidence_from": "relation",
                "doc_id": rel.provenance.doc_id,
            }
            for rel in holders
        ]
    if not rows:
        rows.append({"period": period})
    mention = money.mentions[0].provenance if money.mentions else None
    for row in rows:
        if not row.get("evidence") and mention is not None:
            row["evidence"] = mention.sentence
            row["evidence_from"] = "mention"
        if not row.get("evidence"):
            row["evidence"] = row["evidence_from"] = None
        if mention is not None:
            row["doc_id"] = row.get("doc_id") or mention.doc_id
            row["start"], row["end"] = mention.start, mention.end
        holder_id = row.get("holder_id")
        row["holder"] = _label(kg, holder_id)
        row.setdefault("where_id", holder_id)
        row["holder_type"] = kg.entity(holder_id).type.value if holder_id else None
    return rows


def money_frame(kg: KnowledgeGraph) -> Any:
    """Return the amounts of money with who invests, in what, where, and the evidence.

    One row per investment event of an amount (``investor``, ``project``,
    ``place``, ``status`` such as ``signed`` or ``completed``, ``period`` as
    the text says it); an amount with no event gets one row per
    ``has_investment`` or ``has_amount`` relation into it, and an amount with
    neither one row. ``holder`` is the subject of that relation (a project,
    company or place), NA if none; ``measure`` is what the amount measures
    (``investment``, ``revenue``, ``tax`` …, see `kgraph.types.Measure`).
    ``amount`` is the text (``约54亿元``); ``value`` and ``value_max`` are
    floats in the currency's unit (yuan), ``value_max`` NA unless a range,
    and ``value_decimal``, ``value_max_decimal`` the exact `Decimal`;
    ``qualifier`` is ``exact``, ``approx``, ``nearly`` … ``evidence`` is the
    sentence of the event, else of the relation, else of the amount's own
    mention (``evidence_from`` says which); ``doc_id``, ``start`` and ``end``
    are where the amount is written.

    Time and place, for "investment by county by year": ``period_start`` and
    ``period_end`` are the period normalised against ``published``, the
    article's date (`kgraph.link.periods`; NaT where open or unknown);
    ``year`` is the year the amount counts in (the period's end, else the
    publication year, `kgraph.link.periods.count_year`); ``county`` and
    ``county_code`` are the county-level division of the event's place, else
    of the holder (`kgraph.link.areas.areas_at_level`), ``city`` and
    ``city_code`` its prefecture-level one::

        frame = money_frame(kg)
        invested = frame[frame.event_id.notna() & (frame.measure == "investment")]
        invested.groupby(["county", "year"]).value.sum()

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph; it is not modified.

    Returns
    -------
    pandas.DataFrame
        With the columns and dtypes of `MONEY_DTYPES`, amounts in the order
        of ``kg.entities``.

    Raises
    ------
    MissingDependencyError
        If pandas is not installed.

    Examples
    --------
    >>> from decimal import Decimal
    >>> from kgraph.types import Money, Provenance
    >>> project = Entity("project-1", EntityType.PROJECT, "电竞度假村项目")
    >>> money = Entity("money-1", EntityType.MONEY, "2亿元",
    ...                money=Money(Decimal("200000000")))
    >>> rel = Relation("project-1", Predicate.HAS_INVESTMENT, "money-1",
    ...                Provenance("a1", 0, 15, sentence="电竞度假村项目总投资2亿元。"))
    >>> kg = KnowledgeGraph(entities=(project, money), relations=(rel,))
    >>> money_frame(kg)[["holder", "amount", "value", "value_decimal"]].values.tolist()
    [['电竞度假村项目', '2亿元', 200000000.0, Decimal('200000000')]]
    """
    events: dict[str, list[InvestmentEvent]] = {}
    intervals, dates = fact_intervals(kg), publication_dates(kg)
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
            "value_max": None if value_max is None else float(value_max),
            "value_decimal": money.value,
            "value_max_decimal": value_max,
            "currency": money.currency,
            "qualifier": money.qualifier.value,
            "measure": None if money.measure is None else money.measure.value,
            "id": ent.id,
        }
        parts = events.get(ent.id, []), holders.get(ent.id, [])
        for row in _money_rows(kg, ent, *parts):
            when = intervals.get(row.get("event_id") or "") or intervals.get(ent.id)
            published = dates.get(row.get("doc_id") or "")
            start, end = when if when is not None else (None, None)
            row |= {"period_start": start, "period_end": end, "published": published}
            row["year"] = count_year(when, published)
            rows.append(base | row)
    placed = [r["where_id"] for r in rows if r["where_id"]]
    counties, cities = areas_at_level(kg, placed), areas_at_level(kg, placed, CITY)
    for row in rows:
        where = row.pop("where_id") or ""
        for name, found in (("county", counties), ("city", cities)):
            division = found.get(where)
            row[name] = division.name if division else None
            row[f"{name}_code"] = division.code if division else None
    return typed_frame(rows, MONEY_DTYPES)
