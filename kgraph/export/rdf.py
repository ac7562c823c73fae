"""Export a KnowledgeGraph to RDF: an rdflib Graph, Turtle, N-Triples or JSON-LD."""

from __future__ import annotations

import hashlib
import os
from typing import BinaryIO

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, PROV, SDO

from kgraph.errors import InvalidInputError
from kgraph.export.amounts import add_amount, decimal_literal
from kgraph.export.serialize import _write_bytes, serialize_graph
from kgraph.ids import mint_id
from kgraph.types import (
    Document,
    Entity,
    EntityType,
    InvestmentEvent,
    KnowledgeGraph,
    Mention,
    Merge,
    Predicate,
    Relation,
)
from kgraph.vocab import CLASS_OF, KG, KG_NS, PREDICATE_TERMS, SCHEMA_CLASS_OF
from kgraph.vocab import zh_literal as _zh  # @zh, @zh-Hant in traditional characters

__all__ = [
    "DEFAULT_BASE",
    "RDF_FORMATS",
    "article_id",
    "mention_id",
    "statement_id",
    "to_rdflib",
    "write_rdf",
]


#: Prefix of every entity, statement and mention IRI unless ``base=`` is given.
DEFAULT_BASE = "https://kgraph-zh.github.io/id/"

#: rdflib serialiser names accepted by `write_rdf`.
RDF_FORMATS = ("json-ld", "nt", "turtle")

_PREFIXES = {
    "kg": KG_NS,
    "org": str(ORG),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SDO._NS),
    "skos": str(SKOS),
    "xsd": str(XSD),
}


