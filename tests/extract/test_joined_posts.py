"""Tests for kgraph.extract.joined_posts: posts joined by 和, posts run into a name."""

from __future__ import annotations

import pytest
import spacy

from kgraph.extract.joined_posts import (
    contracted_post,
    first_of_joined,
    joined_employers,
)


@pytest.mark.parametrize(
    ("unit", "gap", "post"),
    [("外交部", "长", "部长"), ("行政院", "长", "院长"), ("华越公司", "长", None)],
)
def test_contracted_post(unit: str, gap: str, post: str | None) -> None:
    assert contracted_post(unit, gap) == post


@pytest.mark.parametrize(
    ("role", "first"),
    [
        ("副书记和省长", "副书记"),
        ("副书记及市长", "副书记"),
        ("副书记、市长", "副书记"),
        ("董事长、总经理", None),  # a company's chain keeps both
        ("副书记", None),
    ],
)
def test_first_of_joined(role: str, first: str | None) -> None:
    assert first_of_joined(role) == first


@pytest.mark.parametrize(
    ("text", "names", "joined"),
    [
        ("甲商会、乙同乡会会长王明", ["甲商会", "乙同乡会"], ["甲商会"]),
        (
            "丙商会、甲商会、乙同乡会会长王明",
            ["丙商会", "甲商会", "乙同乡会"],
            ["甲商会", "丙商会"],
        ),
        # companies listed before a chairman are guests of their own
        ("华为公司、腾讯公司董事长马化腾", ["华为公司", "腾讯公司"], []),
        ("星河科技有限公司、青禾商会会长王明", ["星河科技有限公司", "青禾商会"], []),
    ],
)
def test_joined_employers_of_one_kind(
    text: str, names: list[str], joined: list[str]
) -> None:
    doc = spacy.blank("zh")(text)
    spans = [doc.char_span(text.index(n), text.index(n) + len(n), "ORG") for n in names]
    found = joined_employers(doc.text, spans[-1], spans)
    assert [s.text for s in found] == joined
