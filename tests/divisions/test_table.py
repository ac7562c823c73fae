"""Tests for kgraph.divisions.table: division codes, linked only when unambiguous."""

from __future__ import annotations

import pytest

from kgraph.divisions.table import link_places, load_divisions


def test_admin_table_is_the_official_snapshot() -> None:
    table = load_divisions()
    assert table.data_as_of == "2025-12-31"
    assert len([d for d in table.by_code.values() if d.level == 4]) == 38723


def test_admin_dongcheng_street_in_huangyan() -> None:
    # the example: 台州市黄岩区东城街道
    linked = link_places(
        ["台州市", "黄岩区", "东城街道"],
        parents={"东城街道": "黄岩区", "黄岩区": "台州市"},
    )
    assert linked["东城街道"].code == "331003001"
    path = [d.code for d in load_divisions().path(linked["东城街道"].code)]
    assert path == ["330000", "331000", "331003", "331003001"]


@pytest.mark.parametrize(
    ("names", "name", "code"),
    [
        (["嘉兴"], "嘉兴", "330400"),  # a bare city name
        (["黄岩", "台州市"], "黄岩", "331003"),  # a bare county beside its city
        (["建德", "建德市"], "建德", "330182"),  # ... or its own full name
        (["浙江"], "浙江", "330000"),
        (["南湖区", "七星街道"], "七星街道", "330402012"),  # context picks 1 of 5
    ],
)
def test_admin_links(names: list[str], name: str, code: str) -> None:
    assert link_places(names)[name].code == code


@pytest.mark.parametrize(
    "names",
    [
        ["东城街道"],  # 38 of them, no context
        ["安徽省", "东城街道"],  # a province says too little about a street
        ["人民路"],  # not a division
    ],
)
def test_admin_ambiguous_left_unlinked(names: list[str]) -> None:
    assert names[-1] not in link_places(names)


def test_admin_bare_name_never_a_town() -> None:
    # 壶镇 is a bare name; only 壶镇镇 names the town
    assert "壶镇" not in link_places(["壶镇"])


def test_link_places_bare_county_name_needs_its_prefecture() -> None:
    # 南海 is Foshan's 南海区 only beside another place of Foshan
    assert "南海" not in link_places(["南海"])
    assert "南海" not in link_places(["南海", "海口市"])
    assert link_places(["南海", "佛山市"])["南海"].name == "南海区"
    # written with its suffix it is a name, not a common word
    assert link_places(["南海区"])["南海区"].name == "南海区"
    # a city written inside an organisation's name pins it down too
    assert "南海" in link_places(["南海"], hints=["佛山市"])


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("阿坝州", "阿坝藏族羌族自治州"),
        ("黔东南州", "黔东南苗族侗族自治州"),
        ("长阳县", "长阳土家族自治县"),
    ],
)
def test_admin_autonomous_division_by_its_short_form(short: str, full: str) -> None:
    table = load_divisions()
    assert [d.name for d in table.candidates(short)] == [full]


def test_admin_short_form_never_shadows_an_official_name() -> None:
    # 海南 heads 海南藏族自治州, yet the province keeps its own name
    table = load_divisions()
    assert table.short_form("海南省") == ()
    assert [d.name for d in table.candidates("海南省")] == ["海南省"]
