"""Turn an annotated Doc into its document's `KnowledgeGraph`: extraction's last step.

`document_graph` is per document and stateless (its result is a small frozen,
picklable graph), so it can run anywhere, a Dask worker included;
`kgraph.link.merge.merge_graphs` is the separate step, a stage up, that joins
them.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc, Span

from kgraph.errors import InvalidInputError, MissingAnnotationError
from kgraph.extract.clauses import SENTENCE_RE
from kgraph.extract.datelines import document_of
from kgraph.extract.extensions import IMPLIED, SPANS_KEY, doc_text
from kgraph.extract.layout import title_of
from kgraph.extract.lexicon import (
    admin_level,
)
from kgraph.extract.money import parse_amount
from kgraph.extract.repair import source_span
from kgraph.extract.script import simplified_reading
from kgraph.extract.short_names import short_form_of
from kgraph.ids import mint_id, normalise_name
from kgraph.types import (
    Entity,
    EntityType,
    KnowledgeGraph,
    Mention,
    Predicate,
    Provenance,
    Relation,
)

__all__ = ["document_graph"]


class _Groups:
    """Union-find over (type, name) keys."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, key: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def document_graph(
    doc: Doc, *, doc_id: str, source: str = "", offset: int = 0
) -> KnowledgeGraph:
    """Build the graph of one annotated Doc (output of `kgraph.load`'s pipeline).

    Mentions of one thing become one entity: bracketed aliases
    (``湘家荡区域(七星街道)``) and short forms (``衍视公司`` for
    ``嘉兴衍视电子科技有限公司``, ``嘉兴`` for ``嘉兴市``). Offsets in provenance
    point into the ORIGINAL text (``doc._.kg_source``); when the Doc is one piece
    of a longer document, ``offset`` is where that piece starts in it. Every
    mention's provenance carries the sentence it was read in, as written (the
    graph keeps no document text), and every relation's its evidence sentence.

    Raises
    ------
    MissingAnnotationError
        If the Doc lacks kgraph's spans or relations.
    """
    if not doc_id:
        raise InvalidInputError("document_graph needs a non-empty doc_id")
    if SPANS_KEY not in doc.spans or doc._.kg_relations is None:
        raise MissingAnnotationError(
            "document_graph needs a Doc from kgraph.load()'s pipeline "
            "(kgraph_entities, kgraph_money and kgraph_relations)"
        )
    source_text = doc._.kg_source if doc._.kg_source is not None else doc_text(doc)
    spans = list(doc.spans[SPANS_KEY])
    groups, key_of = _group_mentions(doc, spans)
    members: dict[tuple[str, str], list[Span]] = {}
    for span in spans:
        members.setdefault(groups.find(key_of[_offsets(span)]), []).append(span)
    sentence_of = _sentence_finder(doc)
    # groups whose names mint one id are one entity (two readings of the same
    # characters may reach one name by different keys): never two with one id
    built: dict[str, tuple[tuple[str, str], list[Span], Entity]] = {}
    for root, group in members.items():
        entity = _entity(doc, root, group, doc_id, offset, sentence_of)
        if entity.id in built:  # rare: rebuild the one entity from both groups
            root, earlier, _ = built[entity.id]
            group = earlier + group
            entity = _entity(doc, root, group, doc_id, offset, sentence_of)
        built[entity.id] = (root, group, entity)
    entities = [entity for _, _, entity in built.values()]
    id_of = {
        _offsets(span): entity.id
        for _, group, entity in built.values()
        for span in group
    }
    article = Entity(
        mint_id(EntityType.ARTICLE, doc_id),
        EntityType.ARTICLE,
        title_of(source_text) or doc_id,
        aliases=(doc_id,),
    )
    labels = {e.id: e.label for e in entities if e.type is EntityType.PLACE}
    relations = _relations(doc, id_of, article.id, doc_id, labels, offset)
    document = document_of(doc_id, source_text, source=source)
    return KnowledgeGraph(
        entities=tuple(sorted([*entities, article], key=lambda e: e.id)),
        relations=relations,
        documents=(document,),
    )


