"""money_frame's time and place columns: period dates, year, county (kgraph.tables)."""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from kgraph.tables import money_frame
from kgraph.types import KnowledgeGraph


def _invested(kg: KnowledgeGraph) -> pd.DataFrame:
    frame = money_frame(kg)
    return frame[
        frame["event_id"].notna()
        & (frame["measure"] == "investment")
        & (frame["currency"] == "CNY")
    ]


def test_money_time_columns_and_dtypes(dated_kg: KnowledgeGraph) -> None:
    frame = money_frame(dated_kg).set_index("event_id")
    dtypes = frame.dtypes.astype(str)
    for column in ("period_start", "period_end", "published"):
        assert dtypes[column] == "datetime64[ns]"
    assert dtypes["year"] == "Int64"
    assert (dtypes["county"], dtypes["county_code"], dtypes["city"]) == ("string",) * 3
    one = frame.loc["event-1"]
    assert (one["period_start"], one["period_end"]) == (
        datetime(2024, 1, 1),
        datetime(2024, 6, 30),
    )
    assert one["published"] == datetime(2024, 7, 15)
    assert (one["year"], one["county"], one["county_code"]) == (
        2024,
        "南湖区",
        "330402",
    )
    assert one["city"] == "嘉兴市"
    no_period = frame.loc["event-4"]
    assert pd.isna(no_period["period_start"]) and no_period["year"] == 2022
    city_level = frame.loc["event-5"]
    assert pd.isna(city_level["county"]) and city_level["city"] == "嘉兴市"


def test_money_time_holder_places_an_event_without_place(
    dated_kg: KnowledgeGraph,
) -> None:
    row = money_frame(dated_kg).set_index("event_id").loc["event-3"]
    assert (row["holder"], row["county"], row["year"]) == ("新能源项目", "黄岩区", 2023)


def test_money_time_investment_by_county_by_year(dated_kg: KnowledgeGraph) -> None:
    totals = _invested(dated_kg).groupby(["county", "year"])["value"].sum()
    assert totals.to_dict() == {
        ("南湖区", 2022): 50_000_000.0,
        ("南湖区", 2024): 400_000_000.0,
        ("黄岩区", 2023): 200_000_000.0,
    }


def test_money_time_undated_graph_has_empty_time_columns() -> None:
    frame = money_frame(KnowledgeGraph())
    assert list(frame.columns).index("year") > list(frame.columns).index("period")
    assert frame.empty
