"""Merge per-document graphs in time linear in the corpus, in one pass or as a tree.

`merge_graphs` folds graphs left to right; `GraphMerger` is the state behind it,
and two mergers of consecutive runs of graphs join (`GraphMerger.join`) into
the merger of the whole run. A tree reduction (Dask, processes) therefore gives
the very graph the left-to-right fold gives. `join_pieces` joins the graphs of
the pieces of one long document into that document's graph.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from kgraph.errors import InvalidInputError
from kgraph.types import (
    Document,
    Entity,
    EntityType,
    InvestmentEvent,
    KnowledgeGraph,
    Mention,
    Merge,
    Predicate,
    Relation,
)

__all__ = ["GraphMerger", "join_pieces", "merge_graphs"]

_RelationKey = tuple[str, Predicate, str, str, int, int]


@dataclass(slots=True)
class _Node:
    """An entity id met more than once: what its occurrences said."""

    first: Entity  # its first occurrence: label, type, money and code
    known: set[str]  # labels and aliases of every occurrence
    mentions: list[tuple[Mention, ...]]  # one tuple per occurrence, joined at the end

    @classmethod
    def of(cls, entity: Entity) -> _Node:
        return cls(entity, {entity.label, *entity.aliases}, [entity.mentions])

    def take(self, entity: Entity) -> None:
        self.known.add(entity.label)
        self.known.update(entity.aliases)
        self.mentions.append(entity.mentions)


def _known(node: Entity | _Node) -> set[str] | tuple[str, ...]:
    if isinstance(node, _Node):
        return node.known
    return (node.label, *node.aliases)


def _first(node: Entity | _Node) -> Entity:
    return node.first if isinstance(node, _Node) else node


#: the log of a merge, in input order: the merges graphs carried; an id alone
#: where it first occurs (a merge only if graphs joined before knew the id but
#: not its label); (id, label) where an id occurs again with a new label
_LogItem = Merge | str | tuple[str, str]


@dataclass(slots=True)
class GraphMerger:
    """The state of a merge of consecutive graphs, in input order.

    Entities with one id become one node: the first occurrence gives its label,
    the others' labels and aliases become aliases, the mentions are joined in
    order (once, at the end: linear in the corpus). A label that a division's
    code brought to a node which did not know it is recorded as a
    ``same-division`` `Merge`. Relations keep their first occurrence. An id met
    once costs no more than its entity (few objects for the garbage collector
    to scan as the state grows).

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

    _nodes: dict[str, Entity | _Node] = field(default_factory=dict)
    # relations in first-occurrence order; their keys are only kept once a graph
    # brings relations of documents it does not carry (which may repeat earlier
    # ones): a graph's own documents are new, so its relations repeat no others
    _relations: list[Relation] = field(default_factory=list)
    _relation_keys: set[_RelationKey] | None = None
    _documents: dict[str, Document] = field(default_factory=dict)
    _events: dict[str, InvestmentEvent] = field(default_factory=dict)
    _log: list[_LogItem] = field(default_factory=list)

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
        nodes, log = self._nodes, self._log
        for entity in graph.entities:
            node = nodes.get(entity.id)
            if node is None:
                nodes[entity.id] = entity
                log.append(entity.id)
                continue
            if isinstance(node, Entity):
                node = nodes[entity.id] = _Node.of(node)
            known = node.known
            if entity.label not in known:
                log.append((entity.id, entity.label))
                known.add(entity.label)
            if entity.aliases:
                known.update(entity.aliases)
            node.mentions.append(entity.mentions)
        if self._relation_keys is None and self._add_own_relations(graph):
            return
        self._extend_relations(graph.relations, self._keys())

    def join(self, later: GraphMerger) -> GraphMerger:
        """Merge the graphs ``later`` merged after these ones; return ``self``.

        ``later`` is used up: its state moves into this one.

        Raises
        ------
        InvalidInputError
            If both merged the same document id.
        """
        self._add_documents(later._documents.values())
        for item in later._log:
            if isinstance(item, str):
                mine = self._nodes.get(item)
                if mine is not None:
                    label = _first(later._nodes[item]).label
                    if label in _known(mine):
                        continue  # known here: no merge
                    item = (item, label)
            elif isinstance(item, tuple):
                mine = self._nodes.get(item[0])
                if mine is not None and item[1] in _known(mine):
                    continue
            self._log.append(item)
        for entity_id, other in later._nodes.items():
            mine = self._nodes.get(entity_id)
            if mine is None:
                self._nodes[entity_id] = other
                continue
            node = _Node.of(mine) if isinstance(mine, Entity) else mine
            self._nodes[entity_id] = node
            if isinstance(other, Entity):
                node.take(other)
            else:
                node.known |= other.known
                node.mentions += other.mentions
        if self._relation_keys is None and later._relation_keys is None:
            self._relations += later._relations  # documents apart: relations apart
        else:
            self._extend_relations(later._relations, self._keys())
        self._events.update(later._events)
        return self

    def result(self) -> KnowledgeGraph:
        """The merged graph (the merger can go on being added to)."""
        entities = [self._entity(node) for node in self._nodes.values()]
        merges = []
        for item in self._log:
            if isinstance(item, Merge):
                merges.append(item)
            elif isinstance(item, tuple):
                entity_id, label = item
                code = _first(self._nodes[entity_id]).code
                evidence = f"GB/T 2260 {code}"
                merges.append(Merge(entity_id, label, "same-division", evidence))
        return KnowledgeGraph(
            entities=tuple(sorted(entities, key=lambda e: e.id)),
            relations=tuple(self._relations),
            documents=tuple(self._documents.values()),
            merges=tuple(merges),
            events=tuple(self._events.values()),
        )

    def _keys(self) -> set[_RelationKey]:
        """The keys of the relations merged so far, kept from now on."""
        if self._relation_keys is None:
            self._relation_keys = {_key(r) for r in self._relations}
        return self._relation_keys

    def _add_own_relations(self, graph: KnowledgeGraph) -> bool:
        """Add the relations of a one-document graph, all of its document.

        Its document is new to the merge, so they repeat only each other.
        Returns False, having added none, for any other graph.
        """
        if len(graph.documents) != 1:
            return not graph.relations
        only = graph.documents[0].doc_id
        kept, seen, size = self._relations, set(), 0
        for rel in graph.relations:
            p = rel.provenance
            if p.doc_id != only:
                del kept[len(kept) - size :]  # another document's: undo, keep keys
                return False
            # the predicate itself, a StrEnum: hashes and compares as its value
            seen.add((rel.subject, rel.predicate, rel.object, p.doc_id, p.start, p.end))
            if len(seen) > size:  # a new key
                size += 1
                kept.append(rel)
        return True

    def _extend_relations(
        self, relations: Iterable[Relation], seen: set[_RelationKey]
    ) -> None:
        """Append the relations whose key is not in ``seen`` (which they join)."""
        kept = self._relations
        size = len(seen)
        for rel in relations:
            p = rel.provenance
            # the predicate itself, a StrEnum: hashes and compares as its value
            seen.add((rel.subject, rel.predicate, rel.object, p.doc_id, p.start, p.end))
            if len(seen) > size:  # a new key
                size += 1
                kept.append(rel)

    def _add_documents(self, documents: Iterable[Document]) -> None:
        for document in documents:
            if document.doc_id in self._documents:
                raise InvalidInputError(
                    f"document id {document.doc_id!r} appears twice; give each "
                    "document a unique id"
                )
            self._documents[document.doc_id] = document

    @staticmethod
    def _entity(node: Entity | _Node) -> Entity:
        if isinstance(node, Entity):
            return node
        first = node.first
        return replace(
            first,
            aliases=tuple(sorted(node.known - {first.label})),
            mentions=tuple(itertools.chain.from_iterable(node.mentions)),
        )


