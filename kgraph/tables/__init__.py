"""A KnowledgeGraph as pandas DataFrames: entities, mentions, relations, money.

Every frame has fixed columns with fixed dtypes, whatever the rows (an empty
graph gives the same columns and dtypes): ``string`` for text, ``Int64`` for
counts, offsets and levels, ``Float64`` for numbers, and ``object`` for
tuples and exact `~decimal.Decimal` amounts. Missing values are ``pd.NA``.
The dtypes are in `ENTITY_DTYPES`, `MENTION_DTYPES`, `RELATION_DTYPES` and
`MONEY_DTYPES`.

Evidence: a relation's is the sentence it was read from; a mention's is the
sentence it stands in (graphs built by `kgraph.build` carry it; the graph
keeps no document text, so a hand-built mention without one has none). An
amount's evidence is its investment event's sentence, else that of the
relation that holds it, else its own mention's.
"""

from kgraph.tables.columns import (
    ENTITY_COLUMNS,
    ENTITY_DTYPES,
    MENTION_COLUMNS,
    MENTION_DTYPES,
    MONEY_COLUMNS,
    MONEY_DTYPES,
    RELATION_COLUMNS,
    RELATION_DTYPES,
)
from kgraph.tables.frames import entities_frame, mentions_frame, relations_frame
from kgraph.tables.money import money_frame

__all__ = [
    "ENTITY_COLUMNS",
    "ENTITY_DTYPES",
    "MENTION_COLUMNS",
    "MENTION_DTYPES",
    "MONEY_COLUMNS",
    "MONEY_DTYPES",
    "RELATION_COLUMNS",
    "RELATION_DTYPES",
    "entities_frame",
    "mentions_frame",
    "money_frame",
    "relations_frame",
]
