"""Tests for kgraph.extract.non_names: places run into fields, languages, dots."""

from __future__ import annotations

import pytest

from kgraph.extract.non_names import drop_non_names


def _names(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    return [text[s:e] for s, e, _ in drop_non_names(text, spans)]


def _span(text: str, name: str, label: str) -> tuple[int, int, str]:
    start = text.index(name)
    return (start, start + len(name), label)


@pytest.mark.parametrize(
    ("text", "name", "label", "kept"),
    [
        ("青湾区发展办公室今天成立。", "青湾区发展", "PLACE", False),
        ("深化閩澳金融合作。", "閩澳金融", "PLACE", False),
        ("在滬深股市上市。", "滬深股市", "PLACE", False),
        ("2021知名企业云川行活动举行。", "云川行", "PLACE", False),
        ("开拓葡语国家市场。", "葡语", "ORG", False),
        ("推动港航融合发展。", "港航融合", "ORG", False),
        ("青山农业合作社成立。", "青山农业合作社", "ORG", True),
        ("王某，男，汉族，1962年生。", "汉族", "ORG", False),
        ("陕、甘、川、宁四省毗邻地区联合会", "宁四省", "PLACE", False),
        ("苏皖两省合作", "苏皖两省", "PLACE", False),
        ("陕、甘、川三省", "甘", "PLACE", False),  # one character: an abbreviation
        ("新建北外环道路", "北", "PLACE", False),
        ("与鑫公司合作", "鑫", "ORG", False),
        ("项目落户青湾镇。", "青湾镇", "PLACE", True),
        ("青山李氏家族企业成立。", "李氏家族", "ORG", True),
        # real places and organisations stay
        ("项目落户青湾经济区。", "青湾经济区", "PLACE", True),
        ("项目落户青湾合作区。", "青湾合作区", "PLACE", True),
        ("青湾区人民政府发布通知。", "青湾区人民政府", "ORG", True),
        ("中国银行发布通知。", "中国银行", "ORG", True),
    ],
)
def test_non_names_are_dropped(text: str, name: str, label: str, kept: bool) -> None:
    assert (_names(text, [_span(text, name, label)]) == [name]) is kept


@pytest.mark.parametrize("dot", ["·", ".", "•"])
def test_dotted_foreign_name_is_one_person(dot: str) -> None:
    text = f"副主席马可{dot}罗西指出"
    spans = [_span(text, "马可", "PERSON"), _span(text, "罗西", "PERSON")]
    assert _names(text, spans) == [f"马可{dot}罗西"]


def test_people_apart_stay_apart() -> None:
    text = "王芳、李强出席"
    spans = [_span(text, "王芳", "PERSON"), _span(text, "李强", "PERSON")]
    assert _names(text, spans) == ["王芳", "李强"]


@pytest.mark.parametrize(
    ("text", "cut", "name"),
    [
        ("青山纸业（云川）有限公司增资", "青山纸业（云川", "青山纸业（云川）有限公司"),
        ("青山科技(云川)集团投资", "青山科技(云川", "青山科技(云川)集团"),
        # no company suffix after the bracket: left as it is
        ("青山纸业（云川）项目开工", "青山纸业（云川", "青山纸业（云川"),
        # cut before the bracket
        ("青山科技(云川)股份有限公司董事会", "青山科技", "青山科技(云川)股份有限公司"),
        ("青山科技（云川）的工厂", "青山科技", "青山科技"),
    ],
)
def test_company_cut_in_bracket_is_closed(text: str, cut: str, name: str) -> None:
    assert _names(text, [_span(text, cut, "ORG")]) == [name]


def test_a_category_of_projects_heads_no_name() -> None:
    text = "其中,开工项目青禾螺蛳粉产业园项目是重点项目。"
    cut = _span(text, "开工项目青禾螺蛳粉产业园", "PLACE")
    assert _names(text, [cut]) == ["青禾螺蛳粉产业园"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("出席第22届中国西部商品交易会。", False),
        ("中国积极参与二十国集团峰会。", True),  # the country acts
        ("第七屆中國(綿陽)科技城國際科技博覽會開幕。", False),
        ("获评“中国茶叶百强企业”称号。", False),
        ("入选中国民营500强。", False),
        ("出口中國香港110億元。", False),
        ("推进中国式现代化。", False),
        ("来源 中国吉林网 记者 王明", False),
        ("赴中国访问。", True),
        ("在中国经常面临融资困境。", True),
        ("中国企业走出去。", True),  # no quote closes a title
        ("中国吉林网络公司成立。", True),  # 网络, no outlet
    ],
)
def test_non_names_country_heading_a_name_it_qualifies(text: str, kept: bool) -> None:
    country = "中國" if "中國" in text else "中国"
    names = _names(text, [_span(text, country, "PLACE")])
    assert names == ([country] if kept else [])


