"""Time phrases as calendar intervals, read against the article's publication date.

The genre dates its figures with a small grammar of phrases: a year (``今年``,
``去年``, ``2023年``), a part of it (``上半年``, ``一季度``, ``前三季度``, ``1至9月``,
``5月``) and a mode: ``以来`` (since: up to the publication date) or ``截至``
(cumulative: up to the end it names). `normalise_period` turns one such phrase
into an `Interval` of dates; relative phrases need the publication date
(`kgraph.types.Document.date`), absolute ones (``2023年上半年``) do not. A phrase
outside the grammar (``近年来``, ``“十四五”期间``) gives None, never a guess.

jionlp's ``parse_time`` was measured first (``jionlp`` 1.5.31): it reads
``截至2023年底`` as November–December 2023 rather than "up to the end of
2023", ``1-9月`` as 9 January, refuses ``3月`` and ``今年1至9月``, and costs
0.7 s to import; the phrases here are the closed set
`kgraph.extract.measures.PERIOD_RE` finds, so they are read by their grammar.

`fact_intervals` gives the interval of every amount and investment event of a
graph, `count_year` the year a fact is counted in ("investment by year").
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from typing import NamedTuple

from kgraph.errors import InvalidInputError
from kgraph.extract.numerals import numeral_value
from kgraph.types import EntityType, KnowledgeGraph

__all__ = [
    "DateRange",
    "Interval",
    "calendar_date",
    "count_year",
    "date_range",
    "fact_intervals",
    "normalise_period",
    "publication_dates",
]


class Interval(NamedTuple):
    """A calendar interval; ``start`` None means "from before" (``截至`` sums)."""

    start: date | None
    end: date | None


_NUM = r"[0-9]{1,2}|[一二三四五六七八九十]{1,3}"
_PHRASE_RE = re.compile(
    r"(?P<upto>截至|截止到?|到)?"
    r"(?P<year>今年|本年度?|去年|前年|明年"
    r"|(?P<digits>[0-9〇零一二三四五六七八九]{4})(?:年度?(?![初底末]))?)?"
    r"(?:(?P<part>上半年|下半年|前三季度|第?[一二三四1-4]季度|年初|年底|年末|全年"
    r"|(?<=年)[初底末])"
    rf"|(?P<m1>{_NUM})(?:月份?)?(?:至|到|-|—|－|~|～)(?P<m2>{_NUM})月份?"
    rf"|(?P<m>{_NUM})月份?(?:底|末)?)?"
    r"(?:(?P<since>以来)|(?P<before>之?前))?"
)
_NOW_RE = re.compile(r"(?:截至|截止到?|到)?(?:目前|当前|现在|至今)")
_RELATIVE_YEAR = {"今年": 0, "本年": 0, "本年度": 0, "去年": -1, "前年": -2, "明年": 1}
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def calendar_date(value: object) -> date | None:
    """The calendar day ``value`` names, or None for None and empty text.

    The one reading of the dates a caller gives (``doc_meta``, a ``--meta``
    table, a ``period=``): a ``datetime`` (pandas' Timestamp is one) gives its
    day, text must be an ISO date, ``YYYY-MM-DD``; a wrong value gets one
    message here instead of a TypeError further on.

    Raises
    ------
    ValueError
        For anything else, with the value in the message.

    Examples
    --------
    >>> calendar_date("2024-07-15"), calendar_date(datetime(2024, 7, 15, 8))
    (datetime.date(2024, 7, 15), datetime.date(2024, 7, 15))
    >>> calendar_date(" ") is None
    True
    >>> calendar_date(20240715)
    Traceback (most recent call last):
    ...
    ValueError: expected a date or YYYY-MM-DD, got 20240715
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"expected a date or YYYY-MM-DD, got {value!r:.40}")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, last: int) -> Interval | None:
    if not 1 <= first <= last <= 12:
        return None
    return Interval(date(year, first, 1), _month_end(year, last))


