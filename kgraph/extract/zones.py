"""Zones and facilities named after the place they lie in: ``沅江市船舶小镇``.

Regional news names a zone, park or base by the place it lies in, a short
descriptor and a zone ending (``永春县轻工基地``, ``某某高新区站前片区``);
an engine splits the whole into the place and common
nouns, or keeps only a generic ``工业园区`` after its divisions
(``柳州市鱼峰区工业园区``). The rules of this module:

* a zone ending after a place name and a descriptor of at most four
  characters of common nouns (no verb, no function word) is one PLACE from
  the place on; a descriptor with a name of its own (``湘家荡`` of
  ``南湖区湘家荡小镇``) makes a zone of its own, the place before it apart;
* a bare generic park word (``工业园区``) written right after a division is
  that division's park: one PLACE with the division;
* the divisions written right before such a zone stay at the head of its name;
* a zone written after a location verb (``在``, ``落户``, ``入驻``, ``位于``) with
  a named core before its ending (``在草堂科技产业基地``) is a PLACE.

A bare zone word (``基地``, ``园区``) is never an entity; a zone that opens a
project name (``…产业园项目``) is left to the project.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span

from kgraph.divisions.table import DivisionTable, load_divisions
from kgraph.extract.extensions import RelationMention
from kgraph.extract.lexicon import PARK_SUFFIXES, admin_level
from kgraph.extract.park_chains import chain_links
from kgraph.extract.spanindex import SpanIndex
from kgraph.types import EntityType

__all__ = ["find_zones", "zone_heads"]

_Span = tuple[int, int, str]
_Word = tuple[int, int, str]
_PLACE, _PROJECT = EntityType.PLACE.value, EntityType.PROJECT.value
#: endings of zones and facilities a place names (the parks and a few more)
_ZONE_ENDS = (*PARK_SUFFIXES, "基地", "化工园", "新城")
_ZONE_RE = re.compile(
    "|".join(sorted(map(re.escape, _ZONE_ENDS), key=len, reverse=True))
)
_PARK_END = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, _ZONE_ENDS), key=len, reverse=True)) + ")$"
)
#: generic park words that name a division's own park right after it
_GENERIC_PARKS = frozenset(
    {"工业园区", "产业园区", "科技园区", "园区", "工业园", "产业园", "开发区", "高新区"}
)
_MAX_DESCRIPTOR = 4
_MAX_CORE = 8
_LONG_WORD = 4
_LONGEST_DIVISION = 8
#: tags of words that may describe a zone (a one-character verb is an engine's cut)
_DESCRIPTOR_TAGS = frozenset({"n", "nz", "nw", "LOC", "ORG", "j", "vn", "an", "f", "s"})
_CORE_TAGS = frozenset({"ORG", "LOC", "PER", "nz", "nw", "j"})
_NAME_TAGS = _CORE_TAGS | {"n", "vn", "an"}
#: a location verb right before a zone's name
_LOCATION_CUE = re.compile("(?:在|落户|入驻|位于|选址于?|落地|建在)$")
#: what follows a zone that is part of a longer name
_LONGER_NAME = re.compile("(?:项目|有限|公司|集团|管委会|管理委员会)")


def find_zones(text: str, words: list[_Word], spans: list[_Span]) -> list[_Span]:
    """PLACE spans of zones named by their place, descriptor and ending.

    Parameters
    ----------
    text
        The document text.
    words
        The engine's ``(start, end, tag)`` words.
    spans
        The entity spans found so far (their places are the zones' heads).

    Examples
    --------
    >>> text = "项目选址于永春县轻工基地。"
    >>> words = [(0, 2, "n"), (2, 4, "v"), (4, 5, "p"), (5, 8, "LOC"),
    ...          (8, 10, "n"), (10, 12, "n"), (12, 13, "w")]
    >>> [text[s:e] for s, e, _ in find_zones(text, words, [(5, 8, "PLACE")])]
    ['永春县轻工基地']
    """
    ends = {w[1] for w in words}
    places = _place_heads(text, words, spans)
    by_end: dict[int, tuple[int, int]] = {}
    for place in sorted(places):
        by_end.setdefault(place[1], place)
    found: list[_Span] = []
    for m in _ZONE_RE.finditer(text):
        s, e = m.span()
        if e not in ends or _LONGER_NAME.match(text, e):
            continue
        start = _after_place(text, words, by_end, s, m.group())
        if start is None:
            start = _after_cue(text, words, s)
        if start is not None and start < s:
            found.append((start, e, _PLACE))
    projects = SpanIndex(s for s in spans if s[2] == _PROJECT)
    others = SpanIndex(s for s in spans if s[2] != _PROJECT)
    return [
        z
        for z in _longest(found)
        if not _inside_any(z, projects)
        and all(z[0] <= s and e <= z[1] for s, e in others.overlapping(z))
    ]


def _place_heads(
    text: str, words: list[_Word], spans: list[_Span]
) -> set[tuple[int, int]]:
    """Places that may head a zone's name: divisions and parks by name or table."""
    table = load_divisions()
    heads = {(s, e) for s, e, label in spans if label == _PLACE}
    heads |= {(s, e) for s, e, tag in words if tag == "LOC"}
    out = set()
    for s, e in heads:
        name = text[s:e]
        if admin_level(name) > 0 or _PARK_END.search(name) or table.candidates(name):
            out.add((s, e))
        elif len(name) > 1 and admin_level(name[:-1]) > 0:
            out.add((s, e))  # the engine ran a division into the next word (…区马)
    return out


def _after_place(
    text: str,
    words: list[_Word],
    by_end: dict[int, tuple[int, int]],
    s: int,
    ending: str,
) -> int | None:
    """Start of ``<place><descriptor><ending>`` ending at ``s``, or None."""
    for gap in range(_MAX_DESCRIPTOR + 1):
        place = by_end.get(s - gap)
        if place is None:
            continue
        descriptor = (s - gap, s)
        if gap == 0 and (
            ending not in _GENERIC_PARKS or admin_level(text[place[0] : place[1]]) == 0
        ):
            continue  # 湖州+科技园 is a name of its own, not a division's park
        if gap and not _descriptive(text, words, descriptor):
            continue
        return _divisions_before(text, by_end, place[0])
    return None


def _descriptive(text: str, words: list[_Word], span: tuple[int, int]) -> bool:
    """Whether the words over ``span`` describe a zone (nouns, no verb or particle)."""
    inside = [w for w in words if w[0] < span[1] and span[0] < w[1]]
    if not inside or not all(
        "\u4e00" <= c <= "\u9fff" for c in text[span[0] : span[1]]
    ):
        return False
    for start, end, tag in inside:
        if tag in _CORE_TAGS and start >= span[0]:
            return False  # a zone with a name of its own (湘家荡小镇) stands alone
        if tag in _DESCRIPTOR_TAGS or end - start == 1:
            continue
        if start < span[0] or end > span[1]:
            continue  # a word the engine ran over the place or the ending
        return False
    return True


def _divisions_before(text: str, by_end: dict[int, tuple[int, int]], start: int) -> int:
    """Extend ``start`` left over the divisions written right before it."""
    while (place := by_end.get(start)) is not None and admin_level(
        text[place[0] : place[1]]
    ) > 0:
        start = place[0]
    return start


_AFTER_ALL = 1 << 62  # sorts after any (start, end, tag) with the same start


def _after_cue(text: str, words: list[_Word], s: int) -> int | None:
    """Start of a named zone right after a location verb (``在草堂科技产业基地``)."""
    # the engine's words are in text order: bisect to the one holding s
    first = bisect.bisect_right(words, (s, _AFTER_ALL)) - 1
    if first < 0 or not words[first][0] <= s < words[first][1]:
        return None
    core = words[first][0] < s and words[first][2] in _CORE_TAGS
    i = first - 1
    while i >= 0:
        start, end, tag = words[i]
        if tag not in _NAME_TAGS or s - start > _MAX_CORE:
            break
        # a long word the engine left whole is a name (草堂科技)
        core = core or tag in _CORE_TAGS or end - start >= _LONG_WORD
        if _LOCATION_CUE.search(text, max(0, start - 3), start):
            return start if core else None
        i -= 1
    return None


def _longest(spans: list[_Span]) -> list[_Span]:
    out: list[_Span] = []
    taken = SpanIndex()
    for span in sorted(set(spans), key=lambda z: (z[0] - z[1], z[0])):
        if not taken.overlaps_any(span):
            out.append(span)
            taken.add(span)
    return sorted(out)


def _inside_any(span: _Span, index: SpanIndex) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in index.overlapping(span))


