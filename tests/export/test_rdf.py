"""Tests for kgraph.export.rdf, kgraph.export.vocab and kgraph.export.write_graph."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from rdflib import RDF, RDFS, SKOS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SDO

from kgraph.errors import InvalidInputError
from kgraph.export import DATASET_FORMATS, FORMATS, PICTURE_FORMATS, write_graph
from kgraph.export.rdf import (
    DEFAULT_BASE,
    RDF_FORMATS,
    statement_id,
    to_rdflib,
    write_rdf,
)
from kgraph.export.vocab import CLASS_OF, KG, PREDICATE_TERMS, SCHEMA_CLASS_OF
from kgraph.ids import mint_id
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

# rdflib's JSON-LD parser still builds a ConjunctiveGraph internally
pytestmark = pytest.mark.filterwarnings(
    "ignore:ConjunctiveGraph is deprecated:DeprecationWarning"
)

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "golden"

TRICKY_LABELS = [
    "引号\"和'单引号",
    "反斜杠\\和\\\\双",
    "换行\n和\r\n回车\t制表",
    "<尖括号> & 和号",
    "表情😀🇨🇳",
    '"""三引号"""',
    "末尾反斜杠\\",
]


def _ids(kg: KnowledgeGraph) -> dict[str, str]:
    return {e.label: e.id for e in kg.entities}


def _iri(entity_id: str) -> URIRef:
    return URIRef(DEFAULT_BASE + entity_id)


def _one_org(label: str) -> KnowledgeGraph:
    ent = Entity(mint_id(EntityType.ORG, label), EntityType.ORG, label)
    return KnowledgeGraph(entities=(ent,))


def _round_trip(g: Graph, fmt: str) -> Graph:
    return Graph().parse(data=g.serialize(format=fmt, encoding="utf-8"), format=fmt)


def test_rdf_matches_golden(small_kg: KnowledgeGraph) -> None:
    got = to_rdflib(small_kg)
    want = Graph().parse(GOLDEN / "small_kg.ttl", format="turtle")
    # the golden file keeps the version it was made with; a release bump is no diff
    got.remove((None, KG.extractorVersion, None))
    want.remove((None, KG.extractorVersion, None))
    assert isomorphic(got, want), got.serialize(format="turtle")


def test_rdf_statements_carry_the_kgraph_version(small_kg: KnowledgeGraph) -> None:
    from kgraph import __version__

    g = to_rdflib(small_kg)
    stmts = set(g.subjects(RDF.type, RDF.Statement))
    assert {g.value(s, KG.extractorVersion) for s in stmts} == {Literal(__version__)}


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_rdf_write_round_trips(small_kg: KnowledgeGraph, fmt: str) -> None:
    buf = io.BytesIO()
    write_rdf(small_kg, buf, format=fmt)
    parsed = Graph().parse(data=buf.getvalue(), format=fmt)
    want = to_rdflib(small_kg)
    assert isomorphic(parsed, want), parsed.serialize(format="turtle")


def test_rdf_write_to_path(small_kg: KnowledgeGraph, tmp_path: Path) -> None:
    dest = tmp_path / "kg.ttl"
    write_rdf(small_kg, dest)
    assert isomorphic(Graph().parse(dest, format="turtle"), to_rdflib(small_kg))


def test_rdf_write_rejects_unknown_format(small_kg: KnowledgeGraph) -> None:
    with pytest.raises(InvalidInputError, match="xml"):
        write_rdf(small_kg, io.BytesIO(), format="xml")


def test_rdf_write_rejects_text_stream(small_kg: KnowledgeGraph) -> None:
    with pytest.raises(TypeError, match="binary mode"):
        write_rdf(small_kg, io.StringIO())


def test_rdf_has_no_blank_nodes(small_kg: KnowledgeGraph) -> None:
    g = to_rdflib(small_kg)
    assert not [t for triple in g for t in triple if isinstance(t, BNode)]


def test_rdf_types_each_entity_with_kgraph_and_schema_class(
    small_kg: KnowledgeGraph,
) -> None:
    g = to_rdflib(small_kg)
    for ent in small_kg.entities:
        types = set(g.objects(_iri(ent.id), RDF.type))
        assert types == {CLASS_OF[ent.type], SCHEMA_CLASS_OF[ent.type]}


def test_rdf_labels_and_aliases_are_zh_literals(small_kg: KnowledgeGraph) -> None:
    g = to_rdflib(small_kg)
    area = _iri(_ids(small_kg)["湘家荡区域"])
    assert g.value(area, RDFS.label) == Literal("湘家荡区域", lang="zh")
    assert set(g.objects(area, SKOS.altLabel)) == {Literal("七星街道", lang="zh")}


def test_rdf_relation_is_a_direct_triple(small_kg: KnowledgeGraph) -> None:
    g = to_rdflib(small_kg)
    ids = _ids(small_kg)
    assert (_iri(ids["南湖实验室"]), KG.locatedIn, _iri(ids["湘家荡区域"])) in g
    assert (_iri(ids["南湖区"]), KG.partOf, _iri(ids["嘉兴市"])) in g


def test_rdf_statement_carries_provenance(small_kg: KnowledgeGraph) -> None:
    g = to_rdflib(small_kg)
    rel = next(r for r in small_kg.relations if r.predicate is Predicate.WORKS_FOR)
    stmt = URIRef(DEFAULT_BASE + statement_id(rel))
    assert (stmt, RDF.type, RDF.Statement) in g
    assert g.value(stmt, RDF.subject) == _iri(rel.subject)
    assert g.value(stmt, RDF.predicate) == KG.worksFor
    assert g.value(stmt, RDF.object) == _iri(rel.object)
    assert g.value(stmt, KG.evidence) == Literal(rel.provenance.sentence, lang="zh")
    assert g.value(stmt, KG.role) == Literal("负责人", lang="zh")
    assert g.value(stmt, KG.docId) == Literal("a1")
    assert g.value(stmt, KG.startChar) == Literal(rel.provenance.start)
    assert g.value(stmt, KG.endChar) == Literal(rel.provenance.end)
    assert g.value(stmt, KG.startChar).datatype == XSD.integer
    assert g.value(stmt, KG.confidence).toPython() == Decimal("0.9")
    assert g.value(stmt, KG.extractor) == Literal("kgraph_relations")


def test_rdf_statement_without_role_has_no_role(small_kg: KnowledgeGraph) -> None:
    g = to_rdflib(small_kg)
    rel = next(r for r in small_kg.relations if r.predicate is Predicate.LOCATED_IN)
    assert g.value(URIRef(DEFAULT_BASE + statement_id(rel)), KG.role) is None


def test_rdf_one_statement_per_relation(small_kg: KnowledgeGraph) -> None:
    g = to_rdflib(small_kg)
    stmts = set(g.subjects(RDF.type, RDF.Statement))
    assert len(stmts) == len(small_kg.relations)


def test_rdf_money_is_a_schema_monetary_amount(small_kg: KnowledgeGraph) -> None:
    g = to_rdflib(small_kg)
    money = _iri(_ids(small_kg)["2亿元"])
    value = g.value(money, SDO.value)
    assert value.datatype == XSD.decimal
    assert value.toPython() == Decimal("200000000")
    assert g.value(money, SDO.currency) == Literal("CNY")
    assert g.value(money, KG.qualifier) == Literal("exact")
    assert g.value(money, SDO.maxValue) is None


def test_rdf_money_range_has_min_and_max() -> None:
    money = Money(
        Decimal("300000000"),
        qualifier=MoneyQualifier.RANGE,
        value_max=Decimal("5E+8"),
    )
    ent_id = mint_id(EntityType.MONEY, "3至5亿元", scope="a1")
    ent = Entity(ent_id, EntityType.MONEY, "3至5亿元", money=money)
    g = to_rdflib(KnowledgeGraph(entities=(ent,)))
    node = _iri(ent.id)
    assert g.value(node, SDO.minValue).toPython() == Decimal("300000000")
    assert g.value(node, SDO.maxValue).toPython() == Decimal("500000000")
    assert g.value(node, KG.valueMax) == g.value(node, SDO.maxValue)
    assert g.value(node, KG.qualifier) == Literal("range")
    assert isomorphic(_round_trip(g, "turtle"), g)


def test_rdf_mentions_are_linked_with_offsets(small_kg: KnowledgeGraph) -> None:
    g = to_rdflib(small_kg)
    area = next(e for e in small_kg.entities if e.label == "湘家荡区域")
    nodes = set(g.objects(_iri(area.id), KG.mention))
    assert len(nodes) == len(area.mentions) == 2
    labels = {g.value(m, RDFS.label) for m in nodes}
    assert labels == {Literal("湘家荡区域", lang="zh"), Literal("七星街道", lang="zh")}
    assert all((m, RDF.type, KG.Mention) in g for m in nodes)


def test_rdf_base_is_configurable(small_kg: KnowledgeGraph) -> None:
    base = "urn:kg:"
    g = to_rdflib(small_kg, base=base)
    subjects = {s for s in g.subjects() if isinstance(s, URIRef)}
    assert subjects
    assert all(str(s).startswith(base) for s in subjects)


def test_rdf_statement_id_is_deterministic(small_kg: KnowledgeGraph) -> None:
    ids = [statement_id(r) for r in small_kg.relations]
    assert ids == [statement_id(r) for r in small_kg.relations]
    assert len(set(ids)) == len(ids)


def test_rdf_statement_id_depends_on_offsets() -> None:
    a = Relation("org-1", Predicate.LOCATED_IN, "place-1", Provenance("a1", 0, 9))
    b = Relation("org-1", Predicate.LOCATED_IN, "place-1", Provenance("a1", 0, 10))
    assert statement_id(a) != statement_id(b)


@pytest.mark.parametrize("fmt", RDF_FORMATS)
@pytest.mark.parametrize("label", TRICKY_LABELS)
def test_rdf_tricky_label_survives_round_trip(label: str, fmt: str) -> None:
    g = to_rdflib(_one_org(label))
    parsed = _round_trip(g, fmt)
    assert isomorphic(parsed, g), g.serialize(format=fmt)
    assert Literal(label, lang="zh") in set(parsed.objects(None, RDFS.label))


@given(
    label=st.text(min_size=1).filter(lambda s: s.strip()),
    fmt=st.sampled_from(RDF_FORMATS),
)
@example(label='"\\\n<>😀', fmt="turtle")
def test_rdf_any_label_survives_round_trip(label: str, fmt: str) -> None:
    g = to_rdflib(_one_org(label))
    parsed = _round_trip(g, fmt)
    assert isomorphic(parsed, g), g.serialize(format=fmt)


@given(
    value=st.decimals(min_value=0, max_value=10**15, allow_nan=False, places=4),
    fmt=st.sampled_from(RDF_FORMATS),
)
def test_rdf_any_money_value_survives_round_trip(value: Decimal, fmt: str) -> None:
    ent = Entity("money-1", EntityType.MONEY, "金额", money=Money(value))
    g = to_rdflib(KnowledgeGraph(entities=(ent,)))
    parsed = _round_trip(g, fmt)
    assert isomorphic(parsed, g), g.serialize(format=fmt)
    assert parsed.value(_iri("money-1"), SDO.value).toPython() == value


def test_vocab_maps_every_predicate_and_type() -> None:
    assert set(PREDICATE_TERMS) == set(Predicate)
    assert set(CLASS_OF) == set(EntityType) == set(SCHEMA_CLASS_OF)
    assert len(set(PREDICATE_TERMS.values())) == len(Predicate)


def test_vocab_rejects_unknown_terms() -> None:
    with pytest.raises(AttributeError):
        _ = KG.locatedAt


# write_graph (kgraph.export): format from the file suffix


def _read_back(path: Path, fmt: str) -> int:
    """The number of nodes (node-link, GraphML, GEXF) or triples (RDF) in path."""
    if fmt == "node-link":
        return len(json.loads(path.read_text(encoding="utf-8"))["nodes"])
    if fmt == "graphml":
        return int(nx.read_graphml(path).number_of_nodes())
    if fmt == "gexf":
        return int(nx.read_gexf(path).number_of_nodes())
    if fmt in DATASET_FORMATS:  # TriG, N-Quads: count the quads of all graphs
        return len(list(Dataset().parse(path, format=fmt).quads()))
    return len(Graph().parse(path, format=fmt))


@pytest.mark.parametrize(
    ("suffix", "fmt"),
    [(s, f) for s, f in sorted(FORMATS.items()) if f not in PICTURE_FORMATS],
)
def test_export_write_graph_picks_format_from_suffix(
    small_kg: KnowledgeGraph, tmp_path: Path, suffix: str, fmt: str
) -> None:
    dest = tmp_path / f"kg{suffix}"
    assert write_graph(small_kg, dest) == fmt
    want = len(small_kg.entities) if fmt in {"node-link", "graphml", "gexf"} else None
    got = _read_back(dest, fmt)
    assert got == (want if want is not None else len(to_rdflib(small_kg)))


def test_export_write_graph_rejects_unknown_suffix(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInputError, match=r"\.graphml.*\.ttl"):
        write_graph(small_kg, tmp_path / "kg.csv")


def test_export_write_graph_needs_format_for_streams(
    small_kg: KnowledgeGraph,
) -> None:
    with pytest.raises(InvalidInputError, match="format="):
        write_graph(small_kg, io.BytesIO())


def test_export_write_graph_rejects_unknown_format(small_kg: KnowledgeGraph) -> None:
    with pytest.raises(InvalidInputError, match="csv"):
        write_graph(small_kg, io.BytesIO(), format="csv")
