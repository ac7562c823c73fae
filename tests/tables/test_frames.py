"""Tests for kgraph.tables.frames: entities, mentions and relations as DataFrames."""

from __future__ import annotations

import sys

import pytest

from kgraph.errors import MissingDependencyError
from kgraph.tables import (
    ENTITY_COLUMNS,
    MENTION_COLUMNS,
    RELATION_COLUMNS,
    entities_frame,
    mentions_frame,
    relations_frame,
)
from kgraph.types import (
    Entity,
    EntityType,
    KnowledgeGraph,
    Mention,
    Provenance,
)

pd = pytest.importorskip("pandas")


def test_frames_entities_one_row_per_entity(small_kg: KnowledgeGraph) -> None:
    frame = entities_frame(small_kg)
    assert tuple(frame.columns) == ENTITY_COLUMNS
    assert frame["id"].tolist() == [e.id for e in small_kg.entities]
    row = frame.set_index("label").loc["湘家荡区域"]
    assert row["type"] == "PLACE"
    assert row["aliases"] == ("七星街道",)
    assert row["mentions"] == 2
    assert row["documents"] == ("a1",)


@pytest.mark.parametrize(
    ("label", "code", "level"),
    [
        ("浙江省", "330000", 1),
        ("嘉兴市", "330400", 2),
        ("南湖区", "330402", 3),
        ("七星街道", "330402012", 4),
    ],
)
def test_frames_entities_places_carry_division_code_and_level(
    label: str, code: str, level: int
) -> None:
    place = Entity("place-1", EntityType.PLACE, label, code=code)
    (row,) = entities_frame(KnowledgeGraph(entities=(place,))).to_dict("records")
    assert (row["code"], row["level"]) == (code, level)


def test_frames_entities_unlinked_place_has_no_code_or_level() -> None:
    place = Entity("place-1", EntityType.PLACE, "欧洲")
    (row,) = entities_frame(KnowledgeGraph(entities=(place,))).to_dict("records")
    assert pd.isna(row["code"]) and pd.isna(row["level"])


def test_frames_mentions_one_row_per_mention(small_kg: KnowledgeGraph) -> None:
    frame = mentions_frame(small_kg)
    assert tuple(frame.columns) == MENTION_COLUMNS
    assert len(frame) == sum(len(e.mentions) for e in small_kg.entities)
    rows = frame[frame["label"] == "湘家荡区域"]
    assert rows["text"].tolist() == ["湘家荡区域", "七星街道"]
    assert rows["sentence"].str.contains("湘家荡区域").all()
    assert rows["start"].tolist() == [
        m.provenance.start for m in small_kg.entities[1].mentions
    ]


def test_frames_mention_without_sentence_is_na() -> None:
    mention = Mention("华为", Provenance("a1", 0, 2))
    org = Entity("org-1", EntityType.ORG, "华为", mentions=(mention,))
    (row,) = mentions_frame(KnowledgeGraph(entities=(org,))).to_dict("records")
    assert pd.isna(row["sentence"])
    assert (row["doc_id"], row["start"], row["end"]) == ("a1", 0, 2)


@pytest.mark.slow
def test_frames_every_built_mention_has_its_sentence(
    sample_article_kg: KnowledgeGraph,
) -> None:
    frame = mentions_frame(sample_article_kg)
    named = frame[frame["type"] != "ARTICLE"]
    assert len(named) > 50
    assert named["sentence"].notna().all()
    assert all(
        text in sentence
        for text, sentence in zip(named["text"], named["sentence"], strict=True)
        if "“" not in sentence  # a name joined across a quotation may skip it
    )


def test_frames_relations_carry_labels_and_evidence(small_kg: KnowledgeGraph) -> None:
    frame = relations_frame(small_kg)
    assert tuple(frame.columns) == RELATION_COLUMNS
    assert len(frame) == len(small_kg.relations)
    row = frame.set_index("relation").loc["works_for"]
    assert (row["subject"], row["object"], row["role"]) == (
        "陈学金",
        "万托科技(嘉兴)有限公司",
        "负责人",
    )
    assert row["evidence"].endswith("负责人陈学金期待满满。")
    assert row["confidence"] == pytest.approx(0.9)
    assert frame["evidence"].tolist() == [
        r.provenance.sentence for r in small_kg.relations
    ]


def test_frames_relation_without_role_is_na(small_kg: KnowledgeGraph) -> None:
    frame = relations_frame(small_kg)
    assert frame.set_index("relation").loc["located_in", "role"] is pd.NA


def test_frames_without_pandas_names_the_extra(
    small_kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingDependencyError, match=r"kgraph-zh\[viz\]"):
        entities_frame(small_kg)
