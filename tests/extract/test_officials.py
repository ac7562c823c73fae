"""Tests for kgraph.extract.officials: each post of a chain, with its body and role."""

from __future__ import annotations

import pytest

import kgraph


def _posts(text: str) -> list[tuple[str, str, str | None]]:
    kg = kgraph.extract_document(text, doc_id="d")
    return sorted(
        (kg.entity(r.subject).label, kg.entity(r.object).label, r.role)
        for r in kg.relations
        if r.predicate.value == "works_for"
    )


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        # the body written whole, then a post of another body
        (
            "青州市委常委、东湖新区党工委书记周立平出席。",
            [
                ("周立平", "东湖新区党工委", "书记"),
                ("周立平", "青州市委", "常委"),
            ],
        ),
        # a government post takes the place of the body written before it
        (
            "淄博市委常委、副市长周立平出席。",
            [("周立平", "淄博市人民政府", "副市长"), ("周立平", "淄博市委", "常委")],
        ),
        # a bare post takes the place heading another organisation's name
        (
            "辽阳市代表团出访。市委副书记、市长周立平致辞。",
            [
                ("周立平", "辽阳市人民政府", "市长"),
                ("周立平", "辽阳市委", "市委副书记"),
            ],
        ),
        ("嘉兴市人大常委会主任周立平出席。", [("周立平", "嘉兴市人大常委会", "主任")]),
    ],
)
def test_officials_every_post_of_a_chain(
    text: str, posts: list[tuple[str, str, str]]
) -> None:
    assert _posts(text) == sorted(posts)


def test_officials_department_of_the_committee_in_a_chain() -> None:
    posts = _posts("青州市委常委、宣传部部长周立平，市委常委、副市长林一舟出席。")
    assert ("周立平", "青州市委宣传部", "宣传部部长") in posts
    assert ("周立平", "青州市委", "常委") in posts
    # the committee stays a body of its own beside its department
    assert ("林一舟", "青州市委", "市委常委") in posts


def test_officials_discipline_commission_is_the_places() -> None:
    posts = _posts("青州县委常委、纪委书记李华讲话。")
    assert ("李华", "青州县纪委", "纪委书记") in posts
