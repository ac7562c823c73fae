"""The OWL-Time terms of a fact's period: a ``time:Interval`` between two instants.

An amount or investment event whose period `kgraph.link.periods` normalised
gets ``time:hasTime`` to an interval, and the interval ``time:hasBeginning`` /
``time:hasEnd`` instants with their ``time:inXSDDate`` (a cumulative ``截至``
period has an end only). Intervals and instants are named by their dates, so
every fact of the same period shares one node::

    kgid:money-… time:hasTime kgid:interval-2024-01-01-2024-06-30 .
    kgid:interval-2024-01-01-2024-06-30 a time:Interval ;
        time:hasBeginning kgid:date-2024-01-01 ; time:hasEnd kgid:date-2024-06-30 .
    kgid:date-2024-06-30 a time:Instant ; time:inXSDDate "2024-06-30"^^xsd:date .

The article's own date is ``schema:datePublished`` (``xsd:date``) on its node.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from rdflib import RDF
from rdflib.namespace import SDO, TIME

from kgraph.link.periods import Interval

__all__ = ["TimeVocabulary", "instant_id", "interval_id", "time_triples"]

T = TypeVar("T")


def instant_id(day: date) -> str:
    """The local name of the ``time:Instant`` of ``day``.

    Examples
    --------
    >>> instant_id(date(2024, 6, 30))
    'date-2024-06-30'
    """
    return "date-" + day.isoformat()


def interval_id(interval: Interval) -> str:
    """The local name of the ``time:Interval`` of ``interval`` (``open`` if unbounded).

    Examples
    --------
    >>> interval_id(Interval(None, date(2023, 12, 31)))
    'interval-open-2023-12-31'
    """
    start, end = (d.isoformat() if d else "open" for d in interval)
    return f"interval-{start}-{end}"


@dataclass(frozen=True, slots=True)
class TimeVocabulary(Generic[T]):
    """The OWL-Time and schema.org terms, made once per writer by its term maker."""

    type: T
    has_time: T
    interval: T
    instant: T
    has_beginning: T
    has_end: T
    in_xsd_date: T
    date_published: T

    @classmethod
    def of(cls, iri: Callable[[str], T]) -> TimeVocabulary[T]:
        return cls(
            type=iri(str(RDF.type)),
            has_time=iri(str(TIME.hasTime)),
            interval=iri(str(TIME.Interval)),
            instant=iri(str(TIME.Instant)),
            has_beginning=iri(str(TIME.hasBeginning)),
            has_end=iri(str(TIME.hasEnd)),
            in_xsd_date=iri(str(TIME.inXSDDate)),
            date_published=iri(str(SDO.datePublished)),
        )


def time_triples(
    iri: Callable[[str], T],
    date_term: Callable[[date], T],
    v: TimeVocabulary[T],
    node: T,
    interval: Interval,
    *,
    base: str,
) -> Iterator[tuple[T, T, T]]:
    """The triples that give ``node`` the period ``interval``.

    Examples
    --------
    >>> from rdflib import Literal, URIRef
    >>> v = TimeVocabulary.of(URIRef)
    >>> triples = list(time_triples(URIRef, Literal, v, URIRef("urn:x:m"),
    ...     Interval(None, date(2023, 12, 31)), base="urn:x:"))
    >>> len(triples), triples[-1][2]
    (5, rdflib.term.Literal('2023-12-31', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#date')))
    """
    node_of_interval = iri(base + interval_id(interval))
    yield node, v.has_time, node_of_interval
    yield node_of_interval, v.type, v.interval
    for prop, day in ((v.has_beginning, interval.start), (v.has_end, interval.end)):
        if day is not None:
            instant = iri(base + instant_id(day))
            yield node_of_interval, prop, instant
            yield instant, v.type, v.instant
            yield instant, v.in_xsd_date, date_term(day)
