"""Tests for ontology/kgraph.ttl and docs/vocabulary.md: every term, in step."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import ORG, PROV, SDO

from kgraph.export.validate import load_shapes
from kgraph.export.vocab import CLASS_OF, KG, KG_NS, PREDICATE_TERMS, SCHEMA_CLASS_OF

REPO = Path(__file__).resolve().parent.parent
ONTOLOGY = REPO / "ontology" / "kgraph.ttl"
VOCABULARY = REPO / "docs" / "vocabulary.md"
TERMS = sorted(KG.__annotations__)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def _kg_terms(g: Graph) -> set[str]:
    return {
        str(t)[len(KG_NS) :]
        for t in set(g.subjects()) | set(g.predicates()) | set(g.objects())
        if isinstance(t, URIRef) and str(t).startswith(KG_NS)
    }


def test_ontology_declares_exactly_the_vocabulary(ontology: Graph) -> None:
    declared = {
        str(s)[len(KG_NS) :]
        for s in ontology.subjects(RDFS.isDefinedBy, URIRef(KG_NS.rstrip("#")))
    }
    assert declared == set(TERMS)
    assert _kg_terms(ontology) == set(TERMS)


@pytest.mark.parametrize("term", TERMS)
def test_ontology_term_has_type_label_and_comment(ontology: Graph, term: str) -> None:
    node = KG[term]
    kinds = set(ontology.objects(node, RDF.type))
    if term[0].isupper():  # classes are UpperCamel, properties lowerCamel
        assert OWL.Class in kinds
    else:
        assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}
    assert ontology.value(node, RDFS.comment) is not None
    assert any(lit.language == "en" for lit in ontology.objects(node, RDFS.label))


def test_ontology_classes_align_with_schema_org(ontology: Graph) -> None:
    for entity_type, kg_class in CLASS_OF.items():
        supers = set(ontology.objects(kg_class, RDFS.subClassOf))
        assert SCHEMA_CLASS_OF[entity_type] in supers


def test_ontology_aligns_with_org_and_prov(ontology: Graph) -> None:
    assert (KG.worksFor, RDFS.subPropertyOf, ORG.memberOf) in ontology
    assert (KG.worksFor, RDFS.subPropertyOf, SDO.worksFor) in ontology
    assert (KG.Organization, RDFS.subClassOf, ORG.Organization) in ontology
    assert (KG.Article, RDFS.subClassOf, PROV.Entity) in ontology
    assert (KG.reportedBy, RDFS.subPropertyOf, PROV.wasAttributedTo) in ontology


def test_ontology_relations_are_object_properties(ontology: Graph) -> None:
    for prop in PREDICATE_TERMS.values():
        assert (prop, RDF.type, OWL.ObjectProperty) in ontology


def test_ontology_shapes_use_only_vocabulary_terms() -> None:
    assert _kg_terms(load_shapes()) <= set(TERMS)


def _turtle_blocks(markdown: str) -> str:
    return "\n".join(re.findall(r"```(?:turtle|trig)\n(.*?)```", markdown, re.S))


@pytest.mark.parametrize("term", TERMS)
def test_vocabulary_doc_has_an_example_of_every_term(term: str) -> None:
    examples = _turtle_blocks(VOCABULARY.read_text(encoding="utf-8"))
    table_rows = [
        line
        for line in VOCABULARY.read_text(encoding="utf-8").splitlines()
        if line.startswith("|") and " kg:" + term + " " in line.replace("`", " ")
    ]
    assert re.search(rf"kg:{term}\b", examples) or any(
        re.search(rf"kgid:\S+ kg:{term} kgid:", row) for row in table_rows
    ), f"docs/vocabulary.md has no example triple for kg:{term}"
