"""Where names begin and end: false entities and cuts an engine makes in news.

Each rule states a regularity of the genre:

* ``镇村``, ``千村``, ``通村`` (``镇村建设``, ``结千村``, ``通村公路``) are
  common words ending in 村, and level words alone (``镇街``, ``县区``) no place;
* a village whose name starts with a conjunction character is one name
  (``和沟村``, cut by the engine into ``和`` and ``沟村``);
* a company name stops at its first ``有限公司`` when only a descriptor
  follows (``…有限公司全资控股子公司``);
* coordinated generic bodies (``县委县政府``, ``省委省政府``) are no one
  organisation, and a place's pair (``通州区委区政府``) is cut to the body it
  names whole, its committee (``通州区委``);
* a department named with ``和``/``及`` before a post is one organisation
  (``企业和投资服务局局长``, ``政制及内地事务局局长``);
* a person's name an engine cut after a post starts right after the post
  (``行政长官林郑月娥``: the engine read ``官林`` + ``郑月娥``);
* an organisation written as a place the document names is that place
  (``洪湖`` of ``洪湖市``);
* an organisation ends before its head's post (``陆委会主委``), and a unit run
  into its head's post is the unit (``外交部长``: ``外交部``);
* a body's office written before its head's post is the office
  (``省委宣传部办公室主任``: ``省委宣传部办公室``; ``外宣`` + ``办主任``: ``外宣办``);
* the mainland written before a name (``大陆长春第一汽车集团``, as Taiwan's
  press writes it) is no part of it where a division's name follows;
* a person's name never ends in ``昨`` (yesterday): ``邵恒昨表示`` is 邵恒 and
  the day he spoke, as the press of Hong Kong, Macau and Taiwan writes it;
* a name never runs across a dateline: ``香港文汇报讯 华越有限公司`` is the
  company after the outlet's ``讯``.
"""

from __future__ import annotations

import re

from kgraph.divisions.table import load_divisions
from kgraph.extract.lexicon import (
    ADMIN_LEVEL,
    ORG_SUFFIXES,
    TITLES,
    admin_level,
    ending_regex,
    suffix_regex,
)
from kgraph.extract.spanindex import SpanIndex
from kgraph.types import EntityType

__all__ = ["fix_boundaries", "places_written_as_orgs"]

_Span = tuple[int, int, str]
_Word = tuple[int, int, str]
_PLACE, _ORG, _PERSON = (
    EntityType.PLACE.value,
    EntityType.ORG.value,
    EntityType.PERSON.value,
)
#: words ending in 村 that name no village: levels (镇村), counts (千村),
#: quantifiers (各村, 全村) and verbs (通村, 进村, 驻村); and levels alone (镇街)
_VILLAGE_WORDS = re.compile(
    "(?:(?:镇|乡|千|百|万|各|全|本|该|邻|外|村|通|进|入|驻|到|下|包|联)村"
    "|^[省市县区乡镇村街]{2,4})$"
)
_CONJUNCTIONS = frozenset("和与及")
_CORE_TAGS = frozenset({"ORG", "LOC", "PER", "nz", "nw", "j"})
_FIRST_COMPANY = re.compile("(?:股份有限公司|有限责任公司|有限公司)")
#: what may follow a company inside an engine's span: its relation to another
_DESCRIPTOR_END = re.compile("(?:子公司|孙公司|母公司|控股公司)$")
#: the level of a body's place, and the bodies a place has
_BODY_LEVEL = "[省市县区镇乡州旗]"
_COMMITTEE = "(?:党委|党工委|委)"
_OTHER_BODY = "(?:政府|人大|政协|管委会)"
_COORDINATED = re.compile(rf"^(?:{_BODY_LEVEL}?(?:{_COMMITTEE}|{_OTHER_BODY})){{2,}}$")
#: a place's committee and government written as one (通州区委区政府): the
#: committee is the name written whole, the government only by its level
_PLACED_PAIR = re.compile(
    rf"^(?P<first>.{{2,8}}?{_BODY_LEVEL}{_COMMITTEE})(?:{_BODY_LEVEL}?{_OTHER_BODY})+$"
)
#: the ending of a department that a post follows (事务局 局长)
_DEPARTMENT_END = re.compile("(?:委员会|办公室|局|署|处|厅)$")
#: bodies whose committees and offices are named after them (政协 提案委员会)
_PARENT_BODY = re.compile("(?:政协|人大|人大常委会|常委会|党委|党组)$")
#: words that make a name generic (相关部门和所属有关公司)
_GENERIC_WORDS = frozenset({"相关", "有关", "所属", "下属", "各级", "其他", "其它"})
_TITLE_START = suffix_regex(TITLES)
_TITLE_END = ending_regex(TITLES)
_DEPARTMENT_TAGS = frozenset({"n", "vn", "nz", "s", "j", "nw", "ORG", "an"})
_MAX_DEPARTMENT = 16
_MAX_CUT = 2
_LONGEST_TITLE = max(map(len, TITLES))
_LONGEST_DIVISION = 8


