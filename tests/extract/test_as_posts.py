"""Tests for kgraph.extract.as_posts: ``作为 ORG POST，PERSON``."""

from __future__ import annotations

import pytest

import kgraph


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    kg = kgraph.extract_document(text, doc_id="d")
    return {
        (kg.entity(r.subject).label, kg.entity(r.object).label, r.role)
        for r in kg.relations
        if r.predicate.value == "works_for"
    }


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "作为湖南青禾控股集团有限公司董事长，陈旭荣爱岗敬业。",
            ("陈旭荣", "湖南青禾控股集团有限公司", "董事长"),
        ),
        ("身为青禾公司总经理，王小明表示。", ("王小明", "青禾公司", "总经理")),
    ],
)
def test_as_posts_the_post_before_the_person(
    text: str, post: tuple[str, str, str]
) -> None:
    assert post in _posts(text)


def test_as_posts_needs_the_as() -> None:
    """Without 作为 the comma parts two clauses: no post of the person."""
    assert not _posts("青禾公司总经理出国考察，王小明表示将加大投资。")
