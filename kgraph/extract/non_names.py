"""Engine spans that are no name: a place run into a common noun, a language.

Regularities of the genre, read in either script:

* a place name never ends in a word of a field of activity (``发展``,
  ``金融``, ``股市``, ``经济``, ``建设``, ``合作``): ``粤港澳大湾区发展`` is the
  head of an office's name, ``沪澳金融`` a field of cooperation;
* a place name never ends in ``行`` (a tour: ``四川行`` in
  ``知名企业四川行活动``) nor in a count of provinces (``宁四省`` of
  ``陕、甘、川、宁四省``);
* ``X语`` of two characters (``葡语``) is a language and ``X族`` (``汉族``) an
  ethnic group, no organisation, and
  an organisation never ends in a bare activity (``融合``, ``合作``);
* a name of one character is an abbreviation in a list (``陕、甘、川``) or a
  direction (``北外环``), no place or organisation of its own;
* two person names joined by a middle dot (``伊納奇.阿瑪特``) are one
  foreign name;
* a category of projects (``开工项目``, ``签约项目``) heads no place's or
  organisation's name: ``开工项目螺霸王…产业园`` is cut to the park;
* the country written as the first word of a name it qualifies is no place
  of its own: an event (``中国西部商品交易会``), a ranking or title
  (``中国500强``, ``“中国茶叶百强企业”``), an outlet (``中国吉林网``), a region
  with its country (``中国香港``), a manner (``中国式现代化``);
* a class of companies by rank (``世界500强企业``, ``百强企业``) or a model of
  bodies joined by a plus (``党支部+合作社``) is no organisation;
* a name never runs across a time word: the engine's ``肇庆市日前假洲际酒店``
  is the city, the day and the hotel it was held at (``假``, as Hong Kong's
  papers write 在): 肇庆市 and 洲际酒店;
* a park and the company in it, run together (``…返乡创业园湖南省澜科新创电子
  有限公司``), are the park and the company from its province or city on;
* a division written with a word for the land around it (``通州地区``,
  ``平潭一带``) is that division;
* a span that closes a bracket it does not open (``中国)投资有限公司``) is a
  cut inside a name, no name;
* a company name with its place in brackets (``维达纸业（江门）有限公司``)
  runs on to its company suffix: a cut after the place (``维达纸业（江门``)
  or before the bracket (``聚光科技`` of ``聚光科技(杭州)股份有限公司``) is
  closed.
"""

from __future__ import annotations

import re

from kgraph.divisions.table import load_divisions
from kgraph.extract.lexicon import (
    COMPANY_SUFFIXES,
    ORG_SUFFIXES,
    PARK_SUFFIXES,
    PLACE_SUFFIXES,
    PROVINCES,
    TIME_WORDS,
    admin_level,
)
from kgraph.extract.script import simplified_reading
from kgraph.types import EntityType

__all__ = ["drop_non_names"]

_Span = tuple[int, int, str]

#: words of a field of activity that end no place name (simplified)
_FIELD_WORDS = ("发展", "金融", "股市", "经济", "建设", "合作", "交流")
#: activities that end no organisation's name (``港航融合``: port-shipping
#: integration; bodies end in ``合作社``, ``交流中心``, not the bare activity)
_ACTIVITY_WORDS = ("融合", "合作", "交流", "一体化")
#: a category of projects written before one's name: ``开工项目螺霸王…产业园项目``
_CATEGORY = re.compile(
    r"^(?:新)?(?:开工|签约|竣工|投产|在建|新建|续建|落地|入驻|招商|重点|重大)项目"
)
_NAME_AFTER_CATEGORY = 3
#: a number of provinces (``宁四省`` of ``陕、甘、川、宁四省``, ``两省``)
_COUNTED_PROVINCES = re.compile(r"[一二两三四五六七八九十几数多]省$")
#: middle dots written between the parts of a foreign name
_DOTS = "·•.‧・．"
_OPEN, _CLOSE = "（(", "）)"
#: the rest of a company name after its bracketed place: bracket, suffix
_BRACKET_TAIL = re.compile(
    r"[）)][\u4e00-\u9fff]{0,4}?(?:"
    + "|".join(sorted({*COMPANY_SUFFIXES}, key=len, reverse=True))
    + ")"
)
#: a company name's bracketed place and suffix, after a cut before the bracket
_BRACKETED_TAIL = re.compile(r"[(（][\u4e00-\u9fff]{2,6}" + _BRACKET_TAIL.pattern)


#: a rank that makes a class of companies: 世界500强, 中国民营企业百强
_RANKED_CLASS = re.compile(r"(?:[0-9]+|[百千十])强")
#: what the country qualifies when written right before it (read in simplified)
_QUALIFIED_BY_COUNTRY = re.compile(
    r"中国(?:"
    r"式|香港|澳门|台湾"
    r"|(?P<event>[\u4e00-\u9fff（）()·]{0,16}?"
    r"(?:交易会|博览会|洽谈会|展览会|推介会|投洽会|论坛|峰会|大会|文化节|旅游节|艺术节))"
    r"|[\u4e00-\u9fff]{0,6}?[0-9百千十]+强"
    r"|[\u4e00-\u9fff]{0,8}?(?:百强|十强|企业|品牌)[”\"」』]"
    r"|[\u4e00-\u9fff]{1,4}?网(?:\s|$)"
    r")"
)
#: what an event's name opens after: its number (第22届), 暨, a quote
_EVENT_OPENERS = frozenset('届暨《“「『"')
#: the window read after the country
_QUALIFIED_WINDOW = 28


