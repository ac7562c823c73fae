"""Tests for kgraph.export.neo4j: neo4j-admin import CSV files and a Cypher script."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kgraph.errors import InvalidInputError
from kgraph.export import write_graph, write_neo4j
from kgraph.export.neo4j import NEO4J_FILES, cypher_literal
from kgraph.types import EntityType, KnowledgeGraph


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def test_neo4j_nodes_have_ids_labels_and_typed_properties(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    write_neo4j(small_kg, tmp_path)
    header, rows = _rows(tmp_path / "nodes.csv")
    assert header[:2] == ["id:ID", ":LABEL"]
    assert {"label", "type", "aliases:string[]", "mentions:int", "value:double"} <= set(
        header
    )
    assert [r["id:ID"] for r in rows] == [e.id for e in small_kg.entities]
    by_label = {r["label"]: r for r in rows}
    assert by_label["南湖实验室"][":LABEL"] == "KgNode;Organization"
    assert by_label["陈学金"][":LABEL"] == "KgNode;Person"
    assert by_label["湘家荡区域"]["aliases:string[]"] == "七星街道"
    assert float(by_label["2亿元"]["value:double"]) == 2e8


def test_neo4j_relationships_join_the_node_ids(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    write_neo4j(small_kg, tmp_path)
    header, rows = _rows(tmp_path / "relationships.csv")
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"start:int", "end:int", "confidence:double", "evidence"} <= set(header)
    ids = {e.id for e in small_kg.entities}
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rows)
    types = sorted(r[":TYPE"] for r in rows)
    assert types == sorted(r.predicate.value.upper() for r in small_kg.relations)
    works = next(r for r in rows if r[":TYPE"] == "WORKS_FOR")
    assert works["role"] == "负责人"


def test_neo4j_cypher_script_creates_every_node_and_relationship(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    write_neo4j(small_kg, tmp_path)
    script = (tmp_path / "import.cypher").read_text(encoding="utf-8")
    statements = [s for s in script.splitlines() if s and not s.startswith("//")]
    assert statements[0].startswith("CREATE CONSTRAINT")
    assert all(s.endswith(";") for s in statements)
    rows = []
    for statement in statements[1:]:
        literal = re.match(r"UNWIND (\[.*\]) AS row ", statement)
        assert literal is not None
        # map keys are back-quoted identifiers; as JSON keys they parse
        rows += json.loads(re.sub(r"`([^`]*)`:", r'"\1":', literal.group(1)))
    nodes = [r for r in rows if "id" in r]
    assert sorted(r["id"] for r in nodes) == sorted(e.id for e in small_kg.entities)
    assert len(rows) - len(nodes) == len(small_kg.relations)
    assert "SET n += row.props, n:Money;" in script


def test_neo4j_through_write_graph_needs_a_folder(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    write_graph(small_kg, tmp_path / "neo", format="neo4j")
    assert sorted(p.name for p in (tmp_path / "neo").iterdir()) == sorted(NEO4J_FILES)
    import io

    with pytest.raises(InvalidInputError, match="folder"):
        write_graph(small_kg, io.BytesIO(), format="neo4j")


def test_neo4j_array_delimiter_inside_a_value(tmp_path: Path) -> None:
    from kgraph.types import Entity

    ent = Entity("org-1", EntityType.ORG, "甲", aliases=("a;b", "c"))
    write_neo4j(KnowledgeGraph(entities=(ent,)), tmp_path)
    _, rows = _rows(tmp_path / "nodes.csv")
    assert rows[0]["aliases:string[]"] == "a；b;c"


@given(st.text(max_size=30))
def test_neo4j_string_literals_read_back(value: str) -> None:
    """A Cypher string literal of any text is the JSON string of that text."""
    assert json.loads(cypher_literal(value)) == value


@pytest.mark.parametrize(
    ("value", "literal"),
    [(5.4e20, "5.4e20"), (1e-07, "1e-07"), (3, "3"), (True, "true"), (0.5, "0.5")],
)
def test_neo4j_number_literals(value: object, literal: str) -> None:
    assert cypher_literal(value) == literal
