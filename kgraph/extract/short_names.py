"""Short forms that stand for a longer name the same article writes.

Two regularities of the genre, both read in either script:

* a one-character abbreviation of a province or special region (``港``,
  ``澳``, ``沪``, ``津``, ``滇``; ``华`` for China) is a short form of that
  region's full name (``香港``, ``澳門``, ``上海市``) when the article writes
  the full name too: it is one place, not a second one;
* a person's name one character shorter than another person's name of the
  same article that starts with it (``劉凱`` beside ``劉凱旋``) is a cut of
  that name by the engine, not a second person.
"""

from __future__ import annotations

import re

from kgraph.divisions.table import load_divisions
from kgraph.extract.lexicon import (
    ADMIN_LEVEL,
    COMPANY_SUFFIXES,
    ORG_SUFFIXES,
    admin_level,
    ending_regex,
)
from kgraph.extract.script import simplified_reading
from kgraph.types import EntityType

__all__ = ["person_short_form", "region_short_form", "short_form_of"]

_ORG_SUFFIX_END = ending_regex(ORG_SUFFIXES)
_MIN_CORE = 2
_COMPANY = frozenset(COMPANY_SUFFIXES)
#: an office or department written after a body's whole name (联谊会 + 办公室)
_OFFICE_TAIL = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:办公室|秘书处|部|处)")
#: bodies whose departments extend their name (市委 → 市委宣传部)
_BODIES = ("委", "政府", "局", "厅")

#: one-character abbreviations and the full names they stand for (simplified)
_REGIONS: dict[str, tuple[str, ...]] = {
    "京": ("北京",),
    "津": ("天津",),
    "沪": ("上海",),
    "渝": ("重庆",),
    "冀": ("河北",),
    "晋": ("山西",),
    "辽": ("辽宁",),
    "黑": ("黑龙江",),
    "苏": ("江苏",),
    "浙": ("浙江",),
    "皖": ("安徽",),
    "闽": ("福建",),
    "赣": ("江西",),
    "鲁": ("山东",),
    "豫": ("河南",),
    "鄂": ("湖北",),
    "湘": ("湖南",),
    "粤": ("广东",),
    "桂": ("广西",),
    "琼": ("海南",),
    "川": ("四川",),
    "蜀": ("四川",),
    "黔": ("贵州",),
    "滇": ("云南",),
    "藏": ("西藏",),
    "陕": ("陕西",),
    "甘": ("甘肃",),
    "陇": ("甘肃",),
    "青": ("青海",),
    "宁": ("宁夏",),
    "疆": ("新疆",),
    "港": ("香港",),
    "澳": ("澳门",),
    "台": ("台湾",),
    "华": ("中国", "中华人民共和国"),
}


#: levels written after a province or special region's name
_LEVELS = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "地区",
    "省",
    "市",
)


def region_short_form(short: str, names: list[str]) -> str | None:
    """The full region name among ``names`` that one-character ``short`` abbreviates.

    Parameters
    ----------
    short : str
        A place name as written (either script).
    names : list of str
        The other place names of the article.

    Returns
    -------
    str or None
        The shortest name that is the region's full name (with or without a
        level such as ``市``/``省``/``特别行政区``), or None.

    Examples
    --------
    >>> region_short_form("港", ["香港", "深圳"])
    '香港'
    >>> region_short_form("滬", ["上海市", "北京"])
    '上海市'
    >>> region_short_form("港", ["深圳"]) is None
    True
    """
    fulls = _REGIONS.get(simplified_reading(short))
    if fulls is None:
        return None
    found = sorted(
        (
            n
            for n in names
            if n != short and _level_dropped(simplified_reading(n)) in fulls
        ),
        key=len,
    )
    return found[0] if found else None


def _level_dropped(name: str) -> str:
    """``name`` without a trailing level of a province or special region."""
    for level in _LEVELS:
        if name.endswith(level) and len(name) > len(level) + 1:
            return name[: -len(level)]
    return name


