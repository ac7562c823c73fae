"""Tests for kgraph.export.dataset (TriG, N-Quads) and label-safe RDF round trips."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import ORG, PROV, SDO

from kgraph import __version__
from kgraph.errors import InvalidInputError
from kgraph.export import FORMATS, write_graph
from kgraph.export.dataset import (
    DATASET_FORMATS,
    graph_name,
    to_rdflib_dataset,
    write_dataset,
)
from kgraph.export.rdf import (
    DEFAULT_BASE,
    RDF_FORMATS,
    article_id,
    statement_id,
    to_rdflib,
    write_rdf,
)
from kgraph.export.vocab import KG, zh_literal
from kgraph.ids import mint_id
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

pyoxigraph = pytest.importorskip("pyoxigraph")

# rdflib's JSON-LD and TriG code still goes through its deprecated ConjunctiveGraph
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")

_OX_FORMATS = {
    "turtle": "TURTLE",
    "nt": "N_TRIPLES",
    "json-ld": "JSON_LD",
    "trig": "TRIG",
    "nquads": "N_QUADS",
}


def _graphs(ds: Dataset) -> dict[str, Graph]:
    """Non-empty graphs of ``ds`` by name ("" for the default graph), as Graphs."""
    default = ds.default_graph.identifier
    out = {}
    for graph in ds.graphs():
        if len(graph):
            plain = Graph()
            plain += graph
            out["" if graph.identifier == default else str(graph.identifier)] = plain
    return out


def _same_dataset(a: Dataset, b: Dataset) -> bool:
    ga, gb = _graphs(a), _graphs(b)
    return ga.keys() == gb.keys() and all(isomorphic(ga[k], gb[k]) for k in ga)


def _union(ds: Dataset) -> Graph:
    union = Graph()
    for graph in _graphs(ds).values():
        union += graph
    return union


def _two_documents() -> KnowledgeGraph:
    """An org mentioned in documents "d1" and "d2", a relation read from each."""
    org_id = mint_id(EntityType.ORG, "南湖实验室")
    place_id = mint_id(EntityType.PLACE, "湘家荡区域")
    person_id = mint_id(EntityType.PERSON, "汪燕鸣")
    org = Entity(
        org_id,
        EntityType.ORG,
        "南湖实验室",
        mentions=(
            Mention("南湖实验室", Provenance("d1", 0, 5)),
            Mention("南湖实验室", Provenance("d2", 3, 8)),
        ),
    )
    place = Entity(
        place_id,
        EntityType.PLACE,
        "湘家荡区域",
        mentions=(Mention("湘家荡区域", Provenance("d1", 7, 12)),),
    )
    person = Entity(
        person_id,
        EntityType.PERSON,
        "汪燕鸣",
        mentions=(Mention("汪燕鸣", Provenance("d2", 0, 3)),),
    )
    articles = tuple(
        Entity(article_id(d), EntityType.ARTICLE, f"标题{d}", aliases=(d,))
        for d in ("d1", "d2")
    )
    located = Relation(
        org_id,
        Predicate.LOCATED_IN,
        place_id,
        Provenance("d1", 0, 13, sentence="南湖实验室位于湘家荡区域。"),
    )
    byline = Relation(
        article_id("d2"), Predicate.REPORTED_BY, person_id, Provenance("d2", 0, 3)
    )
    return KnowledgeGraph(
        entities=(org, place, person, *articles),
        relations=(located, byline),
        documents=(
            Document("d1", source="in/d1.txt", title="标题d1", n_chars=13),
            Document("d2", source="in/d2.txt", title="标题d2", n_chars=20),
        ),
    )


# -- one named graph per article ---------------------------------------------


def test_dataset_union_is_the_flat_graph(small_kg: KnowledgeGraph) -> None:
    ds = to_rdflib_dataset(small_kg)
    assert isomorphic(_union(ds), to_rdflib(small_kg))


def test_dataset_has_one_graph_per_document(small_kg: KnowledgeGraph) -> None:
    ds = to_rdflib_dataset(small_kg)
    assert set(_graphs(ds)) == {str(graph_name("a1"))}


def test_dataset_graph_is_named_by_the_article_iri() -> None:
    assert graph_name("a1") == URIRef(DEFAULT_BASE + mint_id(EntityType.ARTICLE, "a1"))
    assert graph_name("a1", base="urn:kg:") == URIRef("urn:kg:" + article_id("a1"))


def test_dataset_splits_relations_and_mentions_by_document() -> None:
    kg = _two_documents()
    graphs = _graphs(to_rdflib_dataset(kg))
    g1, g2 = graphs[str(graph_name("d1"))], graphs[str(graph_name("d2"))]
    org = URIRef(DEFAULT_BASE + mint_id(EntityType.ORG, "南湖实验室"))
    assert (org, KG.locatedIn, None) in g1
    assert (org, KG.locatedIn, None) not in g2
    # the org is described in both graphs, each with its own mention only
    assert (org, RDFS.label, Literal("南湖实验室", lang="zh")) in g2
    for graph, doc_id in ((g1, "d1"), (g2, "d2")):
        mentions = set(graph.objects(org, KG.mention))
        assert len(mentions) == 1
        assert graph.value(next(iter(mentions)), KG.docId) == Literal(doc_id)
    assert isomorphic(_union(to_rdflib_dataset(kg)), to_rdflib(kg))


def test_dataset_graph_holds_the_endpoints_of_its_relations() -> None:
    kg = _two_documents()
    g2 = _graphs(to_rdflib_dataset(kg))[str(graph_name("d2"))]
    person = URIRef(DEFAULT_BASE + mint_id(EntityType.PERSON, "汪燕鸣"))
    assert (graph_name("d2"), KG.reportedBy, person) in g2
    assert (person, RDF.type, KG.Person) in g2


def test_dataset_entity_without_document_is_in_the_default_graph() -> None:
    kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    graphs = _graphs(to_rdflib_dataset(kg))
    assert set(graphs) == {""}
    assert (URIRef(DEFAULT_BASE + "org-1"), RDF.type, KG.Organization) in graphs[""]


def test_dataset_article_metadata(small_kg: KnowledgeGraph) -> None:
    g = _graphs(to_rdflib_dataset(small_kg))[str(graph_name("a1"))]
    article = graph_name("a1")
    doc = small_kg.documents[0]
    assert g.value(article, KG.docId) == Literal("a1")
    assert g.value(article, SDO.headline) == Literal(doc.title, lang="zh")
    assert g.value(article, KG.sourcePath) == Literal("examples/a1_xiangjiadang.txt")
    assert g.value(article, KG.charCount) == Literal(doc.n_chars)
    reporter = URIRef(DEFAULT_BASE + mint_id(EntityType.PERSON, "汪燕鸣"))
    assert (article, KG.reportedBy, reporter) in g
    assert g.value(reporter, RDFS.label) == Literal("汪燕鸣", lang="zh")


def test_dataset_document_without_article_entity_gets_an_article_node() -> None:
    kg = KnowledgeGraph(documents=(Document("d9", title="", n_chars=0),))
    g = _graphs(to_rdflib_dataset(kg))[str(graph_name("d9"))]
    assert (graph_name("d9"), RDF.type, KG.Article) in g
    assert (graph_name("d9"), RDF.type, SDO.Article) in g
    assert g.value(graph_name("d9"), RDFS.label) == Literal("d9", lang="zh")


def test_dataset_statement_provenance(small_kg: KnowledgeGraph) -> None:
    g = _graphs(to_rdflib_dataset(small_kg))[str(graph_name("a1"))]
    rel = next(r for r in small_kg.relations if r.predicate is Predicate.WORKS_FOR)
    stmt = URIRef(DEFAULT_BASE + statement_id(rel))
    assert g.value(stmt, KG.evidence) == Literal(rel.provenance.sentence, lang="zh")
    assert g.value(stmt, KG.startChar) == Literal(rel.provenance.start)
    assert g.value(stmt, KG.endChar) == Literal(rel.provenance.end)
    assert g.value(stmt, KG.extractor) == Literal("kgraph_relations")
    assert g.value(stmt, KG.extractorVersion) == Literal(__version__)
    assert g.value(stmt, PROV.wasDerivedFrom) == graph_name("a1")


def test_dataset_works_for_is_an_org_membership_with_role(
    small_kg: KnowledgeGraph,
) -> None:
    g = to_rdflib(small_kg)
    rel = next(r for r in small_kg.relations if r.predicate is Predicate.WORKS_FOR)
    stmt = URIRef(DEFAULT_BASE + statement_id(rel))
    assert (stmt, RDF.type, ORG.Membership) in g
    assert g.value(stmt, ORG.member) == URIRef(DEFAULT_BASE + rel.subject)
    assert g.value(stmt, ORG.organization) == URIRef(DEFAULT_BASE + rel.object)
    role = g.value(stmt, ORG.role)
    assert (role, RDF.type, ORG.Role) in g
    assert g.value(role, RDFS.label) == Literal("负责人", lang="zh")


# -- writing -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", DATASET_FORMATS)
def test_dataset_write_round_trips(small_kg: KnowledgeGraph, fmt: str) -> None:
    buf = io.BytesIO()
    write_dataset(small_kg, buf, format=fmt)
    parsed = Dataset().parse(data=buf.getvalue(), format=fmt)
    assert _same_dataset(parsed, to_rdflib_dataset(small_kg))


@pytest.mark.parametrize(("suffix", "fmt"), [(".trig", "trig"), (".nq", "nquads")])
def test_dataset_write_graph_picks_suffix(
    small_kg: KnowledgeGraph, tmp_path: Path, suffix: str, fmt: str
) -> None:
    assert FORMATS[suffix] == fmt
    dest = tmp_path / f"kg{suffix}"
    assert write_graph(small_kg, dest) == fmt
    parsed = Dataset().parse(dest, format=fmt)
    assert _same_dataset(parsed, to_rdflib_dataset(small_kg))


def test_dataset_write_rejects_unknown_format(small_kg: KnowledgeGraph) -> None:
    with pytest.raises(InvalidInputError, match="nquads, trig"):
        write_dataset(small_kg, io.BytesIO(), format="turtle")


@pytest.mark.parametrize("fmt", DATASET_FORMATS)
def test_dataset_loads_into_pyoxigraph(small_kg: KnowledgeGraph, fmt: str) -> None:
    buf = io.BytesIO()
    write_dataset(small_kg, buf, format=fmt)
    quads = list(
        pyoxigraph.parse(
            buf.getvalue(), format=getattr(pyoxigraph.RdfFormat, _OX_FORMATS[fmt])
        )
    )
    assert len(quads) == len(to_rdflib(small_kg))
    assert {q.graph_name.value for q in quads} == {str(graph_name("a1"))}


# -- any label round-trips, in every format ------------------------------------

_TEXT = st.text(min_size=1).filter(lambda s: s.strip())


def _labelled_kg(label: str, text: str, doc_id: str) -> KnowledgeGraph:
    """Every free-text field of a graph set from the generated strings."""
    prov = Provenance(doc_id, 0, 1, extractor=text, sentence=text)
    person = Entity(
        mint_id(EntityType.PERSON, label),
        EntityType.PERSON,
        label,
        aliases=(text,),
        mentions=(Mention(label, prov),),
    )
    org = Entity(
        mint_id(EntityType.ORG, text) + "-o",
        EntityType.ORG,
        text,
        mentions=(Mention(text, prov),),
    )
    article = Entity(article_id(doc_id), EntityType.ARTICLE, label, aliases=(doc_id,))
    relations = (
        Relation(person.id, Predicate.WORKS_FOR, org.id, prov, role=label),
        Relation(article.id, Predicate.REPORTED_BY, person.id, prov),
    )
    document = Document(doc_id, source=text, title=label, n_chars=len(text))
    return KnowledgeGraph(
        entities=(person, org, article), relations=relations, documents=(document,)
    )


_TRICKY = '"\\\n<> 😀 \'\'\' """ \r\t\\u0041 @zh ^^xsd:string'


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(label=_TEXT, text=_TEXT, doc_id=_TEXT, fmt=st.sampled_from(RDF_FORMATS))
@example(label=_TRICKY, text="表情😀 <a> b\\", doc_id='doc 1\n"x"', fmt="turtle")
@example(label=_TRICKY, text="表情😀 <a> b\\", doc_id='doc 1\n"x"', fmt="json-ld")
def test_rdf_any_labels_survive_every_triples_format(
    label: str, text: str, doc_id: str, fmt: str
) -> None:
    kg = _labelled_kg(label, text, doc_id)
    buf = io.BytesIO()
    write_rdf(kg, buf, format=fmt)
    parsed = Graph().parse(data=buf.getvalue(), format=fmt)
    want = to_rdflib(kg)
    assert isomorphic(parsed, want), buf.getvalue().decode("utf-8")
    assert zh_literal(label) in set(parsed.objects(None, RDFS.label))
    ox_format = getattr(pyoxigraph.RdfFormat, _OX_FORMATS[fmt])
    assert len(list(pyoxigraph.parse(buf.getvalue(), format=ox_format))) == len(want)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(label=_TEXT, text=_TEXT, doc_id=_TEXT, fmt=st.sampled_from(DATASET_FORMATS))
@example(label=_TRICKY, text="表情😀 <a> b\\", doc_id='doc 1\n"x"', fmt="trig")
@example(label=_TRICKY, text="表情😀 <a> b\\", doc_id='doc 1\n"x"', fmt="nquads")
def test_dataset_any_labels_survive_trig_and_nquads(
    label: str, text: str, doc_id: str, fmt: str
) -> None:
    kg = _labelled_kg(label, text, doc_id)
    buf = io.BytesIO()
    write_dataset(kg, buf, format=fmt)
    parsed = Dataset().parse(data=buf.getvalue(), format=fmt)
    assert _same_dataset(parsed, to_rdflib_dataset(kg)), buf.getvalue().decode()
    ox_format = getattr(pyoxigraph.RdfFormat, _OX_FORMATS[fmt])
    quads = list(pyoxigraph.parse(buf.getvalue(), format=ox_format))
    assert len(quads) == len(to_rdflib(kg))
    assert {q.graph_name.value for q in quads} == {str(graph_name(doc_id))}
