"""The article's own place of each level, for the posts that name only a level.

A post written with its level alone (``市长X``, ``县委书记X``, ``省长X``) names a
body of the article's place of that level: the one the article names most
often. A city or county is often written without its level (``淮南`` for
淮南市, ``张志强指出，淮南正处于…``): such a name counts for its level where
the division table knows exactly one division of that name and level. A
province counts the places the table puts inside it too, and where the article
writes no province, two or more of its places that lie in one province alone
(``太原、忻州``: 山西) name it.
"""

from __future__ import annotations

from collections import Counter

from kgraph.divisions.table import load_divisions
from kgraph.extract.lexicon import PROVINCES

__all__ = ["article_place", "places_of_level"]

# the level a bare post names, and the words the place's own name ends with
_LEVEL_ENDS = {
    "省": ("省",),
    "市": ("市",),
    "州": ("州",),
    "盟": ("盟",),
    "县": ("县",),
    "区": ("区", "新区"),
    "旗": ("旗",),
    "镇": ("镇",),
    "乡": ("乡",),
}
#: the places of one province that name it when the article writes no province
_PINNING_PLACES = 2
#: levels a name is written without (淮南, 凤台); a bare 南湖 is no 南湖区
_BARE_LEVELS = frozenset("市县")


def article_place(
    level: str | None, places: Counter[tuple[str, str]], level_written: str = ""
) -> str:
    """The place of ``level`` the article names most often, as written ('' if none).

    Parameters
    ----------
    level : str or None
        The level a bare post names (``市`` of ``市长``, ``县`` of ``县委书记``).
    places : Counter of (str, str)
        The article's place mentions: (name read in simplified characters,
        name as written) and how often each is written.
    level_written : str
        The level as the post writes it (``縣`` in traditional characters),
        added to a place the article writes without it; ``level`` if empty.

    Examples
    --------
    >>> places = Counter({("淮南", "淮南"): 3, ("凤台县", "凤台县"): 1})
    >>> article_place("市", places), article_place("县", places)
    ('淮南市', '凤台县')
    >>> article_place("市", Counter({("南湖区", "南湖区"): 2}))
    ''
    """
    if level is None:
        return ""
    if level == "省":
        return _article_province(places)
    tally, written_as = _tally(level, places, level_written)
    if not tally:
        return ""
    best = max(tally, key=lambda n: (tally[n], n))
    return written_as[best]


def places_of_level(level: str, places: Counter[tuple[str, str]]) -> int:
    """How many places of ``level`` the article names (its provinces for 省).

    Examples
    --------
    >>> places = Counter({("广东省", "广东省"): 1, ("海南省", "海南省"): 2})
    >>> places_of_level("省", places), places_of_level("市", places)
    (2, 0)
    """
    if level == "省":
        return len({s for name, _ in places if (s := _province_short(name))})
    return len(_tally(level, places, "")[0])


def _tally(
    level: str, places: Counter[tuple[str, str]], level_written: str
) -> tuple[Counter[str], dict[str, str]]:
    """The mentions of each place of ``level`` and how the article writes it."""
    tally: Counter[str] = Counter()
    written_as: dict[str, str] = {}
    for (name, written), count in places.items():
        if name.endswith(_LEVEL_ENDS[level]) and len(name) > len(level):
            full, full_written = name, written
        elif _bare_of_level(name, level):
            # 淮南 written bare: the city 淮南市 the division table knows
            full = name + level
            full_written = written + (level_written or level)
        else:
            continue
        tally[full] += count
        if full == name or full not in written_as:
            written_as[full] = full_written
    return tally, written_as


def _bare_of_level(name: str, level: str) -> bool:
    """Whether ``name`` is one division of ``level`` written without its level."""
    table = load_divisions()
    return (
        level in _BARE_LEVELS
        and name not in table.by_name
        and len(table.by_name.get(name + level, ())) == 1
    )


def _article_province(places: Counter[tuple[str, str]]) -> str:
    """The province the article's places lie in most often, as the article writes it.

    A province counts its own mentions and those of every place the division
    table puts in it alone (天水市 counts for 甘肃), so a province named once
    beside others (陕、甘、川、宁四省) is still told from the article's own.
    Only a province the article writes is returned ('' if none).
    """
    table = load_divisions()
    tally: Counter[str] = Counter()
    written_as: dict[str, str] = {}
    inner: dict[str, set[str]] = {}  # the places the table puts in each province
    for (name, written), count in places.items():
        short = _province_short(name)
        if short is not None:
            tally[short] += count
            written_as.setdefault(short, written[: len(short)])
            continue
        inside = {
            _province_short(table.path(d.code)[0].name) for d in table.candidates(name)
        }
        province = inside.pop() if len(inside) == 1 else None
        if province is not None:
            tally[province] += count
            inner.setdefault(province, set()).add(name)
    named = [p for p in tally if p in written_as]
    if not named:
        return _unwritten_province(inner, places)
    best = max(named, key=lambda p: tally[p])  # a tie: the first written
    return written_as[best] + "省"


def _unwritten_province(
    inner: dict[str, set[str]], places: Counter[tuple[str, str]]
) -> str:
    """The one province all the article's places lie in, where it writes none.

    A provincial paper names its own cities and counties, not its province
    (``太原、忻州两地``, ``省委常委、常务副省长X``): two or more places of the
    article, each in that province alone, and none in another, pin it down.
    """
    if len(inner) != 1:
        return ""
    ((province, names),) = inner.items()
    if len(names) < _PINNING_PLACES:
        return ""
    return province + "省"


def _province_short(name: str) -> str | None:
    """The short name of the province ``name`` is (甘肃省, 甘肃 -> 甘肃), else None.

    Only provinces proper: a municipality or an autonomous region has no 省.
    """
    short = name[:-1] if name.endswith("省") else name
    if short in PROVINCES and (short == name or name.endswith("省")):
        return short if _is_province_proper(short) else None
    return None


def _is_province_proper(short: str) -> bool:
    name = short + "省"
    return any(d.name == name for d in load_divisions().candidates(name))
