"""Doc extension attributes shared by the kgraph components, and the relation record."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from kgraph.types import Predicate

__all__ = [
    "SPANS_KEY",
    "TEXT_CACHE_KEY",
    "RelationMention",
    "doc_text",
    "register_extensions",
]

#: ``doc.spans`` key holding every kgraph entity span (PERSON ORG PLACE PROJECT MONEY).
SPANS_KEY = "kgraph"

_EXTENSIONS: dict[str, object] = {
    # the text as given, before line-break repair
    "kg_source": None,
    # per character of doc.text (and one past the end): its index into kg_source
    "kg_offsets": None,
    # the repaired text in the characters the source wrote, where doc.text is its
    # simplified reading (same length; None for a text in simplified characters)
    "kg_surface": None,
    # NER engine tokens: (start_char, end_char, tag) over doc.text
    "kg_words": None,
    # RelationMention records written by kgraph_relations
    "kg_relations": None,
    # (start_char, end_char) of each MONEY span -> (Measure, period or None),
    # written by kgraph_measures
    "kg_amounts": None,
    # (start_char, end_char) of a MONEY span whose text alone is no amount (a
    # bare number under a 单位：万元 header) -> its Money, set by kgraph_money
    "kg_money": None,
    # the document id, set by kgraph.build
    "kg_doc_id": None,
}


@dataclass(frozen=True, slots=True)
class RelationMention:
    """A relation read from one Doc, before entities are merged into a graph.

    ``subject`` and ``object`` are ``(start_char, end_char)`` of entity spans in
    ``doc.spans[SPANS_KEY]``; a ``subject`` of ``None`` stands for the article
    itself (bylines and photo credits). ``sentence`` is the evidence sentence.
    """

    predicate: Predicate
    subject: tuple[int, int] | None
    object: tuple[int, int]
    sentence: tuple[int, int]
    confidence: float = 1.0
    role: str | None = None
    extractor: str = "kgraph_relations"


#: the ``doc.user_data`` key where `doc_text` keeps the joined text
TEXT_CACHE_KEY = _TEXT_KEY = "kgraph_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc and kept in ``doc.user_data``.

    spaCy joins the tokens again on every ``doc.text``; with one token per
    character that is a tenth of the pipeline's time when every component asks.
    A Doc's text never changes (retokenizing keeps it), so the first join holds.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("南湖区")
    >>> doc_text(doc) == doc.text == doc.user_data["kgraph_text"]
    True
    """
    text = doc.user_data.get(_TEXT_KEY)
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not isinstance(text, str) or len(text) != length:  # a copy of another Doc's
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def register_extensions() -> None:
    """Register kgraph's ``Doc._`` attributes once (safe to call again).

    Examples
    --------
    >>> register_extensions()
    >>> Doc.has_extension("kg_relations")
    True
    """
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
