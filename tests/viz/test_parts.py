"""One figure per connected part or per place (kgraph.viz.parts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.errors import InvalidInputError
from kgraph.types import KnowledgeGraph
from kgraph.viz.parts import MIN_PART, figure_parts, linked_entities, write_figures

pytest.importorskip("matplotlib")


def test_parts_are_the_connected_parts_biggest_first(dated_kg: KnowledgeGraph) -> None:
    parts = figure_parts(dated_kg, by="parts")
    sizes = [len(p.entities) for _, p in parts]
    # 湘家荡区域 part_of 南湖区; the project in the town of 黄岩区; the rest alone
    names = [name for name, _ in parts]
    assert names[-1].endswith("others") or all(s >= MIN_PART for s in sizes)
    ids = [{e.id for e in p.entities} for _, p in parts]
    assert {"project-1", "place-town", "place-huangyan", "money-3"} in ids
    big = [
        s for (n, _), s in zip(parts, sizes, strict=True) if not n.endswith("others")
    ]
    assert big == sorted(big, reverse=True)
    # no entity in two parts, every linked entity in one
    seen = [i for part in ids for i in part]
    assert len(seen) == len(set(seen))
    assert len(set(seen)) >= linked_entities(dated_kg)


def test_parts_by_place_hold_what_lies_in_each(dated_kg: KnowledgeGraph) -> None:
    parts = dict(figure_parts(dated_kg, by="places", level=3))
    assert list(parts) == ["01-黄岩区", "02-南湖区"]  # the bigger first
    assert {e.id for e in parts["01-黄岩区"].entities} == {
        "place-huangyan",
        "place-town",
        "project-1",  # located_in the town
        "money-3",  # what the project holds
    }
    assert {e.id for e in parts["02-南湖区"].entities} == {"place-zone", "place-nanhu"}


def test_parts_unknown_split_is_refused(dated_kg: KnowledgeGraph) -> None:
    with pytest.raises(InvalidInputError, match="choose one of parts, places"):
        figure_parts(dated_kg, by="documents")


def test_parts_write_one_file_each(dated_kg: KnowledgeGraph, tmp_path: Path) -> None:
    written = write_figures(dated_kg, tmp_path / "figs", format="svg")
    assert written and all(p.suffix == ".svg" and p.stat().st_size for p in written)
    assert [p.stem for p in written] == [n for n, _ in figure_parts(dated_kg)]
    with pytest.raises(InvalidInputError, match="choose one of pdf, png, svg"):
        write_figures(dated_kg, tmp_path / "x", format="jpg")
