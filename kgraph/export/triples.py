"""The RDF statements of a KnowledgeGraph, once, for every writer.

`iter_triples` yields the triples of the flat graph (`kgraph.export.to_rdflib`);
`kgraph.export.quads` splits the same statements into one named graph per
article (`kgraph.export.to_rdflib_dataset`). Both are generic over how a term is
made: `RdflibTerms` makes rdflib terms, `kgraph.export.fastrdf` makes the
N-Triples text of each term with pyoxigraph, so the rdflib Graph and the fast
writers are built by the same code and cannot disagree.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from rdflib import RDF, RDFS, SKOS
from rdflib.namespace import ORG, PROV, SDO

from kgraph.divisions.table import levels_of
from kgraph.export.names import (
    activity_id,
    article_id,
    mention_id,
    merge_id,
    role_id,
    statement_id,
)
from kgraph.export.terms import RdflibTerms, Terms
from kgraph.export.time_terms import TimeVocabulary, time_triples
from kgraph.export.vocab import (
    ACTION_STATUS_OF,
    CLASS_OF,
    INVEST_ACTION,
    KG,
    PREDICATE_TERMS,
    SCHEMA_CLASS_OF,
)
from kgraph.link.periods import Interval, fact_intervals
from kgraph.types import (
    Document,
    Entity,
    EntityType,
    InvestmentEvent,
    InvestmentStatus,
    KnowledgeGraph,
    Merge,
    Money,
    Predicate,
    Relation,
)

__all__ = ["RdflibTerms", "Terms", "iter_triples"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Vocabulary(Generic[T]):
    """The vocabulary terms, made once per call by the writer's `Terms`."""

    type: T
    label: T
    alt_label: T
    statement: T
    subject: T
    predicate: T
    object: T
    derived_from: T
    generated_by: T
    used: T
    associated_with: T
    activity: T
    software_agent: T
    membership: T
    member: T
    organization: T
    org_role: T
    role_class: T
    headline: T
    value: T
    currency: T
    min_value: T
    max_value: T
    invest_action: T
    action_status: T
    statuses: dict[InvestmentStatus, T]
    classes: dict[EntityType, tuple[T, T]]
    predicates: dict[Predicate, T]
    kg: dict[str, T]  # kgraph's own terms by local name
    time: TimeVocabulary[T]

    @classmethod
    def of(cls, terms: Terms[T]) -> _Vocabulary[T]:
        iri = terms.iri
        names = tuple(KG.__annotations__)  # every term of the closed vocabulary
        return cls(
            type=iri(str(RDF.type)),
            label=iri(str(RDFS.label)),
            alt_label=iri(str(SKOS.altLabel)),
            statement=iri(str(RDF.Statement)),
            subject=iri(str(RDF.subject)),
            predicate=iri(str(RDF.predicate)),
            object=iri(str(RDF.object)),
            derived_from=iri(str(PROV.wasDerivedFrom)),
            generated_by=iri(str(PROV.wasGeneratedBy)),
            used=iri(str(PROV.used)),
            associated_with=iri(str(PROV.wasAssociatedWith)),
            activity=iri(str(PROV.Activity)),
            software_agent=iri(str(PROV.SoftwareAgent)),
            membership=iri(str(ORG.Membership)),
            member=iri(str(ORG.member)),
            organization=iri(str(ORG.organization)),
            org_role=iri(str(ORG.role)),
            role_class=iri(str(ORG.Role)),
            headline=iri(str(SDO.headline)),
            value=iri(str(SDO.value)),
            currency=iri(str(SDO.currency)),
            min_value=iri(str(SDO.minValue)),
            max_value=iri(str(SDO.maxValue)),
            invest_action=iri(str(INVEST_ACTION)),
            action_status=iri(str(SDO.actionStatus)),
            statuses={s: iri(str(o)) for s, o in ACTION_STATUS_OF.items()},
            classes={
                t: (iri(str(CLASS_OF[t])), iri(str(SCHEMA_CLASS_OF[t])))
                for t in EntityType
            },
            predicates={p: iri(str(PREDICATE_TERMS[p])) for p in Predicate},
            kg={name: iri(str(KG[name])) for name in names},
            time=TimeVocabulary.of(iri),
        )


@functools.cache
def _version() -> str:
    from kgraph import __version__  # late: kgraph imports its exporters

    return __version__


_Triple = tuple[T, T, T]


def _when(
    t: Terms[T], v: _Vocabulary[T], base: str, node: T, interval: Interval | None
) -> Iterator[_Triple[T]]:
    """The OWL-Time period of a fact, if its period was normalised."""
    if interval is not None:
        yield from time_triples(t.iri, t.date, v.time, node, interval, base=base)


