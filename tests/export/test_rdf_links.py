"""RDF of official division codes, investment events and merge records."""

from __future__ import annotations

from decimal import Decimal

from rdflib import RDF, RDFS, Literal, URIRef

from kgraph.export import DEFAULT_BASE, to_rdflib
from kgraph.export.dataset import graph_name, to_rdflib_dataset
from kgraph.export.vocab import KG
from kgraph.ids import mint_id
from kgraph.types import (
    Document,
    Entity,
    EntityType,
    InvestmentEvent,
    InvestmentStatus,
    KnowledgeGraph,
    Mention,
    Merge,
    Money,
    Provenance,
)


def linked_kg() -> KnowledgeGraph:
    where = Provenance(
        "a1", 0, 20, sentence="华越有限公司计划总投资3亿元的智能工厂项目开工。"
    )
    org = Entity(
        mint_id(EntityType.ORG, "华越有限公司"),
        EntityType.ORG,
        "华越有限公司",
        mentions=(Mention("华越有限公司", Provenance("a1", 0, 6)),),
    )
    money = Entity(
        mint_id(EntityType.MONEY, "3亿元", scope="a1"),
        EntityType.MONEY,
        "3亿元",
        mentions=(Mention("3亿元", Provenance("a1", 11, 14)),),
        money=Money(Decimal("300000000")),
    )
    city = Entity("place-jx", EntityType.PLACE, "嘉兴市", code="330400")
    event = InvestmentEvent(
        "event-1",
        money.id,
        where,
        investor=org.id,
        place=city.id,
        status=InvestmentStatus.STARTED,
        period="今年",
    )
    merge = Merge(org.id, "华越公司", "alias", "华越公司 is an alias of 华越有限公司")
    return KnowledgeGraph(
        entities=(org, money, city),
        documents=(Document("a1"),),
        events=(event,),
        merges=(merge,),
    )


def node(local: str) -> URIRef:
    return URIRef(DEFAULT_BASE + local)


def test_rdf_links_admin_code() -> None:
    g = to_rdflib(linked_kg())
    assert g.value(node("place-jx"), KG.adminCode) == Literal("330400")


def test_rdf_links_investment_event() -> None:
    kg = linked_kg()
    g = to_rdflib(kg)
    event = node("event-1")
    assert (event, RDF.type, KG.InvestmentEvent) in g
    assert g.value(event, KG.amount) == node(kg.events[0].amount)
    assert g.value(event, KG.investor) == node(kg.events[0].investor)
    assert g.value(event, KG.status) == Literal("started")
    assert g.value(event, KG.period) == Literal("今年", lang="zh")


def test_rdf_links_merge_record() -> None:
    g = to_rdflib(linked_kg())
    (merge,) = g.subjects(RDF.type, KG.Merge)
    assert g.value(merge, RDFS.label) == Literal("华越公司", lang="zh")
    assert g.value(merge, KG.mergeRule) == Literal("alias")


def test_rdf_links_dataset_places_event_with_its_article() -> None:
    ds = to_rdflib_dataset(linked_kg())
    article_graph = ds.graph(graph_name("a1"))
    assert (node("event-1"), RDF.type, KG.InvestmentEvent) in article_graph
    assert any(True for _ in ds.default_graph.subjects(RDF.type, KG.Merge))


def test_rdf_links_conform_to_the_shapes() -> None:
    from kgraph.export.validate import validate

    assert validate(to_rdflib(linked_kg())).conforms


def test_rdf_links_broken_event_and_merge_do_not_conform() -> None:
    from kgraph.export.validate import validate

    g = to_rdflib(linked_kg())
    g.set((node("event-1"), KG.status, Literal("maybe")))
    assert not validate(g).conforms
    g = to_rdflib(linked_kg())
    (merge,) = g.subjects(RDF.type, KG.Merge)
    g.set((merge, KG.mergeRule, Literal("guess")))
    assert not validate(g).conforms
    g = to_rdflib(linked_kg())
    g.set((node("place-jx"), KG.adminCode, Literal("3304")))
    assert not validate(g).conforms
