"""Tests for kgraph.extract.outlets: an outlet's credit is the outlet, or nothing."""

from __future__ import annotations

from kgraph.extract.outlets import drop_outlet_credits


def test_outlet_credit_is_read_as_the_outlet() -> None:
    text = "青禾日报讯 星河公司昨日签约。"
    assert drop_outlet_credits(text, [(0, 5, "ORG"), (6, 10, "ORG")]) == [
        (0, 4, "ORG"),
        (6, 10, "ORG"),
    ]


def test_piece_of_an_outlet_before_its_reporter_is_dropped() -> None:
    # the engine cut 星河晚 out of 星河晚报记者
    assert drop_outlet_credits("他对星河晚报记者说", [(2, 5, "PLACE")]) == []


def test_outlet_named_in_the_story_stays() -> None:
    text = "青禾集团与星河日报签约。"
    spans = [(0, 4, "ORG"), (5, 9, "ORG")]
    assert drop_outlet_credits(text, spans) == spans


def test_person_before_a_reporter_word_is_left() -> None:
    spans = [(0, 2, "PERSON")]
    assert drop_outlet_credits("张明报记者", spans) == spans


def test_organisation_before_our_reporter_stays() -> None:
    spans = [(0, 4, "ORG")]
    assert drop_outlet_credits("青禾集团向本报记者透露", spans) == spans


def test_pieces_of_a_source_credits_outlets_are_dropped() -> None:
    # 来源:星河在线-青禾日报: two outlets; 星河 and 青禾 are pieces of their names
    text = "来源:星河在线-青禾日报 作者:王明\n青禾市举行签约。"
    spans = [(3, 5, "PLACE"), (8, 10, "PLACE"), (8, 12, "ORG"), (20, 23, "PLACE")]
    assert drop_outlet_credits(text, spans) == [(8, 12, "ORG"), (20, 23, "PLACE")]


def test_a_source_credit_ends_at_its_field() -> None:
    # the author's field and the story after the credit are not the outlet
    text = "来源:星河网 作者:青禾"
    spans = [(10, 12, "PERSON")]
    assert drop_outlet_credits(text, spans) == spans
