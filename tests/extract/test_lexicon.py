"""Tests for kgraph.extract.lexicon: the genre's word lists."""

from __future__ import annotations

from kgraph.extract.lexicon import TITLES


def test_heads_of_units_are_posts() -> None:
    assert {"社长", "厅长", "州长", "旗长", "庭长", "总编辑"} <= set(TITLES)
