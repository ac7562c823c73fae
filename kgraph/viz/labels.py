"""Labels that do not overlap: each label of a figure moved to the first free place.

A spring layout puts nodes apart but not their labels: at a hundred nodes the
names fall on each other. `declutter` places the labels one by one, the most
mentioned entities first: a node's label goes below its node, else above, to
the right, to the left or at a corner, whichever first overlaps no label placed
before it; a relation's label is nudged along its edge the same way. Where no
place is free the least crowded one is taken, so a figure too dense for its
size still draws every label.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["declutter"]

#: where a node's label may go: (x, y) directions of its offset, alignment
_NODE_PLACES = (
    (0, -1, "center", "top"),
    (0, 1, "center", "bottom"),
    (1, 0, "left", "center"),
    (-1, 0, "right", "center"),
    (1, -1, "left", "top"),
    (-1, -1, "right", "top"),
    (1, 1, "left", "bottom"),
    (-1, 1, "right", "bottom"),
)
#: shifts of a relation's label from its edge's middle, in points
_EDGE_SHIFTS = tuple(
    dict.fromkeys(
        (dx * step, dy * step)
        for step in (7, 14, 24)
        for dx, dy in ((0, 0), (0, 1), (0, -1), (1.5, 0), (-1.5, 0), (1, 1), (-1, -1))
    )
)


def _move(label: Any, place: tuple[float, float, str | None, str | None]) -> None:
    dx, dy, ha, va = place
    label.xyann = (dx, dy)
    if ha is not None and va is not None:
        label.set_horizontalalignment(ha)
        label.set_verticalalignment(va)


def _best(
    label: Any,
    places: Sequence[tuple[float, float, str | None, str | None]],
    placed: list[Any],
    renderer: Any,
) -> None:
    """Put ``label`` at the first of ``places`` that overlaps nothing placed."""
    best: tuple[int, int] | None = None
    for index, place in enumerate(places):
        _move(label, place)
        box = label.get_window_extent(renderer)
        hits = sum(box.overlaps(other) for other in placed)
        if best is None or hits < best[0]:
            best = (hits, index)
        if hits == 0:
            break
    assert best is not None
    _move(label, places[best[1]])
    placed.append(label.get_window_extent(renderer).frozen())


def declutter(
    figure: Any, node_labels: Sequence[Any], edge_labels: Sequence[Any]
) -> int:
    """Move the labels of ``figure`` so that they overlap as little as they can.

    Parameters
    ----------
    figure : matplotlib.figure.Figure
        The figure, drawn; its layout is settled first.
    node_labels : sequence of matplotlib.text.Annotation
        The nodes' labels, offset from their nodes in points, most important
        first (they keep the best places).
    edge_labels : sequence of matplotlib.text.Annotation
        The relations' labels, at their edges' middles.

    Returns
    -------
    int
        The pairs of labels that still overlap (0 when every label found room).

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> fig = Figure(figsize=(2, 2))
    >>> ax = fig.add_subplot()
    >>> a, b = (ax.annotate(n, (0.5, 0.5), xytext=(0, -6), textcoords="offset points",
    ...                     ha="center", va="top") for n in ("Nanhu", "Nanhu"))
    >>> declutter(fig, [a, b], []), a.xyann != b.xyann
    (0, True)
    """
    figure.draw_without_rendering()  # constrained layout settles the axes first
    renderer = figure._get_renderer()
    placed: list[Any] = []  # the boxes of the labels placed, in display units
    for label in node_labels:
        gap = max(abs(label.xyann[1]), 4.0)
        places = [
            (dx * gap * ring, dy * gap * ring, ha, va)
            for ring in (1.0, 2.5)
            for dx, dy, ha, va in _NODE_PLACES
        ]
        _best(label, places, placed, renderer)
    for label in edge_labels:
        _best(
            label, [(dx, dy, None, None) for dx, dy in _EDGE_SHIFTS], placed, renderer
        )
    return int(
        sum(box.overlaps(other) for i, box in enumerate(placed) for other in placed[:i])
    )
