"""Read kgraph's RDF files back, the format told by the file's suffix."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

from rdflib import Dataset, Graph

from kgraph.errors import InvalidInputError

__all__ = ["RDF_PARSERS", "read_rdf_file"]

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
