"""People named right after their post whom an engine reads as a verb or a cut.

News writes an official as post + name (``副主任顾经纬的``, ``副总经理张为,``);
an engine may tag such a name a verb (``顾经纬``/v) or cut off its last
character (``张``/PER + ``为``/v). After a post of the lexicon, two or three
characters that begin with a common surname and end right before a clause
boundary (a punctuation mark, ``的``, ``等``, an honorific such as ``先生`` or a
reporting verb such as ``表示``, ``陪同``, ``介绍``) are a PERSON. The shortest
such name wins (``局长王明说``).
"""

from __future__ import annotations

import re

from kgraph.extract.lexicon import TITLES
from kgraph.extract.spanindex import SpanIndex
from kgraph.extract.surnames import SURNAMES
from kgraph.types import EntityType

__all__ = ["listed_people", "people_after_bodies", "titled_people"]

_Span = tuple[int, int, str]
_PERSON = EntityType.PERSON.value
_TITLE = re.compile(
    "(?:" + "|".join(map(re.escape, sorted(set(TITLES), key=len, reverse=True))) + ")"
)
#: what ends a name written after a post
_BOUNDARY = re.compile(
    r"[,，、。;；:：)）\s]|的|等|(?:陪同|表示|介绍|说|出席|主持|调研|指出|强调|参加|"
    r"致辞|讲话|会见|带队|一行|率队|就|在|对|向|与|和|先生|女士|同志|称|认为|透露|"
    r"坦言|告诉|获)"
)
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


def titled_people(text: str, spans: list[_Span]) -> list[_Span]:
    """PERSON spans of names right after a post that no span covers yet.

    A name the engine cut after its surname (``函俊`` of ``镇长单函俊``) is
    replaced by the whole name: the caller lets these spans win.

    Examples
    --------
    >>> text = "区商务局副局长范明远的陪同下,副总经理严为,参加活动。"
    >>> [text[s:e] for s, e, _ in titled_people(text, [])]
    ['范明远', '严为']
    """
    taken = SpanIndex(spans)
    people = {s for s in spans if s[2] == _PERSON}
    out: list[_Span] = []
    for m in _TITLE.finditer(text):
        start = m.end()
        if start >= len(text) or text[start] not in SURNAMES:
            continue
        for length in (2, 3):
            end = start + length
            if (
                end >= len(text)
                or not _HAN.fullmatch(text[start:end])
                or not _BOUNDARY.match(text, end)
            ):
                continue
            if _TITLE.match(text, start + 1):
                break  # 王 + 主任: a surname and a post (王主任) is no full name
            span = (start, end, _PERSON)
            inside = list(taken.overlapping(span))
            # free, or an engine's cut of this name (函俊 of 镇长单函俊)
            if not inside or (
                all(start < a and b <= end for a, b in inside)
                and all((a, b, _PERSON) in people for a, b in inside)
            ):
                out.append(span)
                taken.add(span)
            break
    return out


#: what separates the names of a list (、) and what ends it (，。)
_LIST_SEP = frozenset("、")
_LIST_END = frozenset("、，,。；;")
#: characters that end a list item without being a name's (和, 及, 等, 的)
_NOT_IN_NAME = frozenset("和及与等的了在是")
_CUT = 2


def listed_people(text: str, spans: list[_Span]) -> list[_Span]:
    """The three-character names of a list of people that an engine cut short.

    In ``委员梁仕友、马建章、何汉昌、陈顺回、高展明`` the engine may read ``陈顺``
    and ``回`` (a verb): a two-character person between list separators with one
    more character before the next 、 or the list's end, among three-character
    people of the same list, is the three-character name.

    Examples
    --------
    >>> text = "委员梁仕友、马建章、陈顺回、高展明出席"
    >>> spans = [(2, 5, "PERSON"), (6, 9, "PERSON"), (10, 12, "PERSON")]
    >>> spans.append((14, 17, "PERSON"))
    >>> [text[s:e] for s, e, _ in listed_people(text, spans)]
    ['陈顺回']
    """
    people = {(s, e) for s, e, label in spans if label == _PERSON}
    starts = {s for s, _ in people}
    ends = {e for _, e in people}
    out: list[_Span] = []
    for start, end in sorted(people):
        if end - start != _CUT or end + 1 >= len(text):
            continue
        after, nxt = text[end], text[end + 1]
        if after in _NOT_IN_NAME or not _HAN.fullmatch(after) or nxt not in _LIST_END:
            continue
        listed_before = start > 0 and text[start - 1] in _LIST_SEP and start - 1 in ends
        listed_after = nxt in _LIST_SEP and end + 2 in starts
        if listed_before and listed_after:
            out.append((start, end + 1, _PERSON))
    return out


#: the bodies whose name a person's may follow unseparated in a list of guests
_BODY_END = re.compile("(?:政协|政府|人大|党委|党工委|管委会|商会|协会|联合会|委)")
#: the last characters of a body's or unit's name, never of a person's
_UNIT_ENDS = frozenset("委会办部局处组室所站队院厅司署")


def people_after_bodies(text: str, spans: list[_Span]) -> list[_Span]:
    """A person an engine ran into the body named before it (``贵阳市政协梁高岗``):
    two or three characters after the body's ending that open with a surname.

    Examples
    --------
    >>> text = "贵阳市政协梁高岗出席"
    >>> [(text[s:e], lb) for s, e, lb in people_after_bodies(text, [(0, 8, "ORG")])]
    [('贵阳市政协', 'ORG'), ('梁高岗', 'PERSON')]
    >>> people_after_bodies("市政协文史委开会", [(0, 6, "ORG")])
    [(0, 6, 'ORG')]
    """
    out: list[_Span] = []
    for start, end, label in spans:
        if label == EntityType.ORG.value:
            for m in _BODY_END.finditer(text, start, end):
                rest = text[m.end() : end]
                if (
                    2 <= len(rest) <= 3
                    and rest[0] in SURNAMES
                    and rest[-1] not in _UNIT_ENDS
                    and _HAN.fullmatch(rest)
                ):
                    out += [(start, m.end(), label), (m.end(), end, _PERSON)]
                    break
            else:
                out.append((start, end, label))
            continue
        out.append((start, end, label))
    return out
