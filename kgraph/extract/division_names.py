"""Places the official division table names, where the engine cut or missed them.

The engine knows the big names and cuts the rare ones: ``镶黄旗`` comes out as
``黄旗`` (a person, or a place), ``新宝拉格镇`` as ``宝拉格镇``, and a county written
bare in a list (``江永、双牌等县``) as a person or nothing. The table of divisions
(`kgraph.divisions.table.load_divisions`) is the gazetteer of the genre:

* a full official name of three characters or more (``镶黄旗``, ``双牌县``,
  ``新宝拉格镇``) written in the text is a place;
* a county's name without its suffix (``双牌``, ``落户贺兰``) is a place only where
  the article also names the county's prefecture (``永州``, ``银川``) and the
  engine read it as a word of its own: bare, it is a word as often as a place
  (``南海``, ``新城``), unless a verb that settles something in a place comes
  right before it (``落户贺兰``, the engine's common noun).

A name inside an organisation's or place's name is left to that name, and a
name run into a word (``海宁市场``: 海宁 + 市场) is no place name there.
"""

from __future__ import annotations

import functools
import re

from kgraph.divisions.table import load_divisions
from kgraph.extract.lexicon import SETTLING_VERBS
from kgraph.extract.spanindex import SpanIndex
from kgraph.types import EntityType

__all__ = ["division_places"]

_Span = tuple[int, int, str]
_PLACE = EntityType.PLACE.value
_OVERRIDABLE = (EntityType.PLACE.value, EntityType.PERSON.value)
_LONGEST = 9
#: the engine's tags of common words: a bare county's name so tagged is that word
_COMMON_WORD_TAGS = frozenset({"a", "ad", "an", "d", "m", "n", "q", "v", "vd", "vn"})
#: a settling verb right before a word: what follows is where (落户贺兰)
_SETTLED_IN = re.compile(rf"(?:{'|'.join(SETTLING_VERBS)})(?:于|在|到)?$")
_LONGEST_CUE = max(map(len, SETTLING_VERBS)) + 1
#: a division's suffix run into a word: 市场, 区域, 县城, 镇区, 区块 …
_RUN_ON = frozenset(
    {
        "市场",
        "市民",
        "市区",
        "市级",
        "区域",
        "区块",
        "区位",
        "区间",
        "县城",
        "县域",
        "县级",
        "镇区",
        "镇域",
        "镇级",
        "乡村",
        "乡镇",
        "旗下",
        "州府",
        "盟友",
    }
)


@functools.lru_cache(maxsize=1)
def _full_names() -> frozenset[str]:
    table = load_divisions()
    return frozenset(n for n in table.by_name if 3 <= len(n) <= _LONGEST)


def division_places(
    text: str, spans: list[_Span], words: list[tuple[int, int, str]]
) -> list[_Span]:
    """PLACE spans for the division names written in ``text``.

    Parameters
    ----------
    text : str
        The document text, read in simplified characters.
    spans : list of (start, end, label)
        The entity spans found so far: names inside an organisation or project
        are left, places and persons they overlap give way.
    words : list of (start, end, tag)
        The engine's words: a full name starts where a word starts (``新兴城市``
        holds 兴城市 across the words 新兴 and 城市: no place).

    Returns
    -------
    list of (start, end, label)
        One PLACE span per division name that is no span already.

    Examples
    --------
    >>> text = "锡林郭勒盟镶黄旗新宝拉格镇"
    >>> words = [(0, 5, "LOC"), (5, 6, "v"), (6, 8, "LOC"), (8, 9, "a"), (9, 13, "LOC")]
    >>> found = division_places(text, [(0, 5, "PLACE"), (9, 13, "PLACE")], words)
    >>> [text[s:e] for s, e, _ in found]
    ['镶黄旗', '新宝拉格镇']
    """
    table = load_divisions()
    starts = {w[0] for w in words}
    found = [m for m in _full_matches(text) if m[0] in starts]
    # the prefectures the article pins down: those of the full names that name
    # one division above the towns (七星街道 is a street of many prefectures)
    prefectures = {
        ds[0].code[:4]
        for ds in (table.by_name[text[s:e]] for s, e in found)
        if len(ds) == 1 and ds[0].level <= 3
    }
    prefectures |= _written_prefectures(text, spans)
    found += _pinned_bare(text, spans, prefectures, found)
    found += _bare_in_lists(text, spans, prefectures, found)
    found += _bare_words(text, words, spans, prefectures, found)
    held = SpanIndex([s for s in spans if s[2] not in _OVERRIDABLE])
    places = SpanIndex([s for s in spans if s[2] == _PLACE])

    def known(start: int, end: int) -> bool:
        return bool(table.candidates(text[start:end]))

    out = []
    for start, end in found:
        if held.overlaps_any((start, end, _PLACE)) or any(
            not (start <= s and e <= end) or known(s, e)
            for s, e in places.overlapping((start, end))
        ):
            continue  # inside a name, across a place's edge, or over a known place
        out.append((start, end, _PLACE))
    return out


