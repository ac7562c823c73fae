"""Periods and publication dates in RDF: OWL-Time intervals, schema:datePublished."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgraph.export import write_graph
from kgraph.export.readers import read_graph
from kgraph.export.vocab import PREFIXES
from kgraph.tables import money_frame
from kgraph.types import KnowledgeGraph

ROOT = Path(__file__).parents[2]
_PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
_BASE = "https://kgraph-zh.github.io/id/"


def _store(kg: KnowledgeGraph, tmp_path: Path, suffix: str = ".ttl") -> ox.Store:
    path = tmp_path / f"kg{suffix}"
    write_graph(kg, path)
    store = ox.Store()
    fmt = ox.RdfFormat.TURTLE if suffix == ".ttl" else ox.RdfFormat.TRIG
    store.load(path=str(path), format=fmt)
    return store


def _values(store: ox.Store, sparql: str) -> list[tuple[str, ...]]:
    rows = store.query(_PROLOGUE + f"PREFIX kgid: <{_BASE}>\n" + sparql)
    return sorted(tuple(term.value for term in row) for row in rows)  # type: ignore[union-attr]


def test_time_terms_event_period_is_an_owl_time_interval(
    dated_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    store = _store(dated_kg, tmp_path)
    got = _values(
        store,
        """SELECT ?start ?end WHERE {
             kgid:event-1 time:hasTime ?i . ?i a time:Interval ;
               time:hasBeginning/time:inXSDDate ?start ;
               time:hasEnd/time:inXSDDate ?end }""",
    )
    assert got == [("2024-01-01", "2024-06-30")]
    # 今年上半年 and 1至6月 of the same article: one interval node
    shared = _values(
        store,
        "SELECT ?i WHERE { kgid:event-1 time:hasTime ?i . "
        "kgid:event-2 time:hasTime ?i }",
    )
    assert len(shared) == 1
    dated = _values(
        store,
        """SELECT ?d WHERE { ?a kg:docId "a" ; schema:datePublished ?d
             FILTER (DATATYPE(?d) = xsd:date) }""",
    )
    assert dated == [("2024-07-15",)]


def test_time_terms_open_interval_has_an_end_only(
    dated_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    event = replace(dated_kg.events[0], period="截至2023年底")
    kg = replace(dated_kg, events=(event,))
    store = _store(kg, tmp_path)
    begins = "SELECT ?s WHERE { kgid:event-1 time:hasTime/time:hasBeginning ?s }"
    assert _values(store, begins) == []
    assert _values(
        store,
        "SELECT ?e WHERE { kgid:event-1 time:hasTime/time:hasEnd/time:inXSDDate ?e }",
    ) == [("2023-12-31",)]


@pytest.mark.parametrize(
    "suffix", [".ttl", ".trig", ".nt", ".nq", ".jsonld", ".json", ".graphml"]
)
def test_time_terms_dates_come_back_from_every_format(
    dated_kg: KnowledgeGraph, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"kg{suffix}"
    write_graph(dated_kg, path)
    got = read_graph(path)
    assert [d.date for d in got.documents] == [d.date for d in dated_kg.documents]
    assert money_frame(got).equals(money_frame(dated_kg))


def _notebook_query(name: str, marker: str) -> str:
    notebook = json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        source = "".join(cell["source"])
        if cell["cell_type"] == "code" and marker in source:
            found = re.search(r'store\.query\("""(.*?)"""\)', source, re.S)
            assert found is not None
            return found.group(1)
    raise AssertionError(f"no cell of {name} holds {marker!r}")


def test_time_terms_notebook_query_agrees_with_the_groupby(
    dated_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    """The triple-store notebook's "investment by county by year" query, run on a
    TriG file, gives the totals of the analysis notebook's pandas groupby."""
    query = _notebook_query("triple_store.ipynb", "GROUP BY ?code ?year")
    store = _store(dated_kg, tmp_path, ".trig")
    rows = store.query(_PROLOGUE + query, use_default_graph_as_union=True)
    variables = [v.value for v in rows.variables]  # type: ignore[union-attr]
    sparql = {
        (
            row[variables.index("county")].value,
            int(row[variables.index("year")].value),
        ): float(row[variables.index("yuan")].value)
        for row in rows  # type: ignore[union-attr]
    }
    frame = money_frame(dated_kg)
    invested = frame[
        frame["event_id"].notna()
        & (frame["measure"] == "investment")
        & (frame["currency"] == "CNY")
    ]
    pandas = invested.groupby(["county", "year"])["value"].sum().to_dict()
    assert (
        sparql
        == pandas
        == {
            ("南湖区", 2022): 50_000_000.0,
            ("南湖区", 2024): 400_000_000.0,
            ("黄岩区", 2023): 200_000_000.0,
        }
    )
