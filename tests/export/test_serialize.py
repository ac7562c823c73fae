"""Tests for kgraph.export.serialize: the same graph, the same bytes."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, BNode, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic

from kgraph.export.dataset import to_rdflib_dataset, write_dataset
from kgraph.export.jsonld_context import json_ld_context
from kgraph.export.rdf import _PREFIXES, DEFAULT_BASE, _bind, to_rdflib, write_rdf
from kgraph.export.serialize import serialize_dataset, serialize_graph
from kgraph.types import KnowledgeGraph

# rdflib's JSON-LD and TriG code still goes through its deprecated ConjunctiveGraph
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")

CONTEXT = json_ld_context(DEFAULT_BASE)


def _written(write: Any, kg: KnowledgeGraph, fmt: str) -> bytes:
    buf = io.BytesIO()
    write(kg, buf, format=fmt)
    return buf.getvalue()


def _json_key(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@pytest.mark.parametrize(
    ("write", "fmt"), [(write_rdf, "nt"), (write_dataset, "nquads")]
)
def test_serialize_line_formats_are_sorted(
    small_kg: KnowledgeGraph, write: Any, fmt: str
) -> None:
    lines = _written(write, small_kg, fmt).decode("utf-8").split("\n")
    assert lines[-1] == ""  # one statement a line, each ending in a newline
    assert lines[:-1] == sorted(lines[:-1])
    assert all(line.endswith(" .") for line in lines[:-1])


def test_serialize_nt_is_the_graph(small_kg: KnowledgeGraph) -> None:
    got = Graph().parse(data=_written(write_rdf, small_kg, "nt"), format="nt")
    assert isomorphic(got, to_rdflib(small_kg))


def test_serialize_json_ld_sorts_nodes_and_values(small_kg: KnowledgeGraph) -> None:
    data = json.loads(_written(write_rdf, small_kg, "json-ld"))
    ids = [node["@id"] for node in data["@graph"]]
    assert ids == sorted(ids)
    lists = [v for node in data["@graph"] for v in node.values() if isinstance(v, list)]
    assert any(len(v) > 1 for v in lists)  # e.g. "@type": [kg:…, schema:…]
    assert all(v == sorted(v, key=_json_key) for v in lists)
    assert data["@context"] == CONTEXT
    assert {k: v for k, v in CONTEXT.items() if k in _PREFIXES} == _PREFIXES


def test_serialize_json_ld_reads_as_plain_json(small_kg: KnowledgeGraph) -> None:
    """The @context's terms: bare keys, IRIs as strings, Chinese by default."""
    data = _written(write_rdf, small_kg, "json-ld")
    nodes = json.loads(data)["@graph"]
    person = next(n for n in nodes if "worksFor" in n)
    assert person["worksFor"].startswith("kgid:org-")
    mention = next(n for n in nodes if n.get("@type") == "Mention")
    assert isinstance(mention["evidence"], str)  # @language zh from the context
    assert isinstance(mention["docId"], str)  # no language: a plain string
    assert isomorphic(Graph().parse(data=data, format="json-ld"), to_rdflib(small_kg))


def test_serialize_json_ld_keeps_the_order_of_rdf_lists() -> None:
    g = Graph()
    items = BNode()  # rdflib writes a list as "@list" only from a blank node
    Collection(g, items, [Literal(name) for name in "cab"])
    g.add((URIRef("urn:x:s"), RDFS.seeAlso, items))
    data = serialize_graph(g, "json-ld", context={"rdfs": str(RDFS)})
    assert isomorphic(Graph().parse(data=data, format="json-ld"), g)
    assert json.loads(data)["rdfs:seeAlso"] == {"@list": ["c", "a", "b"]}


def test_serialize_trig_default_graph_first_then_by_name() -> None:
    ds = Dataset()
    ds.default_graph.add((URIRef("urn:x:merge"), RDF.type, RDFS.Resource))
    for name in "zyx":
        ds.graph(URIRef("urn:g:" + name)).add(
            (URIRef("urn:x"), RDFS.label, Literal(name))
        )
    heads = [
        line
        for line in serialize_dataset(ds, "trig").decode("utf-8").splitlines()
        if line.endswith("{")
    ]
    assert heads == ["{", "<urn:g:x> {", "<urn:g:y> {", "<urn:g:z> {"]


def test_serialize_trig_is_the_dataset(small_kg: KnowledgeGraph) -> None:
    got = Dataset()
    got.parse(data=_written(write_dataset, small_kg, "trig"), format="trig")
    want = to_rdflib_dataset(small_kg)
    for graph in want.graphs():
        assert isomorphic(got.graph(graph.identifier), graph), graph.identifier


@settings(max_examples=20, deadline=None)
@given(order=st.randoms(use_true_random=False))
def test_serialize_same_bytes_whatever_the_order_triples_came_in(
    small_kg: KnowledgeGraph, order: Any
) -> None:
    want = to_rdflib(small_kg)
    triples = sorted(want)
    order.shuffle(triples)
    got = Graph()
    _bind(got, DEFAULT_BASE)
    for triple in triples:
        got.add(triple)
    for fmt in ("turtle", "nt", "json-ld"):
        context = CONTEXT if fmt == "json-ld" else None
        assert serialize_graph(got, fmt, context=context) == serialize_graph(
            want, fmt, context=context
        ), fmt
