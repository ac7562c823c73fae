"""Read kgraph's files back, the format told by the file's suffix: `read_graph`."""

from __future__ import annotations

import errno
import os
import warnings
from pathlib import Path

from rdflib import Dataset, Graph

from kgraph.errors import InvalidInputError
from kgraph.export.nx_reader import read_graphml, read_node_link
from kgraph.export.rdf import DEFAULT_BASE
from kgraph.export.rdf_reader import read_rdf
from kgraph.types import KnowledgeGraph

__all__ = ["RDF_PARSERS", "READ_FORMATS", "read_graph", "read_rdf_file"]

#: File suffix -> format name understood by `read_graph` (the data formats of
#: `kgraph.export.FORMATS` that kgraph reads back).
READ_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "node-link",
    ".graphml": "graphml",
    ".trig": "trig",
    ".nq": "nquads",
}

#: File suffix -> rdflib parser name.
RDF_PARSERS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".trig": "trig",
    ".nq": "nquads",
}
_QUAD_FORMATS = {"trig", "nquads"}


def read_rdf_file(path: str | os.PathLike[str]) -> Graph | Dataset:
    """Parse ``path``: a `rdflib.Dataset` for TriG and N-Quads, else a `rdflib.Graph`.

    Raises
    ------
    InvalidInputError
        If the suffix names no RDF format kgraph writes.

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".nt", delete=False) as f:
    ...     _ = f.write('<urn:a> <urn:b> "c" .\\n')
    >>> len(read_rdf_file(f.name))
    1
    >>> os.unlink(f.name)
    """
    path = Path(path)
    fmt = RDF_PARSERS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(RDF_PARSERS))
        raise InvalidInputError(
            f"cannot tell the RDF format of {str(path)!r} from its suffix; "
            f"use a file ending in one of: {known}"
        )
    target: Graph | Dataset = Dataset() if fmt in _QUAD_FORMATS else Graph()
    with warnings.catch_warnings():  # rdflib's parsers call its deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        return target.parse(path, format=fmt)


def read_graph(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    base: str = DEFAULT_BASE,
) -> KnowledgeGraph:
    """Read back a KnowledgeGraph that `kgraph.export.write_graph` wrote to ``path``.

    The inverse of `write_graph` for every data format but GEXF and the Neo4j
    folder: ``read_graph(p) == canonical(kg)`` after ``write_graph(kg, p)``,
    where `kgraph.export.canonical.canonical` sorts entities, aliases,
    mentions, relations, documents, merges and events (RDF holds sets, so the
    order they were written in cannot come back). Turtle, N-Triples, TriG and
    N-Quads are parsed by pyoxigraph, JSON-LD by rdflib; a dataset's named
    graphs are read as their union.

    What the formats cannot tell apart comes back as one: an empty ``role``
    or ``period`` is read as None and repeated aliases once (RDF); in RDF a
    relation is known by its subject, predicate, object, document and offsets
    (`statement_id`), a mention by its entity, document and offsets, so two
    relations (or mentions) alike in those but not in the rest do not come
    back. GraphML cannot carry characters XML 1.0 forbids (they were replaced,
    with a warning, when written), and XML reads a carriage return as a line
    break.

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    format : str, optional
        One of the values of `READ_FORMATS` (``"turtle"``, ``"nt"``,
        ``"json-ld"``, ``"node-link"``, ``"graphml"``, ``"trig"``,
        ``"nquads"``); by default told by the suffix of ``path``.
    base : str, optional
        The prefix of the minted IRIs the RDF was written with, by default
        `DEFAULT_BASE`.

    Returns
    -------
    KnowledgeGraph
        In the canonical order.

    Raises
    ------
    InvalidInputError
        If the format is unknown or not read back, or the file is not a graph
        kgraph wrote (foreign RDF, another JSON): one line naming the file and
        what is missing.
    FileNotFoundError
        If there is no file at ``path``.

    Examples
    --------
    >>> import os, tempfile
    >>> from kgraph.export import write_graph
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> folder = tempfile.mkdtemp()
    >>> [read_graph(write_path) == kg for write_path in (
    ...     os.path.join(folder, "kg" + suffix) for suffix in (".ttl", ".json")
    ... ) if write_graph(kg, write_path)]
    [True, True]
    >>> read_graph(os.path.join(folder, "kg.gexf"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kgraph.errors.InvalidInputError: cannot read a graph back from ...
    """
    path = Path(path)
    if format is None:
        format = READ_FORMATS.get(path.suffix.lower())
        if format is None:
            known = ", ".join(sorted(READ_FORMATS))
            raise InvalidInputError(
                f"cannot read a graph back from {str(path)!r}: its suffix "
                f"{path.suffix!r} names no format kgraph reads ({known}); pass "
                "format="
            )
    if format not in READ_FORMATS.values():
        known = ", ".join(sorted(set(READ_FORMATS.values())))
        raise InvalidInputError(
            f"cannot read {str(path)!r} as {format!r}: kgraph reads back {known}"
        )
    if not path.is_file():
        raise FileNotFoundError(
            errno.ENOENT, f"no graph file to read at {str(path)!r}", str(path)
        )
    if format == "node-link":
        return read_node_link(path)
    if format == "graphml":
        return read_graphml(path)
    return read_rdf(path, format=format, base=base)
