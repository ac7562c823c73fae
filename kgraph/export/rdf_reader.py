"""Read kgraph's RDF back into a KnowledgeGraph: the inverse of `kgraph.export.triples`.

`from_triples` rebuilds the graph from the statements `iter_triples` writes
(entities, mentions, amounts, statements, articles, events, merges), whatever
parsed them: pyoxigraph for Turtle, N-Triples, TriG and N-Quads (`read_rdf`),
rdflib for JSON-LD, or the quads of an Oxigraph store (`kgraph.from_store`).
The named graphs of a dataset are read as their union, which is the flat graph.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

from rdflib import RDF, RDFS, SKOS
from rdflib.namespace import SDO

from kgraph.errors import InvalidInputError
from kgraph.export.canonical import canonical
from kgraph.export.vocab import CLASS_OF, KG, PREDICATE_TERMS
from kgraph.types import (
    Document,
    Entity,
    EntityType,
    InvestmentEvent,
    InvestmentStatus,
    KnowledgeGraph,
    Measure,
    Mention,
    Merge,
    Money,
    MoneyQualifier,
    Provenance,
    Relation,
)

__all__ = ["RdfTerm", "from_triples", "ox_terms", "read_rdf"]

#: kgraph's RDF format names -> pyoxigraph ``RdfFormat`` attribute names
_OX_FORMATS = {
    "turtle": "TURTLE",
    "nt": "N_TRIPLES",
    "trig": "TRIG",
    "nquads": "N_QUADS",
}

_TYPE, _LABEL, _ALT = str(RDF.type), str(RDFS.label), str(SKOS.altLabel)
_TYPE_OF = {str(iri): t for t, iri in CLASS_OF.items()}
_PREDICATE_OF = {str(iri): p for p, iri in PREDICATE_TERMS.items()}
_day = date.fromisoformat
T = TypeVar("T")


#: the IRI of each kgraph term, by local name
_KG_IRIS = {name: str(KG[name]) for name in KG.__annotations__}


def _kg(name: str) -> str:
    return _KG_IRIS[name]


#: An object term: ``(value, is_iri)``, an IRI or a literal's lexical form (a
#: plain tuple: a hundred thousand of them are made per second of parsing)
RdfTerm = tuple[str, bool]


@dataclass(slots=True)
class _Node:
    """What the triples say about one subject: property -> its objects."""

    iri: str
    values: dict[str, list[str]] = field(default_factory=dict)  # literals
    links: dict[str, list[str]] = field(default_factory=dict)  # IRIs


class _Reader:
    """Turns the nodes of one parsed source into the parts of a KnowledgeGraph."""

    def __init__(self, nodes: dict[str, _Node], *, base: str, source: str) -> None:
        self.nodes, self.base, self.source = nodes, base, source

    def fail(self, what: str) -> InvalidInputError:
        return InvalidInputError(f"{self.source}: {what}")

    def id_of(self, iri: str) -> str:
        if not iri.startswith(self.base) or len(iri) == len(self.base):
            raise self.fail(
                f"node <{iri}> is not under the base {self.base!r}; pass the "
                "base= the graph was written with"
            )
        return iri[len(self.base) :]

    def values(self, node: _Node, prop: str) -> list[str]:
        return node.values.get(prop, [])

    def links(self, node: _Node, prop: str) -> list[str]:
        return node.links.get(prop, [])

    def one(self, node: _Node, prop: str, *, iri: bool = False) -> str:
        found = self.links(node, prop) if iri else self.values(node, prop)
        if len(found) != 1:
            name = prop.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            has = "no" if not found else f"{len(found)} values of"
            raise self.fail(f"<{node.iri}> has {has} {name}, one expected")
        return found[0]

    def optional(self, node: _Node, prop: str, *, iri: bool = False) -> str | None:
        found = (node.links if iri else node.values).get(prop)
        return self.one(node, prop, iri=iri) if found else None

    def parsed(self, text: str, node: _Node, parse: Callable[[str], T], kind: str) -> T:
        try:
            return parse(text)
        except (ValueError, InvalidOperation) as err:
            raise self.fail(f"<{node.iri}>: {text!r} is not {kind}") from err

    def integer(self, node: _Node, prop: str) -> int:
        return self.parsed(self.one(node, prop), node, int, "an integer")

    def decimal(self, node: _Node, prop: str) -> Decimal:
        return self.parsed(self.one(node, prop), node, Decimal, "a decimal")

    def day(self, node: _Node, prop: str) -> date | None:
        text = self.optional(node, prop)
        return None if text is None else self.parsed(text, node, _day, "an xsd:date")

    def provenance(self, node: _Node, *, extractor: str | None = None) -> Provenance:
        return Provenance(
            self.one(node, _kg("docId")),
            self.integer(node, _kg("startChar")),
            self.integer(node, _kg("endChar")),
            extractor=extractor or self.one(node, _kg("extractor")),
            sentence=self.optional(node, _kg("evidence")) or "",
        )

    def money(self, node: _Node) -> Money:
        measure = self.optional(node, _kg("measure"))
        value_max = self.optional(node, _kg("valueMax"))
        return Money(
            self.decimal(node, str(SDO.value)),
            currency=self.one(node, str(SDO.currency)),
            qualifier=MoneyQualifier(self.one(node, _kg("qualifier"))),
            value_max=None if value_max is None else Decimal(value_max),
            measure=None if measure is None else Measure(measure),
            period=self.optional(node, _kg("period")),
        )

    def mention(self, iri: str) -> Mention:
        node = self.nodes.get(iri)
        if node is None:
            raise self.fail(f"mention <{iri}> is not described")
        return Mention(self.one(node, _LABEL), self.provenance(node))

    def entity(self, node: _Node, entity_type: EntityType) -> Entity:
        return Entity(
            self.id_of(node.iri),
            entity_type,
            self.one(node, _LABEL),
            aliases=tuple(self.values(node, _ALT)),
            mentions=tuple(self.mention(m) for m in self.links(node, _kg("mention"))),
            money=self.money(node) if entity_type is EntityType.MONEY else None,
            code=self.optional(node, _kg("adminCode")),
        )

    def relation(self, node: _Node) -> Relation:
        predicate = self.one(node, str(RDF.predicate), iri=True)
        if predicate not in _PREDICATE_OF:
            raise self.fail(f"statement <{node.iri}> has no kgraph predicate")
        confidence = self.one(node, _kg("confidence"))
        return Relation(
            self.id_of(self.one(node, str(RDF.subject), iri=True)),
            _PREDICATE_OF[predicate],
            self.id_of(self.one(node, str(RDF.object), iri=True)),
            self.provenance(node),
            confidence=float(confidence),
            role=self.optional(node, _kg("role")),
        )

    def event(self, node: _Node) -> InvestmentEvent:
        def part(name: str) -> str | None:
            iri = self.optional(node, _kg(name), iri=True)
            return None if iri is None else self.id_of(iri)

        # files written before events carried kg:extractor: the default name
        extractor = self.optional(node, _kg("extractor")) or "kgraph"
        return InvestmentEvent(
            self.id_of(node.iri),
            self.id_of(self.one(node, _kg("amount"), iri=True)),
            self.provenance(node, extractor=extractor),
            project=part("project"),
            investor=part("investor"),
            place=part("place"),
            status=InvestmentStatus(self.one(node, _kg("status"))),
            period=self.optional(node, _kg("period")),
        )

    def document(self, node: _Node) -> Document:
        return Document(
            self.one(node, _kg("docId")),
            source=self.optional(node, _kg("sourcePath")) or "",
            title=self.optional(node, str(SDO.headline)) or "",
            n_chars=self.integer(node, _kg("charCount")),
            date=self.day(node, str(SDO.datePublished)),
        )

    def merge(self, node: _Node) -> Merge:
        return Merge(
            self.id_of(self.one(node, _kg("mergedInto"), iri=True)),
            self.one(node, _LABEL),
            self.one(node, _kg("mergeRule")),
            self.optional(node, _kg("evidence")) or "",
        )

    def graph(self) -> KnowledgeGraph:
        entities, relations, documents, merges, events = [], [], [], [], []
        record, statement = _kg("DocumentRecord"), str(RDF.Statement)
        for node in self.nodes.values():
            types = set(self.links(node, _TYPE))
            kinds = [_TYPE_OF[t] for t in types if t in _TYPE_OF]
            if len(kinds) > 1:
                raise self.fail(f"<{node.iri}> has {len(kinds)} kgraph entity types")
            if kinds and record not in types:
                entities.append(self.entity(node, kinds[0]))
            if kinds == [EntityType.ARTICLE] and _kg("charCount") in node.values:
                documents.append(self.document(node))
            if statement in types:
                relations.append(self.relation(node))
            if _kg("InvestmentEvent") in types:
                events.append(self.event(node))
            if _kg("Merge") in types:
                merges.append(self.merge(node))
        if self.nodes and not (entities or documents or relations or merges):
            raise self.fail(
                "not a kgraph graph: no node is typed with a kgraph class "
                "(kg:Person, kg:Organization, kg:Place, kg:MonetaryAmount, "
                "kg:Project, kg:Article) or is a kgraph statement or merge"
            )
        kg = KnowledgeGraph(
            entities=tuple(entities),
            relations=tuple(relations),
            documents=tuple(documents),
            merges=tuple(merges),
            events=tuple(events),
        )
        return canonical(kg)


def from_triples(
    triples: Iterable[tuple[str, str, RdfTerm]], *, base: str, source: str = "<rdf>"
) -> KnowledgeGraph:
    """Rebuild the KnowledgeGraph whose RDF statements are ``triples``.

    Parameters
    ----------
    triples : iterable of (str, str, RdfTerm)
        Subject IRI, property IRI and object ``(value, is_iri)`` of each
        triple; repeats are kept once (the graphs of a dataset may repeat an
        entity's types and labels).
    base : str
        The prefix of the minted IRIs the graph was written with.
    source : str, optional
        What the triples were read from, named in errors.

    Returns
    -------
    KnowledgeGraph
        In the canonical order (`kgraph.export.canonical.canonical`).

    Raises
    ------
    InvalidInputError
        If the triples are not a kgraph graph (no kgraph node at all), or a
        node lacks a property kgraph always writes; the message names
        ``source`` and the node.

    Examples
    --------
    >>> from rdflib import URIRef
    >>> from kgraph.export.triples import RdflibTerms, iter_triples
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> triples = [
    ...     (str(s), str(p), (str(o), isinstance(o, URIRef)))
    ...     for s, p, o in iter_triples(kg, RdflibTerms(), base="urn:x:")
    ... ]
    >>> from_triples(triples, base="urn:x:") == kg
    True
    """
    nodes: dict[str, _Node] = {}
    seen: set[tuple[str, str, RdfTerm]] = set()
    for triple in triples:
        if triple in seen:
            continue
        seen.add(triple)
        subject, prop, obj = triple
        node = nodes.get(subject)
        if node is None:
            node = nodes[subject] = _Node(subject)
        value, is_iri = obj
        props = node.links if is_iri else node.values
        props.setdefault(prop, []).append(value)
    reader = _Reader(nodes, base=base, source=source)
    try:
        return reader.graph()
    except InvalidInputError as err:
        if str(err).startswith(source):
            raise
        raise reader.fail(str(err)) from err
    except ValueError as err:  # an unknown qualifier, status, measure ...
        raise reader.fail(f"a value kgraph does not write: {err}") from err


def ox_terms(quads: Iterable[Any]) -> Iterator[tuple[str, str, RdfTerm]]:
    """``(subject, property, object)`` of pyoxigraph quads, for `from_triples`.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> quads = ox.parse('<urn:a> <urn:b> "c" .', format=ox.RdfFormat.N_TRIPLES)
    >>> list(ox_terms(quads))
    [('urn:a', 'urn:b', ('c', False))]
    """
    import pyoxigraph as ox

    iri = ox.NamedNode
    for quad in quads:
        obj = quad.object
        yield (
            quad.subject.value,
            quad.predicate.value,
            (obj.value, type(obj) is iri),
        )


def _ox_triples(path: Path, format: str) -> Iterator[tuple[str, str, RdfTerm]]:
    import pyoxigraph as ox

    yield from ox_terms(ox.parse(path=str(path), format=getattr(ox.RdfFormat, format)))


def _rdflib_triples(path: Path) -> Iterator[tuple[str, str, RdfTerm]]:
    from rdflib import Graph, URIRef

    with warnings.catch_warnings():  # rdflib's parsers call its deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        graph = Graph().parse(path, format="json-ld")
    for s, p, o in graph:
        yield str(s), str(p), (str(o), isinstance(o, URIRef))


def read_rdf(path: str | os.PathLike[str], *, format: str, base: str) -> KnowledgeGraph:
    """Read the KnowledgeGraph kgraph wrote to ``path`` as RDF.

    Parameters
    ----------
    path : str or os.PathLike
        A file written by `kgraph.export.write_graph`.
    format : {"turtle", "nt", "trig", "nquads", "json-ld"}
        Its format: pyoxigraph parses all but JSON-LD, which rdflib parses.
    base : str
        The prefix of the minted IRIs the graph was written with.

    Returns
    -------
    KnowledgeGraph
        In the canonical order (`kgraph.export.canonical.canonical`).

    Raises
    ------
    InvalidInputError
        If the file does not parse, or is not a kgraph graph (see
        `from_triples`).

    Examples
    --------
    >>> import os, tempfile
    >>> from kgraph.export.dataset import write_dataset
    >>> from kgraph.types import Document
    >>> kg = KnowledgeGraph(documents=(Document("a1", title="标题", n_chars=9),))
    >>> path = os.path.join(tempfile.mkdtemp(), "kg.trig")
    >>> write_dataset(kg, path)
    >>> read_rdf(path, format="trig", base="https://kgraph-zh.github.io/id/") == kg
    True
    """
    path = Path(path)
    try:
        if format == "json-ld":
            triples = list(_rdflib_triples(path))
        else:
            triples = list(_ox_triples(path, _OX_FORMATS[format]))
    except (SyntaxError, ValueError) as err:
        line = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise InvalidInputError(f"{str(path)!r} is not valid {format}: {line}") from err
    return from_triples(triples, base=base, source=repr(str(path)))
