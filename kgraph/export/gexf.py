"""Export a KnowledgeGraph as GEXF 1.2, the file format of Gephi."""

from __future__ import annotations

import io
import os
import re
from typing import BinaryIO

from kgraph.export.graphml import xml_safe
from kgraph.export.nxgraph import to_networkx
from kgraph.export.serialize import _write_bytes
from kgraph.types import KnowledgeGraph

__all__ = ["GEXF_OFFSETS", "write_gexf"]

#: GEXF reserves ``start`` and ``end`` for the time an element exists; the
#: evidence's character offsets are written under these names instead.
GEXF_OFFSETS = {"start": "char_start", "end": "char_end"}
#: the date networkx stamps into the header, left out so the same graph gives
#: the same bytes on every day
_MODIFIED = re.compile(rb' lastmodifieddate="[^"]*"')


def write_gexf(kg: KnowledgeGraph, dest: str | os.PathLike[str] | BinaryIO) -> None:
    """Write ``to_networkx(kg, flat=True)`` to ``dest`` as UTF-8 GEXF 1.2.

    Gephi opens the file as it is: node labels are the entities' labels, node
    and edge attributes are typed columns (``type``, ``relation``, ``doc_id``,
    ``confidence`` …), aliases joined with ``|``. The evidence's offsets are
    ``char_start`` and ``char_end`` (see `GEXF_OFFSETS`), so Gephi does not
    read them as times. The same ``kg`` gives the same bytes on every run.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to write; it is not modified.
    dest : str, os.PathLike or binary stream
        A file path (created or overwritten) or a stream opened with ``"wb"``.

    Examples
    --------
    >>> import io, networkx as nx
    >>> from kgraph.types import Entity, EntityType, Predicate, Provenance, Relation
    >>> org = Entity("org-1", EntityType.ORG, "华为", aliases=("华为公司",))
    >>> city = Entity("place-1", EntityType.PLACE, "深圳市")
    >>> rel = Relation("org-1", Predicate.LOCATED_IN, "place-1", Provenance("a", 0, 9))
    >>> buf = io.BytesIO()
    >>> write_gexf(KnowledgeGraph(entities=(org, city), relations=(rel,)), buf)
    >>> _ = buf.seek(0)
    >>> G = nx.read_gexf(buf)
    >>> G.nodes["org-1"]["label"], G.nodes["org-1"]["aliases"]
    ('华为', '华为公司')
    >>> [(d["relation"], d["char_end"]) for _, _, d in G.edges(data=True)]
    [('located_in', 9)]
    """
    import networkx as nx

    graph = xml_safe(to_networkx(kg, flat=True), fmt="GEXF")
    for _, _, attrs in graph.edges(data=True):
        for reserved, name in GEXF_OFFSETS.items():
            if reserved in attrs:
                attrs[name] = attrs.pop(reserved)
    buf = io.BytesIO()
    nx.write_gexf(graph, buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    _write_bytes(dest, _MODIFIED.sub(b"", buf.getvalue(), count=1))
