"""What node-link JSON and GraphML carry beyond `to_networkx`, so they read back.

`to_networkx` gives each node a mention COUNT and drops the documents; the
readers (`kgraph.read_graph`) need the mentions themselves and the documents.
`node_records` adds, per node: ``mention_spans`` (each mention's ``text``,
``doc_id``, ``start``, ``end``, ``extractor`` and ``sentence``),
``value_max_decimal`` (exact, next to ``value_decimal``) and, on investment
event nodes, the ``extractor``. `graph_records` adds, on the graph:
``documents`` and ``merges`` (every field). Node-link JSON holds them as
lists; GraphML, which holds scalars only, as JSON text.
"""

from __future__ import annotations

import json
from typing import Any

from kgraph.export.nxgraph import ALIAS_SEPARATOR
from kgraph.types import Entity, KnowledgeGraph, Mention

__all__ = [
    "alias_list",
    "graph_records",
    "node_records",
    "split_aliases",
    "to_json_text",
]


def _mention(mention: Mention) -> dict[str, Any]:
    p = mention.provenance
    return {
        "text": mention.text,
        "doc_id": p.doc_id,
        "start": p.start,
        "end": p.end,
        "extractor": p.extractor,
        "sentence": p.sentence,
    }


def _entity(ent: Entity) -> dict[str, Any]:
    attrs: dict[str, Any] = {"mention_spans": [_mention(m) for m in ent.mentions]}
    if ent.money is not None and ent.money.value_max is not None:
        attrs["value_max_decimal"] = format(ent.money.value_max, "f")
    return attrs


def node_records(kg: KnowledgeGraph) -> dict[str, dict[str, Any]]:
    """Node id -> the attributes the readers need beyond `to_networkx`'s.

    Examples
    --------
    >>> from kgraph.types import EntityType, Provenance
    >>> ent = Entity("org-1", EntityType.ORG, "华为",
    ...              mentions=(Mention("华为", Provenance("a1", 0, 2)),))
    >>> spans = node_records(KnowledgeGraph(entities=(ent,)))["org-1"]["mention_spans"]
    >>> [(m["text"], m["doc_id"], m["start"], m["end"]) for m in spans]
    [('华为', 'a1', 0, 2)]
    """
    records = {ent.id: _entity(ent) for ent in kg.entities}
    for event in kg.events:
        records[event.id] = {"extractor": event.provenance.extractor}
    return records


def graph_records(kg: KnowledgeGraph) -> dict[str, list[dict[str, Any]]]:
    """The graph attributes ``documents`` and ``merges``: every field of each.

    Examples
    --------
    >>> from kgraph.types import Document
    >>> records = graph_records(KnowledgeGraph(documents=(Document("a1", n_chars=9),)))
    >>> records["documents"], records["merges"]
    ([{'doc_id': 'a1', 'source': '', 'title': '', 'n_chars': 9, 'date': None}], [])
    """
    documents = [
        {
            "doc_id": d.doc_id,
            "source": d.source,
            "title": d.title,
            "n_chars": d.n_chars,
            "date": None if d.date is None else d.date.isoformat(),
        }
        for d in kg.documents
    ]
    merges = [
        {"kept": m.kept, "merged": m.merged, "rule": m.rule, "evidence": m.evidence}
        for m in kg.merges
    ]
    return {"documents": documents, "merges": merges}


def to_json_text(value: Any) -> str:
    """``value`` as compact JSON text, non-ASCII kept (a GraphML attribute).

    Examples
    --------
    >>> to_json_text([{"text": "华为"}])
    '[{"text":"华为"}]'
    """
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def split_aliases(joined: str) -> list[str]:
    """The aliases of a flat ``aliases`` attribute (`ALIAS_SEPARATOR`-joined).

    Examples
    --------
    >>> split_aliases("华为公司|HW"), split_aliases("")
    (['华为公司', 'HW'], [])
    """
    return joined.split(ALIAS_SEPARATOR) if joined else []


def alias_list(aliases: tuple[str, ...]) -> str | None:
    """JSON text of ``aliases`` when joining them would lose them, else None.

    An alias holding `ALIAS_SEPARATOR`, or a lone empty alias, does not split
    back; GraphML then carries the list as ``aliases_json`` too.

    Examples
    --------
    >>> alias_list(("华为公司", "HW")) is None, alias_list(("A|B",))
    (True, '["A|B"]')
    """
    joined = ALIAS_SEPARATOR.join(aliases)
    return None if split_aliases(joined) == list(aliases) else to_json_text(aliases)
