"""Tests for kgraph.extract.clauses: the clause of an offset, the sentence's subject."""

from __future__ import annotations

import pytest
import spacy

from kgraph.extract.clauses import clause_of, sentence_subject


def _spans(text: str, names: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    doc = spacy.blank("zh")(text)
    out, pos = [], 0
    for name, label in names:
        start = text.index(name, pos)
        out.append(doc.char_span(start, start + len(name), label))
        pos = start + len(name)
    return out


def _subject(text: str, names: list[tuple[str, str]], cue: str) -> str | None:
    spans = _spans(text, names)
    found = sentence_subject(text, (0, len(text)), spans, ("ORG",), text.index(cue))
    return None if found is None else found.text


def test_clauses_subject_of_an_earlier_clause() -> None:
    text = "青禾公司成立于2005年，总部设在杭州。"
    names = [("青禾公司", "ORG"), ("杭州", "PLACE")]
    assert _subject(text, names, "总部") == "青禾公司"


def test_clauses_a_passive_agent_is_no_subject() -> None:
    """由A等组建: A is the agent; the subject is an earlier clause's."""
    text = "青禾银行成立于2005年，由嘉兴等6家银行组建，总部设在嘉兴。"
    names = [("青禾银行", "ORG"), ("嘉兴", "PLACE"), ("嘉兴", "PLACE")]
    assert _subject(text, names, "总部") == "青禾银行"


def test_clauses_the_head_a_passive_phrase_qualifies() -> None:
    """由A与B组建的合资公司C: C is the subject, not A."""
    text = "由青禾集团与白石公司组建的合资公司青白保险有限公司，总部位于上海。"
    names = [
        ("青禾集团", "ORG"),
        ("白石公司", "ORG"),
        ("青白保险有限公司", "ORG"),
        ("上海", "PLACE"),
    ]
    assert _subject(text, names, "总部") == "青白保险有限公司"


def test_clauses_an_approval_is_no_subject() -> None:
    text = "经市政府批准，总部设在嘉兴。"
    assert _subject(text, [("市政府", "ORG"), ("嘉兴", "PLACE")], "总部") is None


@pytest.mark.parametrize("source", ["记者从市发改委了解到", "据市发改委介绍"])
def test_clauses_the_source_of_a_report_is_no_subject(source: str) -> None:
    """从X了解到, 据X介绍: X tells the news; the sentence is not about it."""
    text = f"{source}，项目总投资约10亿元。"
    assert _subject(text, [("市发改委", "ORG")], "项目") is None


def test_clauses_clause_of() -> None:
    text = "甲公司成立于2010年，总部在北京。"
    assert clause_of(text, (0, len(text)), text.index("北京")) == (12, 18)


def test_clauses_doc_sents_are_the_sentences_the_relations_read() -> None:
    """doc.sents works on a kgraph Doc (E030 before) and gives the same sentences."""
    import kgraph

    nlp = kgraph.load(engine="jieba")
    doc = nlp("青禾公司负责人王明说。项目位于嘉兴市。")
    assert [s.text for s in doc.sents] == ["青禾公司负责人王明说。", "项目位于嘉兴市。"]


def test_clauses_only_a_datelines_outlet_is_one() -> None:
    import spacy

    from kgraph.extract.clauses import is_dateline_outlet

    nlp = spacy.blank("zh")
    doc = nlp("香港文汇报讯 日清食品宣布。据华越有限公司消息,该公司投资。")
    assert is_dateline_outlet(doc.text, doc.char_span(0, 5, "ORG"))
    start = doc.text.index("华越有限公司")
    assert not is_dateline_outlet(doc.text, doc.char_span(start, start + 6, "ORG"))