def person_short_form(short: str, names: list[str]) -> str | None:
    """The one person name of ``names`` that ``short`` is a one-character cut of.

    Parameters
    ----------
    short : str
        A person's name of two characters or more.
    names : list of str
        The person names of the article.

    Returns
    -------
    str or None
        The name one character longer that starts with ``short``, if exactly one.

    Examples
    --------
    >>> person_short_form("劉凱", ["劉凱", "劉凱旋", "王芳"])
    '劉凱旋'
    >>> person_short_form("王芳", ["王芳", "王芳芳", "王芳菲"]) is None
    True
    """
    if len(short) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in short):
        return None
    found = [n for n in names if len(n) == len(short) + 1 and n.startswith(short)]
    return found[0] if len(found) == 1 else None


def short_form_of(short: str, names: list[str], label: str) -> str | None:
    """The one longer name ``short`` abbreviates in this document, if exactly one.

    ``label`` is the names' type; ``names`` are the document's names of it.

    Examples
    --------
    >>> short_form_of("衍视公司", ["嘉兴衍视电子科技有限公司", "南湖实验室"], "ORG")
    '嘉兴衍视电子科技有限公司'
    >>> short_form_of("嘉兴", ["嘉兴市"], "PLACE")
    '嘉兴市'
    >>> short_form_of("合肥", ["合肥开发区"], "PLACE") is None
    True
    >>> short_form_of("友达光电股份有限公司", ["友达光电(厦门)有限公司"], "ORG") is None
    True
    """
    if label == EntityType.PERSON.value:
        return person_short_form(short, names)
    if label == EntityType.PLACE.value and len(short) == 1:
        return region_short_form(short, names)
    if label == EntityType.PLACE.value:
        # 嘉兴 of 嘉兴市, 湘家荡 of 湘家荡区域; never 东城街道 of 东城街道工业园区,
        # nor 耒阳市 of 耒阳市经济开发区: a division name is complete
        if admin_level(short):
            return None
        found = [
            n for n in names if n.startswith(short) and n[len(short) :] in ADMIN_LEVEL
        ]
        if _is_division(short):
            # 合肥 is the city, never 合肥开发区 cut short (湘家荡 of 湘家荡区域 is)
            found = [n for n in found if n[len(short) :] not in _ZONE_LEVELS]
        admin = [n for n in found if len(n) - len(short) <= 2]
        found = admin if len(found) > 1 and len(admin) == 1 else found
    elif label == EntityType.ORG.value:
        found = [n for n in names if len(n) > len(short) and _abbreviates(short, n)]
    else:
        return None
    return found[0] if len(found) == 1 else None


#: the levels of zones, which a division's own name never abbreviates
_ZONE_LEVELS = frozenset({"区域", "经济开发区", "开发区", "高新区"})


def _is_division(name: str) -> bool:
    """Whether the division table knows ``name`` as a division (合肥: 合肥市)."""
    return bool(load_divisions().candidates(name))


def _abbreviates(short: str, full: str) -> bool:
    """Whether ORG name ``short`` abbreviates ``full``.

    ``衍视公司`` abbreviates ``嘉兴衍视电子科技有限公司`` (core 衍视, a company
    suffix on both); ``南湖研究院`` abbreviates ``中电科南湖研究院``; but
    ``南湖实验室`` does not abbreviate ``中电科南湖研究院`` (different suffix).
    """
    suffix = _ORG_SUFFIX_END.search(short)
    core = short[: suffix.start()] if suffix else short
    if len(core) < _MIN_CORE or core not in full:
        return False
    if suffix is not None and "有限" in suffix.group():
        # 联强国际股份有限公司 is a registered name of its own, not 联强国际
        # (中国)投资有限公司 cut short: the parent beside its subsidiary
        return False
    if short.endswith(_BODIES) and full.startswith(short):
        return False  # 嘉兴市委 is a body of its own, not 嘉兴市委宣传部 cut short
    if full.startswith(short) and _OFFICE_TAIL.fullmatch(full[len(short) :]):
        return False  # 上海海外联谊会 is not its 办公室, 中联办 not its 教青部
    if suffix is None:
        return full.startswith(core) or _ORG_SUFFIX_END.search(full) is not None
    full_suffix = _ORG_SUFFIX_END.search(full)
    if full_suffix is None:
        return False
    if full.endswith(suffix.group()):
        return True
    return suffix.group() in _COMPANY and full_suffix.group() in _COMPANY
