"""Tests for kgraph.export.validate and ``kgraph validate``: SHACL with pyshacl."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import ORG, SDO, SH

from kgraph.cli import main
from kgraph.errors import InvalidInputError
from kgraph.export import graph_name, to_rdflib, to_rdflib_dataset, write_graph
from kgraph.export.validate import ValidationReport, load_shapes, validate
from kgraph.export.vocab import KG, PREDICATE_TERMS
from kgraph.ids import mint_id
from kgraph.types import (
    Document,
    Entity,
    EntityType,
    KnowledgeGraph,
    Mention,
    Money,
    MoneyQualifier,
    Predicate,
    Provenance,
    Relation,
)

pytest.importorskip("pyshacl")

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")

REPO = Path(__file__).resolve().parents[2]


def _first(g: Graph, cls: URIRef) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]


def _statement(g: Graph, predicate: URIRef) -> URIRef:
    return sorted(g.subjects(RDF.predicate, predicate))[0]


def _failing(report: ValidationReport) -> str:
    return "\n".join(text for _, ok, text in report.graphs if not ok)


# -- what conforms -------------------------------------------------------------


def test_validate_shapes_parse_and_cover_each_class() -> None:
    shapes = load_shapes()
    targets = set(shapes.objects(None, SH.targetClass))
    assert {KG.Person, KG.Organization, KG.Place, KG.Mention, RDF.Statement} <= targets


def test_validate_small_kg_conforms(small_kg: KnowledgeGraph) -> None:
    report = validate(small_kg)
    assert report.conforms, report.text
    assert [name for name, _, _ in report.graphs] == [str(graph_name("a1"))]


def test_validate_flat_graph_conforms(small_kg: KnowledgeGraph) -> None:
    report = validate(to_rdflib(small_kg))
    assert report.conforms, report.text
    assert report.graphs[0][0] == ""


def test_validate_measured_amount_conforms() -> None:
    import kgraph

    kg = kgraph.extract_document("华越公司去年实现销售额3亿元。", doc_id="m")
    g = to_rdflib(kg)
    (amount,) = g.subjects(RDF.type, KG.MonetaryAmount)
    assert str(g.value(amount, KG.measure)) == "revenue"
    assert (None, KG.hasAmount, amount) in g
    report = validate(g)
    assert report.conforms, report.text


def test_validate_money_range_conforms() -> None:
    money = Money(
        Decimal("300000000"), qualifier=MoneyQualifier.RANGE, value_max=Decimal("5E8")
    )
    ent = Entity("money-1", EntityType.MONEY, "3至5亿元", money=money)
    report = validate(KnowledgeGraph(entities=(ent,)))
    assert report.conforms, report.text


@pytest.mark.slow
def test_validate_sample_article_conforms(sample_trig: Path) -> None:
    report = validate(sample_trig)
    assert report.conforms, report.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "article",
    sorted((REPO / "eval" / "articles").glob("*.txt")),
    ids=lambda p: p.stem,
)
def test_validate_generated_graphs_conform(nlp_lac, article: Path) -> None:  # type: ignore[no-untyped-def]
    import kgraph

    kg = kgraph.build(
        [(article.stem, article.read_text(encoding="utf-8"))], nlp=nlp_lac
    )
    report = validate(kg)
    assert report.conforms, report.text


_NAMES = st.text(min_size=1, max_size=12).filter(lambda s: s.strip())
_PLACE_PREDICATES = [Predicate.LOCATED_IN, Predicate.PART_OF]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=st.lists(_NAMES, min_size=4, max_size=4, unique=True),
    doc_id=_NAMES,
    confidence=st.floats(min_value=0.01, max_value=1.0),
    predicate=st.sampled_from(_PLACE_PREDICATES),
)
def test_validate_random_graphs_conform(
    names: list[str], doc_id: str, confidence: float, predicate: Predicate
) -> None:
    person, org, place, area = names
    prov = Provenance(doc_id, 0, 4, sentence=" ".join(names))

    def entity(kind: EntityType, label: str) -> Entity:
        return Entity(
            mint_id(kind, label), kind, label, mentions=(Mention(label, prov),)
        )

    ents = {
        "person": entity(EntityType.PERSON, person),
        "org": entity(EntityType.ORG, org),
        "place": entity(EntityType.PLACE, place),
        "area": entity(EntityType.PLACE, area),
    }
    rels = (
        Relation(
            ents["person"].id,
            Predicate.WORKS_FOR,
            ents["org"].id,
            prov,
            confidence=confidence,
            role=org,
        ),
        Relation(ents["area"].id, predicate, ents["place"].id, prov),
    )
    kg = KnowledgeGraph(
        entities=tuple(ents.values()),
        relations=rels,
        documents=(Document(doc_id, source=place, title=area, n_chars=9),),
    )
    report = validate(kg)
    assert report.conforms, report.text


# -- what does not -------------------------------------------------------------


def _no_label(g: Graph) -> None:
    g.remove((_first(g, KG.Organization), RDFS.label, None))


def _label_without_language(g: Graph) -> None:
    g.set((_first(g, KG.Organization), RDFS.label, Literal("南湖实验室")))


def _two_labels(g: Graph) -> None:
    g.add((_first(g, KG.Place), RDFS.label, Literal("另一个", lang="zh")))


def _confidence_above_one(g: Graph) -> None:
    stmt = _statement(g, KG.locatedIn)
    g.set((stmt, KG.confidence, Literal("1.5", datatype=XSD.decimal)))


def _offsets_backwards(g: Graph) -> None:
    g.set((_first(g, KG.Mention), KG.startChar, Literal(10_000)))


def _offset_as_string(g: Graph) -> None:
    g.set((_statement(g, KG.partOf), KG.startChar, Literal("45")))


def _triple_not_asserted(g: Graph) -> None:
    stmt = _statement(g, KG.locatedIn)
    g.remove((g.value(stmt, RDF.subject), KG.locatedIn, g.value(stmt, RDF.object)))


def _unknown_predicate(g: Graph) -> None:
    g.set((_statement(g, KG.partOf), RDF.predicate, SDO.knows))


def _role_on_part_of(g: Graph) -> None:
    g.add((_statement(g, KG.partOf), KG.role, Literal("区长", lang="zh")))


def _works_for_a_money_amount(g: Graph) -> None:
    g.add((_first(g, KG.Person), KG.worksFor, _first(g, KG.MonetaryAmount)))


def _located_in_a_person(g: Graph) -> None:
    g.add((_first(g, KG.Organization), KG.locatedIn, _first(g, KG.Person)))


def _money_without_value(g: Graph) -> None:
    g.remove((_first(g, KG.MonetaryAmount), SDO.value, None))


def _bad_currency(g: Graph) -> None:
    g.set((_first(g, KG.MonetaryAmount), SDO.currency, Literal("yuan")))


def _missing_schema_class(g: Graph) -> None:
    g.remove((_first(g, KG.Person), RDF.type, SDO.Person))


def _membership_without_member(g: Graph) -> None:
    g.remove((_first(g, ORG.Membership), ORG.member, None))


def _unknown_measure(g: Graph) -> None:
    g.set((_first(g, KG.MonetaryAmount), KG.measure, Literal("happiness")))


def _period_without_language(g: Graph) -> None:
    g.set((_first(g, KG.MonetaryAmount), KG.period, Literal("今年")))


def _has_amount_to_a_place(g: Graph) -> None:
    g.add((_first(g, KG.Organization), KG.hasAmount, _first(g, KG.Place)))


def _no_extractor_version(g: Graph) -> None:
    g.remove((_statement(g, KG.worksFor), KG.extractorVersion, None))


BREAKAGES: list[Callable[[Graph], None]] = [
    _no_label,
    _label_without_language,
    _two_labels,
    _confidence_above_one,
    _offsets_backwards,
    _offset_as_string,
    _triple_not_asserted,
    _unknown_predicate,
    _role_on_part_of,
    _works_for_a_money_amount,
    _located_in_a_person,
    _money_without_value,
    _bad_currency,
    _missing_schema_class,
    _membership_without_member,
    _no_extractor_version,
    _unknown_measure,
    _period_without_language,
    _has_amount_to_a_place,
]


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__.strip("_"))
def test_validate_broken_graph_does_not_conform(
    small_kg: KnowledgeGraph, breakage: Callable[[Graph], None]
) -> None:
    g = to_rdflib(small_kg)
    breakage(g)
    report = validate(g)
    assert not report.conforms
    assert "Constraint Violation" in _failing(report)


def test_validate_each_named_graph_on_its_own(small_kg: KnowledgeGraph) -> None:
    ds = to_rdflib_dataset(small_kg)
    # move an entity's types into another graph: the union is fine, one graph is not
    name = graph_name("a1")
    org = sorted(ds.graph(name).subjects(RDF.type, KG.Organization))[0]
    other = ds.graph(URIRef("urn:x:other"))
    for triple in list(ds.graph(name).triples((org, None, None))):
        ds.graph(name).remove(triple)
        other.add(triple)
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    assert validate(union).conforms
    report = validate(ds)
    assert not report.conforms
    assert str(name) in {n for n, ok, _ in report.graphs if not ok}


def test_validate_every_predicate_is_allowed_in_statements() -> None:
    shapes = load_shapes()
    (prop,) = set(shapes.subjects(SH.path, RDF.predicate))
    allowed = set(shapes.collection(shapes.value(prop, SH["in"])))
    assert allowed == set(PREDICATE_TERMS.values())


# -- files and the command line ------------------------------------------------


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld", ".trig", ".nq"])
def test_validate_reads_files_by_suffix(
    small_kg: KnowledgeGraph, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"kg{suffix}"
    write_graph(small_kg, path)
    assert validate(path).conforms


def test_validate_rejects_unknown_suffix(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match=r"\.trig"):
        validate(tmp_path / "kg.xml")


def test_validate_cli_exit_status(
    small_kg: KnowledgeGraph, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.trig"
    write_graph(small_kg, good)
    bad = tmp_path / "bad.ttl"
    g = to_rdflib(small_kg)
    _no_label(g)
    g.serialize(bad, format="turtle")
    assert main(["validate", str(good)]) == 0
    assert f"{good}: conforms: True" in capsys.readouterr().out
    assert main(["validate", str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}: conforms: False" in out
    assert "an entity needs exactly one non-blank rdfs:label with @zh" in out


def test_validate_dataset_default_graph_is_checked() -> None:
    ds = Dataset()
    ds.default_graph.add((URIRef("urn:x:o"), RDF.type, KG.Organization))
    report = validate(ds)
    assert not report.conforms
    assert report.graphs[0][0] == ""
