"""Exporters: pure functions from a KnowledgeGraph to RDF, networkx, JSON, GraphML,
GEXF and Neo4j import files, and `read_graph`, which reads the data files back."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from kgraph.errors import InvalidInputError

# the module and its function share a name: bind the function, eagerly (a lazy
# lookup would find the submodule once something imported it)
from kgraph.export.canonical import canonical
from kgraph.types import KnowledgeGraph

if TYPE_CHECKING:
    from kgraph.export.dataset import (
        DATASET_FORMATS,
        graph_name,
        to_rdflib_dataset,
        write_dataset,
    )
    from kgraph.export.gexf import write_gexf
    from kgraph.export.graphml import write_graphml
    from kgraph.export.neo4j import write_neo4j
    from kgraph.export.nodelink import (
        dumps_node_link,
        to_node_link,
        write_node_link,
    )
    from kgraph.export.nxgraph import to_networkx
    from kgraph.export.rdf import (
        DEFAULT_BASE,
        RDF_FORMATS,
        article_id,
        mention_id,
        statement_id,
        to_rdflib,
        write_rdf,
    )
    from kgraph.export.readers import READ_FORMATS, read_graph

__all__ = [
    "DATASET_FORMATS",
    "DEFAULT_BASE",
    "FOLDER_FORMATS",
    "FORMATS",
    "FORMAT_NAMES",
    "PICTURE_FORMATS",
    "RDF_FORMATS",
    "READ_FORMATS",
    "article_id",
    "canonical",
    "dumps_node_link",
    "graph_name",
    "mention_id",
    "read_graph",
    "statement_id",
    "to_networkx",
    "to_node_link",
    "to_rdflib",
    "to_rdflib_dataset",
    "write_dataset",
    "write_gexf",
    "write_graph",
    "write_graphml",
    "write_neo4j",
    "write_node_link",
    "write_rdf",
]

#: names imported on first use (PEP 562): the writers pull in rdflib and
#: networkx, which ``kgraph --help`` and a build's start need not pay for
_LAZY = {
    "DATASET_FORMATS": "dataset",
    "graph_name": "dataset",
    "to_rdflib_dataset": "dataset",
    "write_dataset": "dataset",
    "write_graphml": "graphml",
    "write_gexf": "gexf",
    "write_neo4j": "neo4j",
    "dumps_node_link": "nodelink",
    "to_node_link": "nodelink",
    "write_node_link": "nodelink",
    "to_networkx": "nxgraph",
    "DEFAULT_BASE": "rdf",
    "RDF_FORMATS": "rdf",
    "article_id": "rdf",
    "mention_id": "rdf",
    "statement_id": "rdf",
    "to_rdflib": "rdf",
    "write_rdf": "rdf",
    "READ_FORMATS": "readers",
    "read_graph": "readers",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module = importlib.import_module(f"kgraph.export.{_LAZY[name]}")
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kgraph.export' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


#: File suffix -> format name understood by `write_graph`.
FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "node-link",
    ".graphml": "graphml",
    ".gexf": "gexf",
    # RDF datasets, one named graph per article (kgraph.export.dataset)
    ".trig": "trig",
    ".nq": "nquads",
    # pictures (kgraph.viz, the viz extra): an offline interactive page, figures
    ".html": "html",
    ".png": "png",
    ".svg": "svg",
    ".pdf": "pdf",
}
#: the formats of `FORMATS` that are pictures, not graph data (kgraph.viz)
PICTURE_FORMATS = frozenset({"html", "png", "svg", "pdf"})
#: formats written into a folder, named by ``format=`` only (no suffix):
#: ``neo4j``, the import files of `write_neo4j`
FOLDER_FORMATS = frozenset({"neo4j"})
#: every format name `write_graph` takes
FORMAT_NAMES = tuple(sorted(set(FORMATS.values()) | FOLDER_FORMATS))


def write_graph(
    kg: KnowledgeGraph,
    dest: str | os.PathLike[str] | BinaryIO,
    *,
    format: str | None = None,
) -> str:
    """Write ``kg`` to ``dest`` in the format named by ``format`` or the suffix.

    The same ``kg`` gives the same bytes in every run, whatever
    ``PYTHONHASHSEED`` or the date (see `kgraph.export.serialize`); pictures
    too, with the same matplotlib and font.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to write; it is not modified.
    dest : str, os.PathLike or binary stream
        A file path (created or overwritten) or a stream opened with ``"wb"``.
    format : str, optional
        One of `FORMAT_NAMES` (``"turtle"``, ``"nt"``, ``"json-ld"``,
        ``"node-link"``, ``"graphml"``, ``"gexf"``, ``"trig"``, ``"nquads"``,
        the pictures, and ``"neo4j"``: a folder of import files). By default it
        is picked from the suffix of ``dest`` (the keys of `FORMATS`). Turtle,
        N-Triples, TriG and N-Quads are written through pyoxigraph
        (`kgraph.export.fastrdf`), JSON-LD through rdflib.

    Returns
    -------
    str
        The format name used.

    Raises
    ------
    InvalidInputError
        If ``format`` is unknown, or it is None and ``dest`` is a stream or has
        a suffix not in `FORMATS`.

    Examples
    --------
    >>> import io
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> write_graph(kg, io.BytesIO(), format="turtle")
    'turtle'
    >>> write_graph(kg, "graph.xlsx")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kgraph.errors.InvalidInputError: cannot tell the format of 'graph.xlsx' ...
    """
    if format is None:
        if not isinstance(dest, str | os.PathLike):
            raise InvalidInputError(
                f"pass format= when writing to a stream ({dest!r}); one of: "
                + ", ".join(FORMAT_NAMES)
            )
        suffix = Path(dest).suffix.lower()
        if suffix not in FORMATS:
            known = ", ".join(sorted(FORMATS))
            raise InvalidInputError(
                f"cannot tell the format of {os.fspath(dest)!r} from its suffix "
                f"{suffix!r}; use one of: {known}, or pass format="
            )
        format = FORMATS[suffix]
    from kgraph.export.dataset import DATASET_FORMATS, write_dataset
    from kgraph.export.gexf import write_gexf
    from kgraph.export.graphml import write_graphml
    from kgraph.export.neo4j import write_neo4j
    from kgraph.export.nodelink import write_node_link
    from kgraph.export.rdf import RDF_FORMATS, write_rdf

    if format in RDF_FORMATS:
        write_rdf(kg, dest, format=format)
    elif format in DATASET_FORMATS:
        write_dataset(kg, dest, format=format)
    elif format == "node-link":
        write_node_link(kg, dest)
    elif format == "graphml":
        write_graphml(kg, dest)
    elif format == "gexf":
        write_gexf(kg, dest)
    elif format == "neo4j":
        if not isinstance(dest, str | os.PathLike):
            raise InvalidInputError(
                f"format 'neo4j' writes a folder of files; pass its path, not {dest!r}"
            )
        write_neo4j(kg, dest)
    elif format == "html":
        from kgraph.viz.html import write_html

        write_html(kg, dest)
    elif format in PICTURE_FORMATS:
        from kgraph.viz.static import write_figure

        write_figure(kg, dest, format=format)
    else:
        known = ", ".join(FORMAT_NAMES)
        raise InvalidInputError(f"unknown format {format!r}; use one of: {known}")
    return format
