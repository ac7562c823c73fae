"""Tests for kgraph.extract.defined_names: short names an article defines."""

from __future__ import annotations

import pytest

import kgraph
from kgraph.extract.defined_names import defined_names


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "香港中华总商会(下称“中总”)访问肇庆。中总会长致辞。",
            "香港中华总商会",
            "中总",
        ),
        (
            "中国电子科技集团有限公司（以下简称「中国电科」）签约。",
            "中国电子科技集团有限公司",
            "中国电科",
        ),
        ("青禾科技有限公司(简称青禾)扩产。", "青禾科技有限公司", "青禾"),
    ],
)
def test_defined_names_inside_the_bracket_and_after(
    text: str, full: str, short: str
) -> None:
    start = text.index(full)
    found = defined_names(text, [(start, start + len(full), "ORG")])
    uses = text.count(short) - full.count(short)  # not inside the full name
    assert [text[s:e] for s, e, _ in found] == [short] * uses
    assert {label for _, _, label in found} == {"ORG"}


def test_defined_names_need_the_defining_word() -> None:
    text = "青禾科技有限公司(杭州)扩产。"
    assert defined_names(text, [(0, 8, "ORG")]) == []


def test_defined_names_a_role_is_no_name() -> None:
    text = "青禾科技有限公司(以下简称“公司”)与其他公司签约。"
    assert defined_names(text, [(0, 8, "ORG")]) == []


def test_defined_names_become_aliases_of_the_full_name() -> None:
    kg = kgraph.extract_document(
        "香港中華總商會(下稱「中總」)訪問肇慶。中總會長致辭。", doc_id="d"
    )
    (org,) = [e for e in kg.entities if e.type.value == "ORG"]
    assert org.label == "香港中華總商會"
    assert "中總" in org.aliases and len(org.mentions) == 3


@pytest.mark.parametrize("short", ["合资公司", "园区", "本公司"])
def test_defined_names_a_kind_of_body_or_place_is_no_name(short: str) -> None:
    text = f"青禾科技有限公司(以下简称“{short}”)扩产。"
    assert defined_names(text, [(0, 8, "ORG")]) == []


def test_defined_names_a_use_starts_a_word() -> None:
    text = "香港中华总商会(下称“中总”)访问。会议集中总结了经验,与中总商定合作。"
    found = defined_names(text, [(0, 7, "ORG")])
    # inside the bracket and after 与, not inside 集中总结
    assert [s for s, _, _ in found] == [text.index("中总"), text.rindex("中总")]


def test_defined_names_the_longest_short_name_first() -> None:
    text = (
        "青禾科技股份有限公司（下称：青禾）前身为"
        "青禾证券研究有限公司（下称：青禾证券）。"
    )
    first, second = (
        text.index("青禾科技股份有限公司"),
        text.index("青禾证券研究有限公司"),
    )
    spans = [(first, first + 10, "ORG"), (second, second + 10, "ORG")]
    found = defined_names(text, spans)
    assert [text[s:e] for s, e, _ in found] == ["青禾", "青禾证券"]
