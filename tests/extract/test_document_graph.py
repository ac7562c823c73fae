"""Tests for kgraph.extract.document_graph: one entity per real thing in a document."""

from __future__ import annotations

import pickle
from decimal import Decimal

import pytest
from spacy.tokens import Doc

from kgraph.errors import InvalidInputError, MissingAnnotationError
from kgraph.extract.document_graph import document_graph
from kgraph.extract.extensions import SPANS_KEY
from kgraph.extract.relations import RelationExtractor
from kgraph.extract.repair import TextRepairer
from kgraph.link.merge import merge_graphs
from kgraph.types import EntityType, Predicate


def graph_of(nlp, text: str, spans: list[tuple[str, str]], doc_id: str = "d1"):  # type: ignore[no-untyped-def]
    """Repair ``text``, mark every occurrence of the spans, extract relations, build."""
    doc = TextRepairer()(nlp.make_doc(text))
    found = []
    for surface, label in spans:
        start = doc.text.find(surface)
        assert start >= 0, surface
        while start >= 0:
            found.append(doc.char_span(start, start + len(surface), label))
            start = doc.text.find(surface, start + 1)
    doc.spans[SPANS_KEY] = found
    return document_graph(RelationExtractor()(doc), doc_id=doc_id)


def things(kg):  # type: ignore[no-untyped-def]
    """The entities other than the document's ARTICLE node."""
    return [e for e in kg.entities if e.type is not EntityType.ARTICLE]


def labels(kg, kind: EntityType) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.label for e in kg.entities if e.type is kind}


