"""Tests for kgraph.export.gexf: GEXF files Gephi (and networkx) read as written."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest

from kgraph.export import write_gexf, write_graph
from kgraph.types import Entity, EntityType, KnowledgeGraph


def _read(kg: KnowledgeGraph) -> nx.Graph:
    buf = io.BytesIO()
    write_gexf(kg, buf)
    buf.seek(0)
    return nx.read_gexf(buf)


def test_gexf_keeps_every_node_edge_and_attribute(small_kg: KnowledgeGraph) -> None:
    graph = _read(small_kg)
    assert set(graph.nodes) == {e.id for e in small_kg.entities}
    assert graph.number_of_edges() == len(small_kg.relations)
    area = next(e for e in small_kg.entities if e.label == "湘家荡区域")
    assert graph.nodes[area.id]["label"] == "湘家荡区域"
    assert graph.nodes[area.id]["aliases"] == "七星街道"
    assert graph.nodes[area.id]["type"] == "PLACE"
    money = next(e for e in small_kg.entities if e.type == EntityType.MONEY)
    assert graph.nodes[money.id]["value"] == pytest.approx(2e8)
    works = [d for *_, d in graph.edges(data=True) if d["relation"] == "works_for"]
    assert works[0]["role"] == "负责人"
    assert works[0]["confidence"] == pytest.approx(0.9)


def test_gexf_offsets_are_no_times(small_kg: KnowledgeGraph) -> None:
    """GEXF's start/end mean the time an edge exists: the offsets are renamed."""
    buf = io.BytesIO()
    write_gexf(small_kg, buf)
    assert b'mode="static"' in buf.getvalue()
    rel = small_kg.relations[0]
    edge = next(
        d
        for u, v, d in _read(small_kg).edges(data=True)
        if (u, v) == (rel.subject, rel.object)
    )
    assert (edge["char_start"], edge["char_end"]) == (
        rel.provenance.start,
        rel.provenance.end,
    )
    assert "start" not in edge and "end" not in edge


def test_gexf_is_the_same_bytes_every_day(small_kg: KnowledgeGraph) -> None:
    first, second = io.BytesIO(), io.BytesIO()
    write_gexf(small_kg, first)
    write_gexf(small_kg, second)
    assert first.getvalue() == second.getvalue()
    assert b"lastmodifieddate" not in first.getvalue()


def test_gexf_replaces_characters_xml_cannot_carry(tmp_path: Path) -> None:
    kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华\x01为"),))
    with pytest.warns(UserWarning, match="GEXF"):
        write_graph(kg, tmp_path / "kg.gexf")
    assert nx.read_gexf(tmp_path / "kg.gexf").nodes["org-1"]["label"] == "华\ufffd为"
