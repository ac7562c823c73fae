"""Tests for kgraph.extract.quoted_names: quoted names whole, never fragments."""

from __future__ import annotations

import pytest

from kgraph.extract.quoted_names import quoted_names


def _names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in quoted_names(text, spans)]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("区里建立“青禾高端服务业示范区”。", "青禾高端服务业示范区", "PLACE"),
        ("项目命名为「星河艺术中心」。", "星河艺术中心", "PROJECT"),
        ("成立“青禾乡村振兴协会”。", "青禾乡村振兴协会", "ORG"),
    ],
)
def test_quoted_names_ending_in_a_head_are_one_name(
    text: str, name: str, label: str
) -> None:
    start = text.index(name)
    spans = [(start, start + 2, "PLACE"), (start + 2, start + 4, "PERSON")]
    assert _names(text, spans) == [(name, label)]


def test_quoted_names_a_head_right_after_the_quote() -> None:
    text = "打造“青山·绿谷”田园综合体，总投资5亿元。"
    spans = [(3, 5, "PLACE"), (6, 8, "PERSON"), (18, 21, "MONEY")]
    assert _names(text, spans) == [
        ("“青山·绿谷”田园综合体", "PROJECT"),
        ("5亿元", "MONEY"),
    ]


def test_quoted_names_a_dotted_quote_holds_no_fragment() -> None:
    text = "推广“青山·绿谷”模式。"
    assert _names(text, [(3, 5, "PLACE"), (6, 8, "PERSON")]) == []


@pytest.mark.parametrize(
    "text", ["力争建设“青禾合作新高地”。", "发扬“青山精神”。", "“一带一路”倡议"]
)
def test_quoted_names_other_quoted_words_are_left(text: str) -> None:
    start = text.index("“") + 1
    spans = [(start, start + 2, "PLACE")]
    assert quoted_names(text, spans) == spans


def test_quoted_names_a_bare_head_is_no_name() -> None:
    text = "建立“示范区”。"
    assert quoted_names(text, []) == []


def test_quoted_names_in_the_pipeline() -> None:
    import kgraph

    kg = kgraph.extract_document("该县打造“青山·绿谷”田园综合体。", doc_id="d")
    labels = {e.label for e in kg.entities}
    assert "青山" not in labels and "绿谷" not in labels