def _part(year: int, part: str) -> Interval | None:
    """The interval a part of the year names (``上半年``, ``三季度`` …)."""
    if part == "上半年":
        return _months(year, 1, 6)
    if part == "下半年":
        return _months(year, 7, 12)
    if part == "前三季度":
        return _months(year, 1, 9)
    if part in ("年初", "初"):  # 今年初, 2023年初
        return _months(year, 1, 2)
    if part in ("年底", "年末", "底", "末"):  # 去年底
        return _months(year, 11, 12)
    if part == "全年":
        return _months(year, 1, 12)
    quarter = _QUARTER[part.removeprefix("第")[0]]
    return _months(year, 3 * quarter - 2, 3 * quarter)


def _year(found: re.Match[str], published: date | None) -> int | None:
    if found["digits"]:
        return int(numeral_value(found["digits"]))
    if found["year"]:
        if published is None:
            return None
        return published.year + _RELATIVE_YEAR[found["year"]]
    return None if published is None else published.year


def _month(numeral: str) -> int:
    return int(numeral_value(numeral))


def normalise_period(phrase: str, published: date | None = None) -> Interval | None:
    """The calendar interval of a time phrase, read against ``published``.

    Parameters
    ----------
    phrase : str
        The text's time phrase (``今年上半年``, ``截至2023年底``).
    published : datetime.date, optional
        The article's publication date; relative phrases (``今年``, ``上半年``,
        ``去年底``, ``截至目前``) give None without it, and ``以来`` after an
        absolute time (``2023年以来``) an interval with no end.

    Returns
    -------
    Interval or None
        ``start`` is None for a cumulative ``截至`` phrase; None for a phrase
        outside the grammar (see the module docstring).

    Examples
    --------
    >>> published = date(2024, 7, 15)
    >>> normalise_period("今年上半年", published)
    Interval(start=datetime.date(2024, 1, 1), end=datetime.date(2024, 6, 30))
    >>> normalise_period("去年以来", published)
    Interval(start=datetime.date(2023, 1, 1), end=datetime.date(2024, 7, 15))
    >>> normalise_period("截至2023年底")
    Interval(start=None, end=datetime.date(2023, 12, 31))
    >>> normalise_period("截至目前", published)
    Interval(start=None, end=datetime.date(2024, 7, 15))
    >>> normalise_period("近年来", published) is None, normalise_period("今年") is None
    (True, True)
    """
    text = unicodedata.normalize("NFKC", phrase).strip()
    if _NOW_RE.fullmatch(text):
        return None if published is None else Interval(None, published)
    found = _PHRASE_RE.fullmatch(text)
    if found is None or not any(found[g] for g in ("year", "part", "m1", "m")):
        return None  # 以来, 之前, 截止到 alone name no time
    year = _year(found, published)
    if year is None or not 1 <= year <= 9999:
        return None
    if found["part"]:
        base = _part(year, found["part"])
    elif found["m1"]:
        base = _months(year, _month(found["m1"]), _month(found["m2"]))
    elif found["m"]:
        base = _months(year, _month(found["m"]), _month(found["m"]))
    else:
        base = _months(year, 1, 12)
    if base is None:
        return None
    if found["upto"] or found["before"]:
        return Interval(None, base.end)
    if found["since"]:
        if published is not None and published < base.start:  # type: ignore[operator]
            return None  # "since" a time after the article: not this grammar
        return Interval(base.start, published)
    return base


def publication_dates(kg: KnowledgeGraph) -> dict[str, date]:
    """Document id -> publication date, for the documents that have one.

    Examples
    --------
    >>> from kgraph.types import Document
    >>> publication_dates(KnowledgeGraph(documents=(
    ...     Document("a", date=date(2024, 7, 15)), Document("b"))))
    {'a': datetime.date(2024, 7, 15)}
    """
    return {d.doc_id: d.date for d in kg.documents if d.date is not None}