@pytest.mark.parametrize("name", ["世界500强企业", "民营企业百强", "党支部+合作社"])
def test_non_names_a_class_or_model_of_bodies_is_no_organisation(name: str) -> None:
    text = f"引进{name}。"
    assert _names(text, [_span(text, name, "ORG")]) == []


def test_non_names_a_cut_that_closes_a_bracket_it_does_not_open_is_no_name() -> None:
    text = "增资联强国际(中国)投资有限公司。"
    assert _names(text, [_span(text, "中国)投资有限公司", "ORG")]) == []
    assert _names(text, [_span(text, "联强国际(中国)投资有限公司", "ORG")]) == [
        "联强国际(中国)投资有限公司"
    ]


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        (
            "肇庆市日前假洲际酒店举办团拜会。",
            "肇庆市日前假洲际酒店",
            ["肇庆市", "洲际酒店"],
        ),
        ("青禾公司近日在天津成立。", "青禾公司近日在天津", ["青禾公司", "天津"]),
        ("今日头条发布报告。", "今日头条", ["今日头条"]),  # no preposition: a name
    ],
)
def test_non_names_a_name_never_runs_across_a_time_word(
    text: str, name: str, kept: list[str]
) -> None:
    assert _names(text, [_span(text, name, "ORG")]) == kept


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("通州地区企业发展快。", "通州地区", ["通州"]),
        ("平潭一带风大。", "平潭一带", ["平潭"]),
        ("珠三角地区企业发展快。", "珠三角地区", ["珠三角地区"]),  # a region's own name
    ],
)
def test_non_names_a_division_with_a_word_for_its_land_is_the_division(
    text: str, name: str, kept: list[str]
) -> None:
    assert _names(text, [_span(text, name, "PLACE")]) == kept


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("与平潭一水之隔。", "平潭一水", ["平潭"]),  # a division run into words
        ("参观东方明珠。", "东方明珠", ["东方明珠"]),  # a name in the division
        ("漫步上海外滩。", "上海外滩", ["上海外滩"]),
        ("住在天水宾馆。", "天水宾馆", ["天水宾馆"]),  # a hotel in the division
        ("嘉兴南湖风光好。", "嘉兴南湖", ["嘉兴南湖"]),  # two places, left as found
    ],
)
def test_non_names_a_division_run_into_a_word_is_the_division(
    text: str, name: str, kept: list[str]
) -> None:
    assert _names(text, [_span(text, name, "PLACE")]) == kept


def test_non_names_a_park_and_the_company_in_it_are_two_names() -> None:
    text = "在攸县高新区返乡创业园湖南省澜科新创电子有限公司车间内。"
    name = "攸县高新区返乡创业园湖南省澜科新创电子有限公司"
    found = drop_non_names(text, [_span(text, name, "ORG")])
    assert [(text[s:e], label) for s, e, label in found] == [
        ("攸县高新区返乡创业园", "PLACE"),
        ("湖南省澜科新创电子有限公司", "ORG"),
    ]
    # a company whose registered name holds a park word stays whole
    text = "青禾开发区建设有限公司成立。"
    assert _names(text, [_span(text, "青禾开发区建设有限公司", "ORG")]) == [
        "青禾开发区建设有限公司"
    ]
