"""Tests for kgraph.extract.national_bodies: 全国 and the regions' delegations."""

from __future__ import annotations

import pytest

from kgraph.extract.national_bodies import national_bodies


def _names(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    return [text[s:e] for s, e, _ in national_bodies(text, spans)]


def _span(text: str, name: str) -> tuple[int, int, str]:
    start = text.index(name)
    return (start, start + len(name), "ORG")


@pytest.mark.parametrize("body", ["青联秘书处", "妇联", "工商联", "总工会"])
def test_national_bodies_join_national(body: str) -> None:
    text = f"全国{body}副主席王明致辞"
    assert _names(text, [_span(text, body)]) == [f"全国{body}"]


@pytest.mark.parametrize("region", ["港区", "澳区"])
def test_national_bodies_drop_a_delegation(region: str) -> None:
    text = f"{region}全国政协委员王明"
    assert _names(text, [_span(text, f"{region}全国政协")]) == ["全国政协"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("在全国华为门店", "华为门店"), ("全国青联", "全国青联"), ("全国", "全国")],
)
def test_national_bodies_leave_other_names(text: str, name: str) -> None:
    assert _names(text, [_span(text, name)]) == [name]


def test_national_bodies_leave_people_and_places() -> None:
    text = "全国政协委员王明"
    assert national_bodies(text, [(6, 8, "PERSON")]) == [(6, 8, "PERSON")]


def test_national_bodies_in_the_pipeline() -> None:
    import kgraph

    kg = kgraph.extract_document("全国青联秘书处副秘书长罗明致辞。", doc_id="d")
    posts = {
        (kg.entity(r.subject).label, kg.entity(r.object).label)
        for r in kg.relations
        if r.predicate.value == "works_for"
    }
    assert ("罗明", "全国青联秘书处") in posts
