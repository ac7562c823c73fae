"""Tests for kgraph.export.nodelink: the node-link JSON contract."""

from __future__ import annotations

import inspect
import io
import json
from pathlib import Path
from typing import Any

import pytest
from networkx.readwrite import json_graph

from kgraph.export.nodelink import dumps_node_link, to_node_link, write_node_link
from kgraph.ids import mint_id
from kgraph.types import Entity, EntityType, KnowledgeGraph

NODE_TYPES = {"PERSON", "ORG", "PLACE", "MONEY", "PROJECT", "ARTICLE"}
LINK_KEYS = {"source", "target", "relation", "evidence", "doc_id", "start", "end"}


def _graph_from(data: dict[str, Any]) -> Any:
    if "edges" in inspect.signature(json_graph.node_link_graph).parameters:
        return json_graph.node_link_graph(data, edges="edges")
    return json_graph.node_link_graph(data, link="edges")  # pragma: no cover


def test_nodelink_reads_back_with_networkx_defaults(small_kg: KnowledgeGraph) -> None:
    """networkx >= 3.4 reads "edges" by default: no keyword needed."""
    graph = json_graph.node_link_graph(to_node_link(small_kg))
    assert graph.number_of_edges() == len(small_kg.relations)
    assert graph.number_of_nodes() == len(small_kg.entities)


def test_nodelink_has_node_contract_keys(small_kg: KnowledgeGraph) -> None:
    nodes = to_node_link(small_kg)["nodes"]
    assert len(nodes) == len(small_kg.entities)
    for node in nodes:
        assert {"id", "label", "type"} <= set(node)
        assert node["type"] in NODE_TYPES


def test_nodelink_money_nodes_have_value_currency_qualifier(
    small_kg: KnowledgeGraph,
) -> None:
    money = [n for n in to_node_link(small_kg)["nodes"] if n["type"] == "MONEY"]
    assert len(money) == 1
    assert isinstance(money[0]["value"], float)
    assert money[0]["value"] == 200_000_000.0
    assert money[0]["currency"] == "CNY"
    assert money[0]["qualifier"] == "exact"


def test_nodelink_has_link_contract_keys(small_kg: KnowledgeGraph) -> None:
    links = to_node_link(small_kg)["edges"]
    assert len(links) == len(small_kg.relations)
    for link in links:
        assert set(link) >= LINK_KEYS
        assert isinstance(link["start"], int)
        assert isinstance(link["end"], int)
        assert link["evidence"]


def test_nodelink_links_carry_relation_values(small_kg: KnowledgeGraph) -> None:
    relations = sorted(link["relation"] for link in to_node_link(small_kg)["edges"])
    assert relations == [
        "has_investment",
        "located_in",
        "part_of",
        "part_of",
        "reported_by",
        "works_for",
    ]


def test_nodelink_json_parses_back_to_contract(small_kg: KnowledgeGraph) -> None:
    buf = io.BytesIO()
    write_node_link(small_kg, buf)
    data = json.loads(buf.getvalue().decode("utf-8"))
    money = next(n for n in data["nodes"] if n["type"] == "MONEY")
    assert money["value"] == 200_000_000.0
    assert all(set(link) >= LINK_KEYS for link in data["edges"])


def test_nodelink_write_is_byte_identical(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    write_node_link(small_kg, one)
    write_node_link(small_kg, two)
    assert one.read_bytes() == two.read_bytes()
    assert one.read_bytes() == dumps_node_link(small_kg).encode("utf-8")


def test_nodelink_keeps_chinese_unescaped(small_kg: KnowledgeGraph) -> None:
    text = dumps_node_link(small_kg)
    assert "南湖实验室" in text
    assert "\\u" not in text
    assert text.endswith("}\n")


def test_nodelink_loads_into_networkx(small_kg: KnowledgeGraph) -> None:
    graph = _graph_from(to_node_link(small_kg))
    assert graph.is_multigraph()
    assert graph.is_directed()
    assert graph.number_of_nodes() == len(small_kg.entities)
    assert graph.number_of_edges() == len(small_kg.relations)


@pytest.mark.parametrize(
    "label", ['引号"和\\反斜杠', "换行\n回车\r", "<尖括号> &", "表情😀"]
)
def test_nodelink_tricky_label_survives_round_trip(label: str) -> None:
    ent = Entity(mint_id(EntityType.ORG, label), EntityType.ORG, label)
    data = json.loads(dumps_node_link(KnowledgeGraph(entities=(ent,))))
    assert data["nodes"][0]["label"] == label


def test_nodelink_rejects_text_stream(small_kg: KnowledgeGraph) -> None:
    with pytest.raises(TypeError, match="binary mode"):
        write_node_link(small_kg, io.StringIO())