def fix_boundaries(words: list[_Word], text: str, spans: list[_Span]) -> list[_Span]:
    """Apply the boundary rules of this module to ``spans``.

    Parameters
    ----------
    words
        The engine's ``(start, end, tag)`` words.
    text
        The document text.
    spans
        ``(start, end, label)`` entity spans.

    Examples
    --------
    >>> text = "推进镇村建设,县委县政府部署"
    >>> fix_boundaries([], text, [(2, 4, "PLACE"), (7, 12, "ORG")])
    []
    >>> text = "通州区委区政府高度重视"
    >>> fix_boundaries([], text, [(0, 7, "ORG")])
    [(0, 4, 'ORG')]
    """
    spans = [
        _without_mainland(text, _without_day(text, _after_dateline(text, s)))
        for s in spans
    ]
    spans = [_first_of_pair(text, s) for s in spans if not _generic(text, s)]
    spans = _join_conjunction_villages(text, spans)
    spans = [_cut_company(words, text, s) for s in spans]
    spans = _departments(words, text, spans)
    spans = [_without_post(text, s) for s in spans] + _contracted_units(
        words, text, spans
    )
    spans = _offices_before_posts(text, spans)
    ending_at = {end: (start, end, tag) for start, end, tag in reversed(words)}
    return sorted(set(_recut_after_title(ending_at, text, s) for s in spans))


#: a unit's name run into its head's post, written once: 外交部长 (外交部 + 部长)
_UNIT_HEAD = re.compile(r"^(?!常务|执行)[\u4e00-\u9fff]{2,8}[部院局厅署]长$")
_UNIT_WORD_TAGS = frozenset({"n", "nz", "nt", "ORG"})
_ORG_END = ending_regex((*ORG_SUFFIXES, "会"))
_MIN_UNIT = 3


def _contracted_units(words: list[_Word], text: str, spans: list[_Span]) -> list[_Span]:
    """The unit of a word that is a unit and its head (``外交部长``: ``外交部``).

    The post (部长) is read from the name's last character by the relation
    rules; a deputy (``副部长``) is no unit.
    """
    taken = SpanIndex(spans)
    return [
        (start, end - 1, _ORG)
        for start, end, tag in words
        if tag in _UNIT_WORD_TAGS
        and "副" not in text[start:end]
        and _UNIT_HEAD.match(text, start, end)
        and not taken.overlaps_any((start, end, tag))
    ]


#: an office of a body up to its head's post: 办公室主任, 办主任, 教青部副部长
_OFFICE_BEFORE_HEAD = re.compile(
    r"(?P<office>(?:(?![各和与及])[\u4e00-\u9fff]){0,3}?(?P<unit>办公室|秘书处|办|部|处|科))"
    r"(?:常务)?副?(?P<head>主任|秘书长|部长|处长|科长)"
)
#: the post that heads each kind of office
_HEAD_OF_UNIT = {
    "办公室": "主任",
    "办": "主任",
    "秘书处": "秘书长",
    "部": "部长",
    "处": "处长",
    "科": "科长",
}
#: a bare body the article's place resolves (县委, 市政府): its office stays generic
_BARE_BODY = re.compile(rf"{_BODY_LEVEL}?(?:{_COMMITTEE}|{_OTHER_BODY})")


