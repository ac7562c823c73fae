"""Tests for kgraph.link.events: investment statements as events with their parts."""

from __future__ import annotations

import pytest

import kgraph
from kgraph.export import to_networkx
from kgraph.types import InvestmentStatus


@pytest.mark.parametrize(
    ("text", "status", "period"),
    [
        (
            "今年上半年,华越有限公司计划总投资3亿元的智能工厂项目开工。",
            "started",
            "今年上半年",
        ),
        ("截至目前,湘家荡区域完成固定资产投资19.06亿元。", "completed", "截至目前"),
        ("去年,华越有限公司与开发区签约,计划总投资5亿元。", "signed", "去年"),
        ("华越有限公司拟投资2亿元。", "planned", None),
    ],
)
def test_events_status_and_period(nlp_lac, text: str, status: str, period) -> None:  # type: ignore[no-untyped-def]
    kg = kgraph.extract_document(text, doc_id="d", nlp=nlp_lac)
    (event,) = kg.events
    assert event.status == InvestmentStatus(status)
    assert event.period == period


def test_events_parts(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    kg = kgraph.extract_document(
        "今年,华越有限公司在嘉兴市南湖区计划总投资3亿元的智能工厂项目开工。",
        doc_id="d",
        nlp=nlp_lac,
    )
    (event,) = kg.events
    assert kg.entity(event.amount).money is not None
    assert kg.entity(event.project).label == "智能工厂项目"
    assert kg.entity(event.investor).label == "华越有限公司"
    assert kg.entity(event.place).label in ("嘉兴市", "南湖区")


def test_events_in_networkx(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    kg = kgraph.build("华越有限公司计划总投资3亿元的智能工厂项目开工。", nlp=nlp_lac)
    graph = to_networkx(kg)
    (node,) = [n for n, d in graph.nodes(data=True) if d["type"] == "INVESTMENT_EVENT"]
    parts = {d["relation"] for _, _, d in graph.out_edges(node, data=True)}
    assert {"amount", "project", "investor"} <= parts


def test_events_merge_record_in_networkx(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    kg = kgraph.build(
        [
            ("a", "杭州科百特过滤器有限公司投产。"),
            ("b", "科百特过滤器有限公司负责人林建国说。"),
        ],
        nlp=nlp_lac,
    )
    graph = to_networkx(kg)
    (merged,) = [d for _, d in graph.nodes(data=True) if d.get("merged_from")]
    assert merged["label"] == "杭州科百特过滤器有限公司"
    assert "org-place-prefix" in merged["merged_from"][0]


def test_events_take_the_period_of_their_amount() -> None:
    """A sentence with two periods: each event has the one its amount was given."""
    from decimal import Decimal

    from kgraph.link.events import investment_events
    from kgraph.types import (
        Entity,
        EntityType,
        KnowledgeGraph,
        Mention,
        Money,
        Predicate,
        Provenance,
        Relation,
    )

    sentence = "去年该区完成投资2亿元,今年上半年新增投资3亿元。"
    spot = Provenance("d", 0, len(sentence), sentence=sentence)
    place = Entity("place", EntityType.PLACE, "该区", mentions=(Mention("该区", spot),))
    amounts = [
        Entity(
            f"money-{n}",
            EntityType.MONEY,
            f"{n}亿元",
            mentions=(Mention(f"{n}亿元", spot),),
            money=Money(Decimal(n * 10**8), period=period),
        )
        for n, period in ((2, "去年"), (3, "今年上半年"))
    ]
    kg = KnowledgeGraph(
        entities=(place, *amounts),
        relations=tuple(
            Relation("place", Predicate.HAS_INVESTMENT, a.id, spot) for a in amounts
        ),
    )
    periods = {e.amount: e.period for e in investment_events(kg)}
    assert periods == {"money-2": "去年", "money-3": "今年上半年"}
