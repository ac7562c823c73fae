"""``kgraph build`` options that write one part of the graph (`kgraph.export.views`).

``--around 南湖实验室 --hops 2``, ``--place 嘉兴市``, ``--types ORG,PLACE``,
``--relations located_in,part_of``, ``--period 2024-03``, ``--min-degree N`` and
``--hide-isolated``
give the filters of `kgraph.export.views.subgraph`, applied to the resolved
graph before it is written (to each document's graph with ``--per-document``).
"""

from __future__ import annotations

import argparse
from typing import Any

from kgraph.errors import InvalidInputError

__all__ = ["add_view_options", "view_filters"]


def _names(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def add_view_options(build: argparse.ArgumentParser) -> None:
    """Add the view options to the ``build`` sub-command's parser."""
    views = build.add_argument_group(
        "views", "write only a part of the graph (all filters combine)"
    )
    views.add_argument(
        "--types", type=_names, metavar="T,...", help="entity types: ORG,PLACE,..."
    )
    views.add_argument(
        "--relations",
        type=_names,
        metavar="R,...",
        help="relations: located_in,part_of,works_for,...",
    )
    views.add_argument(
        "--around",
        action="append",
        metavar="NAME",
        help="the neighbourhood of this entity (a label, alias or id; again "
        "for several)",
    )
    views.add_argument(
        "--hops",
        type=int,
        default=1,
        metavar="N",
        help="how far --around reaches (default: %(default)s)",
    )
    views.add_argument("--place", metavar="NAME", help="this place and what lies in it")
    views.add_argument(
        "--period",
        metavar="WHEN",
        help="what the articles published then say: YYYY, YYYY-MM, YYYY-MM-DD or "
        "START/END (articles with no date are left out; see --date, --meta)",
    )
    views.add_argument(
        "--min-degree",
        type=int,
        default=0,
        metavar="N",
        help="drop entities with fewer than N relations in the part",
    )
    views.add_argument(
        "--hide-isolated",
        action="store_true",
        help="drop entities with no relation (--min-degree 1)",
    )


def view_filters(args: argparse.Namespace) -> dict[str, Any]:
    """The `subgraph` filters the options ask for; empty for the whole graph.

    Raises
    ------
    InvalidInputError
        If a view is asked of ``--into`` (a corpus store or file is grown
        whole), or ``--hops`` / ``--min-degree`` is negative.
    """
    filters: dict[str, Any] = {}
    for name in ("types", "relations", "around", "place", "period"):
        if getattr(args, name, None):
            filters[name] = getattr(args, name)
    if "period" in filters:  # checked before any document is built
        from kgraph.link.periods import date_range

        date_range(filters["period"])
    min_degree = max(args.min_degree, 1 if args.hide_isolated else 0)
    if min_degree:
        filters["min_degree"] = min_degree
    if args.hops != 1:
        if "around" not in filters:
            raise InvalidInputError("--hops goes with --around")
        filters["hops"] = args.hops
    if args.hops < 0 or args.min_degree < 0:
        raise InvalidInputError("--hops and --min-degree must be 0 or more")
    if filters and getattr(args, "into", None) is not None:
        raise InvalidInputError(
            "--into grows the whole corpus graph; the view options are for -o OUT"
        )
    return filters
