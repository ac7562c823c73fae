"""Tests for kgraph.extract.regional_press: Hong Kong, Macau and Taiwan words."""

from __future__ import annotations

import pytest

from kgraph.extract.regional_press import regional_bodies


def _names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in regional_bodies(text, spans)]


@pytest.mark.parametrize(
    "word", ["港商", "台商", "港资企业", "中资企业", "台企", "外商投资"]
)
def test_regional_capital_kinds_are_no_organisation(word: str) -> None:
    text = f"近年{word}积极布局。"
    assert _names(text, [(2, 2 + len(word), "ORG")]) == []


def test_regional_named_companies_stay() -> None:
    text = "港华燃气在本地投资。"
    assert _names(text, [(0, 4, "ORG")]) == [("港华燃气", "ORG")]


def test_regional_secretariats_before_their_post() -> None:
    text = "财政司司长黄志明与保安司司长陈大文出席。"
    spans = [(5, 8, "PERSON"), (14, 17, "PERSON")]
    assert _names(text, spans) == [
        ("财政司", "ORG"),
        ("黄志明", "PERSON"),
        ("保安司", "ORG"),
        ("陈大文", "PERSON"),
    ]


def test_regional_secretariat_needs_its_post() -> None:
    text = "他到财政司办事。"
    assert _names(text, []) == []


def test_regional_councils_named_bare() -> None:
    text = "立法会议员张伟文到访，行政院官员陪同。"
    assert _names(text, [(5, 8, "PERSON")]) == [
        ("立法会", "ORG"),
        ("张伟文", "PERSON"),
        ("行政院", "ORG"),
    ]


def test_regional_council_inside_a_longer_name_is_left() -> None:
    text = "行政院大陆委员会表示。"
    assert _names(text, [(0, 8, "ORG")]) == [("行政院大陆委员会", "ORG")]
