"""Tests for kgraph.store.reader: from_store is the inverse of GraphStore.add."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgraph import canonical, from_store
from kgraph.errors import InvalidInputError
from kgraph.store.graph_store import GraphStore
from kgraph.types import KnowledgeGraph

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted((ROOT / "tests" / "data" / "corpus").glob("*.txt"))


def _stored(kg: KnowledgeGraph, folder: Path) -> Path:
    with GraphStore(folder) as store:
        store.add(kg)
    return folder


def test_store_reader_small_kg_comes_back(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    assert from_store(_stored(small_kg, tmp_path / "db")) == canonical(small_kg)


def test_store_reader_rich_kg_comes_back(
    rich_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    assert from_store(_stored(rich_kg, tmp_path / "db")) == canonical(rich_kg)


def test_store_reader_reads_an_open_store_and_leaves_it_open(
    rich_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    with GraphStore(tmp_path / "db") as store:
        store.add(rich_kg)
        assert from_store(store) == canonical(rich_kg)
        assert len(store) > 0  # still usable


def test_store_reader_missing_store_is_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="no triple store at"):
        from_store(tmp_path / "nothing")


def test_store_reader_foreign_quads_are_refused(tmp_path: Path) -> None:
    data = tmp_path / "foreign.ttl"
    data.write_text(
        '@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n<urn:x:a> foaf:name "A" .\n',
        encoding="utf-8",
    )
    with GraphStore(tmp_path / "db") as store:
        store.load(data)
        with pytest.raises(InvalidInputError) as info:
            from_store(store)
    message = str(info.value)
    assert "not a kgraph graph" in message and "db" in message
    assert "\n" not in message


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_store_reader_any_graph_comes_back(
    kg_strategy: st.SearchStrategy[KnowledgeGraph], data: st.DataObject
) -> None:
    kg = data.draw(kg_strategy)
    with tempfile.TemporaryDirectory() as folder:
        assert from_store(_stored(kg, Path(folder) / "db")) == canonical(kg)


@pytest.mark.slow
def test_store_reader_build_into_store_comes_back(
    nlp_lac,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    import kgraph
    from kgraph.cli import main

    store = tmp_path / "db"
    assert main(["build", *map(str, CORPUS), "--into", str(store)]) == 0
    built = kgraph.build([(p.stem, p.read_text(encoding="utf-8")) for p in CORPUS])
    sources = {p.stem: str(p) for p in CORPUS}
    want = replace(
        built,
        documents=tuple(replace(d, source=sources[d.doc_id]) for d in built.documents),
    )
    assert from_store(store) == canonical(want)
