"""Tests for kgraph.extract.company_lists: names listed before a count of companies."""

from __future__ import annotations

import pytest

from kgraph.extract.company_lists import listed_companies


def _listed(text: str, spans: list[tuple[int, int, str]] | None = None) -> list[str]:
    return [text[s:e] for s, e, _ in listed_companies(text, spans or [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "区长代表本区,与青禾置业、星河动力、甲乙信安等9家企业签约。",
            ["青禾置业", "星河动力", "甲乙信安"],
        ),
        # a kind of companies and 有 before the first item
        (
            "其中,央企类有青禾置业、星河动力、甲乙科技3家企业;",
            ["青禾置业", "星河动力", "甲乙科技"],
        ),
        ("，中国有色集团、星河矿业等企业", ["中国有色集团", "星河矿业"]),
        ("，青禾科技有限公司、星河动力等企业", ["青禾科技有限公司", "星河动力"]),
        # a verb may open the run: a long first item without a lead is left
        ("引进青禾科技、星河新材等一批龙头企业", ["星河新材"]),
        ("，青禾、星河新材等一批龙头企业", ["青禾", "星河新材"]),
        # a count with 多/余 and the companies' sorts (大型, 台资, 民营)
        ("，青禾电子、星河光电等100多家台资企业", ["青禾电子", "星河光电"]),
        ("，青禾、星河光电等20余家大型民营企业", ["青禾", "星河光电"]),
    ],
)
def test_listed_companies_items(text: str, expected: list[str]) -> None:
    assert _listed(text) == expected


def test_listed_companies_no_close_without_a_sort_of_companies() -> None:
    assert _listed("通过招商、引资等方式推进企业发展") == []


def test_listed_companies_needs_two_items() -> None:
    assert _listed("与青禾置业等企业签约") == []


def test_listed_companies_leaves_a_list_of_places() -> None:
    text = "来自嘉兴、湖州等3家企业"
    spans = [(2, 4, "PLACE"), (5, 7, "PLACE")]
    assert _listed(text, spans) == []


def test_listed_companies_needs_the_lists_edge() -> None:
    # the run before the first item has no punctuation or lead word within reach
    assert _listed("这是一个非常非常长的没有标点的句子里的甲乙、丙丁等企业") == []


def test_listed_companies_one_item_read_as_a_place_is_a_company() -> None:
    text = "与青禾置业、江南信安、星河动力等9家企业签约"
    assert _listed(text, [(6, 10, "PLACE")]) == ["青禾置业", "江南信安", "星河动力"]


@pytest.mark.parametrize(
    "text",
    [
        "今年，园区引进食品、医药、化工等企业。",  # sectors, not companies
        "与青禾置业、星河动力、其他12家企业签约。",  # 其他 is no name
    ],
)
def test_listed_companies_no_names(text: str) -> None:
    assert "其他" not in _listed(text)
    assert "医药" not in _listed(text)


def test_listed_companies_lead_word_inside_a_name_stays() -> None:
    assert _listed("，如意集团、红豆集团等企业参展。") == ["如意集团", "红豆集团"]