def _offices_before_posts(text: str, spans: list[_Span]) -> list[_Span]:
    """An organisation followed by one of its offices and the office's head's post
    is the office: ``青海省委宣传部`` + ``办公室主任`` names ``青海省委宣传部办公室``,
    the engine's ``外宣`` + ``办主任`` names ``外宣办``.

    Examples
    --------
    >>> text = "省委宣传部外宣办主任赵明"
    >>> _offices_before_posts(text, [(0, 7, "ORG"), (10, 12, "PERSON")])
    [(0, 8, 'ORG'), (10, 12, 'PERSON')]
    >>> _offices_before_posts("县委办主任赵明", [(0, 2, "ORG")])
    [(0, 2, 'ORG')]
    """
    taken = SpanIndex(spans)
    out = []
    for start, end, label in spans:
        m = _OFFICE_BEFORE_HEAD.match(text, end) if label == _ORG else None
        if (
            m is not None
            and _HEAD_OF_UNIT[m["unit"]] == m["head"]
            and not _BARE_BODY.fullmatch(text, start, end)
            and not taken.overlaps_any((end, m.end("office"), label))
        ):
            end = m.end("office")
        out.append((start, end, label))
    return out


def _without_post(text: str, span: _Span) -> _Span:
    """An organisation the engine read with the post after it (``陆委会主委``)."""
    if span[2] != _ORG:
        return span
    post = _TITLE_END.search(text, span[0], span[1])
    if post is None or post.start() - span[0] < _MIN_UNIT:
        return span
    if not _ORG_END.search(text, span[0], post.start()):
        return span
    return (span[0], post.start(), _ORG)


#: a dateline inside an engine's name: the outlet, 讯 and a space
_DATELINE = re.compile(r"讯[ \t\u3000]+")


def _after_dateline(text: str, span: _Span) -> _Span:
    """The name after a dateline the engine read into it (``香港文汇报讯 华越公司``),
    and a place without the dateline's 讯 (``本报宁县讯``: 宁县)."""
    m = _DATELINE.search(text, span[0], span[1])
    if m and m.end() < span[1]:
        return (m.end(), span[1], span[2])
    if span[2] == _PLACE and span[1] - span[0] > 2 and text[span[1] - 1] == "讯":
        return (span[0], span[1] - 1, _PLACE)
    return span


#: the shortest name that a day word can follow
_MIN_PERSON = 2


def _without_day(text: str, span: _Span) -> _Span:
    """A person's name without the ``昨`` an engine ran into it (``邵恒昨表示``)."""
    start, end, label = span
    if label == _PERSON and end - start > _MIN_PERSON and text[end - 1] == "昨":
        return (start, end - 1, label)
    return span


#: the mainland as Taiwan's and Hong Kong's press writes it before a name
_MAINLAND = "大陆"


def _without_mainland(text: str, span: _Span) -> _Span:
    """``大陆长春第一汽车集团``: the name after the mainland, where a division's
    name starts it (``大陆集团``, Continental, keeps its name)."""
    start, end, label = span
    if label not in (_ORG, _PLACE) or not text.startswith(_MAINLAND, start):
        return span
    rest = start + len(_MAINLAND)
    if end - rest < _MIN_UNIT or not _division_at(text[rest:end]):
        return span
    return (rest, end, label)


def _division_at(name: str) -> bool:
    """Whether ``name`` starts with a division's name (长春 of 长春第一汽车集团)."""
    table = load_divisions()
    return any(
        table.candidates(name[:length])
        for length in range(min(len(name), _LONGEST_DIVISION), 1, -1)
    )


def _first_of_pair(text: str, span: _Span) -> _Span:
    """``通州区委区政府`` cut to ``通州区委``, the body it names whole."""
    if span[2] != _ORG:
        return span
    pair = _PLACED_PAIR.match(text[span[0] : span[1]])
    return (span[0], span[0] + pair.end("first"), _ORG) if pair else span


def _generic(text: str, span: _Span) -> bool:
    surface = text[span[0] : span[1]]
    if span[2] == _PLACE and _VILLAGE_WORDS.search(surface):
        return True
    return span[2] == _ORG and _COORDINATED.match(surface) is not None


def _join_conjunction_villages(text: str, spans: list[_Span]) -> list[_Span]:
    """``和`` + ``沟村`` as two places: one village ``和沟村``."""
    by_start = {s[0]: s for s in spans if s[2] == _PLACE}
    joined: dict[_Span, _Span] = {}
    for span in spans:
        nxt = by_start.get(span[1])
        if (
            span[2] == _PLACE
            and text[span[0] : span[1]] in _CONJUNCTIONS
            and nxt is not None
            and admin_level(text[nxt[0] : nxt[1]]) >= 1
        ):
            joined[span] = joined[nxt] = (span[0], nxt[1], _PLACE)
    return [joined.get(s, s) for s in spans]