def drop_non_names(text: str, spans: list[_Span]) -> list[_Span]:
    """Drop places and organisations that are no name; join dotted foreign names.

    Parameters
    ----------
    text : str
        The document text.
    spans : list of (start, end, label)
        Entity spans, sorted by start.

    Returns
    -------
    list of (start, end, label)
        The spans without the non-names, dotted person names joined.

    Examples
    --------
    >>> text = "推动粤港澳大湾区发展办公室与葡语国家合作"
    >>> spans = [(2, 10, "PLACE"), (14, 16, "ORG")]
    >>> drop_non_names(text, spans)
    []
    >>> text = "维达纸业（江门）有限公司增资"
    >>> drop_non_names(text, [(0, 7, "ORG")])
    [(0, 12, 'ORG')]
    >>> text = "主席伊纳奇.阿玛特指出"
    >>> drop_non_names(text, [(2, 5, "PERSON"), (6, 9, "PERSON")])
    [(2, 9, 'PERSON')]
    >>> text = "肇庆市日前假洲际酒店举办团拜会"
    >>> [text[s:e] for s, e, _ in drop_non_names(text, [(0, 10, "ORG")])]
    ['肇庆市', '洲际酒店']
    >>> text = "在中国投资,出席第22届中国西部商品交易会"
    >>> drop_non_names(text, [(1, 3, "PLACE"), (12, 14, "PLACE")])
    [(1, 3, 'PLACE')]
    """
    spans = [part for s in spans for part in _across_time_word(text, s)]
    spans = [part for s in spans for part in _park_before_company(text, s)]
    kept = [
        s
        for s in spans
        if not _no_name(text[s[0] : s[1]], s[2]) and not _qualifying_country(text, s)
    ]
    kept = [
        _closed(text, _uncategorised(text, _without_region_word(text, s))) for s in kept
    ]
    return _join_dotted(text, kept)


def _closed(text: str, span: _Span) -> _Span:
    """``span`` run on to its company suffix when cut inside a bracket."""
    start, end, label = span
    surface = text[start:end]
    if label != EntityType.ORG.value:
        return span
    if _unclosed(surface) <= 0:
        # cut before the bracket: 聚光科技 of 聚光科技(杭州)股份有限公司
        after = _BRACKETED_TAIL.match(simplified_reading(text[end : end + 20]))
        return (start, end + after.end(), label) if after else span
    tail = _BRACKET_TAIL.match(simplified_reading(text[end : end + 12]))
    return (start, end + tail.end(), label) if tail else span


def _unclosed(surface: str) -> int:
    """How many more brackets ``surface`` opens than it closes (< 0: closes more)."""
    return sum(surface.count(c) for c in _OPEN) - sum(surface.count(c) for c in _CLOSE)


def _uncategorised(text: str, span: _Span) -> _Span:
    """``span`` without a leading category of projects (``开工项目`` + name)."""
    start, end, label = span
    if label == EntityType.PROJECT.value:
        return span
    lead = _CATEGORY.match(simplified_reading(text[start:end]))
    if lead is None or end - start - lead.end() < _NAME_AFTER_CATEGORY:
        return span
    return (start + lead.end(), end, label)


def _no_name(surface: str, label: str) -> bool:
    name = simplified_reading(surface)
    if label in (EntityType.PLACE.value, EntityType.ORG.value) and len(name) == 1:
        return True  # 陕、甘、川: an abbreviation in a list
    if label in (EntityType.PLACE.value, EntityType.ORG.value) and _unclosed(name) < 0:
        return True  # 中国)投资有限公司: a cut inside a bracket, no name
    if label == EntityType.PLACE.value:
        if len(name) > len(_FIELD_WORDS[0]) and name.endswith(_FIELD_WORDS):
            return True
        if _COUNTED_PROVINCES.search(name):
            return True  # 陕、甘、川、宁四省: a count of provinces, not one
        return len(name) >= 3 and name.endswith("行")
    if label == EntityType.ORG.value:
        if len(name) > 3 and name.endswith(_ACTIVITY_WORDS):
            return True
        if _RANKED_CLASS.search(name) or "+" in name or "＋" in name:
            return True  # 世界500强企业, 党支部+合作社: a class, a model
        if 2 <= len(name) <= 4 and name.endswith("族") and not name.endswith("家族"):
            return True  # an ethnic group in a biography (汉族, 回族)
        return len(name) == 2 and name.endswith("语")
    return False


_MIN_NAME = 2
_CITY_LEVEL = 4
#: a time word inside an engine's name, and the preposition after it
_TIME_WORD = re.compile(rf"(?:{'|'.join(TIME_WORDS)})[在于假到赴]")


