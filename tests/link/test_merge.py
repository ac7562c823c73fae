"""Tests for kgraph.link.merge: the linear merge equals the old one, pass or tree."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgraph.errors import InvalidInputError
from kgraph.link.merge import GraphMerger, merge_graphs
from kgraph.types import (
    Document,
    Entity,
    EntityType,
    InvestmentEvent,
    KnowledgeGraph,
    Mention,
    Merge,
    Predicate,
    Provenance,
    Relation,
)

_IDS = ("org-1", "org-2", "place-1", "place-2", "person-1")
_NAMES = ("嘉兴", "嘉兴市", "华为", "华为公司", "南湖", "南湖区", "甲")


def _reference_merge(graphs: Iterable[KnowledgeGraph]) -> KnowledgeGraph:
    """The left-to-right merge before GraphMerger (copies mentions)."""
    entities: dict[str, Entity] = {}
    relations: dict[tuple[str, str, str, str, int, int], Relation] = {}
    documents: dict[str, Document] = {}
    merges: list[Merge] = []
    events: dict[str, InvestmentEvent] = {}
    for graph in graphs:
        for document in graph.documents:
            if document.doc_id in documents:
                raise InvalidInputError(
                    f"document id {document.doc_id!r} appears twice; give each "
                    "document a unique id"
                )
            documents[document.doc_id] = document
        merges += graph.merges
        events.update((e.id, e) for e in graph.events)
        for entity in graph.entities:
            seen = entities.get(entity.id)
            if seen is None:
                entities[entity.id] = entity
                continue
            if entity.label != seen.label and entity.label not in seen.aliases:
                merges.append(
                    Merge(
                        seen.id, entity.label, "same-division", f"GB/T 2260 {seen.code}"
                    )
                )
            aliases = sorted(
                {*seen.aliases, *entity.aliases, entity.label} - {seen.label}
            )
            entities[entity.id] = replace(
                seen, aliases=tuple(aliases), mentions=seen.mentions + entity.mentions
            )
        for rel in graph.relations:
            p = rel.provenance
            key = (
                rel.subject,
                rel.predicate.value,
                rel.object,
                p.doc_id,
                p.start,
                p.end,
            )
            relations.setdefault(key, rel)
    return KnowledgeGraph(
        entities=tuple(sorted(entities.values(), key=lambda e: e.id)),
        relations=tuple(relations.values()),
        documents=tuple(documents.values()),
        merges=tuple(merges),
        events=tuple(events.values()),
    )


@st.composite
def _graph(draw: st.DrawFn, doc_id: str) -> KnowledgeGraph:
    """One document's graph: a few entities from a small pool of ids."""
    ids = draw(st.lists(st.sampled_from(_IDS), unique=True, max_size=4))
    entities = []
    for number, entity_id in enumerate(sorted(ids)):
        kind = EntityType.PERSON if entity_id.startswith("person") else EntityType.ORG
        mentions = tuple(
            Mention(draw(st.sampled_from(_NAMES)), Provenance(doc_id, start, start + 2))
            for start in range(number, number + draw(st.integers(0, 2)))
        )
        entities.append(
            Entity(
                entity_id,
                kind,
                draw(st.sampled_from(_NAMES)),
                aliases=tuple(draw(st.lists(st.sampled_from(_NAMES), max_size=2))),
                mentions=mentions,
                code=draw(st.sampled_from([None, "330400"])),
            )
        )
    relations = []
    if len(ids) >= 2:
        for start in range(draw(st.integers(0, 3))):
            subject, obj = draw(st.permutations(sorted(ids)))[:2]
            prov = Provenance(draw(st.sampled_from([doc_id, "shared"])), start, 9)
            relations.append(Relation(subject, Predicate.PART_OF, obj, prov))
    merges = tuple(
        Merge(kept, "别名", "forced")
        for kept in draw(
            st.lists(st.sampled_from(ids), max_size=1) if ids else st.just([])
        )
    )
    events = ()
    if ids and draw(st.booleans()):
        prov = Provenance(doc_id, 0, 3)
        events = (InvestmentEvent("event-1", sorted(ids)[0], prov),)
    return KnowledgeGraph(
        entities=tuple(entities),
        relations=tuple(relations),
        documents=(Document(doc_id, n_chars=9),),
        merges=merges,
        events=events,
    )


