"""Tests for kgraph.run.incremental: a built graph that grows by new documents."""

from __future__ import annotations

import pytest

import kgraph
from kgraph.run.incremental import update, without_documents

A = ("a", "杭州科百特过滤器有限公司在杭州市投资5亿元。董事长王明说。")
B = ("b", "科百特过滤器有限公司负责人李华表示，项目位于嘉兴市南湖区。")
C = ("c", "万托科技(嘉兴)有限公司负责人陈学金说，公司位于嘉兴市南湖区。")


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return kgraph.load(engine="jieba")


def test_update_equals_building_everything_at_once(nlp) -> None:  # type: ignore[no-untyped-def]
    """New documents resolved against the graph: the graph of one build of all."""
    old = kgraph.build([A, B], nlp=nlp)
    assert update(old, [C], nlp=nlp) == kgraph.build([A, B, C], nlp=nlp)
    # the merge across documents (杭州科百特… = 科百特…) holds either way round
    later = update(kgraph.build([B, C], nlp=nlp), [A], nlp=nlp)
    full = kgraph.build([A, B, C], nlp=nlp)
    assert sorted(e.id for e in later.entities) == sorted(e.id for e in full.entities)
    assert set(later.relations) == set(full.relations)


def test_update_replaces_a_document_seen_before(nlp) -> None:  # type: ignore[no-untyped-def]
    old = kgraph.build([A, C], nlp=nlp)
    again = update(old, [C], nlp=nlp)
    assert again == old  # the same text again: no fact twice
    changed = ("c", "青禾电子有限公司总经理赵强说，公司位于湖州市。")
    new = update(old, [changed], nlp=nlp)
    assert new == kgraph.build([A, changed], nlp=nlp)
    assert "陈学金" not in {e.label for e in new.entities}


def test_without_documents_keeps_the_others(nlp) -> None:  # type: ignore[no-untyped-def]
    kg = kgraph.build([A, C], nlp=nlp)
    rest = without_documents(kg, {"c"})
    assert [d.doc_id for d in rest.documents] == ["a"]
    assert all(r.provenance.doc_id == "a" for r in rest.relations)
    assert all(m.provenance.doc_id == "a" for e in rest.entities for m in e.mentions)
    assert without_documents(kg, set()) == kg


def test_update_is_public() -> None:
    assert kgraph.update is update


def test_update_on_a_real_corpus_split_in_two() -> None:
    """The dev articles of eval/corpus (LAC), split in two at three places."""
    from pathlib import Path

    from kgraph.export.canonical import canonical
    from kgraph.link.merge import merge_graphs
    from kgraph.link.resolve import resolve_entities
    from kgraph.run.incremental import grow

    lac = kgraph.load()
    corpus = Path(__file__).parents[2] / "eval" / "corpus"
    rows = (corpus / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    dev = [row.split("\t")[0] for row in rows if row.endswith("\tdev")]
    graphs = [
        kgraph.extract_document(
            (corpus / "articles" / f"{a}.txt").read_text(encoding="utf-8"),
            doc_id=a,
            nlp=lac,
        )
        for a in dev
    ]
    whole = canonical(resolve_entities(merge_graphs(graphs)))
    assert whole.merges
    for cut in (3, len(graphs) // 2, len(graphs) - 3):
        first = resolve_entities(merge_graphs(graphs[:cut]))
        assert canonical(grow(first, graphs[cut:])) == whole, cut


def test_update_takes_out_the_names_a_replaced_text_alone_wrote(nlp) -> None:  # type: ignore[no-untyped-def]
    """科百特… was B's name: once B says something else, no alias, no merge is left."""
    old = kgraph.build([A, B], nlp=nlp)
    assert old.merges  # 杭州科百特… = 科百特…
    changed = ("b", "青禾电子有限公司总经理赵强说，公司位于湖州市。")
    new = update(old, [changed], nlp=nlp)
    assert new == kgraph.build([A, changed], nlp=nlp)
    assert not new.merges
