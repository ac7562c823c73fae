"""The frozen data model: provenance, mentions, money, entities, relations, graphs."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, fields
from decimal import Decimal
from enum import StrEnum
from typing import Any

from kgraph.errors import InvalidInputError

__all__ = [
    "Document",
    "Entity",
    "EntityType",
    "InvestmentEvent",
    "InvestmentStatus",
    "KnowledgeGraph",
    "Measure",
    "Mention",
    "Merge",
    "Money",
    "MoneyQualifier",
    "Predicate",
    "Provenance",
    "Relation",
]


class EntityType(StrEnum):
    """The closed set of node types used in spans, the data model and every export."""

    PERSON = "PERSON"
    ORG = "ORG"
    PLACE = "PLACE"
    MONEY = "MONEY"
    PROJECT = "PROJECT"
    ARTICLE = "ARTICLE"


class Predicate(StrEnum):
    """The closed relation vocabulary (node-link ``relation`` values)."""

    LOCATED_IN = "located_in"
    PART_OF = "part_of"
    WORKS_FOR = "works_for"
    PARTNER_OF = "partner_of"
    HAS_INVESTMENT = "has_investment"
    HAS_AMOUNT = "has_amount"  # any other amount: its measure is on the Money
    REPORTED_BY = "reported_by"
    PHOTOGRAPHED_BY = "photographed_by"
    ALIAS_OF = "alias_of"


class MoneyQualifier(StrEnum):
    """How an amount is hedged in the text (``约54亿元`` is ``APPROX``)."""

    EXACT = "exact"
    APPROX = "approx"  # 约, 大约, 左右
    NEARLY = "nearly"  # 近, 将近, 接近
    OVER = "over"  # 超, 逾, 余, 多, 以上
    UNDER = "under"  # 不到, 不足, 以下
    SEVERAL = "several"  # 数亿元: a range
    RANGE = "range"  # 3至5亿元


class Measure(StrEnum):
    """What an amount of money measures (``销售额3亿元`` is ``REVENUE``)."""

    INVESTMENT = "investment"  # 投资, 签约资金, 引进外资
    OUTPUT_VALUE = "output_value"  # 产值, 生产总值, 增加值, 产业规模
    REVENUE = "revenue"  # 营业收入, 营收, 销售额
    TRADE = "trade"  # 交易额, 进出口额, 零售额, 消费
    TAX = "tax"  # 税收, 纳税, 利税
    FISCAL_REVENUE = "fiscal_revenue"  # 财政收入, 一般公共预算收入
    PROFIT = "profit"  # 利润, 净利润
    RD_SPENDING = "rd_spending"  # 研发投入, 研发经费
    SUBSIDY = "subsidy"  # 补贴, 补助, 专项资金, 扶持资金
    REWARD = "reward"  # 奖励, 奖金
    FUNDING = "funding"  # 资金, 经费, 捐款, 投入 (spent, not invested)
    INCOME = "income"  # 人均可支配收入, 村集体经济收入, 分红, 工资
    REGISTERED_CAPITAL = "registered_capital"  # 注册资本
    FINANCING = "financing"  # 融资, 贷款, 授信, 基金
    CONTRACT = "contract"  # 合同额, 中标, 订单
    PRICE = "price"  # 价格, 价值, 造价, 费用
    OTHER = "other"  # no measure word near the amount


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a fact was read: document, character offsets into the ORIGINAL text.

    Examples
    --------
    >>> Provenance("a1", 3, 7, extractor="kgraph_relations").end
    7
    """

    doc_id: str
    start: int
    end: int
    extractor: str = "kgraph"
    sentence: str = ""

    def __post_init__(self) -> None:
        if not self.doc_id:
            raise InvalidInputError("Provenance needs a non-empty doc_id")
        if self.start < 0 or self.end <= self.start:
            raise InvalidInputError(
                f"Provenance offsets must satisfy 0 <= start < end, got "
                f"start={self.start!r}, end={self.end!r} in {self.doc_id!r}"
            )


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity: its surface text (line breaks removed) and where."""

    text: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class Money:
    """A parsed amount of money: value in the currency's unit as a Decimal.

    ``value_max`` is set for ranges (``3至5亿元``, ``数亿元``). ``measure`` says
    what the amount measures and ``period`` is the text's own time phrase
    (``今年上半年``); both are read from the words around the amount.

    Examples
    --------
    >>> Money(Decimal("5400000000"), qualifier=MoneyQualifier.APPROX).currency
    'CNY'
    """

    value: Decimal
    currency: str = "CNY"
    qualifier: MoneyQualifier = MoneyQualifier.EXACT
    value_max: Decimal | None = None
    measure: Measure | None = None
    period: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.value, Decimal):
            raise InvalidInputError(
                f"Money.value must be a Decimal, got {self.value!r}"
            )
        if self.value < 0:
            raise InvalidInputError(f"Money.value must be >= 0, got {self.value!r}")
        if self.value_max is not None and self.value_max < self.value:
            raise InvalidInputError(
                f"Money.value_max {self.value_max!r} is below value {self.value!r}"
            )


@dataclass(frozen=True, slots=True)
class Entity:
    """A node: one real thing, with its canonical label, aliases and mentions."""

    id: str
    type: EntityType
    label: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    money: Money | None = None
    #: official administrative division code (GB/T 2260: 6 digits, 9 for towns)
    code: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            raise InvalidInputError("Entity needs a non-empty id")
        if self.code is not None and not (
            self.code.isdigit() and len(self.code) in (6, 9)
        ):
            raise InvalidInputError(
                f"Entity {self.id!r}: code {self.code!r} is not a 6- or 9-digit "
                "division code"
            )
        if not isinstance(self.type, EntityType):
            known = ", ".join(t.value for t in EntityType)
            raise InvalidInputError(f"Entity type {self.type!r} not in: {known}")
        if not self.label.strip():
            raise InvalidInputError(f"Entity {self.id!r} needs a non-blank label")
        if (self.type is EntityType.MONEY) != (self.money is not None):
            raise InvalidInputError(
                f"Entity {self.id!r}: money is required for MONEY and only for MONEY"
            )


@dataclass(frozen=True, slots=True)
class Relation:
    """An edge ``subject -predicate-> object`` between entity ids, with evidence."""

    subject: str
    predicate: Predicate
    object: str
    provenance: Provenance
    confidence: float = 1.0
    role: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.predicate, Predicate):
            known = ", ".join(p.value for p in Predicate)
            raise InvalidInputError(f"predicate {self.predicate!r} not in: {known}")
        if not 0.0 < self.confidence <= 1.0:
            raise InvalidInputError(f"confidence {self.confidence!r} not in (0, 1]")
        if self.subject == self.object:
            raise InvalidInputError(
                f"relation {self.predicate} links {self.subject!r} to itself"
            )


@dataclass(frozen=True, slots=True)
class Document:
    """An input article: its id, where it came from, its length and its date.

    ``date`` is the publication date, read from the text (dateline, page
    header: `kgraph.extract.datelines`) or given by the caller (``doc_meta``
    of `kgraph.build`, ``kgraph build --date``); the text's time phrases are
    read against it (`kgraph.link.periods`).
    """

    doc_id: str
    source: str = ""
    title: str = ""
    n_chars: int = 0
    date: datetime.date | None = None

    def __post_init__(self) -> None:
        if isinstance(self.date, datetime.datetime):  # a time of day: its date
            object.__setattr__(self, "date", self.date.date())
        elif self.date is not None and not isinstance(self.date, datetime.date):
            raise InvalidInputError(
                f"document {self.doc_id!r}: date must be a datetime.date, "
                f"got {self.date!r:.40}"
            )


class InvestmentStatus(StrEnum):
    """Where an investment stands, from the verbs around it."""

    PLANNED = "planned"  # 计划, 拟, 将
    SIGNED = "signed"  # 签约, 签订
    STARTED = "started"  # 开工, 动工, 在建
    COMPLETED = "completed"  # 完成, 建成, 投产, 竣工
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class InvestmentEvent:
    """One investment statement with its parts: amount, project, investor, place.

    ``amount`` and the other parts are entity ids; ``period`` is the text's own
    time phrase (``今年上半年``, ``截至目前``).
    """

    id: str
    amount: str
    provenance: Provenance
    project: str | None = None
    investor: str | None = None
    place: str | None = None
    status: InvestmentStatus = InvestmentStatus.UNKNOWN
    period: str | None = None


@dataclass(frozen=True, slots=True)
class Merge:
    """Why two entities became one: ``merged`` (a label) went into ``kept`` (an id).

    ``rule`` names the resolution rule (``same-division``, ``org-place-prefix``,
    ``org-prefix``, ``alias``, ``forced``) and ``evidence`` says what matched.
    """

    kept: str
    merged: str
    rule: str
    evidence: str = ""


@dataclass(frozen=True, slots=True, repr=False)
class KnowledgeGraph:
    """Entities, relations and the documents they were read from.

    ``repr(kg)`` is one short line of counts, whatever the graph's size; a
    notebook shows a small HTML summary (`_repr_html_`); `full_repr` gives
    every field, as a dataclass's own repr would, for debugging.

    Examples
    --------
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> len(kg.entities), kg.entity("org-1").label
    (1, '华为')
    >>> kg
    <KnowledgeGraph: 0 documents, 1 entity (ORG 1), 0 relations>
    """

    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    documents: tuple[Document, ...] = ()
    merges: tuple[Merge, ...] = ()
    events: tuple[InvestmentEvent, ...] = ()
    _index: dict[str, Entity] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        index = {e.id: e for e in self.entities}
        if len(index) != len(self.entities):
            raise InvalidInputError("KnowledgeGraph entity ids must be unique")
        for rel in self.relations:
            for end in (rel.subject, rel.object):
                if end not in index:
                    raise InvalidInputError(
                        f"relation {rel.predicate} refers to unknown entity {end!r}"
                    )
        for event in self.events:
            parts = (event.amount, event.project, event.investor, event.place)
            for part in parts:
                if part is not None and part not in index:
                    raise InvalidInputError(
                        f"investment event {event.id!r} refers to unknown "
                        f"entity {part!r}"
                    )
        object.__setattr__(self, "_index", index)

    def entity(self, entity_id: str) -> Entity:
        """Return the entity with id ``entity_id`` (``KeyError`` if absent)."""
        return self._index[entity_id]

    def __repr__(self) -> str:
        """One line: documents, entities by type, relations (see `summary_line`)."""
        from kgraph.export.summary import summary_line

        return summary_line(self)

    def _repr_html_(self) -> str:
        """The notebook view: counts by type, top entities, relations by predicate."""
        from kgraph.export.summary import summary_html

        return summary_html(self)

    def full_repr(self) -> str:
        """Return the repr of every field, as the dataclass would write it.

        Long (about 30 KB for one article): for debugging, where the short
        ``repr`` hides what differs.

        Examples
        --------
        >>> KnowledgeGraph().full_repr()
        'KnowledgeGraph(entities=(), relations=(), documents=(), merges=(), events=())'
        """
        shown = (f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)
        return f"{type(self).__name__}({', '.join(shown)})"

    def subgraph(self, **filters: Any) -> KnowledgeGraph:
        """The part the filters keep: ``types``, ``relations``, ``around`` …

        See `kgraph.export.views.subgraph` for the filters.
        """
        from kgraph.export.views import subgraph

        return subgraph(self, **filters)

    def to_networkx(self, *, flat: bool = False):  # type: ignore[no-untyped-def]
        """Return the graph as a ``networkx.MultiDiGraph`` (see `kgraph.export`).

        ``flat=True``: scalar attributes only, as GraphML and GEXF hold them.
        """
        from kgraph.export.nxgraph import to_networkx

        return to_networkx(self, flat=flat)

    def show(self, **options):  # type: ignore[no-untyped-def]
        """Draw the graph as an interactive network in a notebook (`kgraph.viz`)."""
        from kgraph.viz.html import show

        return show(self, **options)

    def to_html(self, **options) -> str:  # type: ignore[no-untyped-def]
        """Return a self-contained, offline HTML page of the network (`kgraph.viz`)."""
        from kgraph.viz.html import to_html

        return str(to_html(self, **options))

    def draw(self, **options):  # type: ignore[no-untyped-def]
        """Return a matplotlib Figure with Chinese labels (`kgraph.viz.draw`)."""
        from kgraph.viz.static import draw

        return draw(self, **options)

    def to_rdflib(self):  # type: ignore[no-untyped-def]
        """Return the graph as an ``rdflib.Graph`` (see `kgraph.export`)."""
        from kgraph.export.rdf import to_rdflib

        return to_rdflib(self)
