"""Tests for kgraph.extract.money_headers: bare numbers under a unit header."""

from __future__ import annotations

from decimal import Decimal

import spacy
from spacy.tokens import Span

from kgraph.extract.money_headers import header_money, iter_header_money


def _amounts(text: str) -> list[tuple[str, Decimal]]:
    return [(text[s:e], m.value) for s, e, m in iter_header_money(text)]


def test_unit_line_gives_the_cells_below_their_unit() -> None:
    text = "项目表（单位：亿元）\n序号 名称 总投资\n1 星湾园 25.3\n2 青石园 12\n"
    assert _amounts(text) == [
        ("25.3", Decimal(2530000000)),
        ("12", Decimal(1200000000)),
    ]


def test_money_column_header_gives_its_unit() -> None:
    text = "项目名称 总投资（万元）\n甲村道路 350\n乙村水渠 1,200\n"
    assert _amounts(text) == [("350", Decimal(3500000)), ("1,200", Decimal(12000000))]


def test_header_row_with_numbers_on_its_line() -> None:
    text = "计划总投资 (亿元) 691.19 721.7\n"
    assert [v for _, v in _amounts(text)] == [
        Decimal("69119000000"),
        Decimal(72170000000),
    ]


def test_years_counts_percentages_phones_and_serials_are_not_money() -> None:
    text = "单位：万元\n1 甲项目 2025 12个 5.6% 13912345678 0571-8888888\n"
    assert _amounts(text) == []


def test_prose_closes_the_table_block() -> None:
    text = "单位：万元\n甲项目 80\n全年共完成投资任务,取得良好成效。\n乙项目 90\n"
    assert _amounts(text) == [("80", Decimal(800000))]


def test_no_header_no_money() -> None:
    assert _amounts("甲项目 80\n乙项目 90\n") == []


def test_header_money_adds_spans_and_their_amounts() -> None:
    doc = spacy.blank("zh")("单位：万元\n甲项目 120\n")
    spans: list[Span] = []
    header_money(doc, spans)
    assert [s.text for s in spans] == ["120"]
    assert doc._.kg_money[10, 13].value == Decimal(1200000)
