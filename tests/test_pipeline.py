"""Tests for kgraph.pipeline: load and build, end to end on the bundled LAC model."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import kgraph
from kgraph.errors import InvalidInputError
from kgraph.export import dumps_node_link
from kgraph.pipeline import PIPELINE, extract_document
from kgraph.types import EntityType, Predicate

SAMPLE = Path(__file__).parent.parent / "examples" / "a1_xiangjiadang.txt"


def test_pipeline_components_in_order(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    assert tuple(nlp_lac.pipe_names) == PIPELINE


def test_pipeline_unknown_engine() -> None:
    with pytest.raises(InvalidInputError, match="unknown NER engine 'hanlp'"):
        kgraph.load(engine="hanlp")


def test_pipeline_missing_user_dictionary(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="is not a file"):
        kgraph.load(user_dictionary=tmp_path / "nope.txt")


def test_pipeline_sample_article_links(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    kg = kgraph.build([("a1", SAMPLE.read_text(encoding="utf-8"))], nlp=nlp_lac)
    by_id = {e.id: e for e in kg.entities}
    triples = {
        (by_id[r.subject].label, r.predicate.value, by_id[r.object].label)
        for r in kg.relations
    }
    assert ("南湖实验室", "located_in", "湘家荡区域") in triples
    assert ("陈学金", "works_for", "万托科技(嘉兴)有限公司") in triples
    money = {e.label: e.money for e in kg.entities if e.type is EntityType.MONEY}
    assert str(money["约54亿元"].value) == "5400000000"
    assert money["约54亿元"].qualifier == "approx"


def test_pipeline_empty_and_blank_texts_are_documents(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    kg = kgraph.build(
        [("empty", ""), ("blank", " \n\n "), ("one", "陈学金说。")], nlp=nlp_lac
    )
    assert [d.doc_id for d in kg.documents] == ["empty", "blank", "one"]


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        (42, "got int"),
        ([("a", "x"), 7], "input #2 must be"),
        (b"bytes", "not bytes"),
        ([("a", "x", "y")], "input #1 must be"),
    ],
)
def test_pipeline_bad_inputs(nlp_lac, inputs, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError, match=message):
        kgraph.build(inputs, nlp=nlp_lac)


def test_pipeline_output_is_deterministic(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    text = SAMPLE.read_text(encoding="utf-8")
    first = dumps_node_link(kgraph.build([("a1", text)], nlp=nlp_lac))
    second = dumps_node_link(kgraph.build([("a1", text)], nlp=kgraph.load()))
    assert first == second


def test_pipeline_document_result_is_picklable(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    kg = extract_document(
        "万托科技(嘉兴)有限公司负责人陈学金说。", doc_id="x", nlp=nlp_lac
    )
    assert pickle.loads(pickle.dumps(kg)) == kg
    assert any(r.predicate is Predicate.WORKS_FOR for r in kg.relations)


def test_pipeline_pipeline_is_picklable(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    engine = nlp_lac.get_pipe("kgraph_ner").engine
    assert type(pickle.loads(pickle.dumps(engine))) is type(engine)


def test_pipeline_jieba_engine_runs() -> None:
    kg = kgraph.build("浙江大学位于杭州市。", nlp=kgraph.load(engine="jieba"))
    assert kg.documents[0].doc_id == "doc-1"


def test_pipeline_graph_conveniences(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    kg = kgraph.build("万托科技(嘉兴)有限公司负责人陈学金说。", nlp=nlp_lac)
    assert "陈学金" in kg.to_html()
    assert kg.draw().axes
    assert kg.to_networkx().number_of_nodes() == len(kg.entities)
