"""Tests for kgraph.extract.founding_places: where an organisation began and sits."""

from __future__ import annotations

import pytest

from kgraph.extract.founding_places import founding_places


def _located(nlp, text: str, names: list[tuple[str, str]]) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    spans = []
    for name, label in names:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label))
    return {
        (text[slice(*r.subject)], text[slice(*r.object)])
        for r in founding_places(text, (0, len(text)), spans)
    }


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # a works set up there, after an adverb of sequence
            "青禾电子1989年也相继在东莞投资设厂，生产插座。",
            [("青禾电子", "ORG"), ("东莞", "PLACE")],
            {("青禾电子", "东莞")},
        ),
        (  # 在P成立, the organisation the sentence's subject
            "青禾餐饮是一家连锁企业，2001年在杭州成立，现有门店百家。",
            [("青禾餐饮", "ORG"), ("杭州", "PLACE")],
            {("青禾餐饮", "杭州")},
        ),
        (  # an aside between the organisation and 在P
            "青禾石油总公司（以下简称青禾石油）在北京正式成立。",
            [("青禾石油总公司", "ORG"), ("北京", "PLACE")],
            {("青禾石油总公司", "北京")},
        ),
        (  # the cue opens the clause: the sentence's subject, the place after 的
            "青禾酒业股份有限公司，位于“江南三大古镇”之一的白石镇，历史悠久。",
            [("青禾酒业股份有限公司", "ORG"), ("江南", "PLACE"), ("白石镇", "PLACE")],
            {("青禾酒业股份有限公司", "白石镇")},
        ),
        (  # a name inside the aside (简称X, with a place in it) is skipped
            "青禾石油总公司（以下简称中国青禾）在北京正式成立。",
            [("青禾石油总公司", "ORG"), ("中国", "PLACE"), ("北京", "PLACE")],
            {("青禾石油总公司", "北京")},
        ),
        (  # 成立于 a date 于 P
            "星河科技有限公司成立于2012年于深圳。",
            [("星河科技有限公司", "ORG"), ("深圳", "PLACE")],
            {("星河科技有限公司", "深圳")},
        ),
        (  # a description before the place
            "星河科技有限公司地处交通便利的无锡。",
            [("星河科技有限公司", "ORG"), ("无锡", "PLACE")],
            {("星河科技有限公司", "无锡")},
        ),
        (  # 之一的: the place after the apposition
            "星河公司坐落于中国四大直辖市之一的重庆市。",
            [("星河公司", "ORG"), ("中国", "PLACE"), ("重庆市", "PLACE")],
            {("星河公司", "重庆市")},
        ),
    ],
)
def test_founding_places_patterns(nlp_zh, text, names, expected) -> None:  # type: ignore[no-untyped-def]
    assert _located(nlp_zh, text, names) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # 在P成立了X: the place is the new organisation's
            "青禾公司在嘉兴注册成立了星河科技有限公司。",
            [("青禾公司", "ORG"), ("嘉兴", "PLACE"), ("星河科技有限公司", "ORG")],
        ),
        (  # 位于P1的P2: a place inside a place, no description
            "星河公司位于南湖区的七星街道。",
            [("星河公司", "ORG"), ("南湖区", "PLACE"), ("七星街道", "PLACE")],
        ),
        (  # no founding verb
            "青禾公司2001年在杭州举办年会。",
            [("青禾公司", "ORG"), ("杭州", "PLACE")],
        ),
        (  # the verb has an object: the branch is in 杭州
            "青禾集团在杭州成立分公司。",
            [("青禾集团", "ORG"), ("杭州", "PLACE")],
        ),
        (  # the organisation is not right before the cue
            "青禾公司投资的新厂位于交通便利的西湖区。",
            [("青禾公司", "ORG"), ("西湖区", "PLACE")],
        ),
    ],
)
def test_founding_places_silent(nlp_zh, text, names) -> None:  # type: ignore[no-untyped-def]
    assert _located(nlp_zh, text, names) == set()
