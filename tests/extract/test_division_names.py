"""Tests for kgraph.extract.division_names: the division table as gazetteer."""

from __future__ import annotations

from kgraph.extract.division_names import division_places


def _chars(text: str) -> list[tuple[int, int, str]]:
    """One engine word per character: every position is a word start."""
    return [(i, i + 1, "n") for i in range(len(text))]


def _found(text: str, spans: list[tuple[int, int, str]], words=None) -> list[str]:  # type: ignore[no-untyped-def]
    found = division_places(text, spans, words if words is not None else _chars(text))
    return [text[s:e] for s, e, _ in found]


def test_full_name_replaces_a_cut_place() -> None:
    # the engine cut 镶黄旗 to 黄旗
    assert _found("项目落户镶黄旗。", [(5, 7, "PLACE")]) == ["镶黄旗"]


def test_full_name_across_two_words_is_no_place() -> None:
    text = "建设现代化新兴城市"
    words = [(0, 2, "v"), (2, 5, "n"), (5, 7, "a"), (7, 9, "n")]
    assert _found(text, [], words) == []


def test_name_inside_an_organisation_is_left() -> None:
    text = "双牌县人民政府发布通知"
    assert _found(text, [(0, 7, "ORG")]) == []


def test_a_known_place_inside_is_kept() -> None:
    # 永州 is a division's name already: the longer match does not replace it
    assert _found("永州市", [(0, 2, "PLACE")]) == []


def test_bare_county_needs_its_prefecture() -> None:
    text = "湖南永州江永、双牌等县"
    spans = [(0, 2, "PLACE"), (2, 4, "PLACE"), (4, 6, "PERSON")]
    assert _found(text, spans) == ["江永", "双牌"]
    assert _found("江永、双牌等县", [(0, 2, "PERSON")]) == []


def test_suffix_run_into_a_word_is_no_place() -> None:
    assert _found("海宁市场监管局", []) == []


def test_bare_county_as_a_word_of_its_own() -> None:
    text = "银川市。项目落户贺兰,将投产。"
    words = [(0, 3, "LOC"), (3, 4, "w"), (4, 6, "n"), (6, 8, "v"), (8, 10, "LOC")]
    assert _found(text, [(0, 3, "PLACE")], words) == ["贺兰"]
    # without its prefecture in the article, a bare name is left
    assert _found(text[4:], [], [(0, 2, "n"), (2, 4, "v"), (4, 6, "LOC")]) == []


def test_bare_county_after_a_settling_verb_even_as_a_common_word() -> None:
    # the engine read 贺兰 as a common noun; 落户 says it is where the plant goes
    text = "银川市。项目落户贺兰,将投产。"
    words = [(0, 3, "LOC"), (3, 4, "w"), (4, 6, "n"), (6, 8, "v"), (8, 10, "n")]
    assert _found(text, [(0, 3, "PLACE")], words) == ["贺兰"]
    text = "银川市。项目选址于贺兰。"
    words = [(0, 3, "LOC"), (3, 4, "w"), (4, 6, "n"), (6, 9, "v"), (9, 11, "n")]
    assert _found(text, [(0, 3, "PLACE")], words) == ["贺兰"]


def test_a_street_of_many_prefectures_pins_none() -> None:
    # 七星街道 is a street in several prefectures: it pins none of them, so the
    # bare word 资源 (资源县 of Guilin) stays a word
    text = "七星街道推进资源联动"
    words = [(0, 4, "LOC"), (4, 6, "v"), (6, 8, "n"), (8, 10, "vn")]
    assert _found(text, [(0, 4, "PLACE")], words) == []


def test_bare_county_read_as_a_common_word_is_left() -> None:
    # 光明 is a district's name and a word: the engine's tag says which
    text = "深圳市。前途光明。"
    words = [(0, 3, "LOC"), (3, 4, "w"), (4, 6, "n"), (6, 8, "a")]
    assert _found(text, [(0, 3, "PLACE")], words) == []