def zone_heads(doc: Doc, spans: list[Span]) -> tuple[list[Span], list[RelationMention]]:
    """The places written at the head of zone names, and their ``part_of`` links.

    Each head is a division written with its suffix (``柳州市``, ``鱼峰区``) or a
    park (``某某高新区``); each is ``part_of`` the head before it, and the zone is
    ``part_of`` the last. Heads without suffixes are `park_chains`' job.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("在柳州市鱼峰区船舶小镇。")
    >>> places, links = zone_heads(doc, [doc.char_span(1, 11, "PLACE")])
    >>> [p.text for p in places]
    ['柳州市', '鱼峰区']
    >>> [(doc.text[r.subject[0] : r.subject[1]], doc.text[r.object[0] : r.object[1]])
    ...  for r in links]
    [('鱼峰区', '柳州市'), ('柳州市鱼峰区船舶小镇', '鱼峰区')]
    """
    table = load_divisions()
    taken = {(s.start_char, s.end_char) for s in spans}
    places: list[Span] = []
    links: list[RelationMention] = []
    for zone in spans:
        name = zone.text
        if zone.label_ != _PLACE or not _PARK_END.search(name) or admin_level(name):
            continue
        pieces = _heads(table, name)
        if not pieces:
            continue
        chain_links(doc, zone, pieces, taken, places, links)
    return places, links


def _heads(table: DivisionTable, name: str) -> list[str]:
    """Divisions (with suffixes) and a park opening ``name``, leaving a zone word."""
    pieces: list[str] = []
    pos = 0
    while True:
        piece = _head_at(table, name, pos)
        if piece is None:
            break
        pieces.append(piece)
        pos += len(piece)
    return pieces if pos < len(name) else []


def _head_at(table: DivisionTable, name: str, pos: int) -> str | None:
    """The longest division, else the shortest park, at ``pos`` of ``name``."""
    for end in range(min(len(name) - 1, pos + _LONGEST_DIVISION), pos + 1, -1):
        head = name[pos:end]
        if (
            _PARK_END.search(name, end)
            and admin_level(head) > 0
            and table.candidates(head)
        ):
            return head  # 柳州市, not 柳州 (州 is a suffix too)
    for end in range(pos + 4, len(name)):
        if not _PARK_END.search(name, end):
            return None  # no zone word left after the head
        if _PARK_END.search(name[pos:end]):
            return name[pos:end]
    return None
