"""Tests for kgraph.extract.founders: founders named by a founding verb or title."""

from __future__ import annotations

import pytest

from kgraph.extract.founders import founders


def _found(nlp, text: str, names: list[tuple[str, str]]) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    spans = []
    for name, label in names:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label))
    out = set()
    for rel in founders(text, (0, len(text)), spans):
        assert rel.role == "创始人"
        out.add((text[slice(*rel.subject)], text[slice(*rel.object)]))
    return out


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # the copula without 由, the date after the verb
            "青禾精密是周立言创立于1974年的企业。",
            [("青禾精密", "ORG"), ("周立言", "PERSON")],
            {("周立言", "青禾精密")},
        ),
        (
            "1998年，周立言创办了青禾科技有限公司。",
            [("周立言", "PERSON"), ("青禾科技有限公司", "ORG")],
            {("周立言", "青禾科技有限公司")},
        ),
        (  # two founders, a modifier on the second, 一起
            "周立言与好友林一舟一起创立了青禾公司。",
            [("周立言", "PERSON"), ("林一舟", "PERSON"), ("青禾公司", "ORG")],
            {("周立言", "青禾公司"), ("林一舟", "青禾公司")},
        ),
        (  # a date and a place between the founder and the verb, quotes
            "林一舟2003年在杭州创建了“青禾工作室”。",
            [("林一舟", "PERSON"), ("杭州", "PLACE"), ("青禾工作室", "ORG")],
            {("林一舟", "青禾工作室")},
        ),
        (  # 合伙设立的
            "周立言、林一舟合伙设立的青禾机器厂",
            [("周立言", "PERSON"), ("林一舟", "PERSON"), ("青禾机器厂", "ORG")],
            {("周立言", "青禾机器厂"), ("林一舟", "青禾机器厂")},
        ),
        (  # the founder's title and a copula, the sentence's subject
            "青禾汽车公司创立于1920年，创始人是周立言。",
            [("青禾汽车公司", "ORG"), ("周立言", "PERSON")],
            {("周立言", "青禾汽车公司")},
        ),
        (  # a companion who is no name, then 共同
            "周立言与另外两位工程师共同创办了青禾公司。",
            [("周立言", "PERSON"), ("青禾公司", "ORG")],
            {("周立言", "青禾公司")},
        ),
        (  # the passive, the organisation after 的
            "1990年，由周立言等人创建的青禾研究所迁往杭州。",
            [("周立言", "PERSON"), ("青禾研究所", "ORG"), ("杭州", "PLACE")],
            {("周立言", "青禾研究所")},
        ),
        (  # the passive, the organisation the sentence's subject
            "青禾公司位于杭州，是由知名企业家周立言和林一舟于1995年创立的。",
            [
                ("青禾公司", "ORG"),
                ("杭州", "PLACE"),
                ("周立言", "PERSON"),
                ("林一舟", "PERSON"),
            ],
            {("周立言", "青禾公司"), ("林一舟", "青禾公司")},
        ),
    ],
)
def test_founders_patterns(nlp_zh, text, names, expected) -> None:  # type: ignore[no-untyped-def]
    assert _found(nlp_zh, text, names) == expected


def test_founders_silent_without_a_founding_verb(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    names = [("周立言", "PERSON"), ("青禾科技有限公司", "ORG")]
    assert _found(nlp_zh, "周立言参观了青禾科技有限公司。", names) == set()


def test_founders_passive_needs_a_founding_verb(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    names = [("青禾公司", "ORG"), ("周立言", "PERSON")]
    assert _found(nlp_zh, "青禾公司的新厂由周立言负责建设。", names) == set()


def test_founders_passive_without_a_copula_needs_the_organisation_after_de(
    nlp_zh,
) -> None:  # type: ignore[no-untyped-def]
    names = [("青禾公司", "ORG"), ("张三", "PERSON")]
    assert _found(nlp_zh, "青禾公司表示，由张三组建的团队将进驻园区。", names) == set()
