"""Names grown from the NER engine's words up to a suffix of the genre's lexicon.

The engine cuts ``万托科技(嘉兴)有限公司`` into words and tags some of them; a
suffix of the lexicon (``有限公司``, ``园区``, ``街道``, ``项目``) read after
words that name something makes the whole a name. `EngineWords` looks the
engine's words up by character offset, `compound_names` grows the names and
`named_project` tells a named project (``丹灶镇智能工厂项目``) from a class of
projects (``丹灶镇新动工项目``).

A village or town the text names (``政久村``) lends its bare name to what is
named after it (``政久水稻种植专业合作社``): that name is a name's core wherever
the text writes it, whatever tag the engine gave it there.

A one-character word right after a verb is the verb's rest (增 + 资 of
``增资友达光电…``), never the first word of a name.
"""

from __future__ import annotations

import bisect
import re

from kgraph.extract.lexicon import (
    PARK_SUFFIXES,
    PLACE_SUFFIXES,
    admin_level,
    ending_regex,
)
from kgraph.types import EntityType

__all__ = ["CORE_TAGS", "EngineWords", "compound_names", "named_project"]

_Span = tuple[int, int, str]
_NAME_TAGS = frozenset({"ORG", "LOC", "PER", "nz", "n", "nw", "j", "vn", "an"})
CORE_TAGS = frozenset({"ORG", "LOC", "PER", "nz", "nw", "j"})
_OPEN, _CLOSE = frozenset("(（"), frozenset(")）")
_MAX_NAME = 30
_ROADS = frozenset({"路", "街", "大道", "巷"})
#: common nouns that end like a place or organisation suffix
_COMMON_NOUNS = frozenset(
    [
        "电路",
        "线路",
        "思路",
        "出路",
        "道路",
        "门路",
        "回路",
        "通路",
        "网路",
        "套路",
        "销路",
        "马路",
        "公路",
        "铁路",
        "城区",
        "市区",
        "辖区",
        "街区",
        "当局",
        "格局",
        "布局",
        "结局",
        "大局",
        "全局",
    ]
)
#: suffixes too generic to name a company after a bare place (美国公司, 中国企业)
_GENERIC_COMPANY = frozenset({"公司", "集团"})
_PARK_END = ending_regex(PARK_SUFFIXES)
_PLACE_END = ending_regex(PLACE_SUFFIXES)
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百\d]+$")  # 第二医院, 第一中学
#: the shortest name of a village or town that lends it to what it names (政久)
_MIN_LOCAL = 2
_INNER_LEVEL = re.compile("[省市县区镇乡]")


class EngineWords:
    """The engine's words ``(start, end, tag)`` over ``text``, looked up by offset.

    Examples
    --------
    >>> ws = EngineWords([(0, 2, "LOC"), (2, 4, "n")], "嘉兴工厂")
    >>> ws.index_at(3), ws.is_name(0)
    (1, True)

    A village or town the text names (``政久村``) lends its name to what is
    named after it without the level (``政久水稻种植专业合作社``): the bare name
    is a name's core wherever the text writes it, whatever the engine's tag.

    >>> text = "政久村成立政久水稻合作社"
    >>> ws = EngineWords([(0, 3, "LOC"), (3, 5, "v"), (5, 7, "a")], text)
    >>> ws.is_core(2)
    True
    """

    def __init__(self, words: list[tuple[int, int, str]], text: str) -> None:
        self.words = words
        self.text = text
        self.starts = [w[0] for w in words]
        self.ends = {w[1] for w in words}
        self.local_names = frozenset(
            name
            for start, end, tag in words
            if tag == "LOC"
            and text[end - 1] in "村镇乡"
            # the last of a chain the engine read as one word: 单城镇政久村
            and len(name := _INNER_LEVEL.split(text[start : end - 1])[-1]) >= _MIN_LOCAL
        )

    def is_core(self, i: int) -> bool:
        """Whether word ``i`` names something: a name's tag or a local name."""
        start, end, tag = self.words[i]
        return tag in CORE_TAGS or self.text[start:end] in self.local_names

    def index_at(self, char: int) -> int:
        """Index of the word containing ``char``."""
        return max(bisect.bisect_right(self.starts, char) - 1, 0)

    def is_name(self, i: int) -> bool:
        start, end, tag = self.words[i]
        word = self.text[start:end]
        if word in self.local_names:
            return True
        if tag == "m":
            return _ORDINAL.match(word) is not None
        return tag in _NAME_TAGS and not word.isspace()


