"""Tests for kgraph.extract.boundaries: false entities and cuts an engine makes."""

from __future__ import annotations

import pytest

from kgraph.extract.boundaries import fix_boundaries, places_written_as_orgs


def _span(text: str, name: str, label: str) -> tuple[int, int, str]:
    start = text.index(name)
    return (start, start + len(name), label)


def _fixed(
    text: str, spans: list[tuple[int, int, str]], words: list[tuple[int, int, str]]
) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in fix_boundaries(words, text, spans)]


def _words(text: str, cut: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for word, tag in cut:
        assert text.startswith(word, at)
        out.append((at, at + len(word), tag))
        at += len(word)
    return out


@pytest.mark.parametrize(
    "word", ["镇村", "千村", "驻村", "石桥通村", "镇街", "县区", "乡镇"]
)
def test_boundaries_village_words_are_no_villages(word: str) -> None:
    text = f"推进{word}工作。"
    assert _fixed(text, [_span(text, word, "PLACE")], []) == []


def test_boundaries_real_village_stays() -> None:
    text = "来到石桥村。"
    assert _fixed(text, [_span(text, "石桥村", "PLACE")], []) == [("石桥村", "PLACE")]


def test_boundaries_village_starting_with_conjunction_is_one() -> None:
    text = "来到和岭村调研。"
    spans = [(2, 3, "PLACE"), (3, 5, "PLACE")]
    assert _fixed(text, spans, []) == [("和岭村", "PLACE")]


@pytest.mark.parametrize("body", ["县委县政府", "市委市政府", "党委政府"])
def test_boundaries_coordinated_bodies_are_no_organisation(body: str) -> None:
    text = f"在{body}的安排下。"
    assert _fixed(text, [_span(text, body, "ORG")], []) == []


@pytest.mark.parametrize(
    ("pair", "first"),
    [
        ("通州区委区政府", "通州区委"),
        ("青山县委县政府", "青山县委"),
        ("大桥镇党委政府", "大桥镇党委"),
    ],
)
def test_boundaries_a_places_pair_of_bodies_is_its_committee(
    pair: str, first: str
) -> None:
    text = f"{pair}高度重视。"
    assert _fixed(text, [_span(text, pair, "ORG")], []) == [(first, "ORG")]


def test_boundaries_company_stops_at_its_first_limited_company() -> None:
    text = "星河材料有限公司全资子公司出席。"
    words = _words(
        text,
        [
            ("星河材料有限公司", "ORG"),
            ("全资", "n"),
            ("子公司", "n"),
            ("出席", "v"),
            ("。", "w"),
        ],
    )
    spans = [_span(text, "星河材料有限公司全资子公司", "ORG")]
    assert _fixed(text, spans, words) == [("星河材料有限公司", "ORG")]


def test_boundaries_named_branch_stays() -> None:
    text = "星河材料有限公司青溪子公司出席。"
    words = _words(
        text,
        [
            ("星河材料有限公司", "ORG"),
            ("青溪", "LOC"),
            ("子公司", "n"),
            ("出席", "v"),
            ("。", "w"),
        ],
    )
    spans = [_span(text, "星河材料有限公司青溪子公司", "ORG")]
    assert _fixed(text, spans, words) == [("星河材料有限公司青溪子公司", "ORG")]


def test_boundaries_department_with_conjunction_before_post() -> None:
    text = "青溪市科技和人才服务局局长王小明说。"
    words = _words(
        text,
        [
            ("青溪市", "LOC"),
            ("科技", "n"),
            ("和", "c"),
            ("人才服务局", "n"),
            ("局长", "n"),
            ("王小明", "PER"),
            ("说", "v"),
            ("。", "w"),
        ],
    )
    spans = [_span(text, "青溪市", "PLACE"), _span(text, "王小明", "PERSON")]
    assert _fixed(text, spans, words) == [
        ("青溪市科技和人才服务局", "ORG"),
        ("王小明", "PERSON"),
    ]


def test_boundaries_committee_of_a_body_with_conjunction_is_one() -> None:
    """A body's committee on two topics (港澳台侨与外事) is one organisation, the
    body and a region that is no division included."""
    text = "青溪省政协港澳台侨与外事委员会主任王小明主持。"
    words = _words(
        text,
        [
            ("青溪省政协", "ORG"),
            ("港澳台侨", "LOC"),
            ("与", "p"),
            ("外事", "n"),
            ("委员会", "n"),
            ("主任", "n"),
            ("王小明", "PER"),
            ("主持", "v"),
            ("。", "w"),
        ],
    )
    spans = [
        _span(text, "青溪省政协", "ORG"),
        _span(text, "港澳台侨", "PLACE"),
        _span(text, "王小明", "PERSON"),
    ]
    assert _fixed(text, spans, words) == [
        ("青溪省政协港澳台侨与外事委员会", "ORG"),
        ("王小明", "PERSON"),
    ]


def test_boundaries_a_body_with_no_conjunction_keeps_its_name() -> None:
    text = "青溪省政协外事委员会主任王小明主持。"
    words = _words(
        text,
        [("青溪省政协", "ORG"), ("外事", "n"), ("委员会", "n"), ("主任", "n")],
    )
    spans = [_span(text, "青溪省政协", "ORG")]
    assert _fixed(text, spans, words) == [("青溪省政协", "ORG")]


def test_boundaries_generic_units_with_conjunction_are_left() -> None:
    text = "相关部门和有关处室处长出席。"
    words = _words(
        text,
        [("相关", "vn"), ("部门", "n"), ("和", "c"), ("有关", "vn"), ("处室", "n")],
    )
    assert _fixed(text, [], words) == []


def test_boundaries_person_cut_after_post_is_recut() -> None:
    text = "行政长官欧陈美华出席。"
    words = _words(
        text,
        [("行政", "n"), ("长", "a"), ("官欧", "n"), ("陈美华", "PER"), ("出席", "v")],
    )
    spans = [_span(text, "陈美华", "PERSON")]
    assert _fixed(text, spans, words) == [("欧陈美华", "PERSON")]


def test_boundaries_person_after_whole_post_is_left() -> None:
    text = "董事长陈美华出席。"
    words = _words(text, [("董事长", "n"), ("陈美华", "PER"), ("出席", "v")])
    spans = [_span(text, "陈美华", "PERSON")]
    assert _fixed(text, spans, words) == [("陈美华", "PERSON")]


def test_boundaries_org_written_as_a_place_is_a_place() -> None:
    text = "青溪县委书记说,青溪发展快,青溪科技公司"
    spans = [(0, 3, "PLACE"), (8, 10, "ORG"), (14, 20, "ORG")]
    out = places_written_as_orgs(text, spans)
    assert [(text[s:e], label) for s, e, label in out] == [
        ("青溪县", "PLACE"),
        ("青溪", "PLACE"),
        ("青溪科技公司", "ORG"),
    ]


def test_boundaries_a_name_never_runs_across_a_dateline() -> None:
    text = "香港文汇报讯 华越有限公司昨宣布投资。"
    spans = [_span(text, "香港文汇报讯 华越有限公司", "ORG")]
    assert _fixed(text, spans, []) == [("华越有限公司", "ORG")]
    # a place read with its dateline's 讯
    text = "本报宁县讯 今年以来,宁县发展产业。"
    assert _fixed(text, [_span(text, "宁县讯", "PLACE")], []) == [("宁县", "PLACE")]
    # 讯 inside a name, no space after it, stays
    text = "通讯设备有限公司开工。"
    assert _fixed(text, [_span(text, "通讯设备有限公司", "ORG")], []) == [
        ("通讯设备有限公司", "ORG")
    ]


def test_boundaries_an_organisation_ends_before_its_heads_post() -> None:
    text = "陆委会主委王郁琦表示。"
    assert _fixed(text, [_span(text, "陆委会主委", "ORG")], []) == [("陆委会", "ORG")]
    # a name that ends in its own suffix keeps it
    text = "华越有限公司开工。"
    spans = [_span(text, "华越有限公司", "ORG")]
    assert _fixed(text, spans, []) == [("华越有限公司", "ORG")]


def test_boundaries_a_unit_run_into_its_heads_post_is_the_unit() -> None:
    text = "外交部长王毅表示。"
    words = _words(
        text, [("外交部长", "n"), ("王毅", "PER"), ("表示", "v"), ("。", "w")]
    )
    assert _fixed(text, [_span(text, "王毅", "PERSON")], words) == [
        ("外交部", "ORG"),
        ("王毅", "PERSON"),
    ]
    # a deputy's post names no unit
    text = "外交部副部长王毅表示。"
    words = _words(
        text, [("外交部副部长", "n"), ("王毅", "PER"), ("表示", "v"), ("。", "w")]
    )
    assert _fixed(text, [_span(text, "王毅", "PERSON")], words) == [("王毅", "PERSON")]


@pytest.mark.parametrize(
    ("text", "cut", "office"),
    [
        ("省委宣传部办公室主任刘明说。", "省委宣传部", "省委宣传部办公室"),
        ("省委宣传部外宣办主任刘明说。", "省委宣传部外宣", "省委宣传部外宣办"),
        ("中联办教青部副部长刘明说。", "中联办教", "中联办教青部"),
        ("全国青联秘书处秘书长刘明说。", "全国青联", "全国青联秘书处"),
    ],
)
def test_boundaries_an_office_before_its_heads_post_is_the_office(
    text: str, cut: str, office: str
) -> None:
    spans = [_span(text, cut, "ORG"), _span(text, "刘明", "PERSON")]
    assert _fixed(text, spans, []) == [(office, "ORG"), ("刘明", "PERSON")]


@pytest.mark.parametrize(
    "text",
    [
        "县委办主任刘明说。",  # a bare body: its office stays for the resolver
        "省委宣传部部分主任说。",  # 部分 is no office: no head's post follows
        "省委宣传部处主任刘明说。",  # a 处 is headed by a 处长, not a 主任
    ],
)
def test_boundaries_no_office_without_its_own_heads_post(text: str) -> None:
    name = text[: text.index("部") + 1] if "宣传部" in text else "县委"
    spans = [_span(text, name, "ORG")]
    assert _fixed(text, spans, []) == [(name, "ORG")]


def test_boundaries_a_persons_name_never_ends_in_yesterday() -> None:
    text = "常务副区长邵恒昨表示,将出台办法。"
    assert _fixed(text, [_span(text, "邵恒昨", "PERSON")], []) == [("邵恒", "PERSON")]
    # two characters are the shortest name: nothing is cut from them
    text = "王昨表示。"
    assert _fixed(text, [_span(text, "王昨", "PERSON")], []) == [("王昨", "PERSON")]


def test_boundaries_the_mainland_before_a_name_is_no_part_of_it() -> None:
    text = "鸿海与大陆长春第一汽车集团合作。"
    spans = [_span(text, "大陆长春第一汽车集团", "ORG")]
    assert _fixed(text, spans, []) == [("长春第一汽车集团", "ORG")]
    # Continental's Chinese name is 大陆集团: no division follows
    text = "大陆集团在华投资。"
    assert _fixed(text, [_span(text, "大陆集团", "ORG")], []) == [("大陆集团", "ORG")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("国务院各部部长出席。", "国务院"),  # each ministry: no office of its own
        ("市人民医院科室主任王明说。", "市人民医院"),  # a 科室 is no office
    ],
)
def test_boundaries_no_office_across_a_determiner_or_a_ward(
    text: str, name: str
) -> None:
    assert _fixed(text, [_span(text, name, "ORG")], []) == [(name, "ORG")]
