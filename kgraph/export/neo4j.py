"""Export a KnowledgeGraph for Neo4j: a bulk-import folder and a Cypher script.

``write_neo4j(kg, folder)`` writes three files into ``folder``:

* ``nodes.csv`` and ``relationships.csv``, with the header fields of
  ``neo4j-admin database import`` (``id:ID``, ``:LABEL``, ``:START_ID``,
  ``:END_ID``, ``:TYPE`` and typed properties such as ``mentions:int``,
  ``value:double``, ``aliases:string[]``), for a new database::

      neo4j-admin database import full --nodes=nodes.csv \\
          --relationships=relationships.csv neo4j

* ``import.cypher``, the same nodes and relationships as Cypher statements for
  ``cypher-shell -f import.cypher`` into a running database (``MERGE`` on the
  node ids, so running it twice adds no node).

Every node has the label ``KgNode`` and one of its type (``Organization``,
``Person``, ``Place``, ``Money``, ``Project``, ``Article``, ``InvestmentEvent``);
relationship types are the predicates in upper case (``LOCATED_IN``). The
properties are the attributes of `kgraph.export.to_networkx`.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kgraph.export.nxgraph import to_networkx
from kgraph.types import KnowledgeGraph

__all__ = ["NEO4J_FILES", "NODE_LABELS", "cypher_literal", "write_neo4j"]

#: the files `write_neo4j` writes into its folder
NEO4J_FILES = ("nodes.csv", "relationships.csv", "import.cypher")
#: node type -> Neo4j label (every node also has ``KgNode``)
NODE_LABELS = {
    "ORG": "Organization",
    "PERSON": "Person",
    "PLACE": "Place",
    "MONEY": "Money",
    "PROJECT": "Project",
    "ARTICLE": "Article",
    "INVESTMENT_EVENT": "InvestmentEvent",
}
_BASE_LABEL = "KgNode"
#: neo4j-admin's default array delimiter; inside a value it becomes "；"
_ARRAY_DELIMITER = ";"
_BATCH = 500
_NODE_ID = "id"


def write_neo4j(kg: KnowledgeGraph, folder: str | os.PathLike[str]) -> list[Path]:
    """Write ``kg`` into ``folder`` as Neo4j import CSV files and a Cypher script.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to write; it is not modified.
    folder : str or os.PathLike
        The folder to write `NEO4J_FILES` into (created if missing).

    Returns
    -------
    list of pathlib.Path
        The files written.

    Examples
    --------
    >>> import csv, tempfile
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> folder = tempfile.mkdtemp()
    >>> [p.name for p in write_neo4j(kg, folder)]
    ['nodes.csv', 'relationships.csv', 'import.cypher']
    >>> with open(f"{folder}/nodes.csv", encoding="utf-8") as f:
    ...     row = next(csv.DictReader(f))
    >>> row["id:ID"], row[":LABEL"], row["label"]
    ('org-1', 'KgNode;Organization', '华为')
    """
    graph = to_networkx(kg)
    nodes = [
        (node, NODE_LABELS.get(attrs.get("type", ""), "Entity"), _props(attrs))
        for node, attrs in graph.nodes(data=True)
    ]
    edges = [
        (u, v, str(attrs["relation"]).upper(), {"key": key, **_props(attrs)})
        for u, v, key, attrs in graph.edges(keys=True, data=True)
    ]
    for _, _, _, props in edges:
        props.pop("relation", None)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / name for name in NEO4J_FILES]
    paths[0].write_text(_nodes_csv(nodes), encoding="utf-8")
    paths[1].write_text(_relationships_csv(edges), encoding="utf-8")
    paths[2].write_text(_cypher(nodes, edges), encoding="utf-8")
    return paths


def _props(attrs: dict[str, Any]) -> dict[str, Any]:
    return {
        name: list(value) if isinstance(value, tuple) else value
        for name, value in attrs.items()
        if value is not None
    }


def _neo4j_type(values: Iterable[Any]) -> str:
    """The import type of a column: the type of its values."""
    kinds = {type(v) for v in values}
    if kinds <= {bool}:
        return "boolean"
    if kinds <= {int}:
        return "int"
    if kinds <= {int, float}:
        return "double"
    if kinds <= {list}:
        return "string[]"
    return "string"


def _columns(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """``(name, header)`` of each property column, in first-seen order."""
    names = list(dict.fromkeys(name for row in rows for name in row))
    typed = []
    for name in names:
        kind = _neo4j_type(row[name] for row in rows if name in row)
        typed.append((name, name if kind == "string" else f"{name}:{kind}"))
    return typed


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return _ARRAY_DELIMITER.join(
            str(v).replace(_ARRAY_DELIMITER, "；") for v in value
        )
    return str(value)


def _csv(header: list[str], rows: Iterator[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def _nodes_csv(nodes: list[tuple[str, str, dict[str, Any]]]) -> str:
    columns = [c for c in _columns([p for _, _, p in nodes]) if c[0] != _NODE_ID]
    header = [f"{_NODE_ID}:ID", ":LABEL", *(h for _, h in columns)]
    rows = (
        [node, f"{_BASE_LABEL}{_ARRAY_DELIMITER}{label}"]
        + [_cell(props.get(name)) for name, _ in columns]
        for node, label, props in nodes
    )
    return _csv(header, rows)


def _relationships_csv(edges: list[tuple[str, str, str, dict[str, Any]]]) -> str:
    columns = _columns([p for *_, p in edges])
    header = [":START_ID", ":END_ID", ":TYPE", *(h for _, h in columns)]
    rows = (
        [u, v, kind] + [_cell(props.get(name)) for name, _ in columns]
        for u, v, kind, props in edges
    )
    return _csv(header, rows)


def cypher_literal(value: Any) -> str:
    """``value`` as a Cypher literal: strings, numbers, booleans, lists, maps.

    Examples
    --------
    >>> cypher_literal({"label": '华"为', "value": 5.4e20, "aliases": ["a"]})
    '{`label`: "华\\\\"为", `value`: 5.4e20, `aliases`: ["a"]}'
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value).replace("e+", "e")
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = (
            f"`{str(k).replace('`', '``')}`: {cypher_literal(v)}"
            for k, v in value.items()
        )
        return "{" + ", ".join(items) + "}"
    raise TypeError(f"no Cypher literal for {type(value).__name__}: {value!r}")


