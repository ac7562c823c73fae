"""Tests for kgraph.tables.money: amounts with holder, event and evidence.

(Named test_money_frame, not test_money: tests/extract/test_money.py has that
basename, and the test folders are not packages.)
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from kgraph.tables import MONEY_COLUMNS, money_frame
from kgraph.types import (
    Entity,
    EntityType,
    InvestmentEvent,
    InvestmentStatus,
    KnowledgeGraph,
    Mention,
    Money,
    MoneyQualifier,
    Predicate,
    Provenance,
)

pd = pytest.importorskip("pandas")


def test_money_frame_amount_with_its_holder(small_kg: KnowledgeGraph) -> None:
    frame = money_frame(small_kg)
    assert tuple(frame.columns) == MONEY_COLUMNS
    (row,) = frame.to_dict("records")
    assert row["amount"] == "2亿元"
    assert row["value"] == 200_000_000.0
    assert row["value_decimal"] == Decimal("200000000")
    assert pd.isna(row["value_max"]) and row["value_max_decimal"] is None
    assert (row["holder"], row["holder_type"]) == ("腾讯天美电竞度假村项目", "PROJECT")
    assert row["evidence"] == "腾讯天美电竞度假村项目总投资2亿元。"
    assert row["evidence_from"] == "relation"


def test_money_frame_keeps_the_exact_decimal_beside_the_float() -> None:
    exact = Decimal("123456789012345678.91")
    money = Entity("money-1", EntityType.MONEY, "x元", money=Money(exact))
    (row,) = money_frame(KnowledgeGraph(entities=(money,))).to_dict("records")
    assert row["value_decimal"] == exact
    assert Decimal(row["value"]) != exact  # the float cannot hold it


def test_money_frame_without_holder_takes_its_mention_sentence() -> None:
    prov = Provenance("a1", 4, 7, sentence="计划投资数亿元。")
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
    assert pd.isna(row["holder"])
    assert (row["qualifier"], row["value_max"]) == ("several", 1e9)
    assert (row["evidence"], row["evidence_from"]) == ("计划投资数亿元。", "mention")
    assert (row["doc_id"], row["start"], row["end"]) == ("a1", 4, 7)


def test_money_frame_relation_without_sentence_falls_back_to_the_mention() -> None:
    from kgraph.types import Relation

    sentence = "项目总投资2亿元。"
    mention = Mention("2亿元", Provenance("a1", 5, 8, sentence=sentence))
    money = Entity(
        "money-1",
        EntityType.MONEY,
        "2亿元",
        mentions=(mention,),
        money=Money(Decimal("2e8")),
    )
    project = Entity("project-1", EntityType.PROJECT, "项目")
    rel = Relation(
        "project-1", Predicate.HAS_INVESTMENT, "money-1", Provenance("a1", 0, 9)
    )
    kg = KnowledgeGraph(entities=(project, money), relations=(rel,))
    (row,) = money_frame(kg).to_dict("records")
    assert (row["holder"], row["evidence"]) == ("项目", sentence)
    assert row["evidence_from"] == "mention"


def test_money_frame_without_any_evidence_has_na() -> None:
    money = Entity("money-1", EntityType.MONEY, "3亿元", money=Money(Decimal("3e8")))
    (row,) = money_frame(KnowledgeGraph(entities=(money,))).to_dict("records")
    assert pd.isna(row["evidence"]) and pd.isna(row["evidence_from"])
    assert pd.isna(row["holder"]) and pd.isna(row["start"])


def test_money_frame_per_investment_event(small_kg: KnowledgeGraph) -> None:
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
    assert (row["project"], row["place"]) == ("腾讯天美电竞度假村项目", "湘家荡区域")
    assert pd.isna(row["investor"])
    assert (row["status"], row["period"], row["event_id"]) == (
        "planned",
        "今年",
        "event-1",
    )
    assert row["holder"] == "腾讯天美电竞度假村项目"
    assert row["evidence_from"] == "event"


@pytest.mark.slow
def test_money_frame_every_built_amount_has_evidence_and_offsets(
    sample_article_kg: KnowledgeGraph,
) -> None:
    frame = money_frame(sample_article_kg)
    amounts = [e for e in sample_article_kg.entities if e.type is EntityType.MONEY]
    assert set(frame["id"]) == {e.id for e in amounts}
    assert frame["evidence"].notna().all()
    assert frame[["doc_id", "start", "end"]].notna().all().all()
    for row in frame.itertuples():
        assert row.amount in row.evidence, row


@pytest.mark.slow
def test_money_frame_gives_measure_period_and_holder_of_every_amount() -> None:
    import kgraph

    text = "华越有限公司今年上半年实现销售额3亿元,纳税2000万元。"
    frame = money_frame(kgraph.extract_document(text, doc_id="d"))
    rows = frame.set_index("amount")[["measure", "period", "holder"]]
    assert rows.loc["3亿元"].tolist() == ["revenue", "今年上半年", "华越有限公司"]
    assert rows.loc["2000万元"].tolist() == ["tax", "今年上半年", "华越有限公司"]
