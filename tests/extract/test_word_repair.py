"""Tests for kgraph.extract.word_repair: engine words glued across a name."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from kgraph.extract.word_repair import split_glued_words


def test_word_repair_a_conjunction_glued_to_a_name() -> None:
    text = "青山市企业和投资服务局"
    words = [(0, 3, "LOC"), (3, 5, "n"), (5, 11, "c")]
    assert split_glued_words(text, words) == [
        (0, 3, "LOC"),
        (3, 5, "n"),
        (5, 6, "c"),
        (6, 11, "n"),
    ]


def test_word_repair_leaves_plain_words() -> None:
    text = "甲和乙，以及丙"
    words = [(0, 1, "n"), (1, 2, "c"), (2, 3, "n"), (3, 4, "w")]
    words += [(4, 6, "c"), (6, 7, "n")]
    assert split_glued_words(text, words) == words


def test_word_repair_in_the_pipeline() -> None:
    """The glued word no longer cuts the department's name: the post is found."""
    import kgraph

    kg = kgraph.extract_document(
        "发布会上，哈尔滨市企业和投资服务局党组成员、副局长刘向英介绍。", doc_id="d"
    )
    posts = {
        (kg.entity(r.subject).label, kg.entity(r.object).label)
        for r in kg.relations
        if r.predicate.value == "works_for"
    }
    assert ("刘向英", "哈尔滨市企业和投资服务局") in posts


_PIECES = ["和", "（", "）", "投资", "局", "与", "。"]


@given(st.lists(st.sampled_from(_PIECES), max_size=8))
def test_word_repair_parts_tile_the_word(pieces: list[str]) -> None:
    """Whatever the word, its parts cover it exactly, in order."""
    text = "".join(pieces)
    for tag in ("c", "w", "n"):
        parts = split_glued_words(text, [(0, len(text), tag)] if text else [])
        assert "".join(text[s:e] for s, e, _ in parts) == text
        assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))
