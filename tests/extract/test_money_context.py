"""Tests for kgraph.extract.money_context: amounts listed after an amount."""

from __future__ import annotations

import pytest

from kgraph.extract.money import iter_money, parse_amount


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("分别投资3亿、5亿建设两座厂房", ["3亿", "5亿"]),
        ("奖励5万、10万和20万元", ["5万", "10万", "20万元"]),
        ("投资3000万、5000万", ["3000万", "5000万"]),
    ],
)
def test_list_members_after_an_amount_are_money(text: str, amounts: list[str]) -> None:
    found = [text[s:e] for s, e, _ in iter_money(text)]
    assert found == amounts
    for amount in found:  # the graph builder reads each span back
        parse_amount(amount, implied_currency=True)


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("投资5亿元、20万吨钢材", ["5亿元"]),
        ("资金200万、1000人参与", ["200万"]),
        ("投资3亿元、5万平方米厂房", ["3亿元"]),
        ("增长3万、5%", []),
    ],
)
def test_list_members_of_other_units_are_not_money(
    text: str, amounts: list[str]
) -> None:
    assert [text[s:e] for s, e, _ in iter_money(text)] == amounts
