"""Corpus-level entity resolution: one node per real thing across documents.

`merge_graphs` already joins entities with the same id (the same name, or the
same official division). `resolve_entities` then applies name rules, each
recorded as a `kgraph.types.Merge` with its evidence:

``org-place-prefix``
    ``杭州科百特过滤器有限公司`` = ``杭州`` + ``科百特过滤器有限公司``: a name is
    another plus a place in front.
``org-prefix``
    ``国网台州市黄岩区供电公司`` = ``国网`` + ``台州市黄岩区供电公司``: a long
    organisation name (6+ characters) with a short prefix.
``alias``
    an entity named like another one's bracketed alias, of the same type.

Near misses stay apart: ``南湖实验室`` and ``南湖研究院`` differ in their suffix,
not by a prefix. A small overrides file vetoes or forces merges (`read_overrides`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from kgraph.errors import InvalidInputError
from kgraph.extract.lexicon import (
    ORG_SUFFIXES,
    PROVINCES,
    admin_level,
    ending_regex,
)
from kgraph.ids import normalise_name
from kgraph.link.places import needs_document_scope
from kgraph.types import Entity, EntityType, KnowledgeGraph, Merge, Relation

__all__ = ["Overrides", "is_generic_org", "read_overrides", "resolve_entities"]

_ORG_END = ending_regex(ORG_SUFFIXES)
_MIN_CORE = 3  # 科百特过滤器 may lose a place; 第二 (医院) may not
_MIN_PREFIXED = 5
_MAX_PREFIX = 4
#: a body's generic name (市委, 县政府, 区委宣传部, 管委会, 公司): a level, the
#: party committee or government, and a body word of the lexicon, no proper name
_GENERIC_ORG = re.compile(
    "^[省市县区镇乡村州盟旗]?(?:党委|委|人民政府|政府)?(?:"
    + "|".join(sorted(map(re.escape, ORG_SUFFIXES), key=len, reverse=True))
    + ")?$"
)


def is_generic_org(name: str) -> bool:
    """Whether ``name`` is a body's generic name, a different body in each article.

    ``市委`` is the city committee of whatever city the article is about: an
    alias that many organisations share, never evidence that two are one.

    Examples
    --------
    >>> [is_generic_org(n) for n in ("市委", "县政府", "市人民政府", "区委宣传部")]
    [True, True, True, True]
    >>> [is_generic_org(n) for n in ("天津市委", "南湖实验室", "市")]
    [False, False, False]
    """
    return len(name) > 1 and _GENERIC_ORG.match(name) is not None


@dataclass(frozen=True)
class Overrides:
    """Merges a user forces (``same``) or forbids (``different``), by name pairs."""

    same: frozenset[frozenset[str]] = field(default_factory=frozenset)
    different: frozenset[frozenset[str]] = field(default_factory=frozenset)


def read_overrides(path: str | Path) -> Overrides:
    """Read a merge-overrides file: ``same<TAB>A<TAB>B`` or ``different<TAB>A<TAB>B``.

    Blank lines and ``#`` comments are skipped.

    Raises
    ------
    InvalidInputError
        For a line of another form; the message gives the file and line.

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
    ...     _ = f.write("# mine\\nsame\\t衍视\\t嘉兴衍视电子科技有限公司\\n")
    >>> sorted(next(iter(read_overrides(f.name).same)))
    ['嘉兴衍视电子科技有限公司', '衍视']
    >>> os.unlink(f.name)
    """
    same: set[frozenset[str]] = set()
    different: set[frozenset[str]] = set()
    text = Path(path).read_text(encoding="utf-8")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 3 or parts[0] not in ("same", "different") or not all(parts):
            raise InvalidInputError(
                f"{path}:{number}: expected 'same<TAB>A<TAB>B' or "
                f"'different<TAB>A<TAB>B', got {raw!r}"
            )
        pair = frozenset(normalise_name(p) for p in parts[1:])
        (same if parts[0] == "same" else different).add(pair)
    return Overrides(frozenset(same), frozenset(different))


def _place_names(kg: KnowledgeGraph) -> set[str]:
    names = set(PROVINCES)
    for e in kg.entities:
        if e.type is EntityType.PLACE:
            names.update((e.label, *e.aliases))
    return names


def _org_rule(short: str, full: str, places: set[str]) -> tuple[str, str] | None:
    """The rule by which ORG ``short`` names the same thing as ``full``, if any."""
    if not full.endswith(short) or len(full) <= len(short):
        return None
    suffix = _ORG_END.search(short)
    if suffix is None or len(short) - len(suffix.group()) < _MIN_CORE:
        return None
    if short.startswith("第") or is_generic_org(short):
        # 第二医院: every city has one; 市人民政府: every city's government
        return None
    prefix = full[: len(full) - len(short)]
    is_place = prefix in places or admin_level(prefix) > 0
    if is_place:
        return "org-place-prefix", f"{full} = {prefix}(place) + {short}"
    if len(short) >= _MIN_PREFIXED and len(prefix) <= _MAX_PREFIX:
        return "org-prefix", f"{full} = {prefix} + {short}"
    return None


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, keep: str, other: str) -> None:
        self.parent[self.find(other)] = self.find(keep)


def _may_share(a: Entity, b: Entity) -> bool:
    """Places with different official codes, or a name left ambiguous, never merge."""
    if a.type is not EntityType.PLACE:
        return True
    if a.code and b.code:
        return a.code == b.code
    # an uncoded town or road is kept with its document; never merge it across
    return not any(e.code is None and needs_document_scope(e.label) for e in (a, b))


def _candidate_merges(
    kg: KnowledgeGraph, overrides: Overrides
) -> list[tuple[Entity, Entity, str, str]]:
    """(kept, merged, rule, evidence) for every rule or override that applies."""
    places = _place_names(kg)
    out = []
    by_label = {(e.type, e.label): e for e in kg.entities}
    orgs = [e for e in kg.entities if e.type is EntityType.ORG]
    position = {e.id: i for i, e in enumerate(orgs)}
    org_named = {e.label: e for e in orgs}
    for full in orgs:
        # a rule only ever pairs a name with one of its proper suffixes: look
        # those up instead of comparing every pair of organisations
        suffixes = (full.label[i:] for i in range(1, len(full.label)))
        shorts = [org_named[name] for name in suffixes if name in org_named]
        for short in sorted(shorts, key=lambda e: position[e.id]):
            found = _org_rule(short.label, full.label, places)
            if found is not None:
                out.append((full, short, *found))
    for e in kg.entities:
        for alias in e.aliases:
            other = by_label.get((e.type, alias))
            if other is None or other.id == e.id or is_generic_org(alias):
                continue  # a name many bodies share joins none of them
            if _may_share(e, other):
                out.append((e, other, "alias", f"{alias} is an alias of {e.label}"))
    for pair in overrides.same:
        a, b = sorted(pair)
        ea = next((e for e in kg.entities if a in (e.label, *e.aliases)), None)
        eb = next((e for e in kg.entities if b in (e.label, *e.aliases)), None)
        if ea is not None and eb is not None and ea.id != eb.id:
            kept, merged = (ea, eb) if len(ea.label) >= len(eb.label) else (eb, ea)
            out.append((kept, merged, "forced", "overrides file"))
    return [
        m
        for m in out
        if m[2] == "forced"
        or frozenset((m[0].label, m[1].label)) not in overrides.different
    ]


def resolve_entities(
    kg: KnowledgeGraph, *, overrides: Overrides | None = None
) -> KnowledgeGraph:
    """Merge entities that name the same thing; record each merge and why.

    Examples
    --------
    >>> from kgraph.ids import mint_id
    >>> def org(name):
    ...     return Entity(mint_id(EntityType.ORG, name), EntityType.ORG, name)
    >>> kg = KnowledgeGraph(entities=(org("杭州科百特过滤器有限公司"),
    ...                               org("科百特过滤器有限公司"), org("南湖实验室"),
    ...                               org("南湖研究院")))
    >>> resolved = resolve_entities(kg)
    >>> sorted(e.label for e in resolved.entities)
    ['南湖实验室', '南湖研究院', '杭州科百特过滤器有限公司']
    >>> resolved.merges[0].rule
    'org-place-prefix'
    """
    overrides = overrides or Overrides()
    union = _Union()
    merges: list[Merge] = list(kg.merges)
    for kept, merged, rule, evidence in _candidate_merges(kg, overrides):
        if union.find(kept.id) == union.find(merged.id):
            continue
        union.union(kept.id, merged.id)
        merges.append(Merge(union.find(kept.id), merged.label, rule, evidence))
    if len(merges) == len(kg.merges):
        return kg
    return _apply(kg, union, merges)


def _apply(kg: KnowledgeGraph, union: _Union, merges: list[Merge]) -> KnowledgeGraph:
    groups: dict[str, list[Entity]] = {}
    for e in kg.entities:
        groups.setdefault(union.find(e.id), []).append(e)
    entities = [_joined(root, members) for root, members in groups.items()]
    relations: dict[tuple[str, str, str, str, int, int], Relation] = {}
    for rel in kg.relations:
        subject, obj = union.find(rel.subject), union.find(rel.object)
        if subject == obj:
            continue
        p = rel.provenance
        key = (subject, rel.predicate.value, obj, p.doc_id, p.start, p.end)
        relations.setdefault(
            key,
            Relation(subject, rel.predicate, obj, p, rel.confidence, rel.role),
        )
    final = {e.id for e in entities}

    def moved(part: str | None) -> str | None:
        return None if part is None else union.find(part)

    events = tuple(
        replace(
            ev,
            amount=union.find(ev.amount),
            project=moved(ev.project),
            investor=moved(ev.investor),
            place=moved(ev.place),
        )
        for ev in kg.events
    )
    return KnowledgeGraph(
        entities=tuple(sorted(entities, key=lambda e: e.id)),
        relations=tuple(relations.values()),
        documents=kg.documents,
        merges=tuple(
            Merge(union.find(m.kept), m.merged, m.rule, m.evidence)
            for m in merges
            if union.find(m.kept) in final
        ),
        events=events,
    )


def _joined(root: str, members: Iterable[Entity]) -> Entity:
    members = list(members)
    kept = next(e for e in members if e.id == root)
    names = {n for e in members for n in (e.label, *e.aliases)} - {kept.label}
    mentions = tuple(
        sorted(
            (m for e in members for m in e.mentions),
            key=lambda m: (m.provenance.doc_id, m.provenance.start),
        )
    )
    code = kept.code or next((e.code for e in members if e.code), None)
    return Entity(
        kept.id,
        kept.type,
        kept.label,
        aliases=tuple(sorted(names)),
        mentions=mentions,
        money=kept.money,
        code=code,
    )