def _key(rel: Relation) -> _RelationKey:
    """What makes a relation one: its ends, predicate and place in the text."""
    p = rel.provenance
    # the predicate itself, a StrEnum: hashes and compares as its value
    return (rel.subject, rel.predicate, rel.object, p.doc_id, p.start, p.end)


def merge_graphs(graphs: Iterable[KnowledgeGraph]) -> KnowledgeGraph:
    """Merge per-document graphs: entities with the same id become one node.

    Time is linear in the total size of the graphs (see `GraphMerger`); the
    cyclic garbage collector is paused while each graph is merged in (the merge
    makes no cycles), not while ``graphs`` makes the next one.

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
    for graph in graphs:  # a generator may be extracting: collect as usual there
        with _collection_paused():
            merger.add(graph)
    with _collection_paused():
        return merger.result()


@contextlib.contextmanager
def _collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, as it was before on leaving.

    A merge makes hundreds of thousands of tuples, lists and sets and no
    reference cycle (reference counting frees them); each full collection the
    allocations trigger scans the whole growing graph, so at 3,000 articles
    collections were a tenth of the merge (`benchmarks/bench_merge.py`).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def join_pieces(pieces: Sequence[KnowledgeGraph], document: Document) -> KnowledgeGraph:
    """Join the graphs of the pieces of one long document into its graph.

    Each piece was built with `document_graph`'s ``offset`` set to where it
    starts, so offsets already point into the whole text; a name read in two
    pieces is one entity (same id), and the article node is the first piece's.

    Examples
    --------
    >>> def piece(start):
    ...     org = Entity("org-1", EntityType.ORG, "华为")
    ...     art = Entity("article-1", EntityType.ARTICLE, f"第{start}段")
    ...     return KnowledgeGraph(entities=(org, art))
    >>> kg = join_pieces([piece(0), piece(1)], Document("d", n_chars=9))
    >>> [e.label for e in kg.entities], kg.documents[0].n_chars
    (['第0段', '华为'], 9)
    """
    if not pieces:
        return KnowledgeGraph(documents=(document,))
    article = next(
        (e for e in pieces[0].entities if e.type is EntityType.ARTICLE), None
    )
    graphs = []
    for graph in pieces:
        entities = tuple(
            article if article is not None and e.type is EntityType.ARTICLE else e
            for e in graph.entities
        )
        graphs.append(replace(graph, entities=entities, documents=()))
    return replace(merge_graphs(graphs), documents=(document,))
