"""The official division an entity lies in (kgraph.link.areas)."""

from __future__ import annotations

from kgraph.link.areas import CITY, COUNTY, PROVINCE, areas_at_level
from kgraph.types import (
    Entity,
    EntityType,
    KnowledgeGraph,
    Predicate,
    Provenance,
    Relation,
)


def _rel(subject: str, predicate: Predicate, obj: str) -> Relation:
    return Relation(subject, predicate, obj, Provenance("a", 0, 5))


_TOWN = Entity("place-town", EntityType.PLACE, "东城街道", code="331003001")
_ZONE = Entity("place-zone", EntityType.PLACE, "湘家荡区域")
_DISTRICT = Entity("place-district", EntityType.PLACE, "南湖区", code="330402")
_PROJECT = Entity("project-1", EntityType.PROJECT, "新能源项目")
_LAB = Entity("org-lab", EntityType.ORG, "南湖实验室")
_NOWHERE = Entity("place-far", EntityType.PLACE, "城南")


def _kg() -> KnowledgeGraph:
    return KnowledgeGraph(
        entities=(_TOWN, _ZONE, _DISTRICT, _PROJECT, _LAB, _NOWHERE),
        relations=(
            _rel("place-zone", Predicate.PART_OF, "place-district"),
            _rel("org-lab", Predicate.LOCATED_IN, "place-zone"),
            _rel("project-1", Predicate.LOCATED_IN, "place-town"),
        ),
    )


def test_areas_from_the_code_of_a_linked_place() -> None:
    got = areas_at_level(_kg(), ["place-town", "place-district"])
    assert {k: (d.name, d.code) for k, d in got.items()} == {
        "place-town": ("黄岩区", "331003"),
        "place-district": ("南湖区", "330402"),
    }


def test_areas_through_what_the_text_states() -> None:
    got = areas_at_level(_kg(), ["org-lab", "project-1", "place-zone"])
    assert {k: d.name for k, d in got.items()} == {
        "org-lab": "南湖区",  # located_in a zone, part_of the district
        "project-1": "黄岩区",
        "place-zone": "南湖区",
    }


def test_areas_at_every_level() -> None:
    kg = _kg()
    assert areas_at_level(kg, ["place-town"], level=CITY)["place-town"].name == "台州市"
    assert areas_at_level(kg, ["place-town"], level=PROVINCE)["place-town"].name == (
        "浙江省"
    )
    assert areas_at_level(kg, ["place-town"], level=4)["place-town"].name == "东城街道"
    # a district has no town above it
    assert areas_at_level(kg, ["place-district"], level=4) == {}
    assert COUNTY == 3


def test_areas_unplaced_entities_are_left_out() -> None:
    assert areas_at_level(_kg(), ["place-far"]) == {}
    assert areas_at_level(KnowledgeGraph(entities=(_NOWHERE,)), ["place-far"]) == {}


def test_areas_a_circle_of_links_ends() -> None:
    a = Entity("place-a", EntityType.PLACE, "甲")
    b = Entity("place-b", EntityType.PLACE, "乙")
    kg = KnowledgeGraph(
        entities=(a, b),
        relations=(
            _rel("place-a", Predicate.PART_OF, "place-b"),
            _rel("place-b", Predicate.PART_OF, "place-a"),
        ),
    )
    assert areas_at_level(kg, ["place-a"]) == {}


def test_areas_a_coarse_nearest_place_does_not_hide_a_finer_one() -> None:
    """A project in 嘉兴市 (a city) and, one link further, in 南湖区 (a county)."""
    city = Entity("place-city", EntityType.PLACE, "嘉兴市", code="330400")
    park = Entity("place-park", EntityType.PLACE, "科技城")
    kg = KnowledgeGraph(
        entities=(_PROJECT, city, park, _DISTRICT),
        relations=(
            _rel("project-1", Predicate.LOCATED_IN, "place-city"),
            _rel("project-1", Predicate.LOCATED_IN, "place-park"),
            _rel("place-park", Predicate.PART_OF, "place-district"),
        ),
    )
    assert areas_at_level(kg, ["project-1"])["project-1"].name == "南湖区"
    assert areas_at_level(kg, ["project-1"], level=CITY)["project-1"].name == "嘉兴市"
