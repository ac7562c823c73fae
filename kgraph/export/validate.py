"""Check kgraph RDF output against its SHACL shapes (``kgraph/data/shapes.ttl``)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources

from rdflib import Dataset, Graph

from kgraph._optional import import_optional
from kgraph.export.readers import read_rdf_file
from kgraph.types import KnowledgeGraph

__all__ = [
    "SHAPES_FILE",
    "ValidationReport",
    "load_shapes",
    "validate",
]

#: Name of the SHACL shapes file inside the ``kgraph.data`` package folder.
SHAPES_FILE = "shapes.ttl"


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of `validate`: does it conform, and pyshacl's report per graph.

    ``graphs`` holds one ``(graph_name, conforms, report_text)`` per graph
    checked: the graph's IRI for a named graph of a dataset, ``""`` for a
    plain graph or the default graph.
    """

    conforms: bool
    graphs: tuple[tuple[str, bool, str], ...]

    @property
    def text(self) -> str:
        """pyshacl's text reports, each headed by its graph's name when it has one."""
        parts = []
        for name, _, text in self.graphs:
            parts.append(f"# graph <{name}>\n{text}" if name else text)
        return "\n".join(parts)


def load_shapes() -> Graph:
    """Return kgraph's SHACL shapes as an rdflib Graph.

    Returns
    -------
    rdflib.Graph
        The shapes shipped as ``kgraph/data/shapes.ttl``.

    Examples
    --------
    >>> from rdflib.namespace import SH
    >>> len(set(load_shapes().subjects(predicate=None, object=SH.NodeShape))) > 5
    True
    """
    data = resources.files("kgraph").joinpath("data", SHAPES_FILE).read_bytes()
    return Graph().parse(data=data, format="turtle")


def _graphs(data: Graph | Dataset) -> list[tuple[str, Graph]]:
    """The graphs to check one by one: each non-empty graph of a dataset."""
    if not isinstance(data, Dataset):
        return [("", data)]
    default = data.default_graph.identifier
    out = []
    for graph in data.graphs():
        if len(graph):
            name = "" if graph.identifier == default else str(graph.identifier)
            plain = Graph()
            plain += graph  # a standalone copy: pyshacl reads datasets as one union
            out.append((name, plain))
    return out


def validate(
    data: KnowledgeGraph | Graph | Dataset | str | os.PathLike[str],
    *,
    shapes: Graph | None = None,
) -> ValidationReport:
    """Validate kgraph RDF output with pyshacl against kgraph's SHACL shapes.

    A dataset (TriG, N-Quads, `to_rdflib_dataset`) is checked one graph at a
    time, so each article's named graph must be valid on its own: it is what
    ``kgraph push`` uploads to one graph of a triple store.

    Parameters
    ----------
    data : KnowledgeGraph, rdflib.Graph, rdflib.Dataset, str or os.PathLike
        What to check. A KnowledgeGraph is converted with `to_rdflib_dataset`;
        a path is parsed by its suffix (``.ttl``, ``.nt``, ``.jsonld``,
        ``.trig``, ``.nq``).
    shapes : rdflib.Graph, optional
        SHACL shapes to use instead of `load_shapes` ``()``.

    Returns
    -------
    ValidationReport
        ``conforms`` is True when every graph conforms.

    Raises
    ------
    MissingDependencyError
        If pyshacl is not installed (``pip install 'kgraph-zh[store]'``).
    InvalidInputError
        If a path has an unknown suffix.

    Examples
    --------
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> validate(kg).conforms
    True
    >>> from rdflib import RDF, URIRef
    >>> from kgraph.export.vocab import KG
    >>> broken = Graph().add((URIRef("urn:x:org"), RDF.type, KG.Organization))
    >>> validate(broken).conforms
    False
    """
    pyshacl = import_optional("pyshacl", extra="store", purpose="SHACL checks")
    if isinstance(data, KnowledgeGraph):
        from kgraph.export.dataset import to_rdflib_dataset

        data = to_rdflib_dataset(data)
    elif isinstance(data, str | os.PathLike):
        data = read_rdf_file(data)
    elif not isinstance(data, Graph):
        raise TypeError(
            f"validate needs a KnowledgeGraph, an rdflib Graph or a path, got {data!r}"
        )
    shapes = load_shapes() if shapes is None else shapes
    results = []
    for name, graph in _graphs(data):
        conforms, _, text = pyshacl.validate(
            graph, shacl_graph=shapes, inference="none", advanced=False
        )
        results.append((name, bool(conforms), str(text)))
    return ValidationReport(
        conforms=all(ok for _, ok, _ in results), graphs=tuple(results)
    )
