"""``kgraph build PATH... --into TARGET``: grow a corpus graph in a store or a file.

TARGET is an on-disk Oxigraph store (a folder) or a graph file kgraph reads
back (``.trig``, ``.ttl``, ``.json`` ...). Empty or missing, it gets exactly
what ``kgraph build PATH... -o x.trig`` then ``kgraph load x.trig --store
STORE`` gives: one named graph per article and the corpus facts (merge
records, entities in no article) in the default graph.

Holding a corpus, TARGET grows as `kgraph.update` grows a graph: only the new
documents are extracted, their entities are resolved against the corpus (the
result is the graph of building everything at once), and a document id seen
before replaces that document. A store is then written graph by graph, only
the named graphs that changed (`kgraph.store.growth`); a file is written
whole, to a temporary file first, which replaces TARGET only when complete.

An article's graph can only be written once the corpus is resolved: entity
resolution renames entities across articles, and every article's graph
describes its entities with their corpus-wide labels and aliases. So the
documents are extracted one at a time into the data model (a fraction of the
RDF's size), resolved, and then written; quads go to Oxigraph's bulk loader in
batches (`kgraph.store.graph_store.GraphStore.add`).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kgraph.errors import InvalidInputError

if TYPE_CHECKING:  # the graph stages import spaCy: loaded when a build runs
    from kgraph.link.resolve import Overrides
    from kgraph.types import KnowledgeGraph

__all__ = ["IntoTarget", "add_into_option", "check_into", "write_into"]


@dataclass(frozen=True)
class IntoTarget:
    """Where ``--into`` writes: a store folder, or a graph file in ``format``."""

    path: Path
    format: str | None = None  # None for a store

    @property
    def is_store(self) -> bool:
        """Whether the target is an Oxigraph store folder."""
        return self.format is None


def add_into_option(build: argparse.ArgumentParser) -> None:
    """Add ``--into TARGET`` to the ``build`` sub-command's parser."""
    build.add_argument(
        "--into",
        metavar="TARGET",
        help="grow the corpus graph in TARGET instead of writing -o OUT: an "
        "on-disk Oxigraph store (a folder) or a graph file kgraph reads back "
        "(.trig, .ttl, .json ...); created if missing; the new documents are "
        "resolved against what it holds, a document id seen before replaces "
        "that document, and a store gets only the named graphs that changed",
    )


def check_into(args: argparse.Namespace) -> IntoTarget | None:
    """The target of ``--into``, checked before any work; None without it.

    Raises
    ------
    InvalidInputError
        If both or neither of ``-o`` and ``--into`` are given, ``--into`` comes
        with ``--per-document`` or ``--format``, or names a file kgraph cannot
        read back.
    """
    into = getattr(args, "into", None)
    if into is None:
        if args.output is None:
            raise InvalidInputError(
                "say where to write the graph: -o OUT (a file) or --into TARGET "
                "(a triple store folder or a graph file to grow)"
            )
        return None
    if args.output is not None:
        raise InvalidInputError("give -o OUT or --into TARGET, not both")
    if args.per_document or args.format is not None:
        raise InvalidInputError(
            "--into writes one store or file; --per-document and --format are "
            "for -o OUT"
        )
    from kgraph.export.readers import READ_FORMATS

    target = Path(into)
    if target.is_dir():
        return IntoTarget(target)
    if target.suffix.lower() in READ_FORMATS:
        return IntoTarget(target, READ_FORMATS[target.suffix.lower()])
    if target.exists():
        known = ", ".join(sorted(READ_FORMATS))
        raise InvalidInputError(
            f"--into needs a folder for the store or a graph file ({known}), "
            f"but {str(target)!r} is another file"
        )
    return IntoTarget(target)


def write_into(
    graphs: Iterator[KnowledgeGraph],
    target: IntoTarget,
    overrides: Overrides | None = None,
) -> tuple[int, int, int, str]:
    """Build the document graphs ``graphs`` into the corpus graph at ``target``.

    Returns
    -------
    tuple of int, int, int and str
        The documents, entities and relations of the corpus graph now at
        ``target``, and what was written (``"3 named graphs"``, ``"the file"``).
    """
    if target.is_store:
        from kgraph.store.graph_store import GraphStore
        from kgraph.store.growth import grow_store

        # opened first: a store locked by another process fails before extraction
        with GraphStore(target.path) as opened:
            kg, changed = grow_store(opened, graphs, overrides=overrides)
        named = len([g for g in changed if g])
        wrote = f"{named} named graph{'' if named == 1 else 's'}"
        if "" in changed:
            wrote += " and the default graph"
    else:
        kg = _grow_file(graphs, target, overrides)
        wrote = "the file"
    return len(kg.documents), len(kg.entities), len(kg.relations), wrote


def _grow_file(
    graphs: Iterator[KnowledgeGraph], target: IntoTarget, overrides: Overrides | None
) -> KnowledgeGraph:
    from kgraph.export import write_graph
    from kgraph.export.readers import read_graph
    from kgraph.run.incremental import grow
    from kgraph.types import KnowledgeGraph

    old = read_graph(target.path) if target.path.exists() else KnowledgeGraph()
    kg = grow(old, graphs, overrides=overrides)
    partial = target.path.with_name(f".{target.path.name}.partial")
    try:
        write_graph(kg, partial, format=target.format)
        os.replace(partial, target.path)
    finally:
        partial.unlink(missing_ok=True)
    return kg
