"""Read the KnowledgeGraph back out of an Oxigraph store: `from_store`.

The inverse of `kgraph.store.graph_store.GraphStore.add` (and ``kgraph build --into
STORE``): the union of the store's graphs decoded by
`kgraph.export.rdf_reader.from_triples`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from kgraph.export.rdf import DEFAULT_BASE
from kgraph.export.rdf_reader import RdfTerm, from_triples, ox_terms
from kgraph.store.graph_store import GraphStore
from kgraph.types import KnowledgeGraph

__all__ = ["from_store"]


def _triples(ox_store: Any) -> Iterator[tuple[str, str, RdfTerm]]:
    return ox_terms(ox_store.quads_for_pattern(None, None, None, None))


def from_store(
    store: GraphStore | str | os.PathLike[str], *, base: str = DEFAULT_BASE
) -> KnowledgeGraph:
    """Return the KnowledgeGraph of the quads in ``store``.

    ``from_store(s) == canonical(kg)`` after ``GraphStore(s).add(kg)`` into an
    empty store (`kgraph.export.canonical.canonical`: RDF keeps no order);
    the store's named graphs are read as their union. `kgraph.read_graph`
    says what RDF cannot tell apart.

    Parameters
    ----------
    store : GraphStore, str or os.PathLike
        An open `GraphStore`, or the folder of one, which is opened as a
        read-only snapshot (no lock needed) and closed again.
    base : str, optional
        The prefix of the minted IRIs the graph was added with, by default
        `DEFAULT_BASE`.

    Returns
    -------
    KnowledgeGraph
        In the canonical order.

    Raises
    ------
    InvalidInputError
        If there is no store at the folder, or its quads are not a kgraph
        graph (data loaded from elsewhere): the message names the store.

    Examples
    --------
    >>> import tempfile
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> folder = tempfile.mkdtemp()
    >>> with GraphStore(folder) as opened:
    ...     opened.add(kg)
    3
    >>> from_store(folder) == kg
    True
    """
    if isinstance(store, GraphStore):
        source = f"the store {str(store.path)!r}"
        return from_triples(_triples(store._open()), base=base, source=source)
    with GraphStore(store, read_only=True) as opened:
        return from_store(opened, base=base)
