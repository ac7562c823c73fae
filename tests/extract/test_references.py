"""Tests for kgraph.extract.references: 该公司 / 该项目 / bare 开发区 back to a name."""

from __future__ import annotations

import pytest

from kgraph.extract.references import reference_spans


def resolve(nlp, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    named = []
    for surface, label in spans:
        start = text.index(surface)
        named.append(doc.char_span(start, start + len(surface), label))
    return [(s.text, s.kb_id_) for s in reference_spans(doc, named)]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (
            "华越有限公司在此落户。该公司总经理李明说。",
            [("华越有限公司", "ORG")],
            [("该公司", "华越有限公司")],
        ),
        (
            "智能工厂项目开工。该项目总投资3亿元。",
            [("智能工厂项目", "PROJECT")],
            [("该项目", "智能工厂项目")],
        ),
        (
            "姜堰经济开发区发展迅速。今年,开发区新签约项目11个。",
            [("姜堰经济开发区", "PLACE")],
            [("开发区", "姜堰经济开发区")],
        ),
        (
            "壶镇镇党委书记表示,该镇将紧盯项目。",
            [("壶镇镇", "PLACE")],
            [("该镇", "壶镇镇")],
        ),
        (  # one-character heads: 该行 a bank, 该校 a school
            "青禾银行召开会议。该行董事长李明出席。",
            [("青禾银行", "ORG")],
            [("该行", "青禾银行")],
        ),
        (
            "东岳大学举行典礼，该校校长李明致辞。",
            [("东岳大学", "ORG")],
            [("该校", "东岳大学")],
        ),
        (  # 该行业 is an industry, not a bank
            "青禾银行召开会议。该行业发展迅速。",
            [("青禾银行", "ORG")],
            [],
        ),
        (  # 该会: a chamber, association or committee
            "代表团到访东岳商会,获该会会长李明接待。",
            [("东岳商会", "ORG")],
            [("该会", "东岳商会")],
        ),
        (  # 该会议 is a meeting, 应该会 a modal verb
            "东岳商会召开会议。该会议认为,明年应该会更好,不该会差,该会晤机制很好。",
            [("东岳商会", "ORG")],
            [],
        ),
        (
            "”研究院执行院长杜晓帆说。",
            [],
            [],
        ),
    ],
)
def test_references_resolve(nlp_zh, text, spans, expected) -> None:  # type: ignore[no-untyped-def]
    assert resolve(nlp_zh, text, spans) == expected


def test_references_part_of_a_name_is_no_reference(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_zh.make_doc("姜堰经济开发区。姜堰经济开发区招商。")
    named = [doc.char_span(0, 7, "PLACE"), doc.char_span(8, 15, "PLACE")]
    assert reference_spans(doc, named) == []


def test_references_company_not_a_stray_org(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    # 东风 (an engine error) is no company the document names in full
    text = "泰州华锐汽车零部件有限公司投产。借着新能源汽车的东风,该公司正与泰越合作。"
    spans = [("泰州华锐汽车零部件有限公司", "ORG"), ("东风", "ORG")]
    assert resolve(nlp_zh, text, spans) == [("该公司", "泰州华锐汽车零部件有限公司")]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (
            "华晟新材料有限公司与鼎新电路有限公司签订协议,将为后者供应覆铜板。",
            [("华晟新材料有限公司", "ORG"), ("鼎新电路有限公司", "ORG")],
            [("后者", "鼎新电路有限公司")],
        ),
        (
            "华晟新材料有限公司与鼎新电路有限公司签订协议,前者将扩产。",
            [("华晟新材料有限公司", "ORG"), ("鼎新电路有限公司", "ORG")],
            [("前者", "华晟新材料有限公司")],
        ),
        (
            "陈学金见证了变化,他说这里变成了新城。其他企业也来了。",
            [("陈学金", "PERSON")],
            [("他", "陈学金")],
        ),
        ("他们说项目很好。", [], []),
    ],
)
def test_references_pronouns(nlp_zh, text, spans, expected) -> None:  # type: ignore[no-untyped-def]
    assert resolve(nlp_zh, text, spans) == expected


def test_references_roster_after_the_chamber_works_for_it() -> None:
    import kgraph

    kg = kgraph.extract_document(
        "代表团到访东岳商会,获该会会长李明,副会长张强、王伟,秘书长赵敏等接待。",
        doc_id="d",
    )
    posts = sorted(
        (kg.entity(r.subject).label, kg.entity(r.object).label, r.role)
        for r in kg.relations
        if r.predicate.value == "works_for"
    )
    assert posts == [
        ("张强", "东岳商会", "副会长"),
        ("李明", "东岳商会", "会长"),
        ("王伟", "东岳商会", "副会长"),
        ("赵敏", "东岳商会", "秘书长"),
    ]
