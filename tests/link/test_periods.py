"""Time phrases as calendar intervals (kgraph.link.periods)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kgraph.errors import InvalidInputError
from kgraph.link.periods import (
    DateRange,
    Interval,
    calendar_date,
    count_year,
    date_range,
    fact_intervals,
    normalise_period,
)
from kgraph.types import (
    Document,
    Entity,
    EntityType,
    InvestmentEvent,
    KnowledgeGraph,
    Mention,
    Money,
    Provenance,
)

PUBLISHED = date(2024, 7, 15)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("今年上半年", date(2024, 1, 1), date(2024, 6, 30)),
        ("上半年", date(2024, 1, 1), date(2024, 6, 30)),
        ("下半年", date(2024, 7, 1), date(2024, 12, 31)),
        ("去年", date(2023, 1, 1), date(2023, 12, 31)),
        ("前年", date(2022, 1, 1), date(2022, 12, 31)),
        ("明年", date(2025, 1, 1), date(2025, 12, 31)),
        ("本年度", date(2024, 1, 1), date(2024, 12, 31)),
        ("前三季度", date(2024, 1, 1), date(2024, 9, 30)),
        ("三季度", date(2024, 7, 1), date(2024, 9, 30)),
        ("第四季度", date(2024, 10, 1), date(2024, 12, 31)),
        ("去年一季度", date(2023, 1, 1), date(2023, 3, 31)),
        ("今年1至9月", date(2024, 1, 1), date(2024, 9, 30)),
        ("1-5月", date(2024, 1, 1), date(2024, 5, 31)),
        ("一至二月", date(2024, 1, 1), date(2024, 2, 29)),  # 2024 is a leap year
        ("１至９月", date(2024, 1, 1), date(2024, 9, 30)),  # full-width digits
        ("今年5月", date(2024, 5, 1), date(2024, 5, 31)),
        ("2023年", date(2023, 1, 1), date(2023, 12, 31)),
        ("2023年度", date(2023, 1, 1), date(2023, 12, 31)),
        ("2023年6月", date(2023, 6, 1), date(2023, 6, 30)),
        ("二〇二三年上半年", date(2023, 1, 1), date(2023, 6, 30)),
        ("今年以来", date(2024, 1, 1), PUBLISHED),
        ("2024年3月以来", date(2024, 3, 1), PUBLISHED),
        ("截至目前", None, PUBLISHED),
        ("目前", None, PUBLISHED),
        ("截至今年6月底", None, date(2024, 6, 30)),
        ("截至2023年底", None, date(2023, 12, 31)),
        ("截至2023年5月底", None, date(2023, 5, 31)),
        ("2025年底前", None, date(2025, 12, 31)),
        ("年初", date(2024, 1, 1), date(2024, 2, 29)),
        ("年底", date(2024, 11, 1), date(2024, 12, 31)),
        ("去年底", date(2023, 11, 1), date(2023, 12, 31)),
        ("今年末", date(2024, 11, 1), date(2024, 12, 31)),
        ("今年初", date(2024, 1, 1), date(2024, 2, 29)),
        ("截至去年底", None, date(2023, 12, 31)),
    ],
)
def test_periods_phrase_of_the_genre(
    phrase: str, start: date | None, end: date
) -> None:
    assert normalise_period(phrase, PUBLISHED) == Interval(start, end)


@pytest.mark.parametrize(
    "phrase",
    [
        "近年来",
        "“十四五”期间",
        "",
        "以来",
        "截至",
        "13月",
        "9至3月",
        "今年夏天",
        "报告期内",
        "前",  # a mode alone names no time
        "之前",
        "截止到",
        "年",
    ],
)
def test_periods_outside_the_grammar_give_none(phrase: str) -> None:
    assert normalise_period(phrase, PUBLISHED) is None


@pytest.mark.parametrize("phrase", ["今年上半年", "去年", "截至目前", "1至9月", "年底"])
def test_periods_relative_phrase_needs_the_publication_date(phrase: str) -> None:
    assert normalise_period(phrase) is None


def test_periods_absolute_phrase_needs_no_date() -> None:
    assert normalise_period("2023年上半年") == Interval(
        date(2023, 1, 1), date(2023, 6, 30)
    )
    assert normalise_period("2024年以来") == Interval(date(2024, 1, 1), None)


def test_periods_since_a_time_after_the_article_is_not_read() -> None:
    assert normalise_period("2025年以来", PUBLISHED) is None


_YEARS = st.sampled_from(["", "今年", "去年", "明年", "2019年", "二〇二一年"])
_PARTS = st.one_of(
    st.sampled_from(["", "上半年", "下半年", "前三季度", "一季度", "年初", "年底"]),
    st.integers(1, 12).map(lambda m: f"{m}月"),
    st.tuples(st.integers(1, 12), st.integers(1, 12)).map(
        lambda p: f"{p[0]}至{p[1]}月"
    ),
)
_MODES = st.sampled_from([("", ""), ("截至", ""), ("", "以来"), ("", "前")])


@given(
    year=_YEARS,
    part=_PARTS,
    mode=_MODES,
    published=st.dates(date(1990, 1, 1), date(2040, 12, 31)),
)
def test_periods_any_phrase_of_the_grammar_is_an_ordered_interval(
    year: str, part: str, mode: tuple[str, str], published: date
) -> None:
    phrase = mode[0] + year + part + mode[1]
    interval = normalise_period(phrase, published)
    if interval is None:
        return
    assert interval.start is not None or interval.end is not None
    if interval.start is not None and interval.end is not None:
        assert interval.start <= interval.end
    if mode[0] or mode[1] == "前":
        assert interval.start is None  # cumulative, or a deadline
    if mode[1] == "以来":
        assert interval.end == published


def _money(entity_id: str, doc_id: str, period: str | None) -> Entity:
    return Entity(
        entity_id,
        EntityType.MONEY,
        "3亿元",
        mentions=(Mention("3亿元", Provenance(doc_id, 0, 3)),),
        money=Money(Decimal(300_000_000), period=period),
    )


def test_periods_fact_intervals_read_each_fact_against_its_document() -> None:
    kg = KnowledgeGraph(
        entities=(
            _money("money-a", "a", "今年上半年"),
            _money("money-b", "b", "今年上半年"),
            _money("money-c", "c", "去年"),  # its document has no date
            _money("money-d", "a", None),
        ),
        documents=(
            Document("a", date=date(2024, 7, 15)),
            Document("b", date=date(2019, 3, 1)),
            Document("c"),
        ),
        events=(
            InvestmentEvent("event-1", "money-d", Provenance("b", 0, 9), period="去年"),
        ),
    )
    got = fact_intervals(kg)
    assert got == {
        "money-a": Interval(date(2024, 1, 1), date(2024, 6, 30)),
        "money-b": Interval(date(2019, 1, 1), date(2019, 6, 30)),
        "event-1": Interval(date(2018, 1, 1), date(2018, 12, 31)),
    }


def test_periods_count_year_is_the_end_of_the_period_else_publication() -> None:
    assert count_year(Interval(date(2023, 1, 1), date(2023, 6, 30)), PUBLISHED) == 2023
    assert count_year(Interval(date(2024, 1, 1), None), PUBLISHED) == 2024
    assert count_year(Interval(date(2024, 1, 1), None), None) is None
    assert count_year(None, PUBLISHED) == 2024


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2023, Interval(date(2023, 1, 1), date(2023, 12, 31))),
        ("2024-03", Interval(date(2024, 3, 1), date(2024, 3, 31))),
        ("2024/", Interval(date(2024, 1, 1), None)),
        ((datetime(2024, 1, 2, 9, 30), None), Interval(date(2024, 1, 2), None)),
        ((None, 2024), Interval(None, date(2024, 12, 31))),
        ([date(2024, 1, 1), "2024-06"], Interval(date(2024, 1, 1), date(2024, 6, 30))),
    ],
)
def test_periods_date_range_reads_what_callers_give(
    value: DateRange, expected: Interval
) -> None:
    assert date_range(value) == expected


@pytest.mark.parametrize(
    "value", ["24", "2024-13", (1.5, None), ("2024",), 2024.0, None, True]
)
def test_periods_date_range_refuses_the_rest_in_one_error(value: object) -> None:
    with pytest.raises(InvalidInputError, match="expected YYYY"):
        date_range(value)  # type: ignore[arg-type]


def test_periods_calendar_date_is_one_reading() -> None:
    assert calendar_date(datetime(2024, 7, 15, 23, 59)) == date(2024, 7, 15)
    assert calendar_date(date(2024, 7, 15)) == date(2024, 7, 15)
    assert calendar_date(" 2024-07-15 ") == date(2024, 7, 15)
    assert calendar_date("") is None and calendar_date(None) is None
    for bad in ("15/07/2024", 20240715, 1.0):
        with pytest.raises(ValueError, match="expected a date or YYYY-MM-DD"):
            calendar_date(bad)
