"""Tests for kgraph.extract.partners: partner_of across the lists of a signing."""

from __future__ import annotations

import pytest

from kgraph.extract.partners import partners


def _found(nlp, text: str, names: list[tuple[str, str]]) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    spans = []
    for name, label in names:
        start = text.find(name)
        while start >= 0:
            spans.append(doc.char_span(start, start + len(name), label))
            start = text.find(name, start + 1)
    return {
        (text[slice(*r.subject)], text[slice(*r.object)])  # type: ignore[misc]
        for r in partners(text, (0, len(text)), spans)
    }


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "市长代表青川市政府与甲川科技有限公司、乙岭材料有限公司和丙江电子有限公司进行现场签约。",
            [
                ("青川市政府", "ORG"),
                ("甲川科技有限公司", "ORG"),
                ("乙岭材料有限公司", "ORG"),
                ("丙江电子有限公司", "ORG"),
            ],
            {
                ("青川市政府", "甲川科技有限公司"),
                ("青川市政府", "乙岭材料有限公司"),
                ("青川市政府", "丙江电子有限公司"),
            },
        ),
        (
            "青川市人民政府与甲川集团有限公司、乙岭科技有限公司签署合作协议。",
            [
                ("青川市人民政府", "ORG"),
                ("甲川集团有限公司", "ORG"),
                ("乙岭科技有限公司", "ORG"),
            ],
            {
                ("青川市人民政府", "甲川集团有限公司"),
                ("青川市人民政府", "乙岭科技有限公司"),
            },
        ),
        (
            "甲川科技有限公司、乙岭材料有限公司与青川县人民政府签订投资协议。",
            [
                ("甲川科技有限公司", "ORG"),
                ("乙岭材料有限公司", "ORG"),
                ("青川县人民政府", "ORG"),
            ],
            {
                ("甲川科技有限公司", "青川县人民政府"),
                ("乙岭材料有限公司", "青川县人民政府"),
            },
        ),
        (
            "乡贤创办的甲川实业有限公司,与青川县人民政府就碳粉项目签订投资意向书。",
            [("甲川实业有限公司", "ORG"), ("青川县人民政府", "ORG")],
            {("甲川实业有限公司", "青川县人民政府")},
        ),
        (
            "甲川实业有限公司计划与乙岭科技有限公司共同投资成立新公司。",
            [("甲川实业有限公司", "ORG"), ("乙岭科技有限公司", "ORG")],
            {("甲川实业有限公司", "乙岭科技有限公司")},
        ),
        (
            "该厂房由甲川实业有限公司和乙岭科技有限公司投资兴建。",
            [("甲川实业有限公司", "ORG"), ("乙岭科技有限公司", "ORG")],
            {("甲川实业有限公司", "乙岭科技有限公司")},
        ),
        (
            "甲川大学联合乙岭科技有限公司开展研究。",
            [("甲川大学", "ORG"), ("乙岭科技有限公司", "ORG")],
            {("甲川大学", "乙岭科技有限公司")},
        ),
        (  # the party the clause's people act for, a comma, then 与
            "区长和相关领导代表青川区,与甲川置业、乙岭动力等9家企业签约。",
            [("青川区", "PLACE"), ("甲川置业", "ORG"), ("乙岭动力", "ORG")],
            {("青川区", "甲川置业"), ("青川区", "乙岭动力")},
        ),
        (  # 先后与 … 协同推进
            "甲川集团先后与乙岭集团、丙江农场公司协同推进产业发展。",
            [("甲川集团", "ORG"), ("乙岭集团", "ORG"), ("丙江农场公司", "ORG")],
            {("甲川集团", "乙岭集团"), ("甲川集团", "丙江农场公司")},
        ),
        (  # where the signing is, between the first party and 与
            "甲川集团将在青川市与乙岭集团签约。",
            [("甲川集团", "ORG"), ("青川市", "PLACE"), ("乙岭集团", "ORG")],
            {("甲川集团", "乙岭集团")},
        ),
        (  # ... and the list after 与 goes on past the first partner
            "甲川集团将在青川市与乙岭集团、丙江集团签约。",
            [
                ("甲川集团", "ORG"),
                ("青川市", "PLACE"),
                ("乙岭集团", "ORG"),
                ("丙江集团", "ORG"),
            ],
            {("甲川集团", "乙岭集团"), ("甲川集团", "丙江集团")},
        ),
        (  # how many the first party leads
            "甲川集团等7家企业与乙岭集团签约。",
            [("甲川集团", "ORG"), ("乙岭集团", "ORG")],
            {("甲川集团", "乙岭集团")},
        ),
        (  # clauses opening with 与 have the party the sentence opened with
            "青川县通过洽谈,与甲川集团签订了仓储项目,签约额1亿元;与乙岭集团签订了加工项目。",
            [("青川县", "PLACE"), ("甲川集团", "ORG"), ("乙岭集团", "ORG")],
            {("青川县", "甲川集团"), ("青川县", "乙岭集团")},
        ),
        (  # ... also in an enumeration of the agreements
            "甲川集团共签署2项协议,分别是一、与乙岭集团签订框架协议;二、与丙江集团签订合作协议。",
            [("甲川集团", "ORG"), ("乙岭集团", "ORG"), ("丙江集团", "ORG")],
            {("甲川集团", "乙岭集团"), ("甲川集团", "丙江集团")},
        ),
    ],
)
def test_partners_runs(nlp_zh, text: str, names, expected) -> None:  # type: ignore[no-untyped-def]
    assert _found(nlp_zh, text, names) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # no verb of working together
        (
            "甲川实业有限公司与乙岭科技有限公司相距不远。",
            [("甲川实业有限公司", "ORG"), ("乙岭科技有限公司", "ORG")],
        ),
        # a comma after a name that is not its clause's whole subject
        (
            "记者参观了甲川实业有限公司,与乙岭科技有限公司签约的项目也已开工。",
            [("甲川实业有限公司", "ORG"), ("乙岭科技有限公司", "ORG")],
        ),
        # a person does not sign as a partner
        (
            "王一与乙岭科技有限公司签约。",
            [("王一", "PERSON"), ("乙岭科技有限公司", "ORG")],
        ),
        # a place after 在 and no 与: the signing has no partner
        (
            "甲川集团在青川市举行签约仪式,乙岭集团出席。",
            [("甲川集团", "ORG"), ("青川市", "PLACE"), ("乙岭集团", "ORG")],
        ),
        # a name a few words into its clause opens no clause of its own
        (
            "坚持甲川集团确立的路线,与乙岭集团亲密合作。",
            [("甲川集团", "ORG"), ("乙岭集团", "ORG")],
        ),
    ],
)
def test_partners_silent(nlp_zh, text: str, names) -> None:  # type: ignore[no-untyped-def]
    assert _found(nlp_zh, text, names) == set()


def test_partners_never_pair_the_list_after_with(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    text = "青川市政府与甲川科技有限公司、乙岭材料有限公司和丙江电子有限公司签约。"
    names = [
        ("青川市政府", "ORG"),
        ("甲川科技有限公司", "ORG"),
        ("乙岭材料有限公司", "ORG"),
        ("丙江电子有限公司", "ORG"),
    ]
    found = _found(nlp_zh, text, names)
    assert all(head == "青川市政府" for head, _ in found)
