"""Merge per-document graphs in time linear in the corpus, in one pass or as a tree.

`merge_graphs` folds graphs left to right; `GraphMerger` is the state behind it,
and two mergers of consecutive runs of graphs join (`GraphMerger.join`) into
the merger of the whole run. A tree reduction (Dask, processes) therefore gives
the very graph the left-to-right fold gives.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from kgraph.errors import InvalidInputError
from kgraph.types import (
    Document,
    Entity,
    InvestmentEvent,
    KnowledgeGraph,
    Mention,
    Merge,
    Relation,
)

__all__ = ["GraphMerger", "merge_graphs"]

_RelationKey = tuple[str, str, str, str, int, int]


@dataclass(slots=True)
class _Node:
    """Everything read so far about one entity id."""

    first: Entity  # its first occurrence: label, type, money and code
    known: set[str]  # labels and aliases of every occurrence
    mentions: list[tuple[Mention, ...]]  # one tuple per occurrence, joined at the end
    occurrences: int = 1


@dataclass(frozen=True, slots=True)
class _Candidate:
    """An occurrence whose label was new for its id in the graphs merged so far.

    ``first`` marks the first occurrence of the id there: it records a merge
    only once graphs before it (`GraphMerger.join`) knew the id.
    """

    entity_id: str
    label: str
    first: bool


@dataclass(slots=True)
class GraphMerger:
    """The state of a merge of consecutive graphs, in input order.

    Entities with one id become one node: the first occurrence gives its label,
    the others' labels and aliases become aliases, the mentions are joined in
    order (once, at the end: linear in the corpus). A label that a division's
    code brought to a node which did not know it is recorded as a
    ``same-division`` `Merge`. Relations keep their first occurrence.

    Examples
    --------
    >>> from kgraph.types import EntityType
    >>> def one(label, doc_id):
    ...     org = Entity("org-1", EntityType.ORG, label)
    ...     return KnowledgeGraph(entities=(org,), documents=(Document(doc_id),))
    >>> left, right = GraphMerger(), GraphMerger()
    >>> left.add(one("华为", "a"))
    >>> right.add(one("华为技术", "b"))
    >>> kg = left.join(right).result()
    >>> kg.entities[0].aliases, [d.doc_id for d in kg.documents]
    (('华为技术',), ['a', 'b'])
    """

    _nodes: dict[str, _Node] = field(default_factory=dict)
    _relations: dict[_RelationKey, Relation] = field(default_factory=dict)
    _documents: dict[str, Document] = field(default_factory=dict)
    _events: dict[str, InvestmentEvent] = field(default_factory=dict)
    #: merges given with the graphs and candidates, in the order they came
    _log: list[Merge | _Candidate] = field(default_factory=list)

    def add(self, graph: KnowledgeGraph) -> None:
        """Merge ``graph`` after the graphs added so far.

        Raises
        ------
        InvalidInputError
            If it carries a document id already merged.
        """
        self._add_documents(graph.documents)
        self._log += graph.merges
        self._events.update((e.id, e) for e in graph.events)
        for entity in graph.entities:
            node = self._nodes.get(entity.id)
            if node is None:
                self._nodes[entity.id] = _Node(
                    entity, {entity.label, *entity.aliases}, [entity.mentions]
                )
                self._log.append(_Candidate(entity.id, entity.label, first=True))
                continue
            if entity.label not in node.known:
                self._log.append(_Candidate(entity.id, entity.label, first=False))
            node.known.add(entity.label)
            node.known.update(entity.aliases)
            node.mentions.append(entity.mentions)
            node.occurrences += 1
        for rel in graph.relations:
            p = rel.provenance
            key = (
                rel.subject,
                rel.predicate.value,
                rel.object,
                p.doc_id,
                p.start,
                p.end,
            )
            self._relations.setdefault(key, rel)

    def join(self, later: GraphMerger) -> GraphMerger:
        """Merge the graphs ``later`` merged after these ones; return ``self``.

        ``later`` is left as it was only if not used again: its nodes are taken.

        Raises
        ------
        InvalidInputError
            If both merged the same document id.
        """
        self._add_documents(later._documents.values())
        for candidate in later._log:
            if isinstance(candidate, _Candidate):
                node = self._nodes.get(candidate.entity_id)
                if node is not None:
                    if candidate.label in node.known:
                        continue  # known here: no merge
                    candidate = replace(candidate, first=False)
            self._log.append(candidate)
        for entity_id, other in later._nodes.items():
            node = self._nodes.get(entity_id)
            if node is None:
                self._nodes[entity_id] = other
                continue
            node.known.update(other.known)
            node.mentions += other.mentions
            node.occurrences += other.occurrences
        for key, rel in later._relations.items():
            self._relations.setdefault(key, rel)
        self._events.update(later._events)
        return self

    def result(self) -> KnowledgeGraph:
        """The merged graph (the merger can go on being added to)."""
        entities = [self._entity(node) for node in self._nodes.values()]
        merges = []
        for item in self._log:
            if isinstance(item, Merge):
                merges.append(item)
            elif not item.first:
                code = self._nodes[item.entity_id].first.code
                merges.append(
                    Merge(
                        item.entity_id, item.label, "same-division", f"GB/T 2260 {code}"
                    )
                )
        return KnowledgeGraph(
            entities=tuple(sorted(entities, key=lambda e: e.id)),
            relations=tuple(self._relations.values()),
            documents=tuple(self._documents.values()),
            merges=tuple(merges),
            events=tuple(self._events.values()),
        )

    def _add_documents(self, documents: Iterable[Document]) -> None:
        for document in documents:
            if document.doc_id in self._documents:
                raise InvalidInputError(
                    f"document id {document.doc_id!r} appears twice; give each "
                    "document a unique id"
                )
            self._documents[document.doc_id] = document

    @staticmethod
    def _entity(node: _Node) -> Entity:
        first = node.first
        if node.occurrences == 1:
            return first
        return replace(
            first,
            aliases=tuple(sorted(node.known - {first.label})),
            mentions=tuple(itertools.chain.from_iterable(node.mentions)),
        )


def merge_graphs(graphs: Iterable[KnowledgeGraph]) -> KnowledgeGraph:
    """Merge per-document graphs: entities with the same id become one node.

    Time is linear in the total size of the graphs (see `GraphMerger`).

    Raises
    ------
    InvalidInputError
        If two graphs carry the same document id.

    Examples
    --------
    >>> from kgraph.types import EntityType
    >>> def one(alias):
    ...     org = Entity("org-1", EntityType.ORG, "华为", aliases=(alias,))
    ...     return KnowledgeGraph(entities=(org,))
    >>> merge_graphs([one("华为公司"), one("华为技术")]).entities[0].aliases
    ('华为公司', '华为技术')
    """
    merger = GraphMerger()
    for graph in graphs:
        merger.add(graph)
    return merger.result()
