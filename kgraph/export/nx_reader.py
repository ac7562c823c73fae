"""Read kgraph's node-link JSON and GraphML back into a KnowledgeGraph.

The inverse of `kgraph.export.nodelink` and `kgraph.export.graphml`: nodes of
an `EntityType` are entities (their mentions from ``mention_spans``), edges with
a `Predicate` ``relation`` are relations, ``INVESTMENT_EVENT`` nodes with their
part edges are events, and the graph's ``documents`` and ``merges`` attributes
are the documents and merges (`kgraph.export.records`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from kgraph.errors import InvalidInputError
from kgraph.export.canonical import canonical
from kgraph.export.nxgraph import EVENT_PARTS
from kgraph.export.records import split_aliases
from kgraph.types import (
    Document,
    Entity,
    EntityType,
    InvestmentEvent,
    InvestmentStatus,
    KnowledgeGraph,
    Measure,
    Mention,
    Merge,
    Money,
    MoneyQualifier,
    Predicate,
    Provenance,
    Relation,
)

__all__ = ["from_node_link", "read_graphml", "read_node_link"]

_EVENT = "INVESTMENT_EVENT"
_ENTITY_TYPES = {t.value for t in EntityType}

_Edge = tuple[str, str, dict[str, Any]]


class _Parts:
    """Decodes nodes and edges; ``flat``: lists are JSON text (GraphML)."""

    def __init__(self, *, flat: bool, source: str) -> None:
        self.flat, self.source = flat, source

    def fail(self, what: str) -> InvalidInputError:
        return InvalidInputError(f"{self.source}: {what}")

    def listed(self, attrs: dict[str, Any], name: str) -> list[Any]:
        value = attrs.get(name, [])
        if self.flat and isinstance(value, str):
            value = json.loads(value)
        if not isinstance(value, list):
            raise self.fail(f"{name} is not a list: {value!r}")
        return value

    def day(self, record: dict[str, Any]) -> date | None:
        """The ``date`` of a document record (files written before dates have none)."""
        text = record.get("date")
        try:
            return None if text is None else date.fromisoformat(text)
        except (TypeError, ValueError) as err:
            raise self.fail(
                f"document {record['doc_id']!r}: bad date {text!r}"
            ) from err

    def aliases(self, attrs: dict[str, Any]) -> tuple[str, ...]:
        if "aliases_json" in attrs:
            return tuple(json.loads(attrs["aliases_json"]))
        value = attrs.get("aliases", [] if not self.flat else "")
        if self.flat:
            return tuple(split_aliases(str(value)))
        return tuple(value)

    def mentions(self, node_id: str, attrs: dict[str, Any]) -> tuple[Mention, ...]:
        if "mention_spans" not in attrs:
            if attrs.get("mentions", 0):
                raise self.fail(
                    f"node {node_id!r} has {attrs['mentions']} mentions but no "
                    "mention_spans (written by an older kgraph?): write it again"
                )
            return ()
        return tuple(
            Mention(
                m["text"],
                Provenance(
                    m["doc_id"], m["start"], m["end"], m["extractor"], m["sentence"]
                ),
            )
            for m in self.listed(attrs, "mention_spans")
        )

    @staticmethod
    def money(attrs: dict[str, Any]) -> Money:
        value_max = attrs.get("value_max_decimal")
        if value_max is None and attrs.get("value_max") is not None:
            value_max = repr(attrs["value_max"])  # older files: the float
        measure = attrs.get("measure")
        return Money(
            Decimal(str(attrs["value_decimal"])),
            currency=attrs["currency"],
            qualifier=MoneyQualifier(attrs["qualifier"]),
            value_max=None if value_max is None else Decimal(str(value_max)),
            measure=None if measure is None else Measure(measure),
            period=attrs.get("period"),
        )

    def entity(self, node_id: str, attrs: dict[str, Any]) -> Entity:
        entity_type = EntityType(attrs["type"])
        code = attrs.get("code")
        return Entity(
            str(node_id),
            entity_type,
            attrs["label"],
            aliases=self.aliases(attrs),
            mentions=self.mentions(node_id, attrs),
            money=self.money(attrs) if entity_type is EntityType.MONEY else None,
            code=None if code is None else str(code),
        )

    @staticmethod
    def relation(source: str, target: str, attrs: dict[str, Any]) -> Relation:
        return Relation(
            str(source),
            Predicate(attrs["relation"]),
            str(target),
            Provenance(
                attrs["doc_id"],
                attrs["start"],
                attrs["end"],
                attrs["extractor"],
                attrs.get("evidence") or "",
            ),
            confidence=float(attrs["confidence"]),
            role=attrs.get("role"),
        )

    @staticmethod
    def event(
        node_id: str, attrs: dict[str, Any], parts: list[_Edge]
    ) -> InvestmentEvent:
        targets = {edge[2]["relation"]: str(edge[1]) for edge in parts}
        amount = next(e for e in parts if e[2]["relation"] == "amount")[2]
        return InvestmentEvent(
            str(node_id),
            targets["amount"],
            Provenance(
                attrs["doc_id"],
                amount["start"],
                amount["end"],
                attrs.get("extractor", "kgraph"),
                attrs.get("evidence") or "",
            ),
            project=targets.get("project"),
            investor=targets.get("investor"),
            place=targets.get("place"),
            status=InvestmentStatus(attrs["status"]),
            period=attrs.get("period"),
        )

    def graph(
        self,
        nodes: Iterable[tuple[str, dict[str, Any]]],
        edges: Iterable[_Edge],
        graph_attrs: dict[str, Any],
    ) -> KnowledgeGraph:
        entities, event_nodes = [], {}
        for node_id, attrs in nodes:
            kind = attrs.get("type")
            if kind == _EVENT:
                event_nodes[str(node_id)] = attrs
            elif kind in _ENTITY_TYPES and "label" in attrs:
                entities.append(self.entity(node_id, attrs))
            else:
                known = ", ".join(sorted(_ENTITY_TYPES))
                raise self.fail(
                    f"node {node_id!r} has no kgraph type and label (type "
                    f"{kind!r}; kgraph writes one of {known})"
                )
        relations = []
        parts: dict[str, list[_Edge]] = {e: [] for e in event_nodes}
        for source, target, attrs in edges:
            if str(source) in event_nodes and attrs.get("relation") in EVENT_PARTS:
                parts[str(source)].append((source, target, attrs))
            else:
                relations.append(self.relation(source, target, attrs))
        documents = [
            Document(d["doc_id"], d["source"], d["title"], d["n_chars"], self.day(d))
            for d in self.listed(graph_attrs, "documents")
        ]
        merges = [
            Merge(m["kept"], m["merged"], m["rule"], m["evidence"])
            for m in self.listed(graph_attrs, "merges")
        ]
        events = [self.event(e, event_nodes[e], parts[e]) for e in event_nodes]
        kg = KnowledgeGraph(
            entities=tuple(entities),
            relations=tuple(relations),
            documents=tuple(documents),
            merges=tuple(merges),
            events=tuple(events),
        )
        return canonical(kg)


def _decode(
    parts: _Parts,
    nodes: Iterable[tuple[str, dict[str, Any]]],
    edges: Iterable[_Edge],
    graph_attrs: dict[str, Any],
) -> KnowledgeGraph:
    try:
        return parts.graph(nodes, edges, graph_attrs)
    except InvalidInputError as err:
        if str(err).startswith(parts.source):
            raise
        raise parts.fail(str(err)) from err
    except KeyError as err:
        raise parts.fail(f"not a kgraph graph: an element lacks {err}") from err
    except (ValueError, TypeError, StopIteration) as err:
        raise parts.fail(f"a value kgraph does not write: {err}") from err


def from_node_link(data: Any, *, source: str = "<node-link>") -> KnowledgeGraph:
    """Rebuild the KnowledgeGraph of node-link data written by `to_node_link`.

    Parameters
    ----------
    data : dict
        The node-link data (edges under ``"edges"`` or the older ``"links"``).
    source : str, optional
        What the data was read from, named in errors.

    Returns
    -------
    KnowledgeGraph
        In the canonical order (`kgraph.export.canonical.canonical`).

    Raises
    ------
    InvalidInputError
        If ``data`` is not kgraph node-link data; the message names ``source``
        and what is missing.

    Examples
    --------
    >>> from kgraph.export.nodelink import to_node_link
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> from_node_link(to_node_link(kg)) == kg
    True
    >>> from_node_link({"rows": []})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kgraph.errors.InvalidInputError: <node-link>: not kgraph node-link JSON: ...
    """
    parts = _Parts(flat=False, source=source)
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise parts.fail('not kgraph node-link JSON: it has no "nodes" list')
    edges = data.get("edges", data.get("links", []))
    if not isinstance(edges, list) or not all(isinstance(e, dict) for e in edges):
        raise parts.fail('not kgraph node-link JSON: "edges" is not a list of objects')
    if not all(isinstance(n, dict) and "id" in n for n in data["nodes"]):
        raise parts.fail('not kgraph node-link JSON: a node has no "id"')
    return _decode(
        parts,
        ((n["id"], n) for n in data["nodes"]),
        ((e.get("source"), e.get("target"), e) for e in edges),
        data.get("graph") or {},
    )


def read_node_link(path: str | os.PathLike[str]) -> KnowledgeGraph:
    """Read the KnowledgeGraph kgraph wrote to ``path`` as node-link JSON.

    Raises
    ------
    InvalidInputError
        If the file is not JSON, or not kgraph node-link JSON (`from_node_link`).

    Examples
    --------
    >>> import os, tempfile
    >>> from kgraph.export.nodelink import write_node_link
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> path = os.path.join(tempfile.mkdtemp(), "kg.json")
    >>> write_node_link(kg, path)
    >>> read_node_link(path) == kg
    True
    """
    path = Path(path)
    source = repr(str(path))
    try:
        data = json.loads(path.read_bytes())
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise InvalidInputError(f"{source} is not JSON: {err}") from err
    return from_node_link(data, source=source)


def read_graphml(path: str | os.PathLike[str]) -> KnowledgeGraph:
    """Read the KnowledgeGraph kgraph wrote to ``path`` as GraphML.

    Characters XML cannot carry were replaced by U+FFFD when written (with a
    warning), so a graph holding them does not come back equal.

    Raises
    ------
    InvalidInputError
        If the file is not GraphML, or not a kgraph graph.

    Examples
    --------
    >>> import os, tempfile
    >>> from kgraph.export.graphml import write_graphml
    >>> ent = Entity("org-1", EntityType.ORG, "华为", aliases=("HW", "华为公司"))
    >>> path = os.path.join(tempfile.mkdtemp(), "kg.graphml")
    >>> write_graphml(KnowledgeGraph(entities=(ent,)), path)
    >>> read_graphml(path).entities[0].aliases
    ('HW', '华为公司')
    """
    import xml.etree.ElementTree as ET

    import networkx as nx

    path = Path(path)
    source = repr(str(path))
    try:
        graph = nx.read_graphml(path, force_multigraph=True)
    except (ET.ParseError, nx.NetworkXError, ValueError, KeyError) as err:
        raise InvalidInputError(f"{source} is not GraphML: {err}") from err
    return _decode(
        _Parts(flat=True, source=source),
        graph.nodes(data=True),
        graph.edges(data=True),
        dict(graph.graph),
    )