def _full_matches(text: str) -> list[tuple[int, int]]:
    """The longest full division name starting at each position, not overlapping."""
    names, last_chars = _full_names(), _last_chars()
    found = []
    for end in range(3, len(text) + 1):
        if text[end - 1] not in last_chars or _runs_on(text, end):
            continue
        for length in range(3, min(_LONGEST, end) + 1):
            if text[end - length : end] in names:
                found.append((end - length, end))
    out: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda m: (m[0], -m[1])):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


@functools.lru_cache(maxsize=1)
def _last_chars() -> frozenset[str]:
    return frozenset(name[-1] for name in _full_names())


def _runs_on(text: str, end: int) -> bool:
    """Whether the name's suffix at ``end - 1`` forms a word with what follows."""
    return text[end - 1 : end + 1] in _RUN_ON


def _written_prefectures(text: str, spans: list[_Span]) -> set[str]:
    """Code prefixes of the prefectures (and provinces' cities) the places name."""
    table = load_divisions()
    out: set[str] = set()
    for start, end, label in spans:
        if label != _PLACE:
            continue
        cities = [d for d in table.candidates(text[start:end]) if d.level == 2]
        if len(cities) == 1:
            out.add(cities[0].code[:4])
    return out


def _pinned_bare(
    text: str,
    spans: list[_Span],
    prefectures: set[str],
    found: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Counties written without their suffix, in a prefecture the article names."""
    if not prefectures:
        return []
    table = load_divisions()
    taken = SpanIndex([(s, e, _PLACE) for s, e in found])
    out = []
    for start, end, label in spans:
        if label not in _OVERRIDABLE or taken.overlaps_any((start, end, label)):
            continue
        name = text[start:end]
        if name in table.by_name:
            continue
        if _pinned_county(name, prefectures):
            out.append((start, end))
    return out


def _bare_words(
    text: str,
    words: list[tuple[int, int, str]],
    spans: list[_Span],
    prefectures: set[str],
    found: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Counties written bare as a word of their own (落户贺兰), prefecture named."""
    if not prefectures:
        return []
    taken = SpanIndex([*spans, *((s, e, _PLACE) for s, e in found)])
    return [
        (start, end)
        for start, end, tag in words
        # 光明, 红旗, 新城 are words too, but not where something settles
        if (tag not in _COMMON_WORD_TAGS or _settled_in(text, start))
        and end - start >= 2
        and not taken.overlaps_any((start, end, _PLACE))
        and _pinned_county(text[start:end], prefectures)
    ]


def _settled_in(text: str, start: int) -> bool:
    """Whether a settling verb (``落户``, ``选址于``) ends right at ``start``."""
    return _SETTLED_IN.search(text[max(0, start - _LONGEST_CUE) : start]) is not None


def _pinned_county(name: str, prefectures: set[str]) -> bool:
    """Whether ``name`` is a county's name without suffix, in one of ``prefectures``."""
    return any(
        d.level == 3 and d.code[:4] in prefectures
        for d in load_divisions().by_base.get(name, ())
    )


def _bare_in_lists(
    text: str,
    spans: list[_Span],
    prefectures: set[str],
    taken_spans: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Bare county names joined by 、 to a place already found: ``江永、双牌等县``."""
    if not prefectures:
        return []
    taken = SpanIndex([*spans, *((s, e, _PLACE) for s, e in taken_spans)])
    out = []
    # an item starts the text or follows 、
    for start in (0, *(m.end() for m in re.finditer("、", text))):
        for length in (3, 2):
            name = text[start : start + length]
            end = start + length
            if end < len(text) and text[end] not in "、等和及":
                continue
            if taken.overlaps_any((start, end, _PLACE)):
                break
            if _pinned_county(name, prefectures):
                out.append((start, end))
                break
    return out
