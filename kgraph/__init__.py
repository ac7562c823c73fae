"""kgraph: Chinese news text in, a linked knowledge graph out."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kgraph.types import (
    Document,
    Entity,
    EntityType,
    KnowledgeGraph,
    Mention,
    Money,
    MoneyQualifier,
    Predicate,
    Provenance,
    Relation,
)

if TYPE_CHECKING:
    from kgraph.export.canonical import canonical
    from kgraph.export.readers import read_graph
    from kgraph.extract.document_graph import document_graph
    from kgraph.run.incremental import update
    from kgraph.run.pipeline import build, extract_document, load
    from kgraph.store.reader import from_store

__version__ = "0.1.0"

__all__ = [
    "Document",
    "Entity",
    "EntityType",
    "KnowledgeGraph",
    "Mention",
    "Money",
    "MoneyQualifier",
    "Predicate",
    "Provenance",
    "Relation",
    "__version__",
    "build",
    "canonical",
    "document_graph",
    "extract_document",
    "from_store",
    "load",
    "merge_graphs",
    "read_graph",
    "update",
]

#: names imported on first use (PEP 562): they pull in spaCy, which
#: ``import kgraph`` and ``kgraph --help`` need not pay for
_LAZY = {
    "build": "kgraph.run.pipeline",
    "document_graph": "kgraph.extract.document_graph",
    "extract_document": "kgraph.run.pipeline",
    "load": "kgraph.run.pipeline",
    "merge_graphs": "kgraph.link.merge",
    "update": "kgraph.run.incremental",
    "canonical": "kgraph.export.canonical",
    "from_store": "kgraph.store.reader",
    "read_graph": "kgraph.export.readers",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kgraph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
