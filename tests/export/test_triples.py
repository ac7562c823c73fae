"""Tests for kgraph.export.triples: one statement generator for every writer."""

from __future__ import annotations

from rdflib import Graph
from rdflib.compare import isomorphic

from kgraph.export.fastrdf import NTriplesTerms
from kgraph.export.quads import iter_quads
from kgraph.export.rdf import DEFAULT_BASE, to_rdflib
from kgraph.export.triples import RdflibTerms, iter_triples
from kgraph.types import KnowledgeGraph


def test_triples_quads_are_the_triples_split_by_article(
    small_kg: KnowledgeGraph,
) -> None:
    triples = set(iter_triples(small_kg, RdflibTerms(), base=DEFAULT_BASE))
    quads = list(iter_quads(small_kg, RdflibTerms(), base=DEFAULT_BASE))
    assert {q[:3] for q in quads} == triples
    assert {q[3] for q in quads} != {None}  # the article's graph is named


def test_triples_both_term_makers_give_the_same_graph(
    small_kg: KnowledgeGraph,
) -> None:
    lines = {
        f"{s} {p} {o} ."
        for s, p, o in iter_triples(small_kg, NTriplesTerms(), base=DEFAULT_BASE)
    }
    parsed = Graph().parse(data="\n".join(sorted(lines)), format="nt")
    assert isomorphic(parsed, to_rdflib(small_kg))
    assert len(parsed) == len(to_rdflib(small_kg))


def test_triples_shared_entity_is_described_once_per_article(
    rich_kg: KnowledgeGraph,
) -> None:
    kg = rich_kg
    org = kg.entities[0]
    graphs_with_label = {
        g
        for s, p, _, g in iter_quads(kg, NTriplesTerms(), base=DEFAULT_BASE)
        if s == f"<{DEFAULT_BASE}{org.id}>" and p.endswith("rdf-schema#label>")
    }
    assert len(graphs_with_label) == 2  # d1 and d2 both mention it


def test_triples_events_carry_schema_action_status(rich_kg) -> None:  # type: ignore[no-untyped-def]
    """kg:status beside schema.org's actionStatus, read by schema.org tools."""
    from rdflib import URIRef

    from kgraph.export.rdf import to_rdflib
    from kgraph.export.vocab import ACTION_STATUS_OF
    from kgraph.types import InvestmentStatus

    graph = to_rdflib(rich_kg)
    action = URIRef("https://schema.org/actionStatus")
    found = set(graph.objects(None, action))
    expected = {
        ACTION_STATUS_OF[e.status]
        for e in rich_kg.events
        if e.status is not InvestmentStatus.UNKNOWN
    }
    assert found and found == expected


def test_triples_statements_were_generated_by_the_article_extraction(
    small_kg,  # type: ignore[no-untyped-def]
) -> None:
    """PROV: each statement -> an extraction activity that used its article."""
    from rdflib import RDF, URIRef
    from rdflib.namespace import PROV

    from kgraph.export.names import activity_id, article_id
    from kgraph.export.rdf import DEFAULT_BASE, to_rdflib

    graph = to_rdflib(small_kg)
    activity = URIRef(DEFAULT_BASE + activity_id("a1"))
    statements = set(graph.subjects(RDF.type, RDF.Statement))
    assert statements
    assert statements == set(graph.subjects(PROV.wasGeneratedBy, activity))
    assert (activity, RDF.type, PROV.Activity) in graph
    assert (activity, PROV.used, URIRef(DEFAULT_BASE + article_id("a1"))) in graph
    (agent,) = graph.objects(activity, PROV.wasAssociatedWith)
    assert (agent, RDF.type, PROV.SoftwareAgent) in graph
