"""Grow a corpus graph kept in a triple store: write only the graphs that changed.

``kgraph build NEW... --into STORE`` on a store that holds a corpus reads the
corpus back (`kgraph.store.reader.from_store`), builds the new documents into
it (`kgraph.run.incremental.grow`: a document id seen before replaces that
document) and writes back only the named graphs whose quads changed: the new
and the replaced articles, the articles whose entities resolution gave a new
name or alias, and the default graph when its facts changed. The others are
not touched.
"""

from __future__ import annotations

from collections.abc import Iterable

from kgraph.export.fastrdf import iter_nquads_lines
from kgraph.export.rdf import DEFAULT_BASE
from kgraph.link.resolve import Overrides
from kgraph.run.incremental import grow
from kgraph.store.graph_store import GraphStore
from kgraph.store.reader import from_store
from kgraph.types import KnowledgeGraph

__all__ = ["changed_graphs", "grow_store"]


def _quads_by_graph(kg: KnowledgeGraph, base: str) -> dict[str, set[bytes]]:
    found: dict[str, set[bytes]] = {}
    for graph, line in iter_nquads_lines(kg, base=base):
        found.setdefault(graph, set()).add(line)
    return found


def changed_graphs(
    old: KnowledgeGraph, new: KnowledgeGraph, *, base: str = DEFAULT_BASE
) -> list[str]:
    """The graphs whose quads differ from ``old`` to ``new``: IRIs, ``""`` the default.

    Examples
    --------
    >>> from kgraph.types import Document
    >>> one = KnowledgeGraph(documents=(Document("a1"),))
    >>> two = KnowledgeGraph(documents=(Document("a1"), Document("a2")))
    >>> changed_graphs(one, two, base="urn:x:")
    ['urn:x:article-4224c332ff91']
    >>> changed_graphs(two, two)
    []
    """
    before, after = _quads_by_graph(old, base), _quads_by_graph(new, base)
    names = sorted(
        g for g in before.keys() | after.keys() if before.get(g) != after.get(g)
    )
    return [name[1:-1] if name else "" for name in names]


def grow_store(
    store: GraphStore,
    graphs: Iterable[KnowledgeGraph],
    *,
    overrides: Overrides | None = None,
    base: str = DEFAULT_BASE,
) -> tuple[KnowledgeGraph, list[str]]:
    """Build the document graphs ``graphs`` into the corpus ``store`` holds.

    Parameters
    ----------
    store : GraphStore
        An open, writable store: empty, or holding what kgraph wrote.
    graphs : iterable of KnowledgeGraph
        Document graphs, merged but not yet resolved (`kgraph.extract_document`).
    overrides : Overrides, optional
        Entity resolution overrides, as for `kgraph.build`.
    base : str, optional
        The prefix of the minted IRIs, by default `DEFAULT_BASE`.

    Returns
    -------
    tuple of KnowledgeGraph and list of str
        The corpus graph now in the store, and the graphs written (`changed_graphs`).

    Raises
    ------
    InvalidInputError
        If the store holds RDF kgraph did not write.

    Examples
    --------
    Adding an article writes its graph alone when it renames nothing:

    >>> import tempfile, kgraph
    >>> from kgraph.export.names import article_id
    >>> a = kgraph.extract_document("华越有限公司负责人李明说。", doc_id="a")
    >>> b = kgraph.extract_document("华越有限公司在嘉兴投资。", doc_id="b")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     with GraphStore(folder) as store:
    ...         _, first = grow_store(store, [a])
    ...         kg, then = grow_store(store, [b])
    ...         same = from_store(store) == kgraph.canonical(kg)
    >>> then == [DEFAULT_BASE + article_id("b")], same
    (True, True)
    """
    old = from_store(store, base=base) if len(store) else KnowledgeGraph()
    kg = grow(old, graphs, overrides=overrides)
    changed = changed_graphs(old, kg, base=base)
    store.add(kg, base=base, graphs=changed)
    return kg, changed
