"""``kgraph build PATH... --into STORE``: build a corpus straight into a triple store.

The store gets exactly what ``kgraph build PATH... -o x.trig`` then ``kgraph
load x.trig --store STORE`` gives: one named graph per article and the corpus
facts (merge records, entities in no article) in the default graph.

An article's graph can only be written once the corpus is resolved: entity
resolution renames entities across articles (a statement read in one article
then points at the id kept for the merged entity), and every article's graph
describes its entities with their corpus-wide labels and aliases. So the
documents are extracted one at a time into the data model (what merging and
resolution need, a fraction of the RDF's size), resolved, and then the quads
are streamed to Oxigraph's bulk loader in batches
(`kgraph.store.graph_store.GraphStore.add`): the RDF of the corpus is never
all in memory, as a TriG file's rdflib Dataset was.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kgraph.errors import InvalidInputError

if TYPE_CHECKING:  # the graph stages import spaCy: loaded when a build runs
    from kgraph.link.resolve import Overrides
    from kgraph.types import KnowledgeGraph

__all__ = ["add_into_option", "check_into", "write_into"]


def add_into_option(build: argparse.ArgumentParser) -> None:
    """Add ``--into STORE`` to the ``build`` sub-command's parser."""
    build.add_argument(
        "--into",
        metavar="STORE",
        help="write the graph into the on-disk Oxigraph store in folder STORE "
        "instead of a file -o OUT: created if missing, else added to what it "
        "holds; one named graph per article, as a TriG file loaded with "
        "`kgraph load`",
    )


def check_into(args: argparse.Namespace) -> Path | None:
    """The store folder of ``--into``, checked before any work; None without it.

    Raises
    ------
    InvalidInputError
        If both or neither of ``-o`` and ``--into`` are given, ``--into`` comes
        with ``--per-document`` or ``--format``, or the folder is a file.
    """
    into = getattr(args, "into", None)
    if into is None:
        if args.output is None:
            raise InvalidInputError(
                "say where to write the graph: -o OUT (a file) or --into STORE "
                "(a triple store folder)"
            )
        return None
    if args.output is not None:
        raise InvalidInputError("give -o OUT or --into STORE, not both")
    if args.per_document or args.format is not None:
        raise InvalidInputError(
            "--into writes one store; --per-document and --format are for -o OUT"
        )
    store = Path(into)
    if store.exists() and not store.is_dir():
        raise InvalidInputError(
            f"--into needs a folder for the store, but {str(store)!r} is a file"
        )
    return store


def write_into(
    graphs: Iterator[KnowledgeGraph],
    store: Path,
    overrides: Overrides | None = None,
) -> tuple[int, int, int]:
    """Merge and resolve ``graphs``, add the result to the store ``store``.

    Returns
    -------
    tuple of int
        The documents, entities and relations written, as ``kgraph build -o``.
    """
    from kgraph.link.merge import merge_graphs
    from kgraph.link.resolve import resolve_entities
    from kgraph.store.graph_store import GraphStore

    # opened first: a store locked by another process fails before extraction
    with GraphStore(store) as opened:
        kg = resolve_entities(merge_graphs(graphs), overrides=overrides)
        opened.add(kg)
    return len(kg.documents), len(kg.entities), len(kg.relations)