def _batches(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), _BATCH):
        yield items[start : start + _BATCH]


def _cypher(
    nodes: list[tuple[str, str, dict[str, Any]]],
    edges: list[tuple[str, str, str, dict[str, Any]]],
) -> str:
    lines = [
        "// kgraph graph for cypher-shell: cypher-shell -f import.cypher",
        "// (for a new database, neo4j-admin database import full "
        "--nodes=nodes.csv --relationships=relationships.csv neo4j)",
        f"CREATE CONSTRAINT kgraph_node_id IF NOT EXISTS FOR (n:{_BASE_LABEL}) "
        f"REQUIRE n.{_NODE_ID} IS UNIQUE;",
    ]
    for label in dict.fromkeys(label for _, label, _ in nodes):
        rows = [{"id": n, "props": p} for n, lab, p in nodes if lab == label]
        for batch in _batches(rows):
            lines.append(
                f"UNWIND {cypher_literal(batch)} AS row "
                f"MERGE (n:{_BASE_LABEL} {{{_NODE_ID}: row.id}}) "
                f"SET n += row.props, n:{label};"
            )
    for kind in dict.fromkeys(kind for _, _, kind, _ in edges):
        rows = [{"a": u, "b": v, "props": p} for u, v, k, p in edges if k == kind]
        for batch in _batches(rows):
            lines.append(
                f"UNWIND {cypher_literal(batch)} AS row "
                f"MATCH (a:{_BASE_LABEL} {{{_NODE_ID}: row.a}}), "
                f"(b:{_BASE_LABEL} {{{_NODE_ID}: row.b}}) "
                f"MERGE (a)-[r:{kind} {{key: row.props.key}}]->(b) SET r += row.props;"
            )
    return "\n".join(lines) + "\n"
