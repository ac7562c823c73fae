"""Tests for kgraph.extract.abbreviations: runs of one-character place abbreviations."""

from __future__ import annotations

import pytest

from kgraph.extract.abbreviations import fix_abbreviations


def _names(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    return [text[s:e] for s, e, _ in fix_abbreviations(text, spans)]


def _span(text: str, name: str, label: str = "PLACE") -> tuple[int, int, str]:
    start = text.index(name)
    return (start, start + len(name), label)


@pytest.mark.parametrize("run", ["疆港", "闽台", "中俄", "湘鄂区域", "中葡", "中欧"])
def test_abbreviations_run_is_no_place(run: str) -> None:
    text = f"推动{run}两地企业合作。"
    assert _names(text, [_span(text, run)]) == []


@pytest.mark.parametrize("region", ["澳区", "港区"])
def test_abbreviations_region_of_a_national_body_is_no_place(region: str) -> None:
    text = f"{region}全国政协委员发言。"
    assert _names(text, [_span(text, region)]) == []
    # a port zone named in full stays
    text = "洋浦港区开工。"
    assert _names(text, [_span(text, "洋浦港区")]) == ["洋浦港区"]


def test_abbreviations_a_verb_before_a_route_stays_out_of_it() -> None:
    text = "大桥跨越皖赣铁路。"
    assert _names(text, [_span(text, "赣铁路")]) == ["皖赣铁路"]


@pytest.mark.parametrize("name", ["贵港", "新疆", "辽宁"])
def test_abbreviations_known_names_stay(name: str) -> None:
    text = f"推动{name}企业合作。"
    assert _names(text, [_span(text, name)]) == [name]


def test_abbreviations_route_is_one_place() -> None:
    text = "新桥穿越湘黔铁路,连通中俄乌铁路。"
    spans = [_span(text, "湘"), _span(text, "黔铁路"), _span(text, "中俄", "ORG")]
    spans.append(_span(text, "乌铁路"))
    assert _names(text, spans) == ["湘黔铁路", "中俄乌铁路"]


def test_abbreviations_route_without_entity_is_left() -> None:
    text = "沿着湘黔铁路前行。"
    assert _names(text, []) == []


def test_abbreviations_region_word_before_cooperation_is_trimmed() -> None:
    text = "参加北部湾区域合作论坛。"
    assert _names(text, [_span(text, "北部湾区域")]) == ["北部湾"]


def test_abbreviations_zone_named_elsewhere_stays() -> None:
    text = "青石区域发展迅速。青石区域位于城东。"
    spans = [_span(text, "青石区域"), (9, 13, "PLACE")]
    assert _names(text, spans) == ["青石区域", "青石区域"]


@pytest.mark.parametrize("name", ["苏英", "秦德", "韩泰"])
def test_abbreviations_a_persons_name_is_no_run(name: str) -> None:
    text = f"工人{name}说。"
    assert _names(text, [_span(text, name, "PERSON")]) == [name]


@pytest.mark.parametrize("label", ["PLACE", "ORG", "PERSON"])
@pytest.mark.parametrize("word", ["浙企", "苏商", "川籍", "港澳企"])
def test_abbreviations_a_regions_class_is_no_name(word: str, label: str) -> None:
    text = f"许多{word}代表到访。"
    start = text.index(word)
    assert fix_abbreviations(text, [(start, start + len(word), label)]) == []


def test_abbreviations_a_name_ending_in_a_class_word_stays() -> None:
    text = "青禾商会代表到访。"
    assert fix_abbreviations(text, [(0, 4, "ORG")]) == [(0, 4, "ORG")]
