"""Tests for kgraph.extract.listed: posts shared along a list of people."""

from __future__ import annotations

import pytest
import spacy

from kgraph.extract.extensions import RelationMention
from kgraph.extract.listed import listed_gap, listed_posts, post_of
from kgraph.types import Predicate


def _carried(nlp, text: str, first: str, second: str, org: str):  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    spans = [
        doc.char_span(text.index(name), text.index(name) + len(name), label)
        for name, label in ((org, "ORG"), (first, "PERSON"), (second, "PERSON"))
    ]
    a, o = text.index(first), text.index(org)
    known = RelationMention(
        Predicate.WORKS_FOR,
        (a, a + len(first)),
        (o, o + len(org)),
        (0, len(text)),
        0.9,
        "董事长",
    )
    return [
        (text[slice(*r.subject)], text[slice(*r.object)], r.role)  # type: ignore[misc]
        for r in listed_posts(text, spans, [known])
    ]


@pytest.mark.parametrize(
    ("text", "expected_role"),
    [
        ("甲川科技有限公司董事长王一、李二出席。", "董事长"),
        ("甲川科技有限公司董事长王一，总经理李二出席。", "总经理"),
    ],
)
def test_listed_posts_carry_the_employer(nlp_zh, text: str, expected_role: str) -> None:  # type: ignore[no-untyped-def]
    found = _carried(nlp_zh, text, "王一", "李二", "甲川科技有限公司")
    assert found == [("李二", "甲川科技有限公司", expected_role)]


@pytest.mark.parametrize(
    "text",
    [
        "甲川科技有限公司董事长王一，副市长李二出席。",  # a government post
        "甲川科技有限公司董事长王一,会见了李二。",  # no post
    ],
)
def test_listed_posts_silent(nlp_zh, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _carried(nlp_zh, text, "王一", "李二", "甲川科技有限公司") == []


@pytest.mark.parametrize(
    ("gap", "post"),
    [
        ("董事长", "董事长"),
        ("(北京)校长", "校长"),
        ("董事长：", "董事长"),
        ("集团 董事长 ", None),  # columns of a table
        ("说", None),
    ],
)
def test_listed_post_of(gap: str, post: str | None) -> None:
    assert post_of(gap) == post


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        # a list of officials carries the employer on to the last title
        ("青禾集团董事长王一、总经理李二", "总经理"),
        # a unit's title too
        ("青禾集团董事长王一、财务部经理李二", "财务部经理"),
        # another body's title ends the list: the gap is the whole run
        ("青禾集团董事长王一,中总副会长李二", "董事长王一,中总副会长"),
    ],
)
def test_listed_gap_across_a_list_of_officials(text: str, gap: str) -> None:
    doc = spacy.blank("zh")(text)
    first = doc.char_span(7, 9, "PERSON")
    assert listed_gap(doc.text, 4, len(text) - 2, [first]) == gap