def _left_extend(
    ws: EngineWords,
    first: int,
    *,
    brackets: bool,
    stop_at_loc: bool,
    stop_at_admin: bool,
    take_town: bool = False,
) -> tuple[int, bool]:
    """Extend left from word ``first`` over name-like words; return (start, has_core).

    ``brackets`` lets the name run through a bracketed place (``万托科技(嘉兴)有限
    公司``) unless the word before the bracket is itself a complete place name
    (``湘家荡区域(七星街道)`` is a name and its alias). ``stop_at_loc`` stops at
    place words: adjacent places are separate places (``南湖`` ``亚太路``);
    ``stop_at_admin`` only at administrative ones (``南湖区`` ``湘家荡区域``), but
    ``take_town`` keeps one town before an industrial park (``壶镇镇小微企业园``).
    """
    i, start, core = first - 1, ws.words[first][0], False
    while i >= 0:
        ws_start, ws_end, tag = ws.words[i]
        word = ws.text[ws_start:ws_end]
        if brackets and word in _CLOSE:
            j = i - 1
            while (
                j >= 0
                and j > i - 5
                and ws.text[ws.words[j][0] : ws.words[j][1]] not in _OPEN
            ):
                j -= 1
            inner = range(j + 1, i)
            if j <= 0 or not inner or any(ws.words[k][2] != "LOC" for k in inner):
                break  # only a bracketed place: 万托科技(嘉兴)有限公司
            before = ws.text[ws.words[j - 1][0] : ws.words[j - 1][1]]
            if not ws.is_name(j - 1) or _PLACE_END.search(before):
                break
            i, start = j - 1, ws.words[j][0]
            continue
        if not ws.is_name(i) or ws.words[first][1] - ws_start > _MAX_NAME:
            break
        if (
            ws_end - ws_start == 1
            and tag != "LOC"
            and i > 0
            and ws.words[i - 1][2] == "v"
        ):
            break  # 增 + 资: a verb's rest (增资友达光电…); 泛 of 出席泛珠三角 stays
        if stop_at_loc and tag not in CORE_TAGS:
            break  # a road or an administrative unit is named by a name (首都 海淀区)
        level = admin_level(word) if tag == "LOC" else 0
        if tag == "LOC" and (stop_at_loc or (stop_at_admin and level >= 2)):
            if (
                take_town
                and level == 2
                and not _PLACE_END.search(ws.text[start:ws_start])
            ):
                start, core = ws_start, True
            break
        core = core or ws.is_core(i)
        start = ws_start
        i -= 1
    return start, core


