"""spaCy components of the kgraph pipeline; importing this registers their factories."""

from __future__ import annotations

from kgraph.extract import engines, entities, measures, money, ner, relations, repair
from kgraph.extract.extensions import SPANS_KEY, RelationMention, register_extensions

__all__ = [
    "SPANS_KEY",
    "RelationMention",
    "engines",
    "entities",
    "measures",
    "money",
    "ner",
    "register_extensions",
    "relations",
    "repair",
]
