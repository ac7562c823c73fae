"""Views of part of a graph: the page, the figure and every export of one part.

`subgraph` keeps what a question needs from a corpus graph: some entity types
or relations, the neighbourhood of one entity, one place and what lies in it,
some documents, the entities with at least so many links. The result is a
`KnowledgeGraph` like any other, so ``kg.subgraph(...).show()``,
``write_graph(kg.subgraph(...), "x.ttl")`` and ``kgraph build ... --around
南湖实验室`` all give the same part.

Filters apply in this order: ``documents``, ``period``, ``types``,
``relations``, ``place``, ``around``, ``min_degree``. A relation stays when
both its ends stay; an amount of money stays with its holder (the subject of
``has_investment`` or ``has_amount``) when ``place`` or ``around`` keep the
holder; an investment event stays with its amount, its other parts where they
stay.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import replace

from kgraph.errors import InvalidInputError
from kgraph.link.periods import DateRange, date_range
from kgraph.types import Entity, EntityType, KnowledgeGraph, Predicate, Relation

__all__ = ["subgraph"]

#: the relations that place one thing inside another
_INSIDE = (Predicate.LOCATED_IN, Predicate.PART_OF)
#: the relations that give a holder its money
_AMOUNTS = (Predicate.HAS_INVESTMENT, Predicate.HAS_AMOUNT)


def _lookup(kg: KnowledgeGraph, name: str, what: str) -> set[str]:
    """The ids of the entities ``name`` names: an id, a label or an alias."""
    if any(e.id == name for e in kg.entities):
        return {name}
    found = {e.id for e in kg.entities if name == e.label or name in e.aliases}
    if not found:
        raise InvalidInputError(f"{what}: no entity is called {name!r} in the graph")
    return found


def _types(values: Iterable[EntityType | str]) -> set[EntityType]:
    try:
        return {EntityType(str(v).upper()) for v in values}
    except ValueError as err:
        known = ", ".join(t.value for t in EntityType)
        raise InvalidInputError(f"types: {err}; known types: {known}") from None


def _predicates(values: Iterable[Predicate | str]) -> set[Predicate]:
    try:
        return {Predicate(str(v).lower()) for v in values}
    except ValueError as err:
        known = ", ".join(p.value for p in Predicate)
        raise InvalidInputError(f"relations: {err}; known: {known}") from None


def _with_amounts(keep: set[str], relations: Iterable[Relation]) -> set[str]:
    """``keep`` and the amounts of money its entities hold."""
    return keep | {
        r.object for r in relations if r.predicate in _AMOUNTS and r.subject in keep
    }


def _inside(place_ids: set[str], relations: list[Relation]) -> set[str]:
    """The places and everything located in or part of them, at any depth."""
    within: dict[str, set[str]] = {}
    for r in relations:
        if r.predicate in _INSIDE:
            within.setdefault(r.object, set()).add(r.subject)
    found, todo = set(place_ids), deque(place_ids)
    while todo:
        for inner in within.get(todo.popleft(), ()):
            if inner not in found:
                found.add(inner)
                todo.append(inner)
    return found


def _around(seeds: set[str], relations: list[Relation], hops: int) -> set[str]:
    """The entities at most ``hops`` relations away from ``seeds``, either way."""
    links: dict[str, set[str]] = {}
    for r in relations:
        links.setdefault(r.subject, set()).add(r.object)
        links.setdefault(r.object, set()).add(r.subject)
    found, frontier = set(seeds), set(seeds)
    for _ in range(hops):
        frontier = {n for e in frontier for n in links.get(e, ())} - found
        found |= frontier
    return found


def _restrict(kg: KnowledgeGraph, keep: set[str]) -> KnowledgeGraph:
    """``kg`` with the entities ``keep`` and the facts between them."""
    relations = tuple(r for r in kg.relations if r.subject in keep and r.object in keep)
    events = tuple(
        replace(
            e,
            project=e.project if e.project in keep else None,
            investor=e.investor if e.investor in keep else None,
            place=e.place if e.place in keep else None,
        )
        for e in kg.events
        if e.amount in keep
    )
    entities = tuple(e for e in kg.entities if e.id in keep)
    return replace(
        kg,
        entities=entities,
        relations=relations,
        events=events,
        merges=tuple(m for m in kg.merges if m.kept in keep),
    )


def _of_documents(kg: KnowledgeGraph, doc_ids: set[str]) -> KnowledgeGraph:
    """The facts read from the documents ``doc_ids``."""
    unknown = sorted(doc_ids - {d.doc_id for d in kg.documents})
    if unknown:
        raise InvalidInputError(f"documents: not in the graph: {', '.join(unknown)}")
    relations = tuple(r for r in kg.relations if r.provenance.doc_id in doc_ids)
    events = tuple(e for e in kg.events if e.provenance.doc_id in doc_ids)
    named = {n for r in relations for n in (r.subject, r.object)}
    named |= {
        part
        for e in events
        for part in (e.amount, e.project, e.investor, e.place)
        if part is not None
    }
    entities: list[Entity] = []
    for entity in kg.entities:
        mentions = tuple(m for m in entity.mentions if m.provenance.doc_id in doc_ids)
        if mentions or entity.id in named:
            entities.append(replace(entity, mentions=mentions))
    kept = {e.id for e in entities}
    return replace(
        kg,
        entities=tuple(entities),
        relations=relations,
        events=events,
        documents=tuple(d for d in kg.documents if d.doc_id in doc_ids),
        merges=tuple(m for m in kg.merges if m.kept in kept),
    )


def subgraph(
    kg: KnowledgeGraph,
    *,
    types: Iterable[EntityType | str] | None = None,
    relations: Iterable[Predicate | str] | None = None,
    around: str | Iterable[str] | None = None,
    hops: int = 1,
    place: str | None = None,
    documents: Iterable[str] | None = None,
    period: DateRange | None = None,
    min_degree: int = 0,
) -> KnowledgeGraph:
    """The part of ``kg`` the filters keep (all of it with none).

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph; it is not modified.
    types : iterable of EntityType or str, optional
        Keep the entities of these types (``"ORG"``, ``EntityType.PLACE``).
    relations : iterable of Predicate or str, optional
        Keep the relations of these predicates (``"located_in"``).
    around : str or iterable of str, optional
        Keep the entities at most ``hops`` relations from these (ids, labels or
        aliases; a name several entities bear starts from each).
    hops : int, optional
        How far ``around`` reaches, by default 1.
    place : str, optional
        Keep this place and what lies in it: everything ``located_in`` or
        ``part_of`` it at any depth, with their amounts of money.
    documents : iterable of str, optional
        Keep what these documents (doc ids) say.
    period : str, int or (start, end), optional
        Keep what the articles published in this period say: ``"2024"``,
        ``"2024-03"``, ``"2024-01-01/2024-06-30"`` or a pair of dates (None
        for an open end; `kgraph.link.periods.date_range`). Articles with no
        date (`kgraph.types.Document.date`) are left out.
    min_degree : int, optional
        Drop the entities with fewer relations than this in the part kept so
        far (``1`` hides isolated nodes).

    Returns
    -------
    KnowledgeGraph
        The part kept, documents included where a kept fact was read.

    Raises
    ------
    InvalidInputError
        For an unknown type, predicate, document or name.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.build(
    ...     "南湖实验室位于嘉兴市南湖区湘家荡区域，总投资5亿元。"
    ...     "南湖实验室负责人陈学金说。"
    ... )
    >>> sorted(e.label for e in subgraph(kg, place="南湖区").entities)
    ['5亿元', '南湖区', '南湖实验室', '湘家荡区域']
    >>> sorted(e.label for e in subgraph(kg, around="陈学金").entities)
    ['5亿元', '南湖实验室', '陈学金']
    >>> sorted(e.label for e in subgraph(kg, types=["place"], min_degree=1).entities)
    ['南湖区', '嘉兴市', '浙江省', '湘家荡区域']
    """
    if hops < 0 or min_degree < 0:
        raise InvalidInputError("hops and min_degree must be 0 or more")
    if documents is not None:
        kg = _of_documents(kg, set(documents))
    if period is not None:
        start, end = date_range(period)
        kg = _of_documents(
            kg,
            {
                d.doc_id
                for d in kg.documents
                if d.date is not None
                and (start is None or start <= d.date)
                and (end is None or d.date <= end)
            },
        )
    keep = {e.id for e in kg.entities}
    if types is not None:
        wanted = _types([types] if isinstance(types, str) else types)
        keep = {e.id for e in kg.entities if e.type in wanted}
    if relations is not None:
        chosen = _predicates([relations] if isinstance(relations, str) else relations)
        kg = replace(
            kg, relations=tuple(r for r in kg.relations if r.predicate in chosen)
        )
    links = [r for r in kg.relations if r.subject in keep and r.object in keep]
    if place is not None:
        keep &= _with_amounts(_inside(_lookup(kg, place, "place"), links), links)
    if around is not None:
        names = [around] if isinstance(around, str) else list(around)
        seeds = set().union(*(_lookup(kg, n, "around") for n in names)) & keep
        links = [r for r in links if r.subject in keep and r.object in keep]
        keep &= _with_amounts(_around(seeds, links, hops), links)
    if min_degree:
        degree: Counter[str] = Counter()
        for r in kg.relations:
            if r.subject in keep and r.object in keep:
                degree.update((r.subject, r.object))
        keep = {e for e in keep if degree[e] >= min_degree}
    part = _restrict(kg, keep)
    read = {r.provenance.doc_id for r in part.relations}
    read |= {m.provenance.doc_id for e in part.entities for m in e.mentions}
    read |= {e.provenance.doc_id for e in part.events}
    return replace(part, documents=tuple(d for d in kg.documents if d.doc_id in read))
