"""Tests for kgraph.extract.user_entries: a dictionary kept in the pipeline."""

from __future__ import annotations

from pathlib import Path

import spacy

import kgraph
from kgraph.extract.user_entries import ENTRIES_FILE

TEXT = "衍视发布新品，青禾湾落成。"


def _names(nlp, text: str = TEXT) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {(s.text, s.label_) for s in doc.spans["kgraph"]}


def _dictionary(tmp_path: Path) -> Path:
    path = tmp_path / "names.txt"
    path.write_text("衍视\tORG\n青禾湾\tPLACE\n", encoding="utf-8")
    return path


def test_user_entries_saved_with_the_pipeline(tmp_path: Path) -> None:
    """nlp.to_disk keeps the entries; spacy.load finds them with the file gone."""
    dictionary = _dictionary(tmp_path)
    nlp = kgraph.load(engine="jieba", user_dictionary=dictionary)
    assert {("衍视", "ORG"), ("青禾湾", "PLACE")} <= _names(nlp)
    saved = tmp_path / "pipeline"
    nlp.to_disk(saved)
    dictionary.unlink()  # the saved pipeline does not need the file
    assert (saved / "kgraph_entities" / ENTRIES_FILE).is_file()
    again = spacy.load(saved)
    assert again.pipe_names == nlp.pipe_names
    assert _names(again) == _names(nlp)


def test_user_entries_to_bytes(tmp_path: Path) -> None:
    nlp = kgraph.load(engine="jieba", user_dictionary=_dictionary(tmp_path))
    copy = kgraph.load(engine="jieba").from_bytes(nlp.to_bytes())
    assert _names(copy) == _names(nlp)


def test_user_entries_the_default_tokenizer_is_spacys_own() -> None:
    """spaCy's char segmenter, which spacy.load rebuilds from the config."""
    nlp = kgraph.load(engine="jieba")
    assert type(nlp.tokenizer).__name__ == "ChineseTokenizer"
    assert nlp.tokenizer.segmenter == "char"