def _digest(*parts: object) -> str:
    key = "|".join(str(p) for p in parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def statement_id(rel: Relation) -> str:
    """Return the stable local name of the statement recording ``rel``.

    It is ``"stmt-"`` plus the first 16 hex digits of the SHA-1 of
    ``subject|predicate|object|doc_id|start|end``; the RDF statement IRI is
    ``base + statement_id(rel)`` and the networkx edge key is the same string.

    Parameters
    ----------
    rel : Relation
        The relation, with its provenance.

    Returns
    -------
    str
        For example ``"stmt-0123456789abcdef"``.

    Examples
    --------
    >>> from kgraph.types import Predicate, Provenance
    >>> rel = Relation("org-1", Predicate.LOCATED_IN, "place-1", Provenance("a1", 0, 9))
    >>> sid = statement_id(rel)
    >>> sid.startswith("stmt-"), len(sid), sid == statement_id(rel)
    (True, 21, True)
    """
    p = rel.provenance
    return "stmt-" + _digest(
        rel.subject, rel.predicate.value, rel.object, p.doc_id, p.start, p.end
    )


def article_id(doc_id: str) -> str:
    """Return the id of the ARTICLE node (and named graph) of document ``doc_id``.

    It is the id `kgraph.graph.document_graph` gives the document's ARTICLE
    entity, so statements and mentions can point at their article.

    Examples
    --------
    >>> article_id("a1")
    'article-d871a49055f0'
    """
    return mint_id(EntityType.ARTICLE, doc_id)


def _role_id(role: str) -> str:
    """Return the local name of the ``org:Role`` node of ``role`` (``role-…``)."""
    return "role-" + _digest("role", role)


def _version() -> str:
    from kgraph import __version__  # late: kgraph imports its exporters

    return __version__


def mention_id(entity_id: str, mention: Mention) -> str:
    """Return the stable local name of a mention node of entity ``entity_id``.

    Parameters
    ----------
    entity_id : str
        The id of the entity mentioned.
    mention : Mention
        The mention, with its provenance.

    Returns
    -------
    str
        ``"mention-"`` plus 16 hex digits of the SHA-1 of
        ``entity_id|doc_id|start|end``.

    Examples
    --------
    >>> from kgraph.types import Provenance
    >>> mention_id("org-1", Mention("华为", Provenance("a1", 0, 2)))[:8]
    'mention-'
    """
    p = mention.provenance
    return "mention-" + _digest(entity_id, p.doc_id, p.start, p.end)


def _add_entity(g: Graph, ns: Namespace, ent: Entity) -> None:
    node = ns[ent.id]
    g.add((node, RDF.type, CLASS_OF[ent.type]))
    g.add((node, RDF.type, SCHEMA_CLASS_OF[ent.type]))
    g.add((node, RDFS.label, _zh(ent.label)))
    if ent.code is not None:
        g.add((node, KG.adminCode, Literal(ent.code)))
    for alias in ent.aliases:
        g.add((node, SKOS.altLabel, _zh(alias)))
    if ent.money is not None:
        add_amount(g, node, ent.money)
    for mention in ent.mentions:
        m = ns[mention_id(ent.id, mention)]
        p = mention.provenance
        g.add((node, KG.mention, m))
        g.add((m, RDF.type, KG.Mention))
        g.add((m, RDFS.label, _zh(mention.text)))
        g.add((m, KG.docId, Literal(p.doc_id)))
        g.add((m, KG.startChar, Literal(p.start)))
        g.add((m, KG.endChar, Literal(p.end)))
        g.add((m, KG.extractor, Literal(p.extractor)))
        if p.sentence:
            g.add((m, KG.evidence, _zh(p.sentence)))


def _add_document(g: Graph, ns: Namespace, doc: Document, *, typed: bool) -> None:
    """Article metadata on the article node; ``typed`` adds its classes and label."""
    node = ns[article_id(doc.doc_id)]
    if typed:
        g.add((node, RDF.type, CLASS_OF[EntityType.ARTICLE]))
        g.add((node, RDF.type, SCHEMA_CLASS_OF[EntityType.ARTICLE]))
        g.add((node, RDFS.label, _zh(doc.title or doc.doc_id)))
    g.add((node, KG.docId, Literal(doc.doc_id)))
    g.add((node, KG.charCount, Literal(doc.n_chars)))
    if doc.title:
        g.add((node, SDO.headline, _zh(doc.title)))
    if doc.source:
        g.add((node, KG.sourcePath, Literal(doc.source)))


def _add_relation(
    g: Graph, ns: Namespace, rel: Relation, *, articles: frozenset[str] = frozenset()
) -> None:
    """The direct triple and its statement; ``articles`` are the article ids present."""
    subj, pred, obj = ns[rel.subject], PREDICATE_TERMS[rel.predicate], ns[rel.object]
    g.add((subj, pred, obj))
    p = rel.provenance
    stmt = ns[statement_id(rel)]
    g.add((stmt, RDF.type, RDF.Statement))
    g.add((stmt, RDF.subject, subj))
    g.add((stmt, RDF.predicate, pred))
    g.add((stmt, RDF.object, obj))
    g.add((stmt, KG.docId, Literal(p.doc_id)))
    g.add((stmt, KG.startChar, Literal(p.start)))
    g.add((stmt, KG.endChar, Literal(p.end)))
    g.add((stmt, KG.extractor, Literal(p.extractor)))
    g.add((stmt, KG.extractorVersion, Literal(_version())))
    g.add((stmt, KG.confidence, decimal_literal(rel.confidence)))
    if article_id(p.doc_id) in articles:
        g.add((stmt, PROV.wasDerivedFrom, ns[article_id(p.doc_id)]))
    if p.sentence:
        g.add((stmt, KG.evidence, _zh(p.sentence)))
    if rel.role:
        g.add((stmt, KG.role, _zh(rel.role)))
    if rel.predicate is Predicate.WORKS_FOR:  # W3C ORG: a membership with a role
        g.add((stmt, RDF.type, ORG.Membership))
        g.add((stmt, ORG.member, subj))
        g.add((stmt, ORG.organization, obj))
        if rel.role:
            role = ns[_role_id(rel.role)]
            g.add((stmt, ORG.role, role))
            g.add((role, RDF.type, ORG.Role))
            g.add((role, RDFS.label, _zh(rel.role)))


def _article_ids(kg: KnowledgeGraph) -> frozenset[str]:
    """Ids of the article nodes written for ``kg``: ARTICLE entities and documents."""
    ids = {e.id for e in kg.entities if e.type is EntityType.ARTICLE}
    ids.update(article_id(d.doc_id) for d in kg.documents)
    return frozenset(ids)


def to_rdflib(kg: KnowledgeGraph, *, base: str = DEFAULT_BASE) -> Graph:
    """Convert ``kg`` to an rdflib Graph: one IRI per entity, no blank nodes.

    Each entity ``e`` becomes ``<base + e.id>``, typed with its kgraph class and
    its schema.org class, labelled ``rdfs:label "…"@zh`` and ``skos:altLabel``
    for aliases; each mention becomes a ``kg:Mention`` node. Each relation is a
    direct triple (``subj kg:locatedIn obj``) plus an ``rdf:Statement`` node
    ``<base + statement_id(rel)>`` carrying the evidence sentence, document id,
    character offsets, confidence, extractor and its version, role, and
    ``prov:wasDerivedFrom`` its article; ``worksFor`` statements are also
    W3C ORG memberships (``org:Membership``, ``org:role``). Each document adds
    its metadata to its article node ``<base + article_id(doc_id)>``:
    ``kg:docId``, ``schema:headline``, ``kg:sourcePath``, ``kg:charCount``.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to convert; it is not modified.
    base : str, optional
        Prefix of the minted IRIs, by default `DEFAULT_BASE`.

    Returns
    -------
    rdflib.Graph
        A new graph with the prefixes ``kg``, ``schema``, ``skos``, ``org``,
        ``prov`` and ``kgid`` (``base``) bound.

    Examples
    --------
    >>> from rdflib import URIRef
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> g = to_rdflib(kg)
    >>> len(g), (URIRef(DEFAULT_BASE + "org-1"), RDF.type, KG.Organization) in g
    (3, True)
    >>> g.value(URIRef(DEFAULT_BASE + "org-1"), RDFS.label)
    rdflib.term.Literal('华为', lang='zh')
    """
    ns = Namespace(base)
    g = Graph()
    _bind(g, base)
    articles = _article_ids(kg)
    entity_ids = {e.id for e in kg.entities}
    for ent in kg.entities:
        _add_entity(g, ns, ent)
    for doc in kg.documents:
        _add_document(g, ns, doc, typed=article_id(doc.doc_id) not in entity_ids)
    for rel in kg.relations:
        _add_relation(g, ns, rel, articles=articles)
    for event in kg.events:
        add_event(g, ns, event)
    for merge in kg.merges:
        add_merge(g, ns, merge)
    return g


#: schema.org's class for investing (newer than rdflib's SDO term list)
_INVEST_ACTION = URIRef("https://schema.org/InvestOrDepositAction")


def add_event(g: Graph, ns: Namespace, event: InvestmentEvent) -> None:
    """Add an investment event, a ``kg:InvestmentEvent`` and schema.org action."""
    node, p = ns[event.id], event.provenance
    g.add((node, RDF.type, KG.InvestmentEvent))
    g.add((node, RDF.type, _INVEST_ACTION))
    g.add((node, KG.amount, ns[event.amount]))
    for prop, part in (
        (KG.project, event.project),
        (KG.investor, event.investor),
        (KG.place, event.place),
    ):
        if part is not None:
            g.add((node, prop, ns[part]))
    g.add((node, KG.status, Literal(event.status.value)))
    if event.period:
        g.add((node, KG.period, Literal(event.period, lang="zh")))
    g.add((node, KG.docId, Literal(p.doc_id)))
    g.add((node, KG.startChar, Literal(p.start)))
    g.add((node, KG.endChar, Literal(p.end)))
    if p.sentence:
        g.add((node, KG.evidence, _zh(p.sentence)))
    g.add((node, PROV.wasDerivedFrom, ns[article_id(p.doc_id)]))


def merge_id(merge: Merge) -> str:
    """Deterministic local name of a merge record."""
    return "merge-" + _digest(merge.kept, merge.merged, merge.rule)


def add_merge(g: Graph, ns: Namespace, merge: Merge) -> None:
    """Add a ``kg:Merge`` record: the name, the entity it went into, rule, evidence."""
    node = ns[merge_id(merge)]
    g.add((node, RDF.type, KG.Merge))
    g.add((node, RDFS.label, Literal(merge.merged, lang="zh")))
    g.add((node, KG.mergedInto, ns[merge.kept]))
    g.add((node, KG.mergeRule, Literal(merge.rule)))
    if merge.evidence:
        g.add((node, KG.evidence, Literal(merge.evidence, lang="zh")))


def _bind(g: Graph, base: str) -> None:
    """Bind kgraph's prefixes and ``kgid`` (``base``) on ``g``."""
    for prefix, iri in _PREFIXES.items():
        g.bind(prefix, iri, override=True, replace=True)
    g.bind("kgid", base, override=True, replace=True)


def write_rdf(
    kg: KnowledgeGraph,
    dest: str | os.PathLike[str] | BinaryIO,
    *,
    format: str = "turtle",
    base: str = DEFAULT_BASE,
) -> None:
    """Write ``to_rdflib(kg)`` to ``dest`` as UTF-8 Turtle, N-Triples or JSON-LD.

    The same ``kg`` gives the same bytes in every run (`serialize_graph`):
    N-Triples lines are sorted, JSON-LD nodes and values too.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to write; it is not modified.
    dest : str, os.PathLike or binary stream
        A file path (created or overwritten) or a stream opened with ``"wb"``.
    format : {"turtle", "nt", "json-ld"}, optional
        The serialisation, by default ``"turtle"``.
    base : str, optional
        Prefix of the minted IRIs, by default `DEFAULT_BASE`.

    Raises
    ------
    InvalidInputError
        If ``format`` is not one of `RDF_FORMATS`.
    TypeError
        If ``dest`` is neither a path nor a binary stream.

    Examples
    --------
    >>> import io
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> buf = io.BytesIO()
    >>> write_rdf(kg, buf, format="nt")
    >>> "华为" in buf.getvalue().decode("utf-8")
    True
    """
    if format not in RDF_FORMATS:
        known = ", ".join(RDF_FORMATS)
        raise InvalidInputError(f"RDF format {format!r} not supported; use: {known}")
    context = {**_PREFIXES, "kgid": base} if format == "json-ld" else None
    data = serialize_graph(to_rdflib(kg, base=base), format, context=context)
    _write_bytes(dest, data)
