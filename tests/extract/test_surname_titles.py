"""Tests for kgraph.extract.surname_titles: 庄书记 refers to 庄树雄."""

from __future__ import annotations

import spacy

from kgraph.extract.surname_titles import surname_references

_NLP = spacy.blank("zh")


def _run(text: str, people: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    doc = _NLP.make_doc(text)
    spans = []
    for name, label in people:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label))
    kept, refs = surname_references(doc, spans)
    dropped = [s.text for s in spans if s not in kept]
    return dropped, [(s.text, s.kb_id_) for s in refs]


def test_form_refers_to_the_person_with_that_surname() -> None:
    text = "第一书记庄树雄带领村民。王国攀说，庄书记帮他卖蜂蜜。"
    people = [("庄树雄", "PERSON"), ("王国攀", "PERSON")]
    assert _run(text, people) == ([], [("庄书记", "庄树雄")])


def test_nearest_bearer_before_wins() -> None:
    text = "李明和李华到场。李经理说，项目开工。"
    assert _run(text, [("李明", "PERSON"), ("李华", "PERSON")])[1] == [
        ("李经理", "李华")
    ]


def test_form_without_a_bearer_is_no_person() -> None:
    text = "鲁省长出席会议。"
    assert _run(text, [("鲁省长", "PERSON")]) == (["鲁省长"], [])


def test_title_after_a_full_name_is_left() -> None:
    # 明书记 overlaps the full name 王明: no reference
    assert _run("王明书记讲话。", [("王明", "PERSON")]) == ([], [])


def test_surname_inside_a_word_is_no_form() -> None:
    # 高 of 提高, 文 of 语文: the character ends a word, no surname
    text = "高明说，要提高总体效益。文静说，语文老师要多读书。"
    assert _run(text, [("高明", "PERSON"), ("文静", "PERSON")]) == ([], [])
