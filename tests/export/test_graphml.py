"""Tests for kgraph.export.graphml."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest

from kgraph.export.graphml import write_graphml
from kgraph.ids import mint_id
from kgraph.types import Entity, EntityType, KnowledgeGraph


def _read(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    buf = io.BytesIO()
    write_graphml(kg, buf)
    buf.seek(0)
    return nx.read_graphml(buf, force_multigraph=True)


def _ids(kg: KnowledgeGraph) -> dict[str, str]:
    return {e.label: e.id for e in kg.entities}


def test_graphml_reads_back(small_kg: KnowledgeGraph, tmp_path: Path) -> None:
    dest = tmp_path / "kg.graphml"
    write_graphml(small_kg, dest)
    graph = nx.read_graphml(dest, force_multigraph=True)
    assert graph.is_directed()
    assert sorted(graph) == sorted(e.id for e in small_kg.entities)
    assert graph.number_of_edges() == len(small_kg.relations)


def test_graphml_joins_aliases(small_kg: KnowledgeGraph) -> None:
    node = _read(small_kg).nodes[_ids(small_kg)["湘家荡区域"]]
    assert node["aliases"] == "七星街道"
    assert node["mentions"] == 2
    assert node["type"] == "PLACE"


def test_graphml_keeps_money_value(small_kg: KnowledgeGraph) -> None:
    node = _read(small_kg).nodes[_ids(small_kg)["2亿元"]]
    assert node["value"] == 200_000_000.0
    assert node["currency"] == "CNY"
    assert "value_max" not in node


def test_graphml_drops_none_role(small_kg: KnowledgeGraph) -> None:
    edges = {d["relation"]: d for _, _, d in _read(small_kg).edges(data=True)}
    assert edges["works_for"]["role"] == "负责人"
    assert "role" not in edges["located_in"]
    assert edges["located_in"]["start"] >= 0


def test_graphml_write_is_byte_identical(small_kg: KnowledgeGraph) -> None:
    one, two = io.BytesIO(), io.BytesIO()
    write_graphml(small_kg, one)
    write_graphml(small_kg, two)
    assert one.getvalue() == two.getvalue()


@pytest.mark.parametrize(
    "label", ['引号"和\\反斜杠', "换行\n两行", "<尖括号> & ]]>", "表情😀"]
)
def test_graphml_tricky_label_survives_round_trip(label: str) -> None:
    ent = Entity(mint_id(EntityType.ORG, label), EntityType.ORG, label)
    graph = _read(KnowledgeGraph(entities=(ent,)))
    assert graph.nodes[ent.id]["label"] == label


def test_graphml_replaces_xml_illegal_characters() -> None:
    ent = Entity("org-1", EntityType.ORG, "控制\x0b字符")
    with pytest.warns(UserWarning, match="U\\+FFFD"):
        graph = _read(KnowledgeGraph(entities=(ent,)))
    assert graph.nodes["org-1"]["label"] == "控制\ufffd字符"
