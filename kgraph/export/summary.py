"""Short summaries of a KnowledgeGraph: a one-line repr and a small HTML table."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence

from kgraph.types import Entity, EntityType, KnowledgeGraph

__all__ = ["TOP_ENTITIES", "summary_html", "summary_line"]

#: how many entities `summary_html` lists, most mentioned first
TOP_ENTITIES = 10
_TYPE_ORDER = {t: i for i, t in enumerate(EntityType)}


def _by_type(kg: KnowledgeGraph) -> list[tuple[EntityType, int]]:
    """Entity counts per type, most first, ties in `EntityType` order."""
    counts = Counter(e.type for e in kg.entities)
    return sorted(counts.items(), key=lambda kv: (-kv[1], _TYPE_ORDER[kv[0]]))


def _plural(n: int, word: str, words: str = "") -> str:
    return f"{n} {word}" if n == 1 else f"{n} {words or word + 's'}"


def summary_line(kg: KnowledgeGraph) -> str:
    """Return a one-line summary: documents, entities by type, relations.

    Events and merges are counted when there are any. The line's length does
    not grow with the graph beyond the few counts (six entity types at most).

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph; it is not modified.

    Returns
    -------
    str
        ``<KnowledgeGraph: … documents, … entities (TYPE n, …), … relations>``.

    Examples
    --------
    >>> org = Entity("org-1", EntityType.ORG, "华为")
    >>> summary_line(KnowledgeGraph(entities=(org,)))
    '<KnowledgeGraph: 0 documents, 1 entity (ORG 1), 0 relations>'
    """
    entities = _plural(len(kg.entities), "entity", "entities")
    if kg.entities:
        entities += " (" + ", ".join(f"{t} {n}" for t, n in _by_type(kg)) + ")"
    parts = [
        _plural(len(kg.documents), "document"),
        entities,
        _plural(len(kg.relations), "relation"),
    ]
    if kg.events:
        parts.append(_plural(len(kg.events), "event"))
    if kg.merges:
        parts.append(_plural(len(kg.merges), "merge"))
    return f"<KnowledgeGraph: {', '.join(parts)}>"


def _table(
    caption: str, head: tuple[str, ...], rows: Sequence[tuple[object, ...]]
) -> str:
    def cells(tag: str, values: tuple[object, ...]) -> str:
        return "".join(f"<{tag}>{html.escape(str(v))}</{tag}>" for v in values)

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    return (
        f'<table style="display:inline-table;vertical-align:top;margin-right:2em">'
        f"<caption>{html.escape(caption)}</caption>"
        f"<thead><tr>{cells('th', head)}</tr></thead><tbody>{body}</tbody></table>"
    )


def _top(kg: KnowledgeGraph, n: int) -> list[Entity]:
    """The ``n`` most mentioned entities (articles left out), ties by label."""
    named = (e for e in kg.entities if e.type is not EntityType.ARTICLE)
    return sorted(named, key=lambda e: (-len(e.mentions), e.label, e.id))[:n]


def summary_html(kg: KnowledgeGraph, *, top: int = TOP_ENTITIES) -> str:
    """Return a small HTML summary: entities by type, top entities, relations.

    What a notebook shows for a graph (`KnowledgeGraph._repr_html_`): three
    small tables, all text escaped, no scripts, style sheets or images, so
    it renders the same anywhere, offline.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph; it is not modified.
    top : int, optional
        How many of the most mentioned entities to list.

    Returns
    -------
    str
        An HTML fragment (a ``<div>``).

    Examples
    --------
    >>> org = Entity("org-1", EntityType.ORG, "<华为>")
    >>> page = summary_html(KnowledgeGraph(entities=(org,)))
    >>> "&lt;华为&gt;" in page, "<script" in page
    (True, False)
    """
    relations = Counter(r.predicate.value for r in kg.relations)
    by_predicate = sorted(relations.items(), key=lambda kv: (-kv[1], kv[0]))
    tables = [
        _table("entities by type", ("type", "entities"), _by_type(kg)),
        _table(
            f"top {top} by mentions",
            ("entity", "type", "mentions", "documents"),
            [
                (
                    e.label,
                    e.type,
                    len(e.mentions),
                    len({m.provenance.doc_id for m in e.mentions}),
                )
                for e in _top(kg, top)
            ],
        ),
        _table(
            "relations by predicate",
            ("relation", "count"),
            by_predicate,
        ),
    ]
    head = html.escape(summary_line(kg))
    return f"<div><p><code>{head}</code></p>{''.join(tables)}</div>"
