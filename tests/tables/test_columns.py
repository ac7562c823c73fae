"""Tests for kgraph.tables.columns: fixed columns and dtypes, empty or not."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgraph.tables import (
    ENTITY_DTYPES,
    MENTION_DTYPES,
    MONEY_DTYPES,
    RELATION_DTYPES,
    entities_frame,
    mentions_frame,
    money_frame,
    relations_frame,
)
from kgraph.tables.columns import typed_frame
from kgraph.types import Entity, EntityType, KnowledgeGraph

pd = pytest.importorskip("pandas")

FRAMES: list[tuple[Callable[[KnowledgeGraph], Any], Mapping[str, str]]] = [
    (entities_frame, ENTITY_DTYPES),
    (mentions_frame, MENTION_DTYPES),
    (relations_frame, RELATION_DTYPES),
    (money_frame, MONEY_DTYPES),
]
IDS = [make.__name__ for make, _ in FRAMES]
#: the dtypes a column may have, and nothing else
ALLOWED = {"string", "Int64", "Float64", "object", "datetime64[ns]"}


def dtypes_of(frame: Any) -> dict[str, str]:
    return {name: str(dtype) for name, dtype in frame.dtypes.items()}


@pytest.mark.parametrize(("make", "dtypes"), FRAMES, ids=IDS)
def test_columns_empty_graph_gives_the_columns_and_dtypes(
    make: Callable[[KnowledgeGraph], Any], dtypes: Mapping[str, str]
) -> None:
    frame = make(KnowledgeGraph())
    assert frame.empty
    assert dtypes_of(frame) == dict(dtypes)


@pytest.mark.slow
@pytest.mark.parametrize(("make", "dtypes"), FRAMES, ids=IDS)
def test_columns_built_graph_has_the_same_dtypes_as_an_empty_one(
    make: Callable[[KnowledgeGraph], Any],
    dtypes: Mapping[str, str],
    sample_article_kg: KnowledgeGraph,
) -> None:
    frame = make(sample_article_kg)
    assert len(frame) > 0
    assert dtypes_of(frame) == dtypes_of(make(KnowledgeGraph())) == dict(dtypes)


@pytest.mark.parametrize(("make", "dtypes"), FRAMES, ids=IDS)
def test_columns_dtypes_are_the_stable_ones(
    make: Callable[[KnowledgeGraph], Any], dtypes: Mapping[str, str]
) -> None:
    assert set(dtypes.values()) <= ALLOWED


def test_columns_all_missing_column_keeps_its_dtype() -> None:
    frame = typed_frame(
        [{"a": None}, {}], {"a": "string", "n": "Int64", "x": "Float64"}
    )
    assert dtypes_of(frame) == {"a": "string", "n": "Int64", "x": "Float64"}
    assert frame.isna().all().all()


def test_columns_text_is_string_not_object_or_str() -> None:
    frame = typed_frame([{"a": "华为"}], {"a": "string"})
    assert isinstance(frame["a"].dtype, pd.StringDtype)
    assert frame["a"].dtype.na_value is pd.NA


_ENTITY = st.builds(
    Entity,
    id=st.uuids().map(str),
    type=st.sampled_from([EntityType.ORG, EntityType.PLACE, EntityType.PERSON]),
    label=st.text(min_size=1).filter(str.strip),
    aliases=st.lists(st.text(), max_size=2).map(tuple),
    code=st.one_of(st.none(), st.sampled_from(["330400", "330402", "999999"])),
)


@settings(max_examples=30, deadline=None)
@given(st.lists(_ENTITY, max_size=4, unique_by=lambda e: e.id))
def test_columns_entities_frame_dtypes_hold_for_any_entities(
    entities: list[Entity],
) -> None:
    frame = entities_frame(KnowledgeGraph(entities=tuple(entities)))
    assert dtypes_of(frame) == dict(ENTITY_DTYPES)
    assert frame["label"].tolist() == [e.label for e in entities]
