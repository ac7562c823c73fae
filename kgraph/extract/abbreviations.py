"""Places written as runs of one-character abbreviations (``疆港``, ``皖赣铁路``).

News writes partnerships and corridors with the one-character short names of
provinces, special regions and neighbouring countries: ``疆港两地`` (Xinjiang
and Hong Kong), ``融杭接沪区域合作``, ``中吉乌铁路`` (China–Kyrgyzstan–
Uzbekistan). An engine cuts such runs anywhere; the rules here state:

* a run of two or more abbreviations (with at most a region word such as
  ``区域``/``地区``/``两地``) is no place unless the division table knows it
  (``贵港`` is a city): the single abbreviations are the places; nor is
  ``港区``/``澳区``, Hong Kong's or Macau's members of a national body
  (``澳区全国政协委员``); nor, whatever the engine's label, an abbreviation
  before 企, 商 or 籍 (``浙企``, ``苏商``, ``浙籍``): a class of companies,
  businesspeople or natives;
* a railway or road named by abbreviations is one place (``皖赣铁路``), never a
  fragment of one (``赣铁路``);
* ``X区域``/``X地区`` before ``合作``, ``研究``, ``发展`` … is a modifier
  (``泛珠三角区域合作``): the place is X.
"""

from __future__ import annotations

import re

from kgraph.divisions.table import load_divisions
from kgraph.extract.lexicon import PROVINCES
from kgraph.types import EntityType

__all__ = ["ABBREVIATIONS", "fix_abbreviations"]

_Span = tuple[int, int, str]

#: one-character short names: provinces and special regions (京 津 沪 … 港 澳
#: 台), the neighbouring countries of corridor names (中 俄 吉 乌 哈 …) and the
#: partners of China's bilateral names that are no common word's end (中葡平台,
#: 中欧班列, 中德产业园)
ABBREVIATIONS = frozenset(
    "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新疆"
    "港澳台杭甬穗深榕厦蓉成"
    "中俄美日韩朝哈乌塔土巴"
    "葡欧德英泰缅"
)
_REGION_WORDS = ("区域", "地区", "两地", "三地", "两岸", "三省", "沿线")
_ROUTES = ("铁路", "高铁", "高速公路", "高速", "城际铁路", "公路", "运河")
_RUN = "[" + "".join(sorted(ABBREVIATIONS)) + "]"
#: or Hong Kong's or Macau's members as a region of a national body (澳区全国政协委员)
_ABBREVIATION_RUN = re.compile(
    rf"{_RUN}{{2,}}(?:{'|'.join(_REGION_WORDS)})?$|{_RUN}(?:{'|'.join(_REGION_WORDS)})$"
    r"|[港澳]区$"
)
#: a class named by a region's abbreviation: its companies, business, natives
_REGIONAL_CLASS = re.compile(rf"{_RUN}+[企商籍]$")
_ROUTE = re.compile(rf"{_RUN}{{2,}}(?:{'|'.join(_ROUTES)})")
#: nouns a region word modifies rather than ends a name before (区域合作)
_MODIFIED = re.compile(
    r"(?:区域|地区)(?=合作|研究|发展|协同|一体化|经济|交流|协作|联动|融合)"
)
_PLACE = EntityType.PLACE.value
#: a person's given name may be written with the same characters (苏英, 秦德)
_PERSON = EntityType.PERSON.value
#: Taiwan's divisions, not in the mainland table, that read as a run (台 + 中)
_TAIWAN = frozenset({"台中"})


def fix_abbreviations(text: str, spans: list[_Span]) -> list[_Span]:
    """Drop abbreviation runs, join routes named by abbreviations, trim modifiers.

    Parameters
    ----------
    text
        The document text.
    spans
        ``(start, end, label)`` entity spans.

    Examples
    --------
    >>> text = "疆港两地合作,穿越皖赣铁路,开展中亚区域研究"
    >>> spans = [(0, 2, "PLACE"), (9, 10, "PLACE"), (10, 13, "PLACE"),
    ...          (16, 20, "PLACE")]
    >>> [text[s:e] for s, e, _ in fix_abbreviations(text, spans)]
    ['皖赣铁路', '中亚']
    >>> fix_abbreviations("浙企出海，苏商回乡", [(0, 2, "PLACE"), (5, 7, "PERSON")])
    []
    """
    spans = _trim_modifiers(text, spans)
    routes = []
    for m in _ROUTE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in spans):
            routes.append((m.start(), m.end(), _PLACE))
    out = [
        s
        for s in spans
        if not any(r[0] <= s[0] and s[1] <= r[1] and s != r for r in routes)
        and not (s[2] != _PERSON and _abbreviation_run(text[s[0] : s[1]]))
        and not _REGIONAL_CLASS.match(text, s[0], s[1])
    ]
    return sorted(set(out) | set(routes))


def _abbreviation_run(surface: str) -> bool:
    if _ABBREVIATION_RUN.match(surface) is None:
        return False
    if surface in PROVINCES or surface in _TAIWAN:
        return False  # 新疆, 辽宁
    table = load_divisions()
    return surface not in table.by_name and surface not in table.by_base


def _trim_modifiers(text: str, spans: list[_Span]) -> list[_Span]:
    """``泛珠三角区域`` before ``合作``: the place is ``泛珠三角``."""
    out = []
    for start, end, label in spans:
        m = _MODIFIED.search(text, start)
        if label == _PLACE and m is not None and m.end() == end and m.start() > start:
            name = text[start : m.start()]
            # a zone written X区域 elsewhere as a name stays one (湘家荡区域)
            if not _named_elsewhere(text, text[start:end]):
                end = start + len(name)
        out.append((start, end, label))
    return out


def _named_elsewhere(text: str, name: str) -> bool:
    for m in re.finditer(re.escape(name), text):
        if _MODIFIED.match(text, m.end() - 2) is None:
            return True
    return False