def compound_names(
    ws: EngineWords,
    pattern: re.Pattern[str],
    label: str,
    *,
    strong: tuple[str, ...] = (),
) -> list[_Span]:
    """Names of type ``label`` grown left from each ``pattern`` suffix over named words.

    A suffix (``有限公司``, ``园区``, ``项目``) ends a name when the engine's
    words before it name something (``CORE_TAGS``) or the suffix is ``strong``
    (``某某有限公司``); common nouns that only end like one (``电路``, ``当局``)
    and bare suffixes are not names.

    Examples
    --------
    >>> text = "万托科技(嘉兴)有限公司"
    >>> words = [(0, 4, "ORG"), (4, 5, "w"), (5, 7, "LOC"), (7, 8, "w"),
    ...          (8, 12, "n")]
    >>> ws = EngineWords(words, text)
    >>> compound_names(ws, re.compile("有限公司"), "ORG")
    [(0, 12, 'ORG')]
    """
    out: list[_Span] = []
    text = ws.text
    for m in pattern.finditer(text):
        s, e = m.span()
        if e not in ws.ends:
            continue
        first = ws.index_at(s)
        w_start, _, w_tag = ws.words[first]
        is_place = label == EntityType.PLACE.value
        if w_start < s and not ws.is_name(first):
            continue
        if w_start < s and (is_place or len(m.group()) == 1) and w_tag not in CORE_TAGS:
            continue  # 路 in 电路, 局 in 当局: inside a common noun, not a name
        if w_start < s and is_place and w_tag == "ORG" and len(m.group()) == 1:
            continue  # 盟 in 欧盟: the engine's organisation stays one
        if is_place and w_tag == "PER":
            continue  # 路 in 张之路: a person's name
        park = _PARK_END.search(text[s:e]) is not None
        if is_place and w_tag == "LOC" and not park:
            continue  # 广州, 东进路: the engine's place is already whole
        if w_start < s and text[w_start : ws.words[first][1]] in _COMMON_NOUNS:
            continue  # 电路, 线路: a word that only looks like a place
        if is_place and w_tag == "ORG" and m.group() in _ROADS:
            continue  # 鼎新电路 tagged ORG by the engine: a company, not a road
        start, core = _left_extend(
            ws,
            first,
            brackets=not is_place or park,
            stop_at_loc=is_place and not park,
            stop_at_admin=is_place,
            take_town=park and admin_level(text[s:e]) == 0,
        )
        if w_start < s:
            core = core or w_tag in CORE_TAGS
        if start >= s:
            continue  # a bare suffix such as 公司 or 园区
        named = core or (m.group() in strong and s - start >= 2)
        funded = label == EntityType.PROJECT.value and _invested(text, start)
        if not (named or funded):
            continue
        if m.group() in _GENERIC_COMPANY and _only_places(ws, start, s):
            continue  # 美国公司: American companies, not a company
        if core and not is_place:
            start = _trim_descriptors(ws, start, s)
        out.append((start, e, label))
    return out


_INVESTED = re.compile(r"投资[^，,。；;]{0,12}的$")


def _invested(text: str, start: int) -> bool:
    """``计划总投资3亿元的智能工厂项目``: the amount names the project it funds."""
    return _INVESTED.search(text, max(0, start - 16), start) is not None


def _only_places(ws: EngineWords, start: int, end: int) -> bool:
    i = ws.index_at(start)
    tags = set()
    while i < len(ws.words) and ws.words[i][0] < end:
        tags.add(ws.words[i][2])
        i += 1
    return tags == {"LOC"}


def _trim_descriptors(ws: EngineWords, start: int, end: int) -> int:
    """Drop common nouns before the first named word (``园区运营方``缙云县…公司)."""
    i = ws.index_at(start)
    while ws.words[i][0] < end and ws.words[i][2] not in CORE_TAGS:
        if ws.text[ws.words[i][0] : ws.words[i][1]] in _OPEN or ws.words[i][2] == "m":
            return start
        i += 1
    return min(ws.words[i][0], end) if ws.words[i][0] < end else start


_GENERIC_PROJECT_TAGS = frozenset(
    {"v", "vn", "vd", "a", "ad", "d", "m", "q", "f", "TIME"}
)
_GENERIC_PROJECT_WORDS = frozenset(
    {
        "重点",
        "重大",
        "产业",
        "招商",
        "签约",
        "新",
        "在建",
        "续建",
        "新建",
        "民生",
        "工业",
        "新动工",
        "新开工",
        "新签约",
        "新引进",
        "新落地",
        "新增",
        "开工",
        "竣工",
    }
)


def named_project(ws: EngineWords, span: _Span) -> bool:
    """Whether a ``…项目`` span names one project (not ``丹灶镇新动工项目``).

    A project named by a place and generic words only (新动工, 重点, 在建) is a
    class of projects, not a project.
    """
    first = i = ws.index_at(span[0])
    while ws.words[i][2] == "LOC" and ws.words[i][1] < span[1]:
        if not admin_level(ws.text[ws.words[i][0] : ws.words[i][1]]):
            break
        i += 1
    if i == first:
        return True  # the name does not start with a place: its core named it
    body = [w for w in ws.words[i:] if w[1] <= span[1] - len("项目")]
    return any(
        tag not in _GENERIC_PROJECT_TAGS and ws.text[s:e] not in _GENERIC_PROJECT_WORDS
        for s, e, tag in body
    )