def _amount(
    t: Terms[T], v: _Vocabulary[T], node: T, money: Money
) -> Iterator[_Triple[T]]:
    """The value terms of ``money`` on the amount node ``node``."""
    yield node, v.value, t.decimal(money.value)
    yield node, v.currency, t.plain(money.currency)
    yield node, v.kg["qualifier"], t.plain(money.qualifier.value)
    if money.measure is not None:
        yield node, v.kg["measure"], t.plain(money.measure.value)
    if money.period:
        yield node, v.kg["period"], t.text(money.period)
    if money.value_max is not None:
        yield node, v.min_value, t.decimal(money.value)
        yield node, v.max_value, t.decimal(money.value_max)
        yield node, v.kg["valueMax"], t.decimal(money.value_max)


def _entity(
    t: Terms[T],
    v: _Vocabulary[T],
    base: str,
    ent: Entity,
    when: Interval | None = None,
    level: int | None = None,
) -> Iterator[_Triple[T]]:
    """An entity, its mentions, and (given) its period and division level."""
    node, kg = t.iri(base + ent.id), v.kg
    kind, schema_kind = v.classes[ent.type]
    yield node, v.type, kind
    yield node, v.type, schema_kind
    yield node, v.label, t.text(ent.label)
    if ent.code is not None:
        yield node, kg["adminCode"], t.plain(ent.code)
    if level is not None:
        yield node, kg["adminLevel"], t.integer(level)
    for alias in ent.aliases:
        yield node, v.alt_label, t.text(alias)
    if ent.money is not None:
        yield from _amount(t, v, node, ent.money)
    yield from _when(t, v, base, node, when)
    mention_class = kg["Mention"]
    for mention in ent.mentions:
        m = t.iri(base + mention_id(ent.id, mention))
        p = mention.provenance
        yield node, kg["mention"], m
        yield m, v.type, mention_class
        yield m, v.label, t.text(mention.text)
        yield m, kg["docId"], t.plain(p.doc_id)
        yield m, kg["startChar"], t.integer(p.start)
        yield m, kg["endChar"], t.integer(p.end)
        yield m, kg["extractor"], t.plain(p.extractor)
        if p.sentence:
            yield m, kg["evidence"], t.text(p.sentence)


def _document(
    t: Terms[T], v: _Vocabulary[T], base: str, doc: Document, *, typed: bool
) -> Iterator[_Triple[T]]:
    """Article metadata on the article node; ``typed`` adds its classes and label.

    ``typed`` is for a document without an ARTICLE entity: the node is also a
    ``kg:DocumentRecord``, so a reader tells it from an ARTICLE entity. The
    ``prov:Activity`` that read the article (by this kgraph) comes with it.
    """
    node = t.iri(base + article_id(doc.doc_id))
    if typed:
        kind, schema_kind = v.classes[EntityType.ARTICLE]
        yield node, v.type, kind
        yield node, v.type, schema_kind
        yield node, v.type, v.kg["DocumentRecord"]
        yield node, v.label, t.text(doc.title or doc.doc_id)
    yield node, v.kg["docId"], t.plain(doc.doc_id)
    yield node, v.kg["charCount"], t.integer(doc.n_chars)
    if doc.title:
        yield node, v.headline, t.text(doc.title)
    if doc.date is not None:
        yield node, v.time.date_published, t.date(doc.date)
    if doc.source:
        yield node, v.kg["sourcePath"], t.plain(doc.source)
    activity = t.iri(base + activity_id(doc.doc_id))
    agent = t.iri(base + "software-kgraph-" + _version())
    yield activity, v.type, v.activity
    yield activity, v.used, node
    yield activity, v.associated_with, agent
    yield agent, v.type, v.software_agent
    yield agent, v.label, t.plain("kgraph " + _version())


def _relation(
    t: Terms[T], v: _Vocabulary[T], base: str, rel: Relation, articles: frozenset[str]
) -> Iterator[_Triple[T]]:
    """The direct triple and its statement; ``articles`` are the article ids present."""
    subj, pred, obj = (
        t.iri(base + rel.subject),
        v.predicates[rel.predicate],
        t.iri(base + rel.object),
    )
    kg, p = v.kg, rel.provenance
    yield subj, pred, obj
    stmt = t.iri(base + statement_id(rel))
    yield stmt, v.type, v.statement
    yield stmt, v.subject, subj
    yield stmt, v.predicate, pred
    yield stmt, v.object, obj
    yield stmt, kg["docId"], t.plain(p.doc_id)
    yield stmt, kg["startChar"], t.integer(p.start)
    yield stmt, kg["endChar"], t.integer(p.end)
    yield stmt, kg["extractor"], t.plain(p.extractor)
    yield stmt, kg["extractorVersion"], t.plain(_version())
    yield stmt, kg["confidence"], t.decimal(rel.confidence)
    article = article_id(p.doc_id)
    if article in articles:
        yield stmt, v.derived_from, t.iri(base + article)
        yield stmt, v.generated_by, t.iri(base + activity_id(p.doc_id))
    if p.sentence:
        yield stmt, kg["evidence"], t.text(p.sentence)
    if rel.role:
        yield stmt, kg["role"], t.text(rel.role)
    if rel.predicate is Predicate.WORKS_FOR:  # W3C ORG: a membership with a role
        yield stmt, v.type, v.membership
        yield stmt, v.member, subj
        yield stmt, v.organization, obj
        if rel.role:
            role = t.iri(base + role_id(rel.role))
            yield stmt, v.org_role, role
            yield role, v.type, v.role_class
            yield role, v.label, t.text(rel.role)


