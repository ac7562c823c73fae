"""The kgraph RDF vocabulary: the one place kgraph term IRIs are spelled."""

from __future__ import annotations

from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.namespace import ORG, PROV, SDO, TIME, DefinedNamespace, Namespace

from kgraph.extract.script import language_tag
from kgraph.types import EntityType, InvestmentStatus, Predicate

__all__ = [
    "ACTION_STATUS_OF",
    "CLASS_OF",
    "INVEST_ACTION",
    "KG",
    "KG_NS",
    "PREDICATE_TERMS",
    "PREFIXES",
    "SCHEMA_CLASS_OF",
    "text_language",
    "zh_literal",
]

#: Namespace IRI of the kgraph vocabulary (bound to the prefix ``kg``).
KG_NS = "https://kgraph-zh.github.io/ns#"


class KG(DefinedNamespace):
    """The closed kgraph vocabulary; an undefined term raises ``AttributeError``.

    Classes are ``UpperCamel``, properties ``lowerCamel``. See
    ``docs/vocabulary.md`` for one example triple per term.

    Examples
    --------
    >>> KG.locatedIn
    rdflib.term.URIRef('https://kgraph-zh.github.io/ns#locatedIn')
    >>> KG.Organization in KG
    True
    """

    _NS = Namespace(KG_NS)
    _fail = True

    # classes (entity types, plus the mention record)
    Article: URIRef  # a news article that facts were read from
    DocumentRecord: URIRef  # an article node of a document without ARTICLE entity
    InvestmentEvent: URIRef  # one investment statement with its parts
    Merge: URIRef  # a record of entity resolution: which name went into which node
    Mention: URIRef  # one occurrence of an entity in a document
    MonetaryAmount: URIRef  # an amount of money read from the text
    Organization: URIRef  # company, institution, government body
    Person: URIRef
    Place: URIRef  # administrative area, district, street, site
    Project: URIRef  # an investment or construction project

    # relations between entities (object properties)
    aliasOf: URIRef
    hasAmount: URIRef  # any amount other than an investment -> kg:MonetaryAmount
    hasInvestment: URIRef
    locatedIn: URIRef
    partOf: URIRef
    partnerOf: URIRef
    photographedBy: URIRef
    reportedBy: URIRef
    worksFor: URIRef

    # investment events and merges
    amount: URIRef  # event -> kg:MonetaryAmount
    investor: URIRef  # event -> kg:Organization (or Place)
    mergeRule: URIRef  # the resolution rule behind a kg:Merge
    mergedInto: URIRef  # kg:Merge -> the entity that absorbed the name
    period: URIRef  # the text's time phrase of an event or amount, @zh
    place: URIRef  # event -> kg:Place
    project: URIRef  # event -> kg:Project
    status: URIRef  # planned, signed, started, completed, unknown

    # provenance, statement and value properties
    adminCode: URIRef  # official GB/T 2260 division code of a place
    adminLevel: URIRef  # xsd:integer: 1 province, 2 city, 3 county, 4 town
    charCount: URIRef  # xsd:integer, length of an article's original text
    confidence: URIRef  # xsd:decimal in (0, 1]
    docId: URIRef  # id of the document a fact or mention was read from
    endChar: URIRef  # xsd:integer, exclusive end offset into the original text
    evidence: URIRef  # the sentence a fact was read from, @zh
    extractor: URIRef  # name of the component that produced the fact
    extractorVersion: URIRef  # kgraph version that wrote the statement
    mention: URIRef  # entity -> kg:Mention
    measure: URIRef  # what an amount measures: investment, revenue, tax ...
    qualifier: URIRef  # how an amount is hedged: exact, approx, over ...
    role: URIRef  # role of a person in a worksFor statement, @zh
    sourcePath: URIRef  # where an article was read from (file path or "-")
    startChar: URIRef  # xsd:integer, start offset into the original text
    valueMax: URIRef  # upper bound of a range amount, xsd:decimal


#: The prefixes kgraph's Turtle, TriG and JSON-LD bind, and SPARQL predeclares
#: (plus ``kgid``, the base of minted IRIs).
PREFIXES: dict[str, str] = {
    "kg": KG_NS,
    "org": str(ORG),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SDO._NS),
    "skos": str(SKOS),
    "time": str(TIME),
    "xsd": str(XSD),
}

#: kgraph class of each entity type.
CLASS_OF: dict[EntityType, URIRef] = {
    EntityType.PERSON: KG.Person,
    EntityType.ORG: KG.Organization,
    EntityType.PLACE: KG.Place,
    EntityType.MONEY: KG.MonetaryAmount,
    EntityType.PROJECT: KG.Project,
    EntityType.ARTICLE: KG.Article,
}

#: schema.org class of each entity type (entities are typed with both).
SCHEMA_CLASS_OF: dict[EntityType, URIRef] = {
    EntityType.PERSON: SDO.Person,
    EntityType.ORG: SDO.Organization,
    EntityType.PLACE: SDO.Place,
    EntityType.MONEY: SDO.MonetaryAmount,
    EntityType.PROJECT: SDO.Project,
    EntityType.ARTICLE: SDO.Article,
}

#: kgraph property of each relation predicate.
PREDICATE_TERMS: dict[Predicate, URIRef] = {
    Predicate.LOCATED_IN: KG.locatedIn,
    Predicate.PART_OF: KG.partOf,
    Predicate.WORKS_FOR: KG.worksFor,
    Predicate.PARTNER_OF: KG.partnerOf,
    Predicate.HAS_INVESTMENT: KG.hasInvestment,
    Predicate.HAS_AMOUNT: KG.hasAmount,
    Predicate.REPORTED_BY: KG.reportedBy,
    Predicate.PHOTOGRAPHED_BY: KG.photographedBy,
    Predicate.ALIAS_OF: KG.aliasOf,
}


#: schema.org's class for investing (newer than rdflib's SDO term list)
INVEST_ACTION = URIRef("https://schema.org/InvestOrDepositAction")

#: schema.org ``actionStatus`` of an investment event's status (none for unknown):
#: a plan or a signing is a potential action, a start an active one
ACTION_STATUS_OF: dict[InvestmentStatus, URIRef] = {
    InvestmentStatus.PLANNED: SDO.PotentialActionStatus,
    InvestmentStatus.SIGNED: SDO.PotentialActionStatus,
    InvestmentStatus.STARTED: SDO.ActiveActionStatus,
    InvestmentStatus.COMPLETED: SDO.CompletedActionStatus,
}


def text_language(text: str) -> str:
    """The RDF language tag of Chinese ``text``: ``zh-hant`` in traditional characters.

    Tags are written in lowercase, the canonical form of RDF 1.1 (tags are
    case-insensitive) and the one Oxigraph, kgraph's serialiser and store,
    keeps: every format kgraph writes, and an rdflib Graph, carry the same tag.

    Examples
    --------
    >>> text_language("黃岩區"), text_language("黄岩区")
    ('zh-hant', 'zh')
    """
    return language_tag(text).lower()


def zh_literal(text: str) -> Literal:
    """A Chinese literal tagged ``zh-hant`` in traditional characters, else ``zh``.

    Examples
    --------
    >>> zh_literal("黃岩區").language, zh_literal("黄岩区").language
    ('zh-hant', 'zh')
    """
    return Literal(text, lang=text_language(text))
