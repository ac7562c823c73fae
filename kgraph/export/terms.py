"""How the RDF writers make a term: the `Terms` protocol, and rdflib's terms.

`kgraph.export.triples` yields the statements of a graph through a `Terms`
object, so one code path builds the rdflib Graph (`RdflibTerms`) and the fast
N-Triples text (`kgraph.export.fastrdf.NTriplesTerms`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Protocol, TypeVar

from rdflib import XSD, Literal, URIRef
from rdflib.term import Node

from kgraph.export.amounts import decimal_lexical
from kgraph.export.vocab import zh_literal as _zh

__all__ = ["RdflibTerms", "Terms"]

T_co = TypeVar("T_co", covariant=True)


class Terms(Protocol[T_co]):
    """How `iter_triples` makes each term: an IRI or one of kgraph's literal kinds."""

    def iri(self, value: str) -> T_co:
        """The IRI ``value``."""

    def text(self, value: str) -> T_co:
        """Chinese text: ``@zh``, or ``@zh-hant`` in traditional characters."""

    def zh(self, value: str) -> T_co:
        """Chinese text tagged ``@zh`` whatever its characters."""

    def plain(self, value: str) -> T_co:
        """A plain string (``xsd:string``)."""

    def integer(self, value: int) -> T_co:
        """An ``xsd:integer``."""

    def decimal(self, value: Decimal | float) -> T_co:
        """An ``xsd:decimal`` in canonical form (`decimal_lexical`)."""

    def date(self, value: date) -> T_co:
        """An ``xsd:date``."""


class RdflibTerms:
    """`Terms` as rdflib terms (`rdflib.URIRef`, `rdflib.Literal`).

    Examples
    --------
    >>> RdflibTerms().decimal(0.8)
    rdflib.term.Literal('0.8', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
    """

    def iri(self, value: str) -> Node:
        return URIRef(value)

    def text(self, value: str) -> Node:
        return _zh(value)

    def zh(self, value: str) -> Node:
        return Literal(value, lang="zh")

    def plain(self, value: str) -> Node:
        return Literal(value)

    def integer(self, value: int) -> Node:
        return Literal(value)

    def decimal(self, value: Decimal | float) -> Node:
        return Literal(decimal_lexical(value), datatype=XSD.decimal)

    def date(self, value: date) -> Node:
        return Literal(value.isoformat(), datatype=XSD.date)
