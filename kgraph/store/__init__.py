"""Triple stores: the embedded Oxigraph store, SPARQL endpoints, reading graphs back.

A top stage beside `kgraph.export` and `kgraph.viz`: `GraphStore` (in
`kgraph.store.graph_store`) holds a corpus with a named graph per article,
`load` and `query` open one for a single call, `kgraph.store.reader` gives a
store back as a `KnowledgeGraph` (``kgraph.from_store``), `kgraph.store.push`
sends graphs to a SPARQL 1.1 Graph Store endpoint.

Examples
--------
>>> from kgraph.store import GraphStore, load, query
>>> GraphStore.__module__
'kgraph.store.graph_store'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kgraph.store.graph_store import GraphStore, load, query

__all__ = ["GraphStore", "load", "query"]


def __getattr__(name: str) -> Any:
    # imported on first use: pyoxigraph only loads when a store is wanted
    if name in __all__:
        value = getattr(importlib.import_module("kgraph.store.graph_store"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kgraph.store' has no attribute {name!r}")
