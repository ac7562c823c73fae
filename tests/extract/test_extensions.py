"""kgraph's Doc attributes survive spaCy's serialisation and multiprocessing."""

from __future__ import annotations

from decimal import Decimal

import pytest
import srsly
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import kgraph
from kgraph.extract.extensions import SPANS_KEY, RelationMention
from kgraph.types import Measure, Predicate

TEXTS = [
    "华越公司去年实现销售额3亿元。董事长王明说，公司位于嘉兴市南湖区。",
    "嘉兴市南湖区投资5亿元建设南湖实验室,项目位于湘家荡区域。",
    "单位：万元\n项目名称 总投资\n青禾产业园 1200\n",
    "傍晚,湘\n\n城社区热闹。",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return kgraph.load(engine="jieba")


def _state(doc: Doc) -> tuple[object, ...]:
    """Everything kgraph writes on a Doc, in comparable form."""
    spans = [(s.start_char, s.end_char, s.label_) for s in doc.spans[SPANS_KEY]]
    amounts = [s._.kg_amount for s in doc.spans[SPANS_KEY]]
    return (
        doc.text,
        spans,
        amounts,
        doc._.kg_relations,
        doc._.kg_amounts,
        doc._.kg_money,
        doc._.kg_words,
        doc._.kg_offsets,
        doc._.kg_source,
        doc._.kg_surface,
        [s.text for s in doc.sents],
    )


def test_extensions_doc_bytes_round_trip(nlp: Language) -> None:
    for doc in nlp.pipe(TEXTS):
        back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert _state(back) == _state(doc)


def test_extensions_docbin_round_trips_relations(nlp: Language) -> None:
    docs = list(nlp.pipe(TEXTS))
    assert any(doc._.kg_relations for doc in docs)
    data = DocBin(store_user_data=True, docs=docs).to_bytes()
    back = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert [_state(d) for d in back] == [_state(d) for d in docs]
    assert all(isinstance(r, RelationMention) for d in back for r in d._.kg_relations)


def test_extensions_docbin_graph_is_the_same(nlp: Language) -> None:
    """A Doc read back from a DocBin builds the graph the original builds."""
    from kgraph.extract.document_graph import document_graph

    doc = nlp(TEXTS[0])
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (back,) = DocBin().from_bytes(data).get_docs(nlp.vocab)
    assert document_graph(back, doc_id="d") == document_graph(doc, doc_id="d")


def test_extensions_pipe_two_processes_as_one(nlp: Language) -> None:
    one = [_state(d) for d in nlp.pipe(TEXTS)]
    two = [_state(d) for d in nlp.pipe(TEXTS, n_process=2, batch_size=1)]
    assert two == one


def test_extensions_pipe_as_tuples_keeps_the_context(nlp: Language) -> None:
    # the line-break text is repaired into a new Doc: the context goes with it
    pairs = [(text, {"id": i}) for i, text in enumerate(TEXTS)]
    assert [c for _, c in nlp.pipe(pairs, as_tuples=True)] == [
        {"id": i} for i in range(len(TEXTS))
    ]


def test_extensions_span_amount(nlp: Language) -> None:
    doc = nlp(TEXTS[0])
    (money,) = [s for s in doc.spans[SPANS_KEY] if s.label_ == "MONEY"]
    amount = money._.kg_amount
    assert (amount.value, amount.measure, amount.period) == (
        Decimal(300000000),
        Measure.REVENUE,
        "去年",
    )
    assert all(s._.kg_amount is None for s in doc.spans[SPANS_KEY] if s != money)


def test_extensions_span_amount_of_a_table(nlp: Language) -> None:
    """A bare number under 单位：万元 gets its Money from the header."""
    doc = nlp(TEXTS[2])
    amounts = [s._.kg_amount for s in doc.spans[SPANS_KEY] if s.label_ == "MONEY"]
    assert [a.value for a in amounts] == [Decimal(12000000)]


_offsets = st.tuples(st.integers(0, 10**6), st.integers(0, 10**6))


@given(
    predicate=st.sampled_from(list(Predicate)),
    subject=st.none() | _offsets,
    obj=_offsets,
    sentence=_offsets,
    confidence=st.floats(0, 1),
    role=st.none() | st.text(max_size=5),
    extractor=st.text(min_size=1, max_size=20),
)
def test_extensions_relation_mention_msgpack_round_trip(
    predicate: Predicate,
    subject: tuple[int, int] | None,
    obj: tuple[int, int],
    sentence: tuple[int, int],
    confidence: float,
    role: str | None,
    extractor: str,
) -> None:
    rel = RelationMention(
        predicate, subject, obj, sentence, confidence, role, extractor
    )
    for use_list in (True, False):
        record = srsly.msgpack_loads(srsly.msgpack_dumps(rel), use_list=use_list)
        back = RelationMention.from_record(record)
        assert back == rel
        assert isinstance(back.predicate, Predicate)
