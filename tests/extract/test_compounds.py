"""Tests for kgraph.extract.compounds: names grown from the engine's words."""

from __future__ import annotations

import re

from kgraph.extract.compounds import EngineWords, compound_names

_COOPERATIVE = re.compile("合作社")


def _words(text: str, cut: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for word, tag in cut:
        assert text.startswith(word, at)
        out.append((at, at + len(word), tag))
        at += len(word)
    return out


_TAIL = [("水稻", "n"), ("专业", "n"), ("合作社", "n")]


def test_compounds_a_village_lends_its_name_to_what_is_named_after_it() -> None:
    text = "青禾村村民加入了青禾水稻专业合作社"
    cut = [("青禾村", "LOC"), ("村民", "n"), ("加入", "v"), ("了", "u")]
    words = _words(text, [*cut, ("青禾", "a"), *_TAIL])
    names = compound_names(EngineWords(words, text), _COOPERATIVE, "ORG")
    assert [text[s:e] for s, e, _ in names] == ["青禾水稻专业合作社"]


def test_compounds_the_last_place_of_a_chain_read_as_one_word() -> None:
    text = "东岭镇青禾村村民加入了青禾水稻专业合作社"
    cut = [("东岭镇青禾村", "LOC"), ("村民", "n"), ("加入", "v"), ("了", "u")]
    words = _words(text, [*cut, ("青禾", "a"), *_TAIL])
    names = compound_names(EngineWords(words, text), _COOPERATIVE, "ORG")
    assert [text[s:e] for s, e, _ in names] == ["青禾水稻专业合作社"]


def test_compounds_no_local_name_no_core() -> None:
    text = "村民加入了青禾水稻专业合作社"
    cut = [("村民", "n"), ("加入", "v"), ("了", "u"), ("青禾", "a"), *_TAIL]
    words = _words(text, cut)
    assert compound_names(EngineWords(words, text), _COOPERATIVE, "ORG") == []
