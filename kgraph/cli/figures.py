"""``kgraph build … -o FOLDER --figures parts|places``: one figure per part.

A figure of a whole corpus is too crowded to read (`kgraph.viz.parts`); this
option writes one PNG (or ``--format svg|pdf``) per connected part, or per
prefecture-level city, into the folder OUT. A single figure asked of a graph
past `kgraph.viz.parts.FIGURE_LIMIT` linked entities is still written, with a
note naming the option.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgraph.cli.messages import say
from kgraph.errors import InvalidInputError
from kgraph.export import FORMATS

if TYPE_CHECKING:
    from kgraph.link.resolve import Overrides
    from kgraph.types import KnowledgeGraph

__all__ = [
    "FIGURE_FORMATS",
    "add_figures_option",
    "check_figures",
    "note_crowded",
    "write_parts",
]

#: the formats ``--figures`` draws, and those a single figure may be crowded in
FIGURE_FORMATS = ("png", "svg", "pdf")
_SPLITS = ("parts", "places")  # kgraph.viz.parts.SPLITS, without importing matplotlib


def add_figures_option(build: argparse.ArgumentParser) -> None:
    """Add ``--figures`` to the ``build`` sub-command's parser."""
    build.add_argument(
        "--figures",
        choices=_SPLITS,
        metavar="BY",
        help="write one figure per connected part (parts) or per prefecture-level "
        "city (places) into the folder OUT, as PNG unless --format svg or pdf",
    )


def check_figures(args: argparse.Namespace) -> str:
    """The figure format of ``--figures``, checked before any work is done."""
    if args.per_document or getattr(args, "into", None) is not None:
        raise InvalidInputError("--figures writes one folder from the merged graph")
    if args.output in (None, "-"):
        raise InvalidInputError("--figures writes into a folder: pass -o FOLDER")
    fmt: str = args.format or "png"
    if fmt not in FIGURE_FORMATS:
        raise InvalidInputError(
            f"--figures draws {', '.join(FIGURE_FORMATS)}, not {fmt}"
        )
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise InvalidInputError(
            f"--figures writes a folder, but {str(folder)!r} is a file"
        )
    if not folder.exists() and folder.suffix.lower() in FORMATS:
        raise InvalidInputError(
            f"--figures writes into a folder, but {str(folder)!r} looks like a file "
            "name; pass a folder (and --format svg or pdf for those)"
        )
    return fmt


def write_parts(
    graphs: Iterator[KnowledgeGraph],
    output: Path,
    fmt: str,
    overrides: Overrides | None,
    view: dict[str, Any] | None,
    *,
    by: str,
) -> tuple[int, int, int]:
    """Merge, resolve, take the view, and write one figure per part into ``output``."""
    from kgraph.link.merge import merge_graphs
    from kgraph.link.resolve import resolve_entities
    from kgraph.viz.parts import write_figures

    kg = resolve_entities(merge_graphs(graphs), overrides=overrides)
    if view:
        kg = kg.subgraph(**view)
    write_figures(kg, output, by=by, format=fmt)
    return len(kg.documents), len(kg.entities), len(kg.relations)


def note_crowded(kg: KnowledgeGraph) -> None:
    """Say so when one figure is asked of a graph too big for one."""
    from kgraph.viz.parts import FIGURE_LIMIT, linked_entities

    linked = linked_entities(kg)
    if linked > FIGURE_LIMIT:
        say(
            f"note: {linked} linked entities in one figure; --figures parts (or "
            "places) writes one per connected part, --around or --place draws one part"
        )
