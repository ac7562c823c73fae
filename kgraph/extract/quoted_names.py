"""Names written in quotes: one name, never fragments.

Reports put the names they coin in quotes: a zone a district sets up
(``建立“杭港高端服务业示范区”``), what a developer calls its project (``命名为
“城市艺术中心”``), a brand of villages written with a dot (``“青山·绿谷”田园综合体``).
The engine reads the words inside as it would any words and tags pieces of
them (``青山``, ``绿谷``). The quote says where the name begins and ends:

* quoted words ending in the head of a zone, an organisation or a facility
  are that one name (the zone a place, the facility a project);
* quoted words followed right after the quote by such a head are one name with
  it (``“青山·绿谷”田园综合体``);
* quoted words joined by a dot (``青山·绿谷``) and no head hold no name of
  their own: the pieces the engine tagged inside are dropped.

Quotes around other words (a slogan: ``“杭港合作新高地”``) are left as they are.
"""

from __future__ import annotations

import re

from kgraph.extract.lexicon import ORG_SUFFIXES, PARK_SUFFIXES, ending_regex
from kgraph.extract.spanindex import SpanIndex
from kgraph.types import EntityType

__all__ = ["quoted_names"]

_Span = tuple[int, int, str]
_ORG, _PLACE, _PROJECT = (
    EntityType.ORG.value,
    EntityType.PLACE.value,
    EntityType.PROJECT.value,
)
#: quoted words that may be a name: characters of a name, two to twenty of them
_QUOTED = re.compile(r"[“「‘](?P<inner>[\u4e00-\u9fffA-Za-z0-9·•・]{2,20})[”」’]")
_DOT = re.compile("[·•・]")
#: the heads of the names a report coins: zones, organisations, facilities
_ZONES = (
    *PARK_SUFFIXES,
    *("示范区", "经济区", "新区", "合作区", "试验区", "实验区", "先行区", "功能区"),
)
_FACILITIES = ("项目", "工程", "综合体", "中心", "基地", "馆", "大厦", "公园")
_HEADS = (
    *((s, _PLACE) for s in _ZONES),
    *((s, _ORG) for s in ORG_SUFFIXES),
    *((s, _PROJECT) for s in _FACILITIES),
)
_HEAD_END = {
    label: ending_regex(tuple(s for s, lab in _HEADS if lab == label))
    for label in (_PLACE, _ORG, _PROJECT)
}
#: the words after a quote up to a head: ``田园综合体`` after ``“青山·绿谷”``
_MAX_AFTER = 8


def quoted_names(text: str, spans: list[_Span]) -> list[_Span]:
    """``spans`` with each quoted name whole and no fragment inside a dotted quote.

    Parameters
    ----------
    text
        The document text, read in simplified characters.
    spans
        ``(start, end, label)`` entity spans, projects included.

    Returns
    -------
    list of tuple
        The spans, sorted; a quoted name replaces every span it overlaps.

    Examples
    --------
    >>> text = "启动建立“杭港高端服务业示范区”，打造“青山·绿谷”田园综合体"
    >>> spans = [(19, 21, "PLACE"), (22, 24, "PERSON")]
    >>> [(text[s:e], label) for s, e, label in quoted_names(text, spans)]
    [('杭港高端服务业示范区', 'PLACE'), ('“青山·绿谷”田园综合体', 'PROJECT')]
    >>> quoted_names("力争建设“杭港合作新高地”", [(5, 7, "PLACE")])
    [(5, 7, 'PLACE')]
    """
    found: list[_Span] = []
    dotted: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(text):
        inner = m.group("inner")
        label = _head_label(inner)
        if label is not None:
            found.append((m.start("inner"), m.end("inner"), label))
            continue
        after = _name_after(text, m.end())
        if after is not None:
            found.append((m.start(), after[0], after[1]))
        elif _DOT.search(inner):
            dotted.append((m.start("inner"), m.end("inner")))
    taken = SpanIndex(found)
    kept = [
        s
        for s in spans
        if not taken.overlaps_any(s)
        and not any(a <= s[0] and s[1] <= b for a, b in dotted)
    ]
    return sorted(kept + found)


def _head_label(name: str) -> str | None:
    """The label of a name ending in a head, longer than the head (else None)."""
    for label, pattern in _HEAD_END.items():
        head = pattern.search(name)
        if head is not None and head.start() > 0:
            return label
    return None


def _name_after(text: str, start: int) -> tuple[int, str] | None:
    """The end and label of the head right after a quote, within a few characters."""
    run = start
    while run < len(text) and run - start < _MAX_AFTER and _is_han(text[run]):
        run += 1
        for label, pattern in _HEAD_END.items():
            if pattern.search(text, start, run) and not _is_han_at(text, run):
                return run, label
    return None


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _is_han_at(text: str, i: int) -> bool:
    return i < len(text) and _is_han(text[i])
