"""The RDF terms of an amount of money: value, currency, hedge, range, measure, period.

An amount is a ``schema:MonetaryAmount`` with ``schema:value`` (``xsd:decimal``,
in the currency's unit) and ``schema:currency`` (ISO 4217); kgraph adds how the
text hedges it (``kg:qualifier``), what it measures (``kg:measure``, a `Measure`
value) and the text's time phrase (``kg:period``, ``@zh``).
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import SDO

from kgraph.types import Money
from kgraph.vocab import KG, zh_literal

__all__ = ["add_amount", "decimal_literal"]


def decimal_literal(value: Decimal | float) -> Literal:
    """Return an ``xsd:decimal`` literal in canonical form (``200000000.0``).

    Canonical lexical forms survive a Turtle round trip unchanged; rdflib would
    otherwise rewrite ``200000000`` as ``200000000.0`` and break isomorphism.

    Examples
    --------
    >>> str(decimal_literal(Decimal("2E+8"))), str(decimal_literal(0.8))
    ('200000000.0', '0.8')
    """
    number = value if isinstance(value, Decimal) else Decimal(repr(value))
    text = format(number.normalize(), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


def add_amount(g: Graph, node: URIRef, money: Money) -> None:
    """Add the value terms of ``money`` to the amount node ``node`` of ``g``.

    Examples
    --------
    >>> from kgraph.types import Measure
    >>> g, node = Graph(), URIRef("urn:x:money-1")
    >>> add_amount(g, node, Money(Decimal("3E+8"), measure=Measure.REVENUE))
    >>> str(g.value(node, KG.measure)), str(g.value(node, SDO.value))
    ('revenue', '300000000.0')
    """
    g.add((node, SDO.value, decimal_literal(money.value)))
    g.add((node, SDO.currency, Literal(money.currency)))
    g.add((node, KG.qualifier, Literal(money.qualifier.value)))
    if money.measure is not None:
        g.add((node, KG.measure, Literal(money.measure.value)))
    if money.period:
        g.add((node, KG.period, zh_literal(money.period)))
    if money.value_max is not None:
        g.add((node, SDO.minValue, decimal_literal(money.value)))
        g.add((node, SDO.maxValue, decimal_literal(money.value_max)))
        g.add((node, KG.valueMax, decimal_literal(money.value_max)))
