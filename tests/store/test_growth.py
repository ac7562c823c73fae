"""Tests for kgraph.store.growth: a store grows graph by graph."""

from __future__ import annotations

from pathlib import Path

import pytest

import kgraph
from kgraph.export.names import article_id
from kgraph.export.rdf import DEFAULT_BASE
from kgraph.store.graph_store import GraphStore
from kgraph.store.growth import changed_graphs, grow_store
from kgraph.store.reader import from_store

A = ("a", "杭州科百特过滤器有限公司在杭州市投资5亿元。董事长王明说。")
B = ("b", "科百特过滤器有限公司负责人李华表示，项目位于嘉兴市南湖区。")
C = ("c", "青禾电子有限公司总经理赵强说，公司位于湖州市。")


@pytest.fixture(scope="module")
def graphs() -> dict[str, kgraph.KnowledgeGraph]:
    nlp = kgraph.load(engine="jieba")
    return {d: kgraph.extract_document(t, doc_id=d, nlp=nlp) for d, t in (A, B, C)}


def _graph(doc_id: str) -> str:
    return DEFAULT_BASE + article_id(doc_id)


def test_growth_changed_graphs_are_the_ones_that_differ(graphs) -> None:  # type: ignore[no-untyped-def]
    one = kgraph.merge_graphs([graphs["a"]])
    assert changed_graphs(one, one) == []
    both = kgraph.merge_graphs([graphs["a"], graphs["c"]])
    assert changed_graphs(one, both) == [_graph("c")]


def test_growth_a_store_grows_as_one_build(tmp_path: Path, graphs) -> None:  # type: ignore[no-untyped-def]
    with GraphStore(tmp_path / "grown") as store:
        grow_store(store, [graphs["a"]])
        _, wrote = grow_store(store, [graphs["b"], graphs["c"]])
        grown = from_store(store)
    # b renames a's company (科百特… merges into 杭州科百特…): a's graph is
    # written again, with the default graph (the merge record)
    assert set(wrote) >= {_graph("b"), _graph("c")}
    whole = kgraph.build([A, B, C], nlp=kgraph.load(engine="jieba"))
    assert grown == kgraph.canonical(whole)


def test_growth_writes_only_the_graphs_it_names(tmp_path: Path, graphs) -> None:  # type: ignore[no-untyped-def]
    """GraphStore.add(graphs=...) leaves every other graph as it was."""
    with GraphStore(tmp_path / "s") as store:
        store.add(kgraph.merge_graphs([graphs["a"]]))
        before = len(store)
        store.add(kgraph.merge_graphs([graphs["a"], graphs["c"]]), graphs=[])
        assert len(store) == before  # nothing named, nothing written
        store.add(kgraph.merge_graphs([graphs["c"]]), graphs=[_graph("c")])
        assert set(store.graphs()) == {_graph("a"), _graph("c")}
