"""Serialise rdflib graphs to bytes, the same bytes for the same graph; write them.

kgraph's own writers use this for JSON-LD only (Turtle, N-Triples, TriG and
N-Quads go through pyoxigraph, `kgraph.export.fastrdf`); `serialize_graph` and
`serialize_dataset` remain for any rdflib Graph or Dataset.

rdflib's in-memory store keeps each graph's triples, and a dataset's graphs, in
sets, and its N-Triples, N-Quads, JSON-LD and TriG serialisers write them in
set order: the order of ``hash()`` of the terms, which changes with
``PYTHONHASHSEED`` from one run to the next. Turtle is already sorted. Here
N-Triples and N-Quads lines are sorted (each line is one statement, so any
order is the same graph, and sorted lines are the canonical form), JSON-LD
nodes and values are sorted before the JSON is written, and TriG writes the
default graph first, then the named graphs by IRI. kgraph writes no blank
nodes (every node has an IRI minted from its content), so no labels need
fixing.
"""

from __future__ import annotations

import io
import json
import os
import warnings
from typing import Any, BinaryIO

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.serializers.jsonld import from_rdf
from rdflib.plugins.serializers.trig import TrigSerializer

__all__ = ["serialize_dataset", "serialize_graph"]


def _sorted_lines(data: bytes) -> bytes:
    """The non-empty lines of line-based RDF (N-Triples, N-Quads), sorted."""
    lines = sorted(line for line in data.split(b"\n") if line.strip())
    return b"".join(line + b"\n" for line in lines)


def _json_key(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _sorted_json(value: Any, *, ordered: bool = False) -> Any:
    """``value`` with its arrays sorted, except ``@list`` ones and the ``@context``.

    JSON-LD arrays are unordered sets of values unless they are ``@list``s.
    """
    if isinstance(value, dict):
        return {
            key: _sorted_json(item, ordered=key == "@list")
            if key != "@context"
            else item
            for key, item in value.items()
        }
    if isinstance(value, list):
        items = [_sorted_json(item) for item in value]
        return items if ordered else sorted(items, key=_json_key)
    return value


def _json_ld(graph: Graph, context: dict[str, Any] | None) -> bytes:
    """JSON-LD as rdflib writes it (indent 2, sorted keys), nodes and values sorted."""
    data = from_rdf(graph, context_data=context)  # type: ignore[no-untyped-call]
    text = json.dumps(
        _sorted_json(data),
        indent=2,
        separators=(",", ": "),
        sort_keys=True,
        ensure_ascii=False,
    )
    return text.encode("utf-8", "replace")


def serialize_graph(
    graph: Graph, format: str, *, context: dict[str, Any] | None = None
) -> bytes:
    """Return ``graph`` as UTF-8 ``format``, the same bytes for the same graph.

    Parameters
    ----------
    graph : rdflib.Graph
        The graph to write.
    format : {"turtle", "nt", "json-ld"}
        The rdflib serialiser name.
    context : dict, optional
        The JSON-LD ``@context`` (prefixes and terms), for ``"json-ld"`` only.

    Returns
    -------
    bytes
        Turtle as rdflib writes it (subjects and objects sorted); N-Triples
        with its lines sorted; JSON-LD with its nodes sorted by ``@id`` and
        each property's values sorted.

    Examples
    --------
    >>> from rdflib import RDFS, Literal, URIRef
    >>> g = Graph()
    >>> for name in "cab":
    ...     _ = g.add((URIRef("urn:x:" + name), RDFS.label, Literal(name)))
    >>> serialize_graph(g, "nt").decode().splitlines()[0]
    '<urn:x:a> <http://www.w3.org/2000/01/rdf-schema#label> "a" .'
    """
    if format == "json-ld":
        return _json_ld(graph, context)
    data = graph.serialize(format=format, encoding="utf-8")
    return _sorted_lines(data) if format == "nt" else data


def _graph_order(graph: Graph) -> tuple[bool, str]:
    return graph.identifier != DATASET_DEFAULT_GRAPH_ID, str(graph.identifier)


def _trig(ds: Dataset) -> bytes:
    """TriG with the default graph first, then the named graphs by IRI."""
    serializer = TrigSerializer(ds)
    # rdflib lists the graphs in set order (the default one possibly twice);
    # the dict keeps the first of each, and TriG writes them in list order
    graphs = {g.identifier: g for g in sorted(serializer.contexts, key=_graph_order)}
    serializer.contexts = list(graphs.values())
    stream = io.BytesIO()
    serializer.serialize(stream, encoding="utf-8")
    return stream.getvalue()


def serialize_dataset(ds: Dataset, format: str) -> bytes:
    """Return ``ds`` as UTF-8 ``format``, the same bytes for the same dataset.

    Parameters
    ----------
    ds : rdflib.Dataset
        The dataset to write.
    format : {"trig", "nquads"}
        The rdflib serialiser name.

    Returns
    -------
    bytes
        TriG with the default graph first, then the named graphs sorted by
        IRI (each graph's subjects sorted, as rdflib does); N-Quads with its
        lines sorted.

    Examples
    --------
    >>> from rdflib import RDFS, Literal, URIRef
    >>> ds = Dataset()
    >>> for name in "cab":
    ...     _ = ds.graph(URIRef("urn:g:" + name)).add(
    ...         (URIRef("urn:x"), RDFS.label, Literal(name))
    ...     )
    >>> [line.split()[0] for line in serialize_dataset(ds, "trig").split(b"\\n")
    ...  if line.endswith(b"{")]
    [b'<urn:g:a>', b'<urn:g:b>', b'<urn:g:c>']
    """
    with warnings.catch_warnings():  # rdflib's serialisers call its deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        if format == "trig":
            return _trig(ds)
        return _sorted_lines(ds.serialize(format=format, encoding="utf-8"))


def _write_bytes(dest: str | os.PathLike[str] | BinaryIO, data: bytes) -> None:
    """Write ``data`` to the file ``dest`` (created or overwritten) or a binary stream.

    Raises
    ------
    TypeError
        If ``dest`` is neither a path nor a stream opened in binary mode.
    """
    if isinstance(dest, str | os.PathLike):
        with open(dest, "wb") as fh:
            fh.write(data)
    elif hasattr(dest, "write"):
        try:
            dest.write(data)
        except TypeError as err:
            raise TypeError(
                f"cannot write bytes to {dest!r}: open it in binary mode ('wb')"
            ) from err
    else:
        raise TypeError(f"dest must be a path or a binary stream, got {dest!r}")
