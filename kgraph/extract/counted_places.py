"""Places listed under one count and level word: ``大桥镇东湖、西岭、南山3个村``.

County and town reports name the villages (communities, towns) of a place by
listing their bare names, then counting them with the level word they share:
``东湖、西岭、南山3个村``. Each name of the list is a place of that level, and
``part_of`` the place written right before the list (``大桥镇``), when that
place is of a higher level. The list holds two names or more, each of two to
four characters, joined by ``、`` (or ``和``/``及`` before the last); the count
must match the number of names, so that a list of something else that happens
to end in a count (``3个村``) is left alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kgraph.extract.extensions import RelationMention, doc_text
from kgraph.extract.lexicon import ADMIN_LEVEL, admin_level
from kgraph.extract.numerals import numeral_value
from kgraph.types import EntityType, Predicate

__all__ = ["counted_places"]

_PLACE = EntityType.PLACE.value
_NAME = r"(?:(?!等)[\u4e00-\u9fff]){2,4}"  # 等 ends a list, in no name
#: the level words a list of places is counted with
_LEVEL_WORDS = ("村", "社区", "镇", "乡", "街道")
_LIST_RE = re.compile(
    rf"(?P<names>{_NAME}(?:、{_NAME})*(?:[、和及]{_NAME}))"
    r"(?:等)?(?P<count>[0-9０-９一二两三四五六七八九十]{1,3})个"
    rf"(?P<level>{'|'.join(_LEVEL_WORDS)})"
)


#: a name of the list, between its joins
_PIECE = re.compile(r"[^、和及]+")


def counted_places(
    doc: Doc, spans: list[Span]
) -> tuple[list[Span], list[RelationMention]]:
    """The places of counted lists, and their ``part_of`` the place before them.

    Parameters
    ----------
    doc : Doc
        The document (its text is read in simplified characters).
    spans : list of Span
        The entity spans found so far.

    Returns
    -------
    (list of Span, list of RelationMention)
        PLACE spans for the listed names no span covers yet, and one ``part_of``
        per listed name.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("大桥镇东湖、西岭和南山3个村集体收入增长。")
    >>> places, links = counted_places(doc, [doc.char_span(0, 3, "PLACE")])
    >>> [p.text for p in places]
    ['东湖', '西岭', '南山']
    >>> [doc.text[r.object[0] : r.object[1]] for r in links]
    ['大桥镇', '大桥镇', '大桥镇']
    """
    text = doc_text(doc)
    taken = {(s.start_char, s.end_char): s for s in spans}
    places: list[Span] = []
    links: list[RelationMention] = []
    for holder in (s for s in spans if s.label_ == _PLACE):
        found = _LIST_RE.match(text, holder.end_char)
        if found is None or not _counts(found):
            continue
        if admin_level(holder.text) <= ADMIN_LEVEL[found["level"]]:
            continue  # 东湖 of 大桥镇, not 大桥镇 of a village
        listed = _listed(doc, found, taken)
        places += [s for s in listed if (s.start_char, s.end_char) not in taken]
        sentence = (holder.start_char, found.end())
        links += [
            RelationMention(
                Predicate.PART_OF,
                (span.start_char, span.end_char),
                (holder.start_char, holder.end_char),
                sentence,
                0.8,
                extractor="kgraph_relations",
            )
            for span in listed
        ]
    return places, links


def _counts(found: re.Match[str]) -> bool:
    """Whether the count written after the list is the number of its names."""
    try:
        count = int(numeral_value(found["count"]))
    except (ValueError, ArithmeticError):
        return False
    pieces = _PIECE.findall(found["names"])
    return count == len(pieces) and all(2 <= len(p) <= 4 for p in pieces)


def _listed(
    doc: Doc, found: re.Match[str], taken: dict[tuple[int, int], Span]
) -> list[Span]:
    """A span per listed name: the one found already, else a new PLACE."""
    listed = []
    start = found.start("names")
    for name in _PIECE.finditer(found["names"]):
        lo, hi = start + name.start(), start + name.end()
        span = taken.get((lo, hi))
        if span is None:
            if any(lo < e and s < hi for s, e in taken):
                return []  # a name already read otherwise: not this list
            span = doc.char_span(lo, hi, _PLACE)
            if span is None:
                return []
        listed.append(span)
    return listed
