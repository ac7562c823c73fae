"""The RDF terms of an amount of money: value, currency, hedge, range, measure, period.

An amount is a ``schema:MonetaryAmount`` with ``schema:value`` (``xsd:decimal``,
in the currency's unit) and ``schema:currency`` (ISO 4217); kgraph adds how the
text hedges it (``kg:qualifier``), what it measures (``kg:measure``, a `Measure`
value) and the text's time phrase (``kg:period``, ``@zh``).
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import XSD, Graph, Literal, URIRef

from kgraph.types import Money

__all__ = ["add_amount", "decimal_lexical", "decimal_literal"]


def decimal_lexical(value: Decimal | float) -> str:
    """Return the canonical ``xsd:decimal`` lexical form of ``value``.

    Canonical lexical forms survive a Turtle round trip unchanged; rdflib would
    otherwise rewrite ``200000000`` as ``200000000.0`` and break isomorphism.

    Examples
    --------
    >>> decimal_lexical(Decimal("2E+8")), decimal_lexical(0.8), decimal_lexical(1.0)
    ('200000000.0', '0.8', '1.0')
    """
    number = value if isinstance(value, Decimal) else Decimal(repr(value))
    text = format(number.normalize(), "f")
    if "." not in text:
        text += ".0"
    return text


def decimal_literal(value: Decimal | float) -> Literal:
    """Return an ``xsd:decimal`` literal in canonical form (`decimal_lexical`).

    Examples
    --------
    >>> str(decimal_literal(Decimal("2E+8"))), str(decimal_literal(0.8))
    ('200000000.0', '0.8')
    """
    return Literal(decimal_lexical(value), datatype=XSD.decimal)


def add_amount(g: Graph, node: URIRef, money: Money) -> None:
    """Add the value terms of ``money`` to the amount node ``node`` of ``g``.

    The triples are those every writer gives an amount (`kgraph.export.triples`).

    Examples
    --------
    >>> from rdflib.namespace import SDO
    >>> from kgraph.types import Measure
    >>> from kgraph.export.vocab import KG
    >>> g, node = Graph(), URIRef("urn:x:money-1")
    >>> add_amount(g, node, Money(Decimal("3E+8"), measure=Measure.REVENUE))
    >>> str(g.value(node, KG.measure)), str(g.value(node, SDO.value))
    ('revenue', '300000000.0')
    """
    from kgraph.export.triples import RdflibTerms, _amount, _Vocabulary

    terms = RdflibTerms()
    for triple in _amount(terms, _Vocabulary.of(terms), node, money):
        g.add(triple)
