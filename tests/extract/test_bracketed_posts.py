"""Tests for kgraph.extract.bracketed_posts: posts glossed in brackets."""

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
        ("王小明（青禾集团董事长）表示将加大投资。", ("王小明", "青禾集团", "董事长")),
        (
            "李天任博士（现任东岳大学校长）出席。",
            ("李天任", "东岳大学", "校长"),
        ),
        (
            "青禾集团（董事长王小明）先后访问了多家企业。",
            ("王小明", "青禾集团", "董事长"),
        ),
    ],
)
def test_bracketed_posts(text: str, post: tuple[str, str, str]) -> None:
    assert post in _posts(text)


def test_bracketed_posts_need_the_post_inside() -> None:
    """A bracket that holds no post (a date, a place) gives no works_for."""
    assert not _posts("王小明（1962年生）在青禾集团参观。")