@st.composite
def _graphs(draw: st.DrawFn) -> list[KnowledgeGraph]:
    count = draw(st.integers(0, 7))
    return [draw(_graph(f"d{number}")) for number in range(count)]


def _tree(graphs: list[KnowledgeGraph], cuts: Iterable[int]) -> KnowledgeGraph:
    """Merge consecutive runs cut at ``cuts``, then join the runs pairwise."""
    bounds = [0, *sorted(set(cuts)), len(graphs)]
    mergers = []
    for start, end in itertools.pairwise(bounds):
        merger = GraphMerger()
        for graph in graphs[start:end]:
            merger.add(graph)
        mergers.append(merger)
    while len(mergers) > 1:  # pairwise, as a tree reduction does
        pairs = zip(mergers[::2], mergers[1::2], strict=False)
        joined = [left.join(right) for left, right in pairs]
        mergers = joined + ([mergers[-1]] if len(mergers) % 2 else [])
    return mergers[0].result()


@settings(max_examples=200, deadline=None)
@given(_graphs())
def test_merge_equals_the_reference_merge(graphs: list[KnowledgeGraph]) -> None:
    assert merge_graphs(graphs) == _reference_merge(graphs)


@settings(max_examples=200, deadline=None)
@given(_graphs(), st.lists(st.integers(0, 7), max_size=4))
def test_merge_tree_equals_one_pass(
    graphs: list[KnowledgeGraph], cuts: list[int]
) -> None:
    cuts = [cut for cut in cuts if cut <= len(graphs)]
    assert _tree(graphs, cuts) == merge_graphs(graphs)


def test_merge_same_division_label_is_recorded_once() -> None:
    def one(label: str, doc_id: str) -> KnowledgeGraph:
        place = Entity("place-1", EntityType.PLACE, label, code="330400")
        return KnowledgeGraph(entities=(place,), documents=(Document(doc_id),))

    kg = merge_graphs([one("嘉兴市", "a"), one("嘉兴", "b"), one("嘉兴", "c")])
    assert kg.merges == (Merge("place-1", "嘉兴", "same-division", "GB/T 2260 330400"),)
    assert kg.entities[0].label == "嘉兴市" and kg.entities[0].aliases == ("嘉兴",)


def test_merge_join_rejects_a_document_merged_on_both_sides() -> None:
    left, right = GraphMerger(), GraphMerger()
    graph = KnowledgeGraph(documents=(Document("same"),))
    left.add(graph)
    right.add(graph)
    with pytest.raises(InvalidInputError, match="'same' appears twice"):
        left.join(right)


def test_merge_mentions_are_joined_in_input_order() -> None:
    def one(doc_id: str) -> KnowledgeGraph:
        mention = Mention("华为", Provenance(doc_id, 0, 2))
        org = Entity("org-1", EntityType.ORG, "华为", mentions=(mention,))
        return KnowledgeGraph(entities=(org,), documents=(Document(doc_id),))

    kg = merge_graphs([one(f"d{n}") for n in range(5)])
    assert [m.provenance.doc_id for m in kg.entities[0].mentions] == [
        "d0",
        "d1",
        "d2",
        "d3",
        "d4",
    ]


def test_merge_leaves_the_garbage_collector_as_it_was() -> None:
    import gc

    from kgraph.types import Document

    def graphs(seen: list[bool]):  # type: ignore[no-untyped-def]
        for n in range(3):
            seen.append(gc.isenabled())  # while the next graph is made
            yield KnowledgeGraph(documents=(Document(f"d{n}"),))

    seen: list[bool] = []
    assert gc.isenabled()
    assert len(merge_graphs(graphs(seen)).documents) == 3
    assert gc.isenabled() and seen == [True, True, True]
    gc.disable()
    try:
        merge_graphs(graphs([]))
        assert not gc.isenabled()
    finally:
        gc.enable()
