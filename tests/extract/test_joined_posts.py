"""Tests for kgraph.extract.joined_posts: posts joined by 和, posts run into a name."""

from __future__ import annotations

import pytest

from kgraph.extract.joined_posts import contracted_post, first_of_joined


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
