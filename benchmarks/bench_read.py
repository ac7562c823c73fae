"""Readers against the parsers underneath: `kgraph.read_graph` vs parsing alone.

The synthetic corpus graph of ``bench_export.py`` (about ``--triples`` RDF
triples) is written once in every format `read_graph` reads; then, per format,
the best of ``--repeat`` runs (CPU seconds of this process) of:

- ``read``: `kgraph.read_graph` (parse, then rebuild the KnowledgeGraph);
- ``parse``: the parser alone, to plain Python objects: pyoxigraph's
  ``parse`` to a list of quads (Turtle, N-Triples, TriG, N-Quads), rdflib's
  JSON-LD parser to a Graph, ``json.loads``, ``networkx.read_graphml``;
- ``write``: `kgraph.export.write_graph` of the same graph.

Each line prints the times and the ratios read/parse (what rebuilding the data
model costs on top of parsing) and read/write, measured in the same run, so the
machine's load cancels out as far as it can. Every read is checked equal to
``canonical(kg)`` once, before the clock starts.

    python benchmarks/bench_read.py                   # ~100k triples, a minute
    python benchmarks/bench_read.py --triples 1000000
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE.parent, HERE):  # run from a checkout without installing
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import pyoxigraph as ox  # noqa: E402
from bench_export import TRIPLES_PER_ARTICLE, synthetic_kg  # noqa: E402

from kgraph.export import READ_FORMATS, canonical, read_graph, write_graph  # noqa: E402
from kgraph.types import KnowledgeGraph  # noqa: E402

_OX = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}


def _seconds(action: Callable[[], object], *, repeat: int) -> float:
    """The best of ``repeat`` runs of ``action``, in CPU seconds of this process."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        action()
        best = min(best, time.process_time() - start)
    return best


def _parser(path: Path, fmt: str) -> Callable[[], object]:
    """The parser alone for ``fmt``: what `read_graph` calls before decoding."""
    if fmt in _OX:
        return lambda: list(ox.parse(path=str(path), format=_OX[fmt]))
    if fmt == "json-ld":
        from rdflib import Graph

        def rdflib_parse() -> object:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                return Graph().parse(path, format="json-ld")

        return rdflib_parse
    if fmt == "node-link":
        return lambda: json.loads(path.read_bytes())
    import networkx as nx

    return lambda: nx.read_graphml(path, force_multigraph=True)


def compare_formats(kg: KnowledgeGraph, folder: Path, *, repeat: int) -> None:
    want = canonical(kg)
    for suffix, fmt in sorted(READ_FORMATS.items(), key=lambda item: item[1]):
        path = folder / ("graph" + suffix)
        write_graph(kg, path)
        if read_graph(path) != want:
            raise SystemExit(f"{fmt}: read_graph does not give the graph back")
        read = _seconds(lambda path=path: read_graph(path), repeat=repeat)
        parse = _seconds(_parser(path, fmt), repeat=repeat)
        write = _seconds(lambda path=path: write_graph(kg, path), repeat=repeat)
        size = path.stat().st_size / 2**20
        print(
            f"{fmt:>9} {size:6.1f} MiB: read {read:6.2f} s, parse {parse:6.2f} s, "
            f"write {write:6.2f} s; read/parse {read / parse:4.1f}x, "
            f"read/write {read / write:4.1f}x"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = parser.parse_args(argv)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"load average {load} (timings are noisy; the ratios are what count)")
    kg = synthetic_kg(max(1, args.triples // TRIPLES_PER_ARTICLE))
    print(
        f"{len(kg.entities)} entities, {len(kg.relations)} relations, "
        f"{len(kg.documents)} documents"
    )
    with tempfile.TemporaryDirectory() as folder:
        compare_formats(kg, Path(folder), repeat=args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
