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

from kgraph.extract.script import simplified_reading

__all__ = ["person_short_form", "region_short_form"]

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
