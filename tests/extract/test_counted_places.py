"""Places listed under one count and level word (kgraph.extract.counted_places)."""

from __future__ import annotations

import pytest
import spacy

from kgraph.extract.counted_places import counted_places


def _read(text: str, holder: str) -> tuple[list[str], list[tuple[str, str]]]:
    doc = spacy.blank("zh")(text)
    start = text.index(holder)
    span = doc.char_span(start, start + len(holder), "PLACE")
    places, links = counted_places(doc, [span])
    pairs = [
        (text[r.subject[0] : r.subject[1]], text[r.object[0] : r.object[1]])
        for r in links
    ]
    return [p.text for p in places], pairs


@pytest.mark.parametrize(
    ("text", "holder", "names"),
    [
        (
            "大桥镇东湖、西岭、南山3个村集体收入增长。",
            "大桥镇",
            ["东湖", "西岭", "南山"],
        ),
        (
            "大桥镇东湖、西岭和南山三个村集体收入增长。",
            "大桥镇",
            ["东湖", "西岭", "南山"],
        ),
        ("南湖区七星、凤桥2个镇参加。", "南湖区", ["七星", "凤桥"]),
        ("城关街道新华、人民等2个社区开展活动。", "城关街道", ["新华", "人民"]),
    ],
)
def test_counted_places_each_name_is_part_of_the_place_before(
    text: str, holder: str, names: list[str]
) -> None:
    places, links = _read(text, holder)
    assert places == names
    assert links == [(name, holder) for name in names]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # the count is not the number of names: some other list
        ("大桥镇东湖、西岭3个村和5个社区参加。", "大桥镇"),
        # the place before is no higher level than the listed ones
        ("西岭村东湖、西岭2个村参加。", "西岭村"),
        # one name alone is no list
        ("大桥镇东湖1个村参加。", "大桥镇"),
    ],
)
def test_counted_places_other_lists_are_left_alone(text: str, holder: str) -> None:
    assert _read(text, holder) == ([], [])


def test_counted_places_in_the_pipeline() -> None:
    import kgraph

    kg = kgraph.extract_document("大桥镇东湖、西岭、南山3个村今年增收。", doc_id="d")
    part_of = {
        (kg.entity(r.subject).label, kg.entity(r.object).label)
        for r in kg.relations
        if r.predicate.value == "part_of"
    }
    assert {("东湖", "大桥镇"), ("西岭", "大桥镇"), ("南山", "大桥镇")} <= part_of