def fact_intervals(
    kg: KnowledgeGraph, dates: Mapping[str, date] | None = None
) -> dict[str, Interval]:
    """Entity or event id -> the interval of its period, for the facts with one.

    An amount is read against the date of the document it is mentioned in
    first, an investment event against its own document's.

    Examples
    --------
    >>> from kgraph.types import Document, Entity, Mention, Money, Provenance
    >>> from decimal import Decimal
    >>> money = Entity("money-1", EntityType.MONEY, "3亿元",
    ...     mentions=(Mention("3亿元", Provenance("a", 6, 9)),),
    ...     money=Money(Decimal(3e8), period="今年上半年"))
    >>> kg = KnowledgeGraph(entities=(money,),
    ...     documents=(Document("a", date=date(2024, 7, 15)),))
    >>> fact_intervals(kg)["money-1"].end
    datetime.date(2024, 6, 30)
    """
    dates = publication_dates(kg) if dates is None else dates
    found: dict[str, Interval] = {}
    for ent in kg.entities:
        if ent.type is not EntityType.MONEY or ent.money is None:
            continue
        if not ent.money.period:
            continue
        doc = ent.mentions[0].provenance.doc_id if ent.mentions else None
        interval = normalise_period(ent.money.period, dates.get(doc or ""))
        if interval is not None:
            found[ent.id] = interval
    for event in kg.events:
        if event.period:
            published = dates.get(event.provenance.doc_id)
            interval = normalise_period(event.period, published)
            if interval is not None:
                found[event.id] = interval
    return found


def count_year(interval: Interval | None, published: date | None) -> int | None:
    """The year a fact is counted in: the year its period ends, else the article's.

    ``今年上半年`` of a 2024 article counts in 2024, ``截至2023年底`` in 2023,
    a fact with no period in the year the article appeared.

    Examples
    --------
    >>> count_year(Interval(None, date(2023, 12, 31)), date(2024, 3, 1))
    2023
    >>> count_year(None, date(2024, 3, 1)), count_year(None, None)
    (2024, None)
    """
    if interval is not None and interval.end is not None:
        return interval.end.year
    return None if published is None else published.year


_RANGE_PART = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _range_end(text: str, *, last: bool) -> date | None:
    """The first (or ``last``) day of ``2024``, ``2024-03`` or ``2024-03-16``."""
    if not text:
        return None
    found = _RANGE_PART.fullmatch(text.strip())
    if found is None:
        raise ValueError(text)
    year = int(found[1])
    month, day = (int(g) if g else None for g in found.groups()[1:])
    if month is not None and day is not None:
        return date(year, month, day)
    if month is not None:
        return _month_end(year, month) if last else date(year, month, 1)
    return date(year, 12, 31) if last else date(year, 1, 1)


#: one end of a range of dates a caller names: a day, a year (int) or text
RangeEnd = date | str | int | None
#: a range of dates a caller names (`date_range`)
DateRange = str | int | tuple[RangeEnd, RangeEnd]


def _range_part(part: object, *, last: bool) -> date | None:
    if isinstance(part, date):  # a datetime (pandas' Timestamp) too
        return calendar_date(part)
    if isinstance(part, int) and not isinstance(part, bool):
        part = str(part)  # a year
    if part is None or isinstance(part, str):
        return _range_end(part or "", last=last)
    raise TypeError(part)


def date_range(value: DateRange) -> Interval:
    """A range of dates a caller names: a year, a month, a day or ``START/END``.

    A year may be an int, and either end a `datetime.date` or ``datetime``
    (its day) or None (open).

    Raises
    ------
    InvalidInputError
        For anything else, or a range that ends before it starts.

    Examples
    --------
    >>> date_range("2024")
    Interval(start=datetime.date(2024, 1, 1), end=datetime.date(2024, 12, 31))
    >>> date_range("2024-02/2024-03-10")
    Interval(start=datetime.date(2024, 2, 1), end=datetime.date(2024, 3, 10))
    >>> date_range((datetime(2024, 1, 1, 9), None))
    Interval(start=datetime.date(2024, 1, 1), end=None)
    >>> date_range(2023).end
    datetime.date(2023, 12, 31)
    """
    parts: object = value
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        first, _, second = value.partition("/")
        parts = (first, second if _ else first)
    try:
        if not isinstance(parts, tuple | list) or len(parts) != 2:
            raise TypeError(parts)
        start = _range_part(parts[0], last=False)
        end = _range_part(parts[1], last=True)
    except (ValueError, TypeError):
        raise InvalidInputError(
            f"period {value!r:.60}: expected YYYY, YYYY-MM, YYYY-MM-DD, START/END "
            "or a (start, end) pair of dates"
        ) from None
    if start is not None and end is not None and start > end:
        raise InvalidInputError(f"period {value!r}: it ends before it starts")
    return Interval(start, end)
