"""Export a KnowledgeGraph as GraphML (for Gephi, yEd, Cytoscape)."""

from __future__ import annotations

import os
import re
import warnings
from typing import TYPE_CHECKING, Any, BinaryIO

from kgraph.export.nxgraph import to_networkx
from kgraph.types import KnowledgeGraph

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ALIAS_SEPARATOR", "write_graphml"]

#: Separator of the aliases joined into one GraphML string attribute.
ALIAS_SEPARATOR = "|"

# characters XML 1.0 cannot carry, even escaped
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _safe_attrs(attrs: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """Return GraphML-safe ``attrs`` and whether illegal characters were replaced."""
    safe: dict[str, Any] = {}
    replaced = False
    for name, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, list | tuple):
            value = ALIAS_SEPARATOR.join(str(v) for v in value)
        if isinstance(value, str):
            value, n = _XML_ILLEGAL.subn("\ufffd", value)
            replaced = replaced or n > 0
        safe[name] = value
    return safe, replaced


def _graphml_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return a copy of ``graph`` with list, None and non-XML values made scalar."""
    import networkx as nx

    out = nx.MultiDiGraph()
    replaced = False
    for node, attrs in graph.nodes(data=True):
        safe, hit = _safe_attrs(attrs)
        replaced = replaced or hit
        out.add_node(node, **safe)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        safe, hit = _safe_attrs(attrs)
        replaced = replaced or hit
        out.add_edge(u, v, key=key, **safe)
    if replaced:
        warnings.warn(
            "characters not allowed in XML were replaced by U+FFFD in GraphML output",
            stacklevel=3,
        )
    return out


def write_graphml(kg: KnowledgeGraph, dest: str | os.PathLike[str] | BinaryIO) -> None:
    """Write ``to_networkx(kg)`` to ``dest`` as UTF-8 GraphML.

    GraphML holds only scalars, so ``aliases`` are joined with
    `ALIAS_SEPARATOR` and attributes that are None (``role``, ``value_max``) are
    left out. Characters XML cannot carry (control characters) become U+FFFD,
    with a warning.

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

    graph = _graphml_safe(to_networkx(kg))
    nx.write_graphml(graph, dest, encoding="utf-8", prettyprint=True)
