"""Tests for kgraph.export.fastrdf: the pyoxigraph writers against the rdflib graph."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kgraph.errors import InvalidInputError
from kgraph.export import write_graph
from kgraph.export.dataset import graph_name, to_rdflib_dataset, write_dataset
from kgraph.export.fastrdf import serialize_quads, serialize_triples
from kgraph.export.rdf import DEFAULT_BASE, article_id, to_rdflib, write_rdf
from kgraph.export.serialize import serialize_dataset, serialize_graph
from kgraph.types import (
    Document,
    Entity,
    EntityType,
    KnowledgeGraph,
    Mention,
    Predicate,
    Provenance,
    Relation,
)

# rdflib's TriG and N-Quads code still goes through its deprecated ConjunctiveGraph
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "golden"
TRIPLE_FORMATS = ("turtle", "nt", "json-ld")
QUAD_FORMATS = ("trig", "nquads")


def _written(write: object, kg: KnowledgeGraph, fmt: str) -> bytes:
    buf = io.BytesIO()
    write(kg, buf, format=fmt)  # type: ignore[operator]
    return buf.getvalue()


def _graphs(ds: Dataset) -> dict[str, Graph]:
    """Non-empty graphs of ``ds`` by name ("" for the default graph)."""
    default = ds.default_graph.identifier
    out = {}
    for graph in ds.graphs():
        if len(graph):
            plain = Graph()
            plain += graph
            out["" if graph.identifier == default else str(graph.identifier)] = plain
    return out


@pytest.mark.parametrize("fmt", TRIPLE_FORMATS)
def test_fastrdf_triples_parse_to_the_rdflib_graph(
    rich_kg: KnowledgeGraph, fmt: str
) -> None:
    kg = rich_kg
    data = _written(write_rdf, kg, fmt)
    parsed = Graph().parse(data=data, format=fmt)
    assert isomorphic(parsed, to_rdflib(kg)), data.decode("utf-8")


@pytest.mark.parametrize("fmt", QUAD_FORMATS)
def test_fastrdf_quads_parse_to_the_rdflib_dataset(
    rich_kg: KnowledgeGraph, fmt: str
) -> None:
    kg = rich_kg
    data = _written(write_dataset, kg, fmt)
    got, want = (
        _graphs(Dataset().parse(data=data, format=fmt)),
        _graphs(to_rdflib_dataset(kg)),
    )
    assert (
        got.keys() == want.keys() == {"", str(graph_name("d1")), str(graph_name("d2"))}
    )
    for name, graph in want.items():
        assert isomorphic(got[name], graph), name


def test_fastrdf_ntriples_are_the_bytes_rdflib_writes(rich_kg: KnowledgeGraph) -> None:
    kg = rich_kg
    assert serialize_triples(kg, "nt", base=DEFAULT_BASE) == serialize_graph(
        to_rdflib(kg), "nt"
    )


def test_fastrdf_nquads_are_the_bytes_rdflib_writes(rich_kg: KnowledgeGraph) -> None:
    kg = rich_kg
    want = serialize_dataset(to_rdflib_dataset(kg), "nquads")
    assert b"  .\n" in want  # rdflib: two spaces where a default-graph quad has no name
    got = serialize_quads(kg, "nquads", base=DEFAULT_BASE)
    assert got == b"".join(sorted(want.replace(b"  .\n", b" .\n").splitlines(True)))


def test_fastrdf_control_characters_are_escaped_canonically() -> None:
    kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "甲\t乙\x00丙"),))
    data = serialize_triples(kg, "nt", base=DEFAULT_BASE)
    assert b'"\\u7532\\t' not in data and '"甲\\t乙\\u0000丙"@zh'.encode() in data
    assert isomorphic(Graph().parse(data=data, format="nt"), to_rdflib(kg))


def test_fastrdf_traditional_labels_are_tagged_lowercase(
    rich_kg: KnowledgeGraph,
) -> None:
    kg = rich_kg
    for fmt in ("nt", "turtle"):
        data = _written(write_rdf, kg, fmt).decode("utf-8")
        assert '"陳學金"@zh-hant' in data and "zh-Hant" not in data


def test_fastrdf_turtle_matches_the_golden_graph(small_kg: KnowledgeGraph) -> None:
    written = Graph().parse(data=_written(write_rdf, small_kg, "turtle"), format="ttl")
    want = Graph().parse(GOLDEN / "small_kg.ttl", format="turtle")
    assert isomorphic(written, want), written.serialize(format="turtle")


def test_fastrdf_trig_writes_default_graph_then_articles_by_iri(
    rich_kg: KnowledgeGraph,
) -> None:
    data = _written(write_dataset, rich_kg, "trig").decode("utf-8")
    heads = [line for line in data.splitlines() if line.endswith("{")]
    names = sorted(str(graph_name(d)) for d in ("d1", "d2"))
    assert len(heads) == 2 and not data.lstrip().startswith("kgid:article")
    assert [h.split()[0] for h in heads] == [
        "kgid:" + n.removeprefix(DEFAULT_BASE) for n in names
    ]


def test_fastrdf_every_graph_is_written_once_per_article(
    rich_kg: KnowledgeGraph,
) -> None:
    kg = rich_kg
    data = _written(write_dataset, kg, "trig").decode("utf-8")
    for doc_id in ("d1", "d2"):
        head = "kgid:" + article_id(doc_id) + " {"
        assert data.count(head) == 1, head


@pytest.mark.parametrize("fmt", ["turtle", "nt", "trig", "nquads"])
def test_fastrdf_rejects_ids_that_make_no_iri(fmt: str) -> None:
    kg = KnowledgeGraph(entities=(Entity("org 1", EntityType.ORG, "华为"),))
    with pytest.raises(InvalidInputError, match=r"cannot write the IRI .*org 1"):
        write_graph(kg, io.BytesIO(), format=fmt)


def test_fastrdf_empty_graph_writes_empty_lines() -> None:
    assert serialize_triples(KnowledgeGraph(), "nt", base=DEFAULT_BASE) == b""
    assert serialize_quads(KnowledgeGraph(), "nquads", base=DEFAULT_BASE) == b""


_NAMES = st.text(alphabet='华越嘉兴陳學金公司区"\\\n\t😀 ab', min_size=1, max_size=8)


@st.composite
def _graphs_of(draw: st.DrawFn) -> KnowledgeGraph:
    """Entities mentioned in up to three documents, relations between them."""
    labels = draw(
        st.lists(_NAMES.filter(str.strip), min_size=2, max_size=5, unique=True)
    )
    doc_ids = [f"d{n}" for n in range(draw(st.integers(1, 3)))]
    entities = []
    for n, label in enumerate(labels):
        docs = draw(st.lists(st.sampled_from(doc_ids), max_size=3))
        mentions = tuple(
            Mention(label, Provenance(d, k, k + 2, sentence=label))
            for k, d in enumerate(docs)
        )
        entities.append(
            Entity(
                f"org-{n}",
                EntityType.ORG,
                label,
                aliases=(label + "公司",),
                mentions=mentions,
            )
        )
    pairs = draw(
        st.lists(
            st.tuples(st.sampled_from(entities), st.sampled_from(entities)), max_size=4
        )
    )
    relations = tuple(
        Relation(
            a.id, Predicate.PARTNER_OF, b.id, Provenance(doc_ids[0], 0, 3), role=a.label
        )
        for a, b in pairs
        if a.id != b.id
    )
    return KnowledgeGraph(
        entities=tuple(entities),
        relations=relations,
        documents=tuple(Document(d, title=d) for d in doc_ids),
    )


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kg=_graphs_of(), fmt=st.sampled_from(["turtle", "nt", "trig", "nquads"]))
def test_fastrdf_any_graph_round_trips(kg: KnowledgeGraph, fmt: str) -> None:
    data = _written(write_graph, kg, fmt)
    if fmt in QUAD_FORMATS:
        got = _graphs(Dataset().parse(data=data, format=fmt))
        want = _graphs(to_rdflib_dataset(kg))
        assert got.keys() == want.keys()
        assert all(isomorphic(got[k], want[k]) for k in want), data.decode()
    else:
        parsed = Graph().parse(data=data, format=fmt)
        assert isomorphic(parsed, to_rdflib(kg)), data.decode()