def test_graph_bracket_alias_is_one_entity(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    kg = graph_of(
        nlp_zh,
        "在湘家荡区域(七星街道),七星街道发布品牌。",
        [("湘家荡区域", "PLACE"), ("七星街道", "PLACE")],
    )
    (place,) = things(kg)
    assert (place.label, place.aliases) == ("湘家荡区域", ("七星街道",))
    assert len(place.mentions) == 3


@pytest.mark.parametrize(
    ("names", "label", "merged"),
    [
        (["嘉兴衍视电子科技有限公司", "衍视公司"], "ORG", True),
        (["中电科南湖研究院", "南湖研究院"], "ORG", True),
        (["敏华汽车", "敏华"], "ORG", True),
        (["嘉兴市", "嘉兴"], "PLACE", True),
        (["湘家荡区域", "湘家荡"], "PLACE", True),
        (["香港", "港"], "PLACE", True),
        (["周明远", "周明"], "PERSON", True),
        # near misses stay apart
        (["中电科南湖研究院", "南湖实验室"], "ORG", False),
        (["南湖研究院", "南湖实验室"], "ORG", False),
        (["嘉兴市", "嘉善县"], "PLACE", False),
        # a division name is complete: no short form of its development zone
        (["松溪市经济开发区", "松溪市"], "PLACE", False),
    ],
)
def test_graph_short_forms(nlp_zh, names: list[str], label: str, merged: bool) -> None:  # type: ignore[no-untyped-def]
    text = "。".join(names) + "。"
    kg = graph_of(nlp_zh, text, [(n, label) for n in names])
    assert (len(things(kg)) == 1) is merged
    if merged:
        assert things(kg)[0].label == names[0]


def test_graph_provenance_points_into_original_text(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    text = "标题\n\n随着项目投产,万托科技有限公司负责人陈\n\n学金说,很好。"
    kg = graph_of(nlp_zh, text, [("万托科技有限公司", "ORG"), ("陈学金", "PERSON")])
    (rel,) = kg.relations
    person = kg.entity(rel.subject)
    p = person.mentions[0].provenance
    assert text[p.start : p.end] == "陈\n\n学金"
    assert rel.predicate is Predicate.WORKS_FOR and rel.role == "负责人"
    assert "陈学金" in rel.provenance.sentence


def test_graph_money_is_parsed_and_scoped_to_document(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    text = "湘家荡区域签约项目,涉及总投资约54亿元。"
    spans = [("湘家荡区域", "PLACE"), ("约54亿元", "MONEY")]
    a, b = graph_of(nlp_zh, text, spans, "a"), graph_of(nlp_zh, text, spans, "b")
    money = next(e for e in a.entities if e.type is EntityType.MONEY)
    assert str(money.money.value) == "5400000000"
    merged = merge_graphs([a, b])
    assert len([e for e in merged.entities if e.type is EntityType.MONEY]) == 2
    assert len([e for e in merged.entities if e.type is EntityType.PLACE]) == 1


def test_graph_same_amount_twice_is_two_facts(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    # two 3亿元 of one article: two MONEY nodes with their own ids, not a crash
    text = "今年争取销售额3亿元,满负荷生产后预计年产值能达3亿元。"
    kg = graph_of(nlp_zh, text, [("3亿元", "MONEY")])
    money = [e for e in kg.entities if e.type is EntityType.MONEY]
    assert len(money) == 2 and money[0].id != money[1].id
    assert sorted(e.mentions[0].provenance.start for e in money) == [7, 24]


def test_graph_same_amount_in_two_documents_stays_two_nodes(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    # 300万元 of one reward pool and of another: no hub joining unrelated facts
    a = graph_of(nlp_zh, "湖州市设立奖励资金300万元。", [("300万元", "MONEY")], "a")
    b = graph_of(nlp_zh, "湖州市设立奖励资金300万元。", [("300万元", "MONEY")], "b")
    merged = merge_graphs([a, b])
    assert len([e for e in merged.entities if e.type is EntityType.MONEY]) == 2


def test_graph_article_node_for_bylines(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    kg = graph_of(
        nlp_zh,
        "标题\n\n汪燕鸣 王佳萱\n\n正文。",
        [("汪燕鸣", "PERSON"), ("王佳萱", "PERSON")],
    )
    article = next(e for e in kg.entities if e.type is EntityType.ARTICLE)
    assert article.label == "标题"
    assert {r.predicate for r in kg.relations} == {Predicate.REPORTED_BY}


def test_graph_is_picklable(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    kg = graph_of(
        nlp_zh,
        "万托科技有限公司负责人陈学金说。",
        [("万托科技有限公司", "ORG"), ("陈学金", "PERSON")],
    )
    assert pickle.loads(pickle.dumps(kg)) == kg


def test_graph_merge_rejects_duplicate_doc_ids(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    a = graph_of(nlp_zh, "你好。", [], "same")
    with pytest.raises(InvalidInputError, match="'same' appears twice"):
        merge_graphs([a, a])


def test_graph_needs_annotations(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(MissingAnnotationError, match=r"kgraph\.load"):
        document_graph(Doc(nlp_zh.vocab, words=["你"]), doc_id="x")


def test_graph_money_of_a_table_cell_takes_its_header_unit(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    from kgraph.extract.money import MoneyExtractor

    doc = MoneyExtractor()(
        TextRepairer()(nlp_zh.make_doc("项目表（单位：亿元）\n星湾园 25.3\n"))
    )
    graph = document_graph(RelationExtractor()(doc), doc_id="d1")
    assert [e.money.value for e in graph.entities if e.money] == [Decimal(2530000000)]


def test_graph_one_mention_read_two_ways_is_one_entity(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    doc = TextRepairer()(nlp_zh.make_doc("青禾科技集团投资。东岭公司又投资。"))
    full = doc.char_span(0, 6, "ORG")
    # the same characters once resolved to a longer name, once as written
    resolved = doc.char_span(9, 13, "ORG", kb_id="青禾科技集团")
    written = doc.char_span(9, 13, "ORG")
    doc.spans[SPANS_KEY] = [full, resolved, written]
    graph = document_graph(RelationExtractor()(doc), doc_id="d1")
    assert len(things(graph)) == 1
    assert len(things(graph)[0].mentions) == 2  # one per place in the text


def test_graph_two_bodies_written_alike_stay_two(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    doc = TextRepairer()(
        nlp_zh.make_doc("青州市委开会。市委决定。星河市委开会。市委决定。")
    )
    spans = [doc.char_span(0, 4, "ORG"), doc.char_span(12, 16, "ORG")]
    for start, body in ((7, "青州市委"), (19, "星河市委")):
        spans += [
            doc.char_span(start, start + 2, "ORG", kb_id=body),
            doc.char_span(start, start + 2, "ORG"),
        ]
    doc.spans[SPANS_KEY] = spans
    graph = document_graph(RelationExtractor()(doc), doc_id="d1")
    assert sorted(e.label for e in things(graph)) == ["星河市委", "青州市委"]


def test_graph_mentions_carry_their_sentence_as_written(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    text = "標題\n\n嘉兴市南湖区签约项目。南湖区将开\n\n工,嘉兴市很好。"
    kg = graph_of(nlp_zh, text, [("嘉兴市", "PLACE"), ("南湖区", "PLACE")])
    sentences = {
        (m.text, m.provenance.start): m.provenance.sentence
        for e in things(kg)
        for m in e.mentions
    }
    assert sentences == {
        ("嘉兴市", 4): "嘉兴市南湖区签约项目。",
        ("南湖区", 7): "嘉兴市南湖区签约项目。",
        ("南湖区", 15): "南湖区将开工,嘉兴市很好。",
        ("嘉兴市", 24): "南湖区将开工,嘉兴市很好。",
    }


def test_graph_mentions_of_one_sentence_share_its_string(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    kg = graph_of(
        nlp_zh, "嘉兴市南湖区签约。", [("嘉兴市", "PLACE"), ("南湖区", "PLACE")]
    )
    first, second = (e.mentions[0].provenance.sentence for e in things(kg))
    assert first == "嘉兴市南湖区签约。" and first is second
