"""Tests for kgraph.extract.post_edges: posts, offices and marks at names' edges."""

from __future__ import annotations

import pytest

from kgraph.extract.post_edges import fix_post_edges


def _names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in fix_post_edges(text, spans)]


def test_post_is_cut_off_a_body() -> None:
    text = "星河区委书记王明"
    assert _names(text, [(0, 6, "PLACE"), (6, 8, "PERSON")]) == [
        ("星河区委", "ORG"),
        ("王明", "PERSON"),
    ]


def test_name_ending_as_no_body_keeps_its_post_word() -> None:
    # 星河主任 is no body with a post: left as the engine read it
    assert _names("星河主任", [(0, 4, "ORG")]) == [("星河主任", "ORG")]


def test_office_in_another_place_is_one_organisation() -> None:
    text = "青禾市政府驻星河办事处主任"
    spans = [(0, 5, "ORG"), (6, 8, "PLACE")]
    assert _names(text, spans) == [("青禾市政府驻星河办事处", "ORG")]


def test_two_bodies_without_an_office_stay_apart() -> None:
    text = "青禾集团驻星河公司"
    spans = [(0, 4, "ORG"), (5, 9, "ORG")]
    assert _names(text, spans) == [("青禾集团", "ORG"), ("星河公司", "ORG")]


def test_caption_mark_is_no_part_of_a_name() -> None:
    assert _names("●青禾集团", [(0, 5, "ORG")]) == [("青禾集团", "ORG")]


def test_office_word_is_no_part_of_a_longer_word() -> None:
    text = "青禾县政府驻成都办公楼落成"
    spans = [(0, 5, "ORG"), (6, 8, "PLACE")]
    assert _names(text, spans) == [("青禾县政府", "ORG"), ("成都", "PLACE")]


@pytest.mark.parametrize("post", ["书记", "副书记", "成员"])
def test_party_group_before_its_post_is_the_body(post: str) -> None:
    text = f"青禾省政协党组{post}、主席王明"
    assert _names(text, [(0, 7, "ORG")]) == [("青禾省政协", "ORG")]


def test_party_group_with_its_post_inside_the_name_is_the_body() -> None:
    assert _names("青禾市科技局党组书记王明", [(0, 10, "ORG")]) == [
        ("青禾市科技局", "ORG")
    ]


def test_party_group_before_no_post_stays() -> None:
    text = "青禾省政协党组会议召开"
    assert _names(text, [(0, 7, "ORG")]) == [("青禾省政协党组", "ORG")]
