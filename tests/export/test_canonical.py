"""Tests for kgraph.export.canonical: one order for every collection of a graph."""

from __future__ import annotations

import random
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgraph.export.canonical import canonical
from kgraph.types import KnowledgeGraph


def _shuffled(kg: KnowledgeGraph, seed: int) -> KnowledgeGraph:
    rng = random.Random(seed)

    def mixed(items: tuple) -> tuple:  # type: ignore[type-arg]
        out = list(items)
        rng.shuffle(out)
        return tuple(out)

    entities = tuple(
        replace(e, aliases=mixed(e.aliases), mentions=mixed(e.mentions))
        for e in kg.entities
    )
    return KnowledgeGraph(
        entities=mixed(entities),
        relations=mixed(kg.relations),
        documents=mixed(kg.documents),
        merges=mixed(kg.merges),
        events=mixed(kg.events),
    )


def test_canonical_sorts_entities_and_their_parts(rich_kg: KnowledgeGraph) -> None:
    kg = canonical(rich_kg)
    ids = [e.id for e in kg.entities]
    assert ids == sorted(ids)
    for ent in kg.entities:
        assert list(ent.aliases) == sorted(ent.aliases)
        starts = [(m.provenance.doc_id, m.provenance.start) for m in ent.mentions]
        assert starts == sorted(starts)
    keys = [(r.provenance.doc_id, r.provenance.start) for r in kg.relations]
    assert keys == sorted(keys)


def test_canonical_keeps_every_fact(rich_kg: KnowledgeGraph) -> None:
    kg = canonical(rich_kg)
    assert set(kg.relations) == set(rich_kg.relations)
    assert set(kg.documents) == set(rich_kg.documents)
    assert {e.id: set(e.mentions) for e in kg.entities} == {
        e.id: set(e.mentions) for e in rich_kg.entities
    }


def test_canonical_drops_repeated_aliases(small_kg: KnowledgeGraph) -> None:
    ent = replace(small_kg.entities[0], aliases=("b", "a", "b"))
    got = canonical(KnowledgeGraph(entities=(ent,))).entities[0]
    assert got.aliases == ("a", "b")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), seed=st.integers(0, 2**16))
def test_canonical_is_the_same_whatever_the_order(
    kg_strategy: st.SearchStrategy[KnowledgeGraph], data: st.DataObject, seed: int
) -> None:
    kg = data.draw(kg_strategy)
    assert canonical(_shuffled(kg, seed)) == canonical(kg)
    assert canonical(canonical(kg)) == canonical(kg)