def _event(
    t: Terms[T],
    v: _Vocabulary[T],
    base: str,
    event: InvestmentEvent,
    when: Interval | None = None,
) -> Iterator[_Triple[T]]:
    """An investment event, a ``kg:InvestmentEvent`` and schema.org action."""
    node, p, kg = t.iri(base + event.id), event.provenance, v.kg
    yield node, v.type, kg["InvestmentEvent"]
    yield node, v.type, v.invest_action
    yield node, kg["amount"], t.iri(base + event.amount)
    for prop, part in (
        ("project", event.project),
        ("investor", event.investor),
        ("place", event.place),
    ):
        if part is not None:
            yield node, kg[prop], t.iri(base + part)
    yield node, kg["status"], t.plain(event.status.value)
    if event.status in v.statuses:
        yield node, v.action_status, v.statuses[event.status]
    if event.period:
        yield node, kg["period"], t.zh(event.period)
    yield from _when(t, v, base, node, when)
    yield node, kg["docId"], t.plain(p.doc_id)
    yield node, kg["startChar"], t.integer(p.start)
    yield node, kg["endChar"], t.integer(p.end)
    yield node, kg["extractor"], t.plain(p.extractor)
    if p.sentence:
        yield node, kg["evidence"], t.text(p.sentence)
    yield node, v.derived_from, t.iri(base + article_id(p.doc_id))
    yield node, v.generated_by, t.iri(base + activity_id(p.doc_id))


def _merge(
    t: Terms[T], v: _Vocabulary[T], base: str, merge: Merge
) -> Iterator[_Triple[T]]:
    """A ``kg:Merge`` record: the name, the entity it went into, rule, evidence."""
    node = t.iri(base + merge_id(merge))
    yield node, v.type, v.kg["Merge"]
    yield node, v.label, t.zh(merge.merged)
    yield node, v.kg["mergedInto"], t.iri(base + merge.kept)
    yield node, v.kg["mergeRule"], t.plain(merge.rule)
    if merge.evidence:
        yield node, v.kg["evidence"], t.zh(merge.evidence)


def division_levels(kg: KnowledgeGraph) -> Mapping[str, int]:
    """Division code -> level (1 province … 4 town) of the codes ``kg`` uses."""
    return levels_of(e.code for e in kg.entities if e.code is not None)


def _article_ids(kg: KnowledgeGraph) -> frozenset[str]:
    """Ids of the article nodes written for ``kg``: ARTICLE entities and documents."""
    ids = {e.id for e in kg.entities if e.type is EntityType.ARTICLE}
    ids.update(article_id(d.doc_id) for d in kg.documents)
    return frozenset(ids)


def iter_triples(
    kg: KnowledgeGraph, terms: Terms[T], *, base: str
) -> Iterator[_Triple[T]]:
    """Yield the triples of ``kg`` as `kgraph.export.to_rdflib` describes them.

    A triple may come more than once (two statements with the same role share
    the role node); writers keep one.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph; it is not modified.
    terms : Terms
        Makes each term (`RdflibTerms` for rdflib).
    base : str
        Prefix of the minted IRIs.

    Examples
    --------
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> len(set(iter_triples(kg, RdflibTerms(), base="urn:x:")))
    3
    """
    v = _Vocabulary.of(terms)
    articles = _article_ids(kg)
    entity_ids = {e.id for e in kg.entities}
    when, levels = fact_intervals(kg), division_levels(kg)
    for ent in kg.entities:
        level = levels.get(ent.code) if ent.code else None
        yield from _entity(terms, v, base, ent, when.get(ent.id), level)
    for doc in kg.documents:
        typed = article_id(doc.doc_id) not in entity_ids
        yield from _document(terms, v, base, doc, typed=typed)
    for rel in kg.relations:
        yield from _relation(terms, v, base, rel, articles)
    for event in kg.events:
        yield from _event(terms, v, base, event, when.get(event.id))
    for merge in kg.merges:
        yield from _merge(terms, v, base, merge)
