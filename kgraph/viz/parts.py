"""One figure per connected part, or per place, for a graph too big for one.

A corpus graph of a few hundred linked entities does not fit one readable
figure (`kgraph.viz.static`; measured in the README). `figure_parts` cuts it
into the pieces a reader looks at one by one: its connected parts (largest
first; an entity with no relation is in none), or each prefecture-level city
(or county) with what lies in it (`kgraph.export.views.subgraph` with
``place=``). `write_figures` writes each to its own file; ``kgraph build …
-o FOLDER --figures parts`` does the same.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

from kgraph.divisions.table import levels_of
from kgraph.errors import InvalidInputError
from kgraph.export.views import subgraph
from kgraph.link.areas import CITY
from kgraph.types import EntityType, KnowledgeGraph

__all__ = [
    "FIGURE_LIMIT",
    "MIN_PART",
    "OTHERS_SIZE",
    "SPLITS",
    "figure_parts",
    "linked_entities",
    "write_figures",
]

#: linked entities one figure holds with its labels readable
FIGURE_LIMIT = 150
#: the ways of cutting a graph into figures
SPLITS = ("parts", "places")
#: a connected part smaller than this goes into a figure with the others
MIN_PART = 3
#: entities in one figure of such small parts
OTHERS_SIZE = 60
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def linked_entities(kg: KnowledgeGraph) -> int:
    """How many entities other than articles take part in a relation.

    Examples
    --------
    >>> linked_entities(KnowledgeGraph())
    0
    """
    articles = {e.id for e in kg.entities if e.type is EntityType.ARTICLE}
    ends = {n for r in kg.relations for n in (r.subject, r.object)}
    return len(ends - articles)


def _components(kg: KnowledgeGraph) -> list[set[str]]:
    """Connected parts of the relations between non-article entities, largest first."""
    articles = {e.id for e in kg.entities if e.type is EntityType.ARTICLE}
    parent: dict[str, str] = {}

    def find(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for rel in kg.relations:
        if rel.subject not in articles and rel.object not in articles:
            parent[find(rel.subject)] = find(rel.object)
    groups: dict[str, set[str]] = {}
    for node in list(parent):
        groups.setdefault(find(node), set()).add(node)
    order = {e.id: i for i, e in enumerate(kg.entities)}
    return sorted(groups.values(), key=lambda g: (-len(g), min(order[n] for n in g)))


def _name(number: int, label: str) -> str:
    return f"{number:02d}-{_UNSAFE.sub('_', label)[:30]}"


def _main_label(kg: KnowledgeGraph, ids: set[str]) -> str:
    mentions = Counter({e.id: len(e.mentions) for e in kg.entities if e.id in ids})
    top = min(ids, key=lambda i: (-mentions[i], kg.entity(i).label))
    return kg.entity(top).label


def _place_part(kg: KnowledgeGraph, place_id: str) -> KnowledgeGraph:
    """The place, what lies in it, and what those are linked to (people, amounts)."""
    inside = {e.id for e in subgraph(kg, place=place_id).entities}
    return subgraph(kg, around=sorted(inside), hops=1, min_degree=1)


def figure_parts(
    kg: KnowledgeGraph, *, by: str = "parts", level: int = CITY
) -> list[tuple[str, KnowledgeGraph]]:
    """``(name, part)`` for each figure of ``kg``, the biggest first.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph; it is not modified.
    by : {"parts", "places"}
        ``"parts"``: each connected part of its relations (articles aside,
        since a byline would join every part of an article), the parts of
        fewer than `MIN_PART` entities together in the last figures
        (``others``, up to `OTHERS_SIZE` entities each); ``"places"``:
        each official division of ``level`` the graph names, with everything
        ``located_in`` or ``part_of`` it and what those are linked to (the
        people of its organisations, their amounts).
    level : int
        For ``"places"``: 2 (prefecture-level cities, the default) or 3
        (counties).

    Returns
    -------
    list of (str, KnowledgeGraph)
        Names such as ``01-南湖实验室`` (the part's most mentioned entity, or
        the place), safe as file names.

    Examples
    --------
    >>> from kgraph.types import Entity, Predicate, Provenance, Relation
    >>> PART_OF = Predicate.PART_OF
    >>> def place(i, label): return Entity(f"place-{i}", EntityType.PLACE, label)
    >>> def part_of(a, b): return Relation(a, PART_OF, b, Provenance("a", 0, 1))
    >>> kg = KnowledgeGraph(
    ...     entities=tuple(place(i, n) for i, n in enumerate("甲乙丙丁")),
    ...     relations=(part_of("place-0", "place-1"), part_of("place-2", "place-3")),
    ... )
    >>> [name for name, _ in figure_parts(kg)]
    ['01-others']
    """
    if by not in SPLITS:
        raise InvalidInputError(f"figures by {by!r}: choose one of {', '.join(SPLITS)}")
    found: list[tuple[str, KnowledgeGraph]] = []
    if by == "parts":
        components = _components(kg)
        big = [c for c in components if len(c) >= MIN_PART]
        for number, ids in enumerate(big, start=1):
            part = subgraph(kg, around=sorted(ids), hops=0)
            found.append((_name(number, _main_label(kg, ids)), part))
        rest: list[set[str]] = []  # the small parts, OTHERS_SIZE entities a figure
        for ids in (c for c in components if len(c) < MIN_PART):
            if not rest or len(rest[-1]) + len(ids) > OTHERS_SIZE:
                rest.append(set())
            rest[-1] |= ids
        for number, ids in enumerate(rest, start=len(big) + 1):
            part = subgraph(kg, around=sorted(ids), hops=0)
            found.append((_name(number, "others"), part))
        return found
    levels = levels_of(e.code for e in kg.entities if e.code is not None)
    places = [
        e for e in kg.entities if e.code is not None and levels.get(e.code) == level
    ]
    pieces = [(e, _place_part(kg, e.id)) for e in places]
    pieces = [(e, part) for e, part in pieces if len(part.entities) > 1]
    pieces.sort(key=lambda item: (-len(item[1].entities), item[0].label))
    return [(_name(n, e.label), part) for n, (e, part) in enumerate(pieces, start=1)]


def write_figures(
    kg: KnowledgeGraph,
    folder: str | os.PathLike[str],
    *,
    by: str = "parts",
    format: str = "png",
    **options: Any,
) -> list[Path]:
    """Write one figure per part of ``kg`` (`figure_parts`) into ``folder``.

    ``options`` go to `kgraph.viz.write_figure` (``dpi``, ``seed`` …); each
    figure is titled with its name. Returns the files written, in order.
    """
    from kgraph.viz.static import FIGURE_FORMATS, write_figure

    suffixes = {v: k for k, v in FIGURE_FORMATS.items()}
    if format not in suffixes:
        raise InvalidInputError(
            f"figures as {format!r}: choose one of {', '.join(sorted(suffixes))}"
        )
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, part in figure_parts(kg, by=by):
        path = out / f"{name}{suffixes[format]}"
        write_figure(part, path, format=format, **{"title": name, **options})
        written.append(path)
    return written
