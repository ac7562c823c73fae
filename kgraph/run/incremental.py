"""A corpus graph that grows: add new documents to a built graph, resolve again.

`update` extracts only the documents it is given and resolves their entities
against the existing graph: ``update(build(A + B), C)`` equals ``build(A + B +
C)`` (entity resolution is a closure over all names, whatever order they come
in). A document id the graph holds already is replaced: its facts (mentions,
relations, events, its `Document`) are taken out first, then the new text is
built in.

The names a replaced text alone wrote go with it (the aliases only its
mentions wrote, and the resolution merges those names caused). One limit, by
design of the data model: a resolved graph keeps no per-document copy of an
entity's label, so a label that the replaced text gave first (a province named
in full by the division chain, a name in traditional characters) stays, the
names of the other texts becoming its aliases. Build from all texts again where
that matters.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from kgraph.ids import mint_id, normalise_name
from kgraph.run.metadata import (
    DocMeta,
    normalise_meta,
    warn_unmatched,
    with_document_meta,
)
from kgraph.types import (
    EntityType,
    InvestmentEvent,
    KnowledgeGraph,
    Mention,
    Relation,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from kgraph.link.resolve import Overrides
    from kgraph.run.pipeline import TextInput

__all__ = ["grow", "update", "without_documents"]


def update(
    kg: KnowledgeGraph,
    inputs: str | Iterable[TextInput],
    *,
    nlp: Language | None = None,
    divisions: bool = True,
    overrides: Overrides | str | Path | None = None,
    on_error: str = "raise",
    n_process: int = 1,
    doc_meta: DocMeta | None = None,
) -> KnowledgeGraph:
    """``kg`` with the documents of ``inputs`` built into it, entities resolved.

    Parameters
    ----------
    kg : KnowledgeGraph
        A graph from `kgraph.build` (or read back from a file); not modified.
    inputs
        As for `kgraph.build`: a text, texts, or ``(doc_id, text)`` pairs. A
        doc_id that ``kg`` holds replaces that document.
    nlp, divisions, overrides, on_error, n_process, doc_meta
        As for `kgraph.build`.

    Returns
    -------
    KnowledgeGraph
        The documents of ``kg`` (replaced ones taken out) and the new ones.

    Examples
    --------
    >>> import kgraph
    >>> old = kgraph.build([("a", "华越有限公司负责人李明说。")])
    >>> new = update(old, [("b", "华越有限公司在嘉兴投资。")])
    >>> [d.doc_id for d in new.documents]
    ['a', 'b']
    >>> new == kgraph.build([("a", "华越有限公司负责人李明说。"),
    ...                      ("b", "华越有限公司在嘉兴投资。")])
    True
    """
    from kgraph.link.resolve import read_overrides
    from kgraph.run.pipeline import _normalise_inputs, iter_document_graphs

    documents = list(_normalise_inputs(inputs))
    if isinstance(overrides, str | Path):
        overrides = read_overrides(overrides)
    meta = normalise_meta(doc_meta or {})
    graphs = (
        with_document_meta(graph, meta)
        for graph in iter_document_graphs(
            documents,
            nlp=nlp,
            divisions=divisions,
            on_error=on_error,
            n_process=n_process,
        )
    )
    replaced = {doc_id for doc_id, _ in documents}
    warn_unmatched(meta, replaced)  # a typo, or a document missing from the inputs
    return grow(kg, graphs, replaced=replaced, overrides=overrides)


def grow(
    kg: KnowledgeGraph,
    graphs: Iterable[KnowledgeGraph],
    *,
    replaced: Iterable[str] | None = None,
    overrides: Overrides | None = None,
) -> KnowledgeGraph:
    """``kg`` with the document graphs ``graphs`` merged in, entities resolved.

    The step of `update` after extraction, for graphs extracted elsewhere
    (``kgraph build --into``, a Dask bag): the documents ``replaced`` (by
    default those ``graphs`` hold) are taken out of ``kg`` first.

    Examples
    --------
    >>> import kgraph
    >>> old = kgraph.build([("a", "华越有限公司负责人李明说。")])
    >>> new = kgraph.extract_document("华越有限公司在嘉兴投资。", doc_id="b")
    >>> grow(old, [new]) == update(old, [("b", "华越有限公司在嘉兴投资。")])
    True
    """
    from kgraph.link.merge import merge_graphs
    from kgraph.link.resolve import resolve_entities

    graphs = list(graphs)
    if replaced is None:
        replaced = {d.doc_id for g in graphs for d in g.documents}
    gone = {d.doc_id for d in kg.documents} & set(replaced)
    base = without_documents(kg, gone) if gone else kg
    return resolve_entities(merge_graphs([base, *graphs]), overrides=overrides)


def without_documents(kg: KnowledgeGraph, doc_ids: Iterable[str]) -> KnowledgeGraph:
    """``kg`` without the facts of the documents ``doc_ids``.

    Their `Document` records, relations, events, mentions and ARTICLE entities
    go, and so does an entity only they held (all its mentions, or all the
    facts naming a division written nowhere, were theirs). The ARTICLE of a
    document kept (``李明说。``, its title) stays.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.build([("a", "华越有限公司负责人李明说。"), ("b", "李明说。")])
    >>> sorted(e.label for e in without_documents(kg, {"a"}).entities)
    ['李明', '李明说。']
    """
    gone = set(doc_ids)
    relations = tuple(r for r in kg.relations if r.provenance.doc_id not in gone)
    events = tuple(e for e in kg.events if e.provenance.doc_id not in gone)
    used = _used(relations, events)
    used_before = _used(kg.relations, kg.events)
    articles = {mint_id(EntityType.ARTICLE, doc_id) for doc_id in gone}
    entities = []
    unnamed: dict[str, set[str]] = {}  # entity id -> names only gone documents wrote
    for entity in kg.entities:
        mentions = tuple(m for m in entity.mentions if m.provenance.doc_id not in gone)
        lost = (entity.mentions and not mentions) or (
            not entity.mentions and entity.id in used_before
        )
        if entity.id in articles or (lost and entity.id not in used):
            continue  # only the documents taken out held it
        if mentions == entity.mentions:
            entities.append(entity)
            continue
        # an alias only the documents taken out wrote goes, and so does the
        # merge it caused; resolution then merges again what still holds
        only_gone = _names(entity.mentions) - _names(mentions)
        unnamed[entity.id] = only_gone
        aliases = tuple(a for a in entity.aliases if a not in only_gone)
        entities.append(replace(entity, mentions=mentions, aliases=aliases))
    kept = {e.id for e in entities}
    return replace(
        kg,
        entities=tuple(entities),
        relations=relations,
        events=events,
        merges=tuple(
            m
            for m in kg.merges
            if m.kept in kept and m.merged not in unnamed.get(m.kept, ())
        ),
        documents=tuple(d for d in kg.documents if d.doc_id not in gone),
    )


def _names(mentions: Iterable[Mention]) -> set[str]:
    """The names ``mentions`` write: as written and in the graph's normal form."""
    return {n for m in mentions for n in (m.text, normalise_name(m.text))}


def _used(relations: Iterable[Relation], events: Iterable[InvestmentEvent]) -> set[str]:
    """The ids of the entities (and events) these facts name."""
    used: set[str] = set()
    for rel in relations:
        used |= {rel.subject, rel.object}
    for event in events:
        parts = (event.amount, event.project, event.investor, event.place)
        used |= {event.id, *(part for part in parts if part is not None)}
    return used
