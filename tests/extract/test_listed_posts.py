"""Tests for kgraph.extract.listed_posts: the post between an employer and a person."""

from __future__ import annotations

import pytest
import spacy

from kgraph.extract.listed_posts import listed_gap, post_of


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
def test_post_of(gap: str, post: str | None) -> None:
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
