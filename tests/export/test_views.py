"""Tests for kgraph.export.views: one part of a graph, for every output."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgraph.errors import InvalidInputError
from kgraph.export.views import subgraph
from kgraph.types import EntityType, KnowledgeGraph, Predicate


def _labels(kg: KnowledgeGraph) -> list[str]:
    return sorted(e.label for e in kg.entities)


def test_views_no_filter_is_the_whole_graph(small_kg: KnowledgeGraph) -> None:
    assert subgraph(small_kg) == small_kg


def test_views_place_keeps_what_lies_in_it(small_kg: KnowledgeGraph) -> None:
    part = subgraph(small_kg, place="南湖区")
    assert _labels(part) == ["南湖区", "南湖实验室", "湘家荡区域"]
    assert {r.predicate for r in part.relations} == {
        Predicate.LOCATED_IN,
        Predicate.PART_OF,
    }
    # an alias names the place too
    assert _labels(subgraph(small_kg, place="七星街道")) == ["南湖实验室", "湘家荡区域"]


def test_views_around_reaches_hops(small_kg: KnowledgeGraph) -> None:
    assert _labels(subgraph(small_kg, around="湘家荡区域", hops=0)) == ["湘家荡区域"]
    assert _labels(subgraph(small_kg, around="湘家荡区域")) == [
        "南湖区",
        "南湖实验室",
        "湘家荡区域",
    ]
    assert "嘉兴市" in _labels(subgraph(small_kg, around="湘家荡区域", hops=2))


def test_views_an_amount_stays_with_its_holder(small_kg: KnowledgeGraph) -> None:
    part = subgraph(small_kg, around="腾讯天美电竞度假村项目", hops=0)
    assert _labels(part) == ["2亿元", "腾讯天美电竞度假村项目"]
    assert [r.predicate for r in part.relations] == [Predicate.HAS_INVESTMENT]


def test_views_types_relations_and_degree(small_kg: KnowledgeGraph) -> None:
    people = subgraph(small_kg, types=["PERSON"])
    assert _labels(people) == ["汪燕鸣", "陈学金"] and not people.relations
    linked = subgraph(small_kg, relations=["works_for"], min_degree=1)
    assert _labels(linked) == ["万托科技(嘉兴)有限公司", "陈学金"]
    assert all(e.type is not EntityType.ARTICLE for e in linked.entities)


def test_views_documents_and_names_must_exist(small_kg: KnowledgeGraph) -> None:
    assert subgraph(small_kg, documents=["a1"]) == small_kg
    for bad, message in (
        ({"documents": ["zz"]}, "not in the graph: zz"),
        ({"around": "没有"}, "no entity is called '没有'"),
        ({"types": ["CITY"]}, "known types"),
        ({"relations": ["owns"]}, "known:"),
        ({"hops": -1, "around": "陈学金"}, "0 or more"),
    ):
        with pytest.raises(InvalidInputError, match=message):
            subgraph(small_kg, **bad)  # type: ignore[arg-type]


def test_views_is_a_method_of_the_graph(small_kg: KnowledgeGraph) -> None:
    assert small_kg.subgraph(place="南湖区") == subgraph(small_kg, place="南湖区")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), min_degree=st.integers(0, 2), hops=st.integers(0, 2))
def test_views_a_part_is_a_valid_graph_inside_the_whole(
    kg_strategy: st.SearchStrategy[KnowledgeGraph],
    data: st.DataObject,
    min_degree: int,
    hops: int,
) -> None:
    kg = data.draw(kg_strategy)
    seeds = [e.id for e in kg.entities[:2]]
    part = subgraph(kg, around=seeds or None, hops=hops, min_degree=min_degree)
    # KnowledgeGraph checks that every relation and event names kept entities
    ids = {e.id for e in kg.entities}
    assert {e.id for e in part.entities} <= ids
    assert set(part.relations) <= set(kg.relations)
    assert set(part.documents) <= set(kg.documents)
    degree = {e: 0 for e in ids}
    for r in kg.relations:
        degree[r.subject] += 1
        degree[r.object] += 1
    assert all(degree[e.id] >= min_degree for e in part.entities)


def test_views_period_keeps_the_articles_published_then(
    dated_kg: KnowledgeGraph,
) -> None:
    from datetime import date

    in_2024 = subgraph(dated_kg, period="2024")
    assert [d.doc_id for d in in_2024.documents] == ["a", "b"]
    assert {e.provenance.doc_id for e in in_2024.events} == {"a", "b"}
    march = subgraph(dated_kg, period="2024-03")
    assert [d.doc_id for d in march.documents] == ["b"]
    assert {e.id for e in march.events} == {"event-3"}
    assert subgraph(dated_kg, period=(None, date(2023, 1, 1))).events == tuple(
        e for e in dated_kg.events if e.provenance.doc_id == "c"
    )
    assert subgraph(dated_kg, period="2024-07-16/").documents == ()


def test_views_period_must_be_a_range_of_dates(dated_kg: KnowledgeGraph) -> None:
    for bad in ("2024-13", "last year", "2024-02-30", "2025/2024"):
        with pytest.raises(InvalidInputError, match="period"):
            subgraph(dated_kg, period=bad)
