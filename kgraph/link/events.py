"""Investment events: each ``has_investment`` statement with its parts.

`investment_events` reads one document's graph: for every ``has_investment``
edge it gathers, from the evidence sentence and the entities mentioned in it,
the project, the investor, the place, the status (planned, signed, started,
completed) and the period the text gives (``今年上半年``, ``截至目前``). It is a
pure function of the graph, so it runs per document like the rest.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from kgraph.extract.measures import PERIOD_RE
from kgraph.types import (
    Entity,
    EntityType,
    InvestmentEvent,
    InvestmentStatus,
    KnowledgeGraph,
    Predicate,
    Relation,
)

__all__ = ["investment_events", "with_investment_events"]

#: status cues, checked in this order (the most advanced wins: 签约 then 开工)
_STATUS = (
    (
        InvestmentStatus.COMPLETED,
        re.compile(r"完成|建成|投产|竣工|落成|累计投资|已投资"),
    ),
    (
        InvestmentStatus.STARTED,
        re.compile(r"开工|动工|开建|在建|施工|续建|建设中|推进"),
    ),
    (InvestmentStatus.SIGNED, re.compile(r"签约|签订|签署|落户|引进")),
    (InvestmentStatus.PLANNED, re.compile(r"计划|拟|将|规划|预计|力争|目标")),
)


def _mentioned_in(entity: Entity, relation: Relation) -> bool:
    p = relation.provenance
    return any(
        m.provenance.doc_id == p.doc_id and p.start <= m.provenance.start < p.end
        for m in entity.mentions
    )


def _status(sentence: str) -> InvestmentStatus:
    for status, cue in _STATUS:
        if cue.search(sentence):
            return status
    return InvestmentStatus.UNKNOWN


def _first(entities: list[Entity], kind: EntityType, skip: set[str]) -> str | None:
    return next((e.id for e in entities if e.type is kind and e.id not in skip), None)


def investment_events(kg: KnowledgeGraph) -> tuple[InvestmentEvent, ...]:
    """One `InvestmentEvent` per ``has_investment`` edge of ``kg``.

    Examples
    --------
    >>> import kgraph
    >>> text = "今年上半年,华越有限公司计划总投资3亿元的智能工厂项目开工。"
    >>> kg = kgraph.extract_document(text, doc_id="d")
    >>> (event,) = kg.events
    >>> event.status.value, event.period, kg.entity(event.investor).label
    ('started', '今年上半年', '华越有限公司')
    """
    events = []
    for rel in kg.relations:
        if rel.predicate is not Predicate.HAS_INVESTMENT:
            continue
        subject = kg.entity(rel.subject)
        sentence = rel.provenance.sentence
        nearby = [e for e in kg.entities if _mentioned_in(e, rel)]
        nearby.sort(key=lambda e: min(m.provenance.start for m in e.mentions))
        taken = {subject.id, rel.object}
        project = subject.id if subject.type is EntityType.PROJECT else None
        investor = subject.id if subject.type is EntityType.ORG else None
        place = subject.id if subject.type is EntityType.PLACE else None
        investor = investor or _first(nearby, EntityType.ORG, taken)
        place = place or _first(nearby, EntityType.PLACE, taken)
        money = kg.entity(rel.object).money
        if money is not None and money.period:  # the amount's own, read nearer
            period: str | None = money.period
        else:
            found = PERIOD_RE.search(sentence)
            period = found.group() if found else None
        digest = hashlib.sha1(
            f"{rel.provenance.doc_id}|{rel.provenance.start}|{rel.object}".encode()
        ).hexdigest()[:12]
        events.append(
            InvestmentEvent(
                id=f"event-{digest}",
                amount=rel.object,
                provenance=rel.provenance,
                project=project,
                investor=investor,
                place=place,
                status=_status(sentence),
                period=period,
            )
        )
    return tuple(events)


def with_investment_events(kg: KnowledgeGraph) -> KnowledgeGraph:
    """``kg`` with its `investment_events` attached."""
    return replace(kg, events=investment_events(kg))