def _cut_company(words: list[_Word], text: str, span: _Span) -> _Span:
    """``X有限公司全资控股子公司`` names X有限公司; its subsidiary is not named."""
    if span[2] != _ORG:
        return span
    m = _FIRST_COMPANY.search(text, span[0], span[1])
    if m is None or m.end() == span[1]:
        return span
    rest = text[m.end() : span[1]]
    if not _DESCRIPTOR_END.search(rest):
        return span
    if any(tag in _CORE_TAGS and s < span[1] and m.end() < e for s, e, tag in words):
        return span  # a named unit follows (…有限公司嘉兴子公司)
    return (span[0], m.end(), _ORG)


def _departments(words: list[_Word], text: str, spans: list[_Span]) -> list[_Span]:
    """A department named with 和/及 right before a post is one organisation."""
    found = []
    for i, (start, end, tag) in enumerate(words):
        if tag not in _DEPARTMENT_TAGS or not _DEPARTMENT_END.search(text[start:end]):
            continue
        if not _TITLE_START.match(text, end):
            continue
        first = _department_start(words, text, i)
        if first is not None:
            found.append((words[first][0], end, _ORG))
    every = SpanIndex(spans)
    # a longer name the engine found stays
    found = [f for f in found if not any(_inside(f, o) for o in every.overlapping(f))]
    if not found:
        return spans
    taken = SpanIndex(found)
    kept = [s for s in spans if not taken.overlaps_any(s)]
    return kept + found


def _inside(inner: _Span, outer: tuple[int, int]) -> bool:
    """Whether ``inner`` lies in ``outer`` and is shorter."""
    return outer[0] <= inner[0] and inner[1] <= outer[1] and inner[:2] != outer


def _department_start(words: list[_Word], text: str, last: int) -> int | None:
    """First word of ``政制及内地事务局`` ending at word ``last``, if it has 和/及."""
    conjunction, i = None, last - 1
    while i >= 0 and words[last][1] - words[i][0] <= _MAX_DEPARTMENT:
        start, end, tag = words[i]
        word = text[start:end]
        if word in _CONJUNCTIONS and conjunction is None:
            conjunction = i
        elif (tag == "LOC" and admin_level(word) >= ADMIN_LEVEL["区"]) or (
            tag == "ORG" and _PARENT_BODY.search(word)
        ):
            # a place or the body it serves opens the name: 哈尔滨市 企业和投资服务局,
            # 贵州省政协 港澳台侨与外事委员会
            return i if conjunction is not None and conjunction > i + 1 else None
        elif tag == "LOC" and not admin_level(word):
            pass  # a region no division names, a topic of the unit: 港澳台侨与外事
        elif tag not in _DEPARTMENT_TAGS or word in _GENERIC_WORDS:
            break
        i -= 1
    return i + 1 if conjunction is not None and conjunction > i + 1 else None


def _recut_after_title(ending_at: dict[int, _Word], text: str, span: _Span) -> _Span:
    """``官林`` + ``郑月娥`` after ``行政长官``: the name is ``林郑月娥``.

    ``ending_at`` maps an offset to the first word that ends there.
    """
    if span[2] != _PERSON:
        return span
    word = ending_at.get(span[0])
    if word is None or word[0] >= span[0] - 1:
        return span
    start, end, _ = word
    if _TITLE_END.search(text, max(0, end - _LONGEST_TITLE), end):
        return span  # the word is a post (董事长): the cut is right
    for cut in range(span[0] - 1, max(start, span[0] - _MAX_CUT - 1), -1):
        if _TITLE_END.search(text, max(0, cut - _LONGEST_TITLE), cut):
            return (cut, span[1], _PERSON)
    return span


def places_written_as_orgs(text: str, spans: list[_Span]) -> list[_Span]:
    """Type an ORG written like a place of the document (``洪湖`` of ``洪湖市``) PLACE.

    Examples
    --------
    >>> text = "洪湖市委书记说,洪湖发展快"
    >>> places_written_as_orgs(text, [(0, 3, "PLACE"), (8, 10, "ORG")])
    [(0, 3, 'PLACE'), (8, 10, 'PLACE')]
    """
    places = {text[s:e] for s, e, label in spans if label == _PLACE}
    bases = {p[: -len(m.group())] for p in places if (m := _ADMIN_END.search(p))}
    out = []
    for start, end, label in spans:
        surface = text[start:end]
        if label == _ORG and (surface in places or surface in bases):
            label = _PLACE
        out.append((start, end, label))
    return out


_ADMIN_END = re.compile("(?:市|县|区|镇|乡|街道|旗)$")
