"""kgraph: Chinese news text in, a linked knowledge graph out."""

from __future__ import annotations

from kgraph.export.canonical import canonical
from kgraph.export.readers import read_graph
from kgraph.graph import document_graph, merge_graphs
from kgraph.pipeline import build, extract_document, load
from kgraph.store_reader import from_store
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
]
