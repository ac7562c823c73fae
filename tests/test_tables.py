"""Tests for kgraph.tables: entities, relations and money as DataFrames."""

from __future__ import annotations

import math
import sys
from decimal import Decimal

import pytest

from kgraph.errors import MissingDependencyError
from kgraph.tables import (
    ENTITY_COLUMNS,
    MONEY_COLUMNS,
    RELATION_COLUMNS,
    entities_frame,
    money_frame,
    relations_frame,
)
from kgraph.types import Entity, EntityType, KnowledgeGraph, Money, MoneyQualifier

pytest.importorskip("pandas")


def test_tables_entities_one_row_per_entity(small_kg: KnowledgeGraph) -> None:
    frame = entities_frame(small_kg)
    assert tuple(frame.columns) == ENTITY_COLUMNS
    assert frame["id"].tolist() == [e.id for e in small_kg.entities]
    row = frame.set_index("label").loc["湘家荡区域"]
    assert row["type"] == "PLACE"
    assert row["aliases"] == ("七星街道",)
    assert row["mentions"] == 2
    assert row["documents"] == ("a1",)


def test_tables_relations_carry_labels_and_evidence(small_kg: KnowledgeGraph) -> None:
    frame = relations_frame(small_kg)
    assert tuple(frame.columns) == RELATION_COLUMNS
    assert len(frame) == len(small_kg.relations)
    row = frame.set_index("relation").loc["works_for"]
    assert (row["subject"], row["object"], row["role"]) == (
        "陈学金",
        "万托科技(嘉兴)有限公司",
        "负责人",
    )
    assert row["evidence"].endswith("负责人陈学金期待满满。")
    assert row["confidence"] == pytest.approx(0.9)
    assert frame["evidence"].tolist() == [
        r.provenance.sentence for r in small_kg.relations
    ]


def test_tables_money_with_its_holder(small_kg: KnowledgeGraph) -> None:
    frame = money_frame(small_kg)
    assert tuple(frame.columns) == MONEY_COLUMNS
    (row,) = frame.to_dict("records")
    assert row["amount"] == "2亿元"
    assert row["value"] == 200_000_000.0
    assert math.isnan(row["value_max"])
    assert (row["holder"], row["holder_type"]) == ("腾讯天美电竞度假村项目", "PROJECT")
    assert row["evidence"] == "腾讯天美电竞度假村项目总投资2亿元。"


def test_tables_money_without_holder_keeps_its_sentence() -> None:
    from kgraph.types import Mention, Provenance

    prov = Provenance("a1", 4, 9, sentence="计划投资数亿元。")
    money = Money(
        Decimal("1e8"), qualifier=MoneyQualifier.SEVERAL, value_max=Decimal("1e9")
    )
    ent = Entity(
        "money-1",
        EntityType.MONEY,
        "数亿元",
        mentions=(Mention("数亿元", prov),),
        money=money,
    )
    (row,) = money_frame(KnowledgeGraph(entities=(ent,))).to_dict("records")
    assert row["holder"] is None
    assert (row["qualifier"], row["value_max"]) == ("several", 1e9)
    assert row["evidence"] == "计划投资数亿元。"


@pytest.mark.parametrize("make", [entities_frame, relations_frame, money_frame])
def test_tables_empty_graph_gives_empty_frames(make) -> None:  # type: ignore[no-untyped-def]
    frame = make(KnowledgeGraph())
    assert frame.empty and len(frame.columns) > 0


def test_tables_without_pandas_names_the_extra(
    small_kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingDependencyError, match=r"kgraph-zh\[viz\]"):
        entities_frame(small_kg)


def test_tables_money_per_investment_event(small_kg: KnowledgeGraph) -> None:
    from dataclasses import replace

    from kgraph.types import InvestmentEvent, InvestmentStatus, Predicate

    rel = next(r for r in small_kg.relations if r.predicate is Predicate.HAS_INVESTMENT)
    place = next(e for e in small_kg.entities if e.label == "湘家荡区域")
    event = InvestmentEvent(
        "event-1",
        amount=rel.object,
        provenance=rel.provenance,
        project=rel.subject,
        place=place.id,
        status=InvestmentStatus.PLANNED,
        period="今年",
    )
    (row,) = money_frame(replace(small_kg, events=(event,))).to_dict("records")
    assert (row["project"], row["place"], row["investor"]) == (
        "腾讯天美电竞度假村项目",
        "湘家荡区域",
        None,
    )
    assert (row["status"], row["period"], row["event_id"]) == (
        "planned",
        "今年",
        "event-1",
    )
    assert row["holder"] == "腾讯天美电竞度假村项目"


def test_tables_money_without_evidence_has_none() -> None:
    money = Entity("money-1", EntityType.MONEY, "3亿元", money=Money(Decimal("3e8")))
    (row,) = money_frame(KnowledgeGraph(entities=(money,))).to_dict("records")
    assert row["evidence"] is None and row["holder"] is None


def test_money_frame_gives_measure_period_and_holder_of_every_amount() -> None:
    import kgraph

    text = "华越有限公司今年上半年实现销售额3亿元,纳税2000万元。"
    frame = money_frame(kgraph.extract_document(text, doc_id="d"))
    rows = frame.set_index("amount")[["measure", "period", "holder"]]
    assert rows.loc["3亿元"].tolist() == ["revenue", "今年上半年", "华越有限公司"]
    assert rows.loc["2000万元"].tolist() == ["tax", "今年上半年", "华越有限公司"]
