"""Place identity: official division codes, the chain up to the province, and scope.

`link_divisions` runs on ONE document's graph (a pure function of it):

* each administrative place the document pins down gets its GB/T 2260 code
  (`kgraph.divisions.table.link_places`), and the chain of divisions above it
  is added as ``part_of`` edges up to the province, even where the text omits it
  (``东城街道`` → ``黄岩区`` → ``台州市`` → ``浙江省``);
* a coded place's id includes its code, so two ``东城街道`` in different
  districts stay two nodes when documents are merged;
* a town, village or road the document leaves ambiguous keeps an id scoped to
  the document: nothing says another article's ``人民路`` is the same road.
"""

from __future__ import annotations

from collections.abc import Iterable

from kgraph.divisions.table import Division, DivisionTable, link_places, load_divisions
from kgraph.extract.lexicon import admin_level
from kgraph.extract.script import simplified_reading
from kgraph.ids import mint_id
from kgraph.types import (
    Entity,
    EntityType,
    KnowledgeGraph,
    Predicate,
    Provenance,
    Relation,
)

__all__ = [
    "ADMIN_EXTRACTOR",
    "division_id",
    "divisions_inside",
    "link_divisions",
    "needs_document_scope",
]

ADMIN_EXTRACTOR = "kgraph_admin"
_ROADS = ("路", "街", "大道", "巷")
_CHAIN_CONFIDENCE = 0.9
_LONGEST_DIVISION = 8  # characters of the division names looked for inside others


def needs_document_scope(label: str) -> bool:
    """Whether a place of this name, left without a code, stays with its document.

    Towns, villages and roads repeat across the country (人民路, 东城街道).

    Examples
    --------
    >>> needs_document_scope("东城街道"), needs_document_scope("人民路")
    (True, True)
    >>> needs_document_scope("黄岩区"), needs_document_scope("湘家荡工业园区")
    (False, False)
    >>> needs_document_scope("城關鎮")
    True
    """
    label = simplified_reading(label)
    level = admin_level(label)
    return 0 < level <= 2 or label.endswith(_ROADS)


def link_divisions(
    graph: KnowledgeGraph, *, doc_id: str, table: DivisionTable | None = None
) -> KnowledgeGraph:
    """Give one document's places their codes, ids and chain to the province.

    Examples
    --------
    >>> from kgraph.types import Mention
    >>> def place(name):
    ...     mention = Mention(name, Provenance("d", 0, 3))
    ...     return Entity(mint_id(EntityType.PLACE, name), EntityType.PLACE, name,
    ...                   mentions=(mention,))
    >>> kg = KnowledgeGraph(entities=(place("台州市"), place("黄岩区")))
    >>> linked = link_divisions(kg, doc_id="d")
    >>> sorted((e.label, e.code) for e in linked.entities)
    [('台州市', '331000'), ('浙江省', '330000'), ('黄岩区', '331003')]
    """
    table = table or load_divisions()
    places = [e for e in graph.entities if e.type is EntityType.PLACE]
    by_id = {e.id: e for e in graph.entities}
    parents = {
        by_id[r.subject].label: by_id[r.object].label
        for r in graph.relations
        if r.predicate is Predicate.PART_OF
        and by_id[r.subject].type is EntityType.PLACE
        and by_id[r.object].type is EntityType.PLACE
    }
    names = [n for e in places for n in (e.label, *e.aliases)]
    orgs = [e.label for e in graph.entities if e.type is EntityType.ORG]
    hints = divisions_inside(orgs, table)
    linked = link_places(names, parents=parents, table=table, hints=hints)
    renamed: dict[str, str] = {}
    entities: dict[str, Entity] = {e.id: e for e in graph.entities}
    for entity in places:
        division = next(
            (linked[n] for n in (entity.label, *entity.aliases) if n in linked), None
        )
        if division is not None:
            new = _with_code(entity, division)
        elif needs_document_scope(entity.label):
            new = _replace_id(
                entity, mint_id(EntityType.PLACE, entity.label, scope=doc_id)
            )
        else:
            continue
        del entities[entity.id]
        entities[new.id] = _combined(entities.get(new.id), new)
        renamed[entity.id] = new.id
    relations = [_renamed(r, renamed) for r in graph.relations]
    relations += _chains(list(entities.values()), entities, relations, table, doc_id)
    return KnowledgeGraph(
        entities=tuple(sorted(entities.values(), key=lambda e: e.id)),
        relations=tuple(relations),
        documents=graph.documents,
    )


