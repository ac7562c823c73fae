"""Export a KnowledgeGraph as networkx node-link JSON (the scorer's contract)."""

from __future__ import annotations

import inspect
import json
import os
from typing import Any, BinaryIO

from kgraph.export.nxgraph import to_networkx
from kgraph.export.records import graph_records, node_records
from kgraph.export.serialize import _write_bytes
from kgraph.types import KnowledgeGraph

__all__ = ["dumps_node_link", "to_node_link", "write_node_link"]


def to_node_link(kg: KnowledgeGraph) -> dict[str, Any]:
    """Return networkx's ``node_link_data`` of ``to_networkx(kg)``, edges as "edges".

    The contract read by external tools: each node has ``id``, ``label`` and
    ``type`` (``PERSON``, ``ORG``, ``PLACE``, ``MONEY``, ``PROJECT`` or
    ``ARTICLE``); MONEY nodes also have ``value`` (a number, in yuan),
    ``currency`` and ``qualifier``; each link has ``source``, ``target``,
    ``relation``, ``evidence``, ``doc_id``, ``start`` and ``end``. See
    `to_networkx` for the other attributes. So that `kgraph.read_graph` gives
    the graph back, nodes also carry ``mention_spans`` (the mentions whose
    number ``mentions`` is) and ``graph`` carries ``documents`` and ``merges``
    (`kgraph.export.records`). The edges are under ``"edges"``,
    networkx's current default, so ``json_graph.node_link_graph(data)`` reads
    it back as is (networkx before 3.4 called the key ``"links"``: pass
    ``link="edges"`` there).

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to convert; it is not modified.

    Returns
    -------
    dict
        JSON-serialisable, with keys ``directed``, ``multigraph``, ``graph``,
        ``nodes`` and ``edges``.

    Examples
    --------
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> data = to_node_link(kg)
    >>> sorted(data), data["nodes"][0]["id"], data["nodes"][0]["type"]
    (['directed', 'edges', 'graph', 'multigraph', 'nodes'], 'org-1', 'ORG')
    """
    from networkx.readwrite import json_graph

    graph = to_networkx(kg)
    # networkx >= 3.4 names the keyword ``edges=``; older releases call it ``link=``
    if "edges" in inspect.signature(json_graph.node_link_data).parameters:
        data: dict[str, Any] = json_graph.node_link_data(graph, edges="edges")
    else:  # pragma: no cover - networkx < 3.4
        data = json_graph.node_link_data(graph, link="edges")
    records = node_records(kg)
    for node in data["nodes"]:
        node.update(records.get(node["id"], {}))
    data["graph"].update(graph_records(kg))
    return data


def dumps_node_link(kg: KnowledgeGraph) -> str:
    """Return `to_node_link` as JSON text: sorted keys, indented, non-ASCII kept.

    The same ``kg`` always gives the same text.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to convert; it is not modified.

    Returns
    -------
    str
        Indented JSON ending in a newline.

    Examples
    --------
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> '"label": "华为"' in dumps_node_link(kg)
    True
    """
    text = json.dumps(to_node_link(kg), ensure_ascii=False, sort_keys=True, indent=2)
    return text + "\n"


def write_node_link(
    kg: KnowledgeGraph, dest: str | os.PathLike[str] | BinaryIO
) -> None:
    """Write `dumps_node_link` of ``kg`` to ``dest`` as UTF-8 bytes.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to write; it is not modified.
    dest : str, os.PathLike or binary stream
        A file path (created or overwritten) or a stream opened with ``"wb"``.

    Raises
    ------
    TypeError
        If ``dest`` is neither a path nor a binary stream.

    Examples
    --------
    >>> import io, json
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> buf = io.BytesIO()
    >>> write_node_link(kg, buf)
    >>> json.loads(buf.getvalue())["nodes"][0]["label"]
    '华为'
    """
    _write_bytes(dest, dumps_node_link(kg).encode("utf-8"))
