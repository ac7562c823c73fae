"""Tests for kgraph.run.pipeline: load and build, end to end on the LAC model."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import kgraph
from kgraph.errors import InvalidInputError
from kgraph.export import dumps_node_link
from kgraph.run.pipeline import PIPELINE, extract_document
from kgraph.types import EntityType, Predicate

SAMPLE = Path(__file__).parents[2] / "examples" / "a1_xiangjiadang.txt"


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


# ---------------------------------------------------------------------------
# Never lose a document (issue 8)
# ---------------------------------------------------------------------------

_PARAGRAPH = "万托科技(嘉兴)有限公司负责人陈学金说,今年争取销售额3亿元。"


def test_pipeline_same_amount_twice_builds(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    kg = kgraph.build(
        "今年争取销售额3亿元,满负荷生产后预计年产值能达3亿元。", nlp=nlp_lac
    )
    money = [e for e in kg.entities if e.type is EntityType.MONEY]
    assert len(money) == 2 and len({e.id for e in money}) == 2


def test_pipeline_long_document_is_read_in_pieces(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    from kgraph.extract.pieces import PIECE_CHARS

    text = "\n\n".join([_PARAGRAPH] * (2 * PIECE_CHARS // len(_PARAGRAPH) + 3))
    assert len(text) > 2 * PIECE_CHARS
    kg = extract_document(text, doc_id="long", nlp=nlp_lac)
    (company,) = [e for e in kg.entities if e.label == "万托科技(嘉兴)有限公司"]
    starts = [m.provenance.start for m in company.mentions]
    # one entity across the pieces, a mention in every paragraph, offsets into the whole
    assert len(starts) == text.count("万托科技") and starts[-1] > 2 * PIECE_CHARS
    for entity in kg.entities:
        for mention in entity.mentions:
            p = mention.provenance
            assert 0 <= p.start < p.end <= len(text)
    money = [e for e in kg.entities if e.type is EntityType.MONEY]
    assert len(money) == text.count("3亿元") == len({e.id for e in money})
    assert kg.documents[0].n_chars == len(text)


def test_pipeline_mapping_and_integer_ids(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    kg = kgraph.build({"a": _PARAGRAPH, "b": ""}, nlp=nlp_lac)
    assert [d.doc_id for d in kg.documents] == ["a", "b"]
    assert "陈学金" in {e.label for e in kg.entities}
    kg = kgraph.build([(7, _PARAGRAPH)], nlp=nlp_lac)
    assert [d.doc_id for d in kg.documents] == ["7"]


def test_pipeline_lone_surrogate_names_the_document(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(
        InvalidInputError, match=r"document 'x'.*surrogate.*character 2"
    ):
        extract_document("南湖\udc80实验室", doc_id="x", nlp=nlp_lac)


def test_pipeline_internal_error_names_the_document(  # type: ignore[no-untyped-def]
    nlp_lac, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kgraph.run.pipeline
    from kgraph.errors import DocumentError
    from kgraph.run.pipeline import DocumentWarning

    real = kgraph.run.pipeline._extract

    def bug_in_b(text: str, doc_id: str, *args: object) -> object:
        if doc_id == "b":
            raise KeyError("a bug")
        return real(text, doc_id, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(kgraph.run.pipeline, "_extract", bug_in_b)
    inputs = [("a", _PARAGRAPH), ("b", _PARAGRAPH), ("c", _PARAGRAPH)]
    with pytest.raises(DocumentError, match="document 'b': KeyError") as caught:
        kgraph.build(inputs, nlp=nlp_lac)
    assert isinstance(caught.value.__cause__, KeyError) and caught.value.internal
    with pytest.warns(DocumentWarning, match="document 'b': KeyError.*not built"):
        kg = kgraph.build(inputs, nlp=nlp_lac, on_error="warn")
    assert [d.doc_id for d in kg.documents] == ["a", "c"]
