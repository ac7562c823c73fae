"""The official division at a given level that an entity lies in: its county, its city.

A place linked to a division (`kgraph.link.places.link_divisions`) has its
GB/T 2260 code, so its county and city come from the division table. Other
entities reach one through what the text states: a project ``located_in`` a
town, a zone ``part_of`` a district. `areas_at_level` follows those links
(nearest first) to the first entity with a code that lies at the level asked
(a city's code has no county: the search goes on). This is what "investment by
county" groups by (`kgraph.tables.money_frame`'s ``county`` column).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from kgraph.divisions.table import Division, load_divisions
from kgraph.types import KnowledgeGraph, Predicate

__all__ = ["CITY", "COUNTY", "PROVINCE", "areas_at_level"]

#: division levels of the official table
PROVINCE, CITY, COUNTY = 1, 2, 3
#: the links from an entity to a place it lies in
_UP = (Predicate.LOCATED_IN, Predicate.PART_OF)
#: how many links to follow to a place with a code
_MAX_STEPS = 4


def _coded_places(
    kg: KnowledgeGraph, start: str, up: dict[str, list[str]]
) -> Iterator[str]:
    """The codes of ``start`` and the places above it, nearest first (breadth first)."""
    seen, queue = {start}, deque([(start, 0)])
    while queue:
        node, steps = queue.popleft()
        code = kg.entity(node).code
        if code is not None:
            yield code
        if steps == _MAX_STEPS:
            continue
        for parent in up.get(node, ()):
            if parent not in seen:
                seen.add(parent)
                queue.append((parent, steps + 1))


def areas_at_level(
    kg: KnowledgeGraph, entity_ids: Iterable[str], level: int = COUNTY
) -> dict[str, Division]:
    """Entity id -> the official division at ``level`` it lies in, where one is known.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph whose codes and ``located_in`` / ``part_of`` relations are used.
    entity_ids : iterable of str
        The entities to place (ids of ``kg``).
    level : int
        `PROVINCE`, `CITY`, `COUNTY` (default) or 4 (town).

    Examples
    --------
    >>> from kgraph.types import Entity, EntityType, Provenance, Relation
    >>> zone = Entity("place-1", EntityType.PLACE, "湘家荡区域")
    >>> district = Entity("place-2", EntityType.PLACE, "南湖区", code="330402")
    >>> rel = Relation("place-1", Predicate.PART_OF, "place-2", Provenance("a", 0, 5))
    >>> kg = KnowledgeGraph(entities=(zone, district), relations=(rel,))
    >>> {k: d.name for k, d in areas_at_level(kg, ["place-1", "place-2"]).items()}
    {'place-1': '南湖区', 'place-2': '南湖区'}
    >>> areas_at_level(kg, ["place-1"], level=CITY)["place-1"].name
    '嘉兴市'
    """
    up: dict[str, list[str]] = {}
    for rel in kg.relations:
        if rel.predicate in _UP:
            up.setdefault(rel.subject, []).append(rel.object)
    if not any(e.code for e in kg.entities):
        return {}
    table = load_divisions()
    found: dict[str, Division] = {}
    for entity_id in dict.fromkeys(entity_ids):
        # the nearest coded place may be too coarse (a project in 嘉兴市 and in
        # 南湖区: the city has no county), so the search goes on past it
        for code in _coded_places(kg, entity_id, up):
            at_level = [d for d in table.path(code) if d.level == level]
            if at_level:
                found[entity_id] = at_level[0]
                break
    return found