def divisions_inside(names: Iterable[str], table: DivisionTable) -> set[str]:
    """The full division names written inside ``names``.

    Examples
    --------
    >>> sorted(divisions_inside(["国网台州市黄岩区供电公司"], load_divisions()))
    ['台州市', '黄岩区']
    """
    found = set()
    for name in names:
        for i in range(len(name)):
            for j in range(i + 2, min(i + _LONGEST_DIVISION, len(name)) + 1):
                part = name[i:j]
                if admin_level(part) > 0 and part in table.by_name:
                    found.add(part)
    return found


def _combined(seen: Entity | None, new: Entity) -> Entity:
    """Two entities of one document that name the same division become one."""
    if seen is None:
        return new
    keep, other = (seen, new) if len(seen.label) >= len(new.label) else (new, seen)
    aliases = sorted({*keep.aliases, *other.aliases, other.label} - {keep.label})
    return Entity(
        keep.id,
        keep.type,
        keep.label,
        aliases=tuple(aliases),
        mentions=tuple(
            sorted((*keep.mentions, *other.mentions), key=lambda m: m.provenance.start)
        ),
        code=keep.code,
    )


def _replace_id(entity: Entity, new_id: str) -> Entity:
    return Entity(
        new_id,
        entity.type,
        entity.label,
        aliases=entity.aliases,
        mentions=entity.mentions,
        money=entity.money,
        code=entity.code,
    )


def division_id(code: str) -> str:
    """The id of the place with official ``code``: one node per division, whatever
    name the text gives it (``黄岩`` and ``黄岩区`` are one place).

    Examples
    --------
    >>> division_id("331003") == division_id("331003")
    True
    """
    return mint_id(EntityType.PLACE, f"GB/T2260:{code}")


def _with_code(entity: Entity, division: Division) -> Entity:
    label, aliases = entity.label, entity.aliases
    if label != division.name and division.name not in aliases:
        # the label stays what the text wrote (黄岩); the official name (黄岩区)
        # is an alias, so every export and query finds it
        aliases = tuple(sorted({*aliases, division.name}))
    return Entity(
        division_id(division.code),
        entity.type,
        label,
        aliases=aliases,
        mentions=entity.mentions,
        money=entity.money,
        code=division.code,
    )


def _renamed(rel: Relation, renamed: dict[str, str]) -> Relation:
    subject = renamed.get(rel.subject, rel.subject)
    obj = renamed.get(rel.object, rel.object)
    if (subject, obj) == (rel.subject, rel.object):
        return rel
    return Relation(
        subject, rel.predicate, obj, rel.provenance, rel.confidence, rel.role
    )


def _chains(
    coded: Iterable[Entity],
    entities: dict[str, Entity],
    relations: list[Relation],
    table: DivisionTable,
    doc_id: str,
) -> list[Relation]:
    """``part_of`` edges from each coded place up its official chain."""
    by_code = {e.code: e for e in entities.values() if e.code}
    existing = {
        (r.subject, r.object) for r in relations if r.predicate is Predicate.PART_OF
    }
    out: list[Relation] = []
    for entity in sorted(coded, key=lambda e: e.id):
        if not entity.code:
            continue
        evidence = entity.mentions[0].provenance if entity.mentions else None
        child = entity
        for division in reversed(table.path(entity.code)[:-1]):
            parent = by_code.get(division.code) or _division_entity(division)
            by_code[division.code] = parent
            entities.setdefault(parent.id, parent)
            if (child.id, parent.id) not in existing and evidence is not None:
                out.append(_chain_edge(child, parent, evidence, table, doc_id))
                existing.add((child.id, parent.id))
            child = parent
    return out


def _division_entity(division: Division) -> Entity:
    return Entity(
        division_id(division.code), EntityType.PLACE, division.name, code=division.code
    )


def _chain_edge(
    child: Entity,
    parent: Entity,
    evidence: Provenance,
    table: DivisionTable,
    doc_id: str,
) -> Relation:
    provenance = Provenance(
        doc_id,
        evidence.start,
        evidence.end,
        extractor=f"{ADMIN_EXTRACTOR} (GB/T 2260 table of {table.data_as_of})",
        sentence=evidence.sentence,
    )
    return Relation(
        child.id, Predicate.PART_OF, parent.id, provenance, confidence=_CHAIN_CONFIDENCE
    )
