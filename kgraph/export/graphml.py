"""Export a KnowledgeGraph as GraphML (for Gephi, yEd, Cytoscape)."""

from __future__ import annotations

import os
import re
import warnings
from typing import TYPE_CHECKING, Any, BinaryIO

from kgraph.export.nxgraph import ALIAS_SEPARATOR, to_networkx
from kgraph.export.records import alias_list, graph_records, node_records, to_json_text
from kgraph.types import KnowledgeGraph

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ALIAS_SEPARATOR", "write_graphml", "xml_safe"]

# characters XML 1.0 cannot carry, even escaped
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_attrs(attrs: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """``attrs`` with the characters XML cannot carry replaced; whether any were."""
    safe: dict[str, Any] = {}
    replaced = False
    for name, value in attrs.items():
        if isinstance(value, str):
            value, n = _XML_ILLEGAL.subn("\ufffd", value)
            replaced = replaced or n > 0
        safe[name] = value
    return safe, replaced


def xml_safe(graph: nx.MultiDiGraph, *, fmt: str = "GraphML") -> nx.MultiDiGraph:
    """Replace, in place, characters XML 1.0 cannot carry by U+FFFD, with a warning.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph of scalar attributes (``to_networkx(kg, flat=True)``).
    fmt : str
        The format named in the warning.

    Returns
    -------
    networkx.MultiDiGraph
        ``graph`` itself.

    Examples
    --------
    >>> import networkx as nx, warnings
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="x\x01y")
    >>> with warnings.catch_warnings(record=True):
    ...     xml_safe(G).nodes["a"]["label"]
    'x\ufffdy'
    """
    replaced = False
    items = [graph.graph, *(attrs for _, attrs in graph.nodes(data=True))]
    items += [attrs for _, _, attrs in graph.edges(data=True)]
    for attrs in items:
        safe, hit = _xml_attrs(attrs)
        if hit:
            attrs.update(safe)
            replaced = True
    if replaced:
        warnings.warn(
            f"characters not allowed in XML were replaced by U+FFFD in {fmt} output",
            stacklevel=3,
        )
    return graph


def write_graphml(kg: KnowledgeGraph, dest: str | os.PathLike[str] | BinaryIO) -> None:
    """Write ``to_networkx(kg)`` to ``dest`` as UTF-8 GraphML.

    GraphML holds only scalars, so ``aliases`` are joined with
    `ALIAS_SEPARATOR` and attributes that are None (``role``, ``value_max``) are
    left out. So that `kgraph.read_graph` gives the graph back, nodes also carry
    ``mention_spans`` (JSON text), MONEY ranges ``value_max_decimal``, event
    nodes their ``extractor``, and the graph ``documents`` and ``merges`` (JSON
    text; see `kgraph.export.records`); aliases that ``|`` cannot join
    losslessly (one holds a ``|``) are also given as ``aliases_json``.
    Characters XML cannot carry (control characters) become U+FFFD, with a
    warning.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to write; it is not modified.
    dest : str, os.PathLike or binary stream
        A file path (created or overwritten) or a stream opened with ``"wb"``.

    Examples
    --------
    >>> import io, networkx as nx
    >>> from kgraph.types import Entity, EntityType
    >>> ent = Entity("org-1", EntityType.ORG, "华为", aliases=("华为公司", "HW"))
    >>> buf = io.BytesIO()
    >>> write_graphml(KnowledgeGraph(entities=(ent,)), buf)
    >>> _ = buf.seek(0)
    >>> nx.read_graphml(buf).nodes["org-1"]["aliases"]
    '华为公司|HW'
    """
    import networkx as nx

    graph = to_networkx(kg, flat=True)
    for node_id, record in node_records(kg).items():
        attrs = graph.nodes[node_id]
        for name, value in record.items():
            attrs[name] = value if isinstance(value, str) else to_json_text(value)
    for ent in kg.entities:
        aliases = alias_list(ent.aliases)
        if aliases is not None:
            graph.nodes[ent.id]["aliases_json"] = aliases
    for name, value in graph_records(kg).items():
        graph.graph[name] = to_json_text(value)
    graph = xml_safe(graph)
    nx.write_graphml(graph, dest, encoding="utf-8", prettyprint=True)
