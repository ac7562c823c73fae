"""kgraph: Chinese news text in, a linked knowledge graph out."""

from __future__ import annotations

from kgraph.graph import document_graph, merge_graphs
from kgraph.pipeline import build, extract_document, load
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
    "document_graph",
    "extract_document",
    "load",
    "merge_graphs",
]
