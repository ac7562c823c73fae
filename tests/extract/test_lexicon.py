"""Tests for kgraph.extract.lexicon: the genre's word lists."""

from __future__ import annotations

from kgraph.extract.lexicon import GOVERNMENT_LEVELS, LEVEL_HEADS, TITLES


def test_heads_of_units_are_posts() -> None:
    assert {"社长", "厅长", "州长", "旗长", "庭长", "总编辑"} <= set(TITLES)
    assert {"执行长", "总干事", "厂长", "首席运营官"} <= set(TITLES)


def test_every_levels_head_and_deputies_are_posts() -> None:
    # the grammar (常务|执行)?副?<level>长, not a list: 省长 was once missing
    assert {"省长", "副省长", "常务副省长", "副盟长", "乡长"} <= set(TITLES)
    assert len(LEVEL_HEADS) == 4 * len(GOVERNMENT_LEVELS)


def test_farms_and_cooperatives_are_organisations() -> None:
    import kgraph

    kg = kgraph.extract_document("合作社与青禾农庄、星河牧场签订了订单。", doc_id="d")
    orgs = {e.label for e in kg.entities if e.type.value == "ORG"}
    assert {"青禾农庄", "星河牧场"} <= orgs