def _offsets(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


def _source_offsets(doc: Doc, start: int, end: int, offset: int) -> tuple[int, int]:
    """Offsets of ``doc.text[start:end]`` in the original document."""
    source_start, source_end = source_span(doc, start, end)
    return source_start + offset, source_end + offset


def _sentence_finder(doc: Doc) -> Callable[[int, int], str]:
    """A function from a span's offsets in ``doc.text`` to its sentence, as written.

    Sentences are cut as the relation rules cut them (`SENTENCE_RE`); a span
    that runs over a sentence's end gets the sentences it covers. Each is
    sliced once, so the mentions of one sentence share one string.
    """
    text = doc_text(doc)
    surface = doc._.kg_surface if doc._.kg_surface is not None else text
    bounds = [(m.start(), m.end()) for m in SENTENCE_RE.finditer(text)]
    starts = [start for start, _ in bounds]
    cut: dict[tuple[int, int], str] = {}

    def sentence_of(start: int, end: int) -> str:
        first = max(bisect.bisect_right(starts, start) - 1, 0)
        last = max(bisect.bisect_left(starts, end) - 1, first)
        if not bounds or start >= bounds[last][1]:
            return ""  # between sentences: no text outside them is a name
        if (first, last) not in cut:
            lo, hi = bounds[first][0], bounds[last][1]
            cut[first, last] = surface[lo:hi].strip()
        return cut[first, last]

    return sentence_of


def _group_mentions(
    doc: Doc, spans: list[Span]
) -> tuple[_Groups, dict[tuple[int, int], tuple[str, str]]]:
    groups = _Groups()
    key_of: dict[tuple[int, int], tuple[str, str]] = {}
    for span in spans:
        # a reference (该公司) carries its antecedent's name in kb_id_
        name = normalise_name(span.kb_id_ or span.text)
        if span.label_ == EntityType.MONEY.value:
            name = f"{name}@{span.start_char}"
        key = (span.label_, name)
        if span.kb_id_:
            # the same characters read twice, as written and resolved (市委 →
            # 青州市委): the resolved reading names them, so two bodies both
            # written 市委 stay two
            key_of[_offsets(span)] = key
        else:
            key_of.setdefault(_offsets(span), key)
    for key in key_of.values():
        groups.find(key)
    for rel in doc._.kg_relations:
        if rel.predicate is Predicate.ALIAS_OF and rel.subject in key_of:
            groups.union(key_of[rel.subject], key_of[rel.object])
    by_label: dict[str, list[str]] = {}
    for label, name in set(key_of.values()):
        by_label.setdefault(label, []).append(name)
    for label, names in by_label.items():
        names.sort()
        for name in names:
            longer = short_form_of(name, names, label)
            if longer is not None:
                groups.union((label, name), (label, longer))
    return groups, key_of


def _entity(
    doc: Doc,
    root: tuple[str, str],
    group: list[Span],
    doc_id: str,
    offset: int,
    sentence_of: Callable[[int, int], str],
) -> Entity:
    label = EntityType(root[0])
    # the names written, and the names references and officials' posts resolve
    # to (市委 of 辽阳市委): the longest is canonical
    names = sorted(
        {normalise_name(s.kb_id_ or s.text) for s in group},
        key=lambda n: (-len(n), n),
    )
    first = min(group, key=lambda s: s.start_char)
    canonical = names[0]  # a group of references alone is named by its antecedent
    # the id comes from the simplified reading (one node whichever script an
    # article uses); the label and mentions are what the text wrote
    written = {normalise_name(s.text): _written(doc, s) for s in group if not s.kb_id_}
    display = written.get(canonical, canonical)
    money = None
    scope = ""
    if label is EntityType.MONEY:
        # Each written amount is its own fact: the id is minted from the document
        # and the amount's place in it, so two 3亿元 of one article are two nodes
        # by construction (never one id for two entities, never a hub).
        canonical = normalise_name(first.text)
        # as kgraph_measures read it; a pipeline without it: the text's own amount
        money = first._.kg_amount
        if money is None:
            tabled = (doc._.kg_money or {}).get(_offsets(first))  # 单位：万元 tables
            money = tabled or parse_amount(first.text, implied_currency=True)
        scope = f"{doc_id}@{_source_offsets(doc, *_offsets(first), offset)[0]}"
    mentions = tuple(
        Mention(
            _written(doc, s),
            Provenance(
                doc_id,
                *_source_offsets(doc, *_offsets(s), offset),
                extractor="kgraph_entities",
                sentence=sentence_of(*_offsets(s)),
            ),
        )
        for s in sorted({_offsets(s): s for s in group}.values(), key=_offsets)
        if s.id_ != IMPLIED  # a body only a post implies is not written
    )
    if label is EntityType.MONEY:
        display = _written(doc, first)
    aliases = sorted(
        {*names, *written.values()} - {display}, key=lambda n: (-len(n), n)
    )
    return Entity(
        mint_id(label, canonical, scope=scope),
        label,
        display,
        aliases=tuple(aliases),
        mentions=mentions,
        money=money,
    )


def _written(doc: Doc, span: Span) -> str:
    """The span's name as the text wrote it (traditional characters stay)."""
    surface = doc._.kg_surface
    if surface is None:
        return normalise_name(span.text)
    return normalise_name(surface[span.start_char : span.end_char])


def _plausible(predicate: Predicate, subject: str | None, obj: str | None) -> bool:
    """After merging, an administrative place is only in a higher one."""
    if predicate is not Predicate.LOCATED_IN or subject is None or obj is None:
        return True
    # labels keep traditional characters; levels are read in simplified ones
    level = admin_level(simplified_reading(subject))
    return level == 0 or admin_level(simplified_reading(obj)) > level


def _relations(
    doc: Doc,
    id_of: dict[tuple[int, int], str],
    article_id: str,
    doc_id: str,
    labels: dict[str, str],
    offset: int,
) -> tuple[Relation, ...]:
    out: dict[tuple[str, str, str], Relation] = {}
    # the evidence as written; spaCy rebuilds doc.text on every access: read once
    text = doc._.kg_surface if doc._.kg_surface is not None else doc_text(doc)
    for rel in doc._.kg_relations:
        if rel.predicate is Predicate.ALIAS_OF:
            continue
        subject = article_id if rel.subject is None else id_of.get(rel.subject)
        obj = id_of.get(rel.object)
        if subject is None or obj is None or subject == obj:
            continue
        if not _plausible(rel.predicate, labels.get(subject), labels.get(obj)):
            continue
        key = (subject, rel.predicate.value, obj)
        if key in out:
            continue
        start, end = _source_offsets(doc, rel.sentence[0], rel.sentence[1], offset)
        evidence = text[rel.sentence[0] : rel.sentence[1]].strip()
        out[key] = Relation(
            subject,
            rel.predicate,
            obj,
            Provenance(doc_id, start, end, extractor=rel.extractor, sentence=evidence),
            confidence=rel.confidence,
            role=rel.role,
        )
    return tuple(out.values())
