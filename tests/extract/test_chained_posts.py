"""Tests for kgraph.extract.chained_posts: each link of a chain of posts."""

from __future__ import annotations

import kgraph


def _employers(text: str) -> set[tuple[str, str, str | None]]:
    kg = kgraph.build([("d", text)], divisions=False)
    return {
        (kg.entity(r.subject).label, kg.entity(r.object).label, r.role)
        for r in kg.relations
        if r.predicate.value == "works_for"
    }


def test_each_link_of_the_chain_gives_its_employer() -> None:
    found = _employers("星河科技有限公司总经理、青禾商会会长李立新致辞。")
    assert ("李立新", "青禾商会", "会长") in found
    assert ("李立新", "星河科技有限公司", "总经理") in found


def test_posts_of_one_employer_stay_one_link() -> None:
    found = _employers("星河科技有限公司董事长、总经理李立新致辞。")
    assert {(p, o) for p, o, _ in found} == {("李立新", "星河科技有限公司")}


def test_a_link_needs_its_post_before_the_join() -> None:
    # 星河科技有限公司、青禾商会: two organisations listed, no post of the first
    found = _employers("星河科技有限公司、青禾商会会长李立新致辞。")
    assert ("李立新", "星河科技有限公司") not in {(p, o) for p, o, _ in found}


def test_a_link_may_carry_a_rank_before_its_post() -> None:
    found = _employers("青州市委统战部常务副部长、星河联谊会副会长李立新致辞。")
    assert ("李立新", "青州市委统战部") in {(p, o) for p, o, _ in found}
