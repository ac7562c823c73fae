"""Tests for kgraph.extract.titled_people: names right after a post."""

from __future__ import annotations

import pytest

from kgraph.extract.titled_people import titled_people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("区商务局副局长范明远的陪同下,项目签约。", ["范明远"]),
        ("公司副总经理严为,部门负责人参加。", ["严为"]),
        ("局长韦立说,今年投资增长。", ["韦立"]),
        ("董事长钱晓岚表示,项目年底投产。", ["钱晓岚"]),
        ("董事长易前进先生致辞。", ["易前进"]),  # an honorific after the name
        ("校长单森林同志讲话。", ["单森林"]),
        ("省委秘书长张力,副省长付双建,出席。", ["张力", "付双建"]),
    ],
)
def test_names_after_posts(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e, _ in titled_people(text, [])] == names


@pytest.mark.parametrize(
    "text",
    [
        "党委书记高度重视这项工作。",  # 高 opens a word, not a name
        "副局长一行参观了车间。",  # no surname after the post
        "局长王主任陪同。",  # a surname and a post
        "书记陈",  # the text ends: no boundary
    ],
)
def test_no_name_after_posts(text: str) -> None:
    assert titled_people(text, []) == []


def test_a_covered_name_is_left() -> None:
    text = "董事长钱晓岚表示。"
    assert titled_people(text, [(3, 6, "PERSON")]) == []


def test_an_engine_cut_of_the_name_gives_way() -> None:
    """镇长单函俊: the engine's 函俊 is replaced by the whole name."""
    text = "镇长单函俊，镇人大主席出席。"
    assert titled_people(text, [(3, 5, "PERSON")]) == [(2, 5, "PERSON")]


def test_a_longer_span_is_not_replaced() -> None:
    text = "镇长单函俊，镇人大主席出席。"
    assert titled_people(text, [(0, 5, "ORG")]) == []


def test_listed_people_three_characters_cut_short_in_a_list() -> None:
    from kgraph.extract.titled_people import listed_people

    text = "委员梁仕友、马建章、陈顺回、高展明出席"
    spans = [(2, 5, "PERSON"), (6, 9, "PERSON"), (10, 12, "PERSON"), (14, 17, "PERSON")]
    assert [text[s:e] for s, e, _ in listed_people(text, spans)] == ["陈顺回"]
    # a two-character name with 和 after it, or with no list around it, stays
    text = "王明和、李华出席"
    assert listed_people(text, [(0, 2, "PERSON"), (4, 6, "PERSON")]) == []
    text = "陈顺回来了,高展明说"
    assert listed_people(text, [(0, 2, "PERSON")]) == []


@pytest.mark.parametrize(
    ("text", "span", "found"),
    [
        ("贵阳市政协梁高岗出席", (0, 8), [("贵阳市政协", "ORG"), ("梁高岗", "PERSON")]),
        ("市政协文史委开会", (0, 6), [("市政协文史委", "ORG")]),  # a unit of the body
        ("青禾商会王明致辞", (0, 6), [("青禾商会", "ORG"), ("王明", "PERSON")]),
    ],
)
def test_people_after_bodies(
    text: str, span: tuple[int, int], found: list[tuple[str, str]]
) -> None:
    from kgraph.extract.titled_people import people_after_bodies

    out = people_after_bodies(text, [(*span, "ORG")])
    assert [(text[s:e], label) for s, e, label in out] == found