def _across_time_word(text: str, span: _Span) -> list[_Span]:
    """``span`` cut at a time word and a preposition inside it (``肇庆市日前假洲际
    酒店``): the name or division before, the name after; ``今日头条`` stays."""
    start, end, label = span
    if label not in (EntityType.PLACE.value, EntityType.ORG.value):
        return [span]
    m = _TIME_WORD.search(simplified_reading(text[start:end]))
    if m is None or m.start() == 0:
        return [span]
    before = simplified_reading(text[start : start + m.start()])
    out = []
    if admin_level(before):
        out.append((start, start + m.start(), EntityType.PLACE.value))
    elif before.endswith(ORG_SUFFIXES):
        out.append((start, start + m.start(), label))  # 青禾公司 + 近日在天津
    if end - (start + m.end()) >= _MIN_NAME:
        out.append((start + m.end(), end, label))
    return out


#: a park's name, then a province or city that opens a company's registered name
_PARK_THEN_DIVISION = re.compile(
    "(?:" + "|".join(sorted(PARK_SUFFIXES, key=len, reverse=True)) + ")"
    r"(?=(?P<division>[\u4e00-\u9fff]{2,4}?[省市]))"
)


def _park_before_company(text: str, span: _Span) -> list[_Span]:
    """An engine's organisation of a park and the company in it
    (``攸县高新区返乡创业园湖南省澜科新创电子有限公司``): the park, a place, and
    the company from the division its registered name opens with."""
    start, end, label = span
    name = simplified_reading(text[start:end])
    if label != EntityType.ORG.value or not name.endswith(COMPANY_SUFFIXES):
        return [span]
    for m in _PARK_THEN_DIVISION.finditer(name):
        if admin_level(m["division"]) >= _CITY_LEVEL:
            cut = start + m.end()
            return [(start, cut, EntityType.PLACE.value), (cut, end, label)]
    return [span]


#: words for the land around a division: 通州地区, 平潭一带, 西安周边
_REGION_WORD = re.compile(r"(?:地区|一带|周边|境内|全境)$")


def _without_region_word(text: str, span: _Span) -> _Span:
    """A division written with a word for the land around it is that division,
    and so is a division run into a word that is no name (广西回村, 平潭一水)."""
    start, end, label = span
    if label != EntityType.PLACE.value:
        return span
    name = simplified_reading(text[start:end])
    run_on = _division_run_on(name)
    if run_on:
        return (start, start + run_on, label)
    m = _REGION_WORD.search(name)
    if m is None or m.start() < _MIN_NAME:
        return span
    if not load_divisions().candidates(name[: m.start()]):
        return span  # 珠三角地区, 东北地区: a region's own name
    return (start, start + m.start(), label)


#: the last characters of the names of buildings, sites and waters in a division
_FACILITY_HEADS = frozenset("馆店厦场站园城湖山河江港桥楼院所寺塔岛湾峡谷厂校堂")
#: the first characters of the function and measure words a division's name
#: runs into (平潭一水之隔, 湖南人): numerals, 之, 人, 的, 等, 和
_FUNCTION_STARTS = frozenset("一二两三之人的等和与及在是")
#: the longest word a division's name may run into (平潭 + 一水)
_MAX_RUN_ON = 2


def _division_run_on(name: str) -> int:
    """The length of the division ``name`` starts with when one or two characters
    that are no place follow it (广西 + 回村), else 0."""
    if name.endswith(PLACE_SUFFIXES) or name[-1] in _FACILITY_HEADS:
        return 0  # 天水宾馆, 平潭机场: the name of a place in the division
    table = load_divisions()
    for rest in range(1, _MAX_RUN_ON + 1):
        head, tail = name[:-rest], name[-rest:]
        if len(head) < _MIN_NAME:
            break
        if tail[0] not in _FUNCTION_STARTS:
            continue  # 东方明珠, 上海外滩: a name in the division
        if (head in PROVINCES or table.candidates(head)) and not table.candidates(tail):
            return len(head)
    return 0


def _qualifying_country(text: str, span: _Span) -> bool:
    """Whether ``span`` is the country written as the head of a name it qualifies."""
    start, end, label = span
    if label != EntityType.PLACE.value or end - start > len("中国西部"):
        return False
    window = simplified_reading(text[start : start + _QUALIFIED_WINDOW])
    m = _QUALIFIED_BY_COUNTRY.match(window) if window.startswith("中国") else None
    if m is None:
        return False
    if m["event"] is not None:
        # an event's own name follows its number, 暨 or a quote (第22届中国…交易会);
        # in 中国积极参与…峰会 the country acts
        return simplified_reading(text[start - 1 : start]) in _EVENT_OPENERS
    return True


def _join_dotted(text: str, spans: list[_Span]) -> list[_Span]:
    person = EntityType.PERSON.value
    out: list[_Span] = []
    for span in sorted(spans):
        if (
            out
            and span[2] == person
            and out[-1][2] == person
            and span[0] == out[-1][1] + 1
            and text[out[-1][1]] in _DOTS
        ):
            out[-1] = (out[-1][0], span[1], person)
            continue
        out.append(span)
    return out
