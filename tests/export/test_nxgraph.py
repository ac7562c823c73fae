"""Tests for kgraph.export.nxgraph."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest

from kgraph.export.nxgraph import to_networkx
from kgraph.export.rdf import statement_id
from kgraph.types import (
    Entity,
    EntityType,
    KnowledgeGraph,
    Money,
    MoneyQualifier,
    Predicate,
    Provenance,
    Relation,
)


def _ids(kg: KnowledgeGraph) -> dict[str, str]:
    return {e.label: e.id for e in kg.entities}


def _edge(graph: nx.MultiDiGraph, relation: str) -> dict[str, object]:
    return next(d for _, _, d in graph.edges(data=True) if d["relation"] == relation)


def test_nxgraph_counts_nodes_and_edges(small_kg: KnowledgeGraph) -> None:
    graph = to_networkx(small_kg)
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.number_of_nodes() == len(small_kg.entities) == 10
    assert graph.number_of_edges() == len(small_kg.relations) == 6


def test_nxgraph_node_ids_are_entity_ids(small_kg: KnowledgeGraph) -> None:
    assert list(to_networkx(small_kg)) == [e.id for e in small_kg.entities]


def test_nxgraph_node_attrs(small_kg: KnowledgeGraph) -> None:
    graph = to_networkx(small_kg)
    node = graph.nodes[_ids(small_kg)["湘家荡区域"]]
    assert node == {
        "label": "湘家荡区域",
        "type": "PLACE",
        "aliases": ["七星街道"],
        "mentions": 2,
    }
    assert type(node["type"]) is str


def test_nxgraph_money_node_attrs(small_kg: KnowledgeGraph) -> None:
    node = to_networkx(small_kg).nodes[_ids(small_kg)["2亿元"]]
    assert node["type"] == "MONEY"
    assert isinstance(node["value"], float)
    assert node["value"] == 200_000_000.0
    assert node["value_decimal"] == "200000000"
    assert node["currency"] == "CNY"
    assert node["qualifier"] == "exact"
    assert node["value_max"] is None


def test_nxgraph_money_range_value_max() -> None:
    money = Money(
        Decimal("3E+8"), qualifier=MoneyQualifier.RANGE, value_max=Decimal("5E+8")
    )
    ent = Entity("money-1", EntityType.MONEY, "3至5亿元", money=money)
    node = to_networkx(KnowledgeGraph(entities=(ent,))).nodes["money-1"]
    assert node["value"] == 300_000_000.0
    assert node["value_decimal"] == "300000000"
    assert node["value_max"] == 500_000_000.0
    assert node["qualifier"] == "range"


def test_nxgraph_edge_attrs(small_kg: KnowledgeGraph) -> None:
    graph = to_networkx(small_kg)
    rel = next(r for r in small_kg.relations if r.predicate is Predicate.WORKS_FOR)
    data = graph.get_edge_data(rel.subject, rel.object, key=statement_id(rel))
    assert data == {
        "relation": "works_for",
        "evidence": rel.provenance.sentence,
        "doc_id": "a1",
        "start": rel.provenance.start,
        "end": rel.provenance.end,
        "confidence": 0.9,
        "role": "负责人",
        "extractor": "kgraph_relations",
    }


def test_nxgraph_edge_role_is_none_when_absent(small_kg: KnowledgeGraph) -> None:
    assert _edge(to_networkx(small_kg), "located_in")["role"] is None


def test_nxgraph_edges_run_subject_to_object(small_kg: KnowledgeGraph) -> None:
    graph = to_networkx(small_kg)
    ids = _ids(small_kg)
    assert graph.has_edge(ids["南湖区"], ids["嘉兴市"])
    assert not graph.has_edge(ids["嘉兴市"], ids["南湖区"])


def test_nxgraph_edge_keys_are_statement_ids(small_kg: KnowledgeGraph) -> None:
    keys = [k for _, _, k in to_networkx(small_kg).edges(keys=True)]
    assert keys == [statement_id(r) for r in small_kg.relations]


def test_nxgraph_duplicate_relations_keep_distinct_keys() -> None:
    a = Entity("org-1", EntityType.ORG, "华为")
    b = Entity("place-1", EntityType.PLACE, "深圳市")
    rel = Relation("org-1", Predicate.LOCATED_IN, "place-1", Provenance("a1", 0, 9))
    twin = Relation(
        "org-1", Predicate.LOCATED_IN, "place-1", Provenance("a1", 0, 9), 0.5
    )
    graph = to_networkx(KnowledgeGraph(entities=(a, b), relations=(rel, twin)))
    keys = sorted(k for _, _, k in graph.edges(keys=True))
    assert keys == [statement_id(rel), statement_id(rel) + "-2"]


def test_nxgraph_is_deterministic(small_kg: KnowledgeGraph) -> None:
    one, two = to_networkx(small_kg), to_networkx(small_kg)
    assert list(one.nodes(data=True)) == list(two.nodes(data=True))
    assert list(one.edges(keys=True, data=True)) == list(
        two.edges(keys=True, data=True)
    )


def test_nxgraph_empty_graph() -> None:
    graph = to_networkx(KnowledgeGraph())
    assert graph.number_of_nodes() == graph.number_of_edges() == 0


def test_nxgraph_division_code_on_places() -> None:
    from kgraph.ids import mint_id
    from kgraph.types import Entity, EntityType, KnowledgeGraph

    place = Entity(
        mint_id(EntityType.PLACE, "黄岩区"), EntityType.PLACE, "黄岩区", code="331003"
    )
    graph = to_networkx(KnowledgeGraph(entities=(place,)))
    assert graph.nodes[place.id]["code"] == "331003"


def test_nxgraph_flat_is_what_graphml_and_gexf_take(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    """The plain graph has list and None attributes; the flat one writes as is."""
    with pytest.raises((nx.NetworkXError, TypeError, KeyError)):
        nx.write_graphml(to_networkx(small_kg), tmp_path / "plain.graphml")
    flat = to_networkx(small_kg, flat=True)
    nx.write_graphml(flat, tmp_path / "kg.graphml")
    nx.write_gexf(flat, tmp_path / "kg.gexf")
    area = next(e for e in small_kg.entities if e.aliases)
    back = nx.read_graphml(tmp_path / "kg.graphml")
    assert back.nodes[area.id]["aliases"] == "|".join(area.aliases)
    assert nx.read_gexf(tmp_path / "kg.gexf").number_of_nodes() == len(
        small_kg.entities
    )
    values = [v for _, d in flat.nodes(data=True) for v in d.values()]
    values += [v for *_, d in flat.edges(data=True) for v in d.values()]
    assert all(isinstance(v, str | int | float) for v in values)
