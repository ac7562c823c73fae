"""A static matplotlib figure of a KnowledgeGraph (PNG, SVG) with Chinese labels."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any, BinaryIO

from kgraph._optional import import_optional
from kgraph.errors import InvalidInputError
from kgraph.export.serialize import _write_bytes
from kgraph.types import KnowledgeGraph
from kgraph.viz.fonts import font_properties, with_fallback_fonts
from kgraph.viz.labels import declutter
from kgraph.viz.style import (
    EDGE_COLOUR,
    TYPE_COLOURS,
    draw_legend,
    node_weight,
    relation_caption,
    short_label,
)

__all__ = ["FIGURE_FORMATS", "draw", "write_figure"]

#: file suffix -> matplotlib format understood by `write_figure`
FIGURE_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
_BASE_SIZE = 120.0  # node area in points², grown by sqrt(mentions)
_SIZE_STEP = 160.0
_CELL = (1.9, 0.7)  # room for one node and its label, in layout units
_EDGE = 1.7  # median edge length in a connected part, in layout units
_ASPECT = 4 / 3  # width / height the rows aim at
#: savefig metadata with no dates: the same graph gives the same bytes
_METADATA: dict[str, dict[str, None]] = {
    "png": {"Software": None},
    "svg": {"Date": None},
    "pdf": {"CreationDate": None},
}
_EDGE_BOX = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8}
_SVG_SALT = "kgraph"  # seeds the ids of SVG clip paths and the like
_MARGIN_INCHES = 1.2  # room for the title and the legend row
_MIN_HEIGHT = 3.0


def _shelves(
    boxes: list[tuple[float, float]], width: float
) -> tuple[list[tuple[float, float]], float, float]:
    """Place ``boxes`` (w, h) in rows no wider than ``width``.

    Returns the top-left corner of each box, and the width and height used.
    """
    corners, x, y, row_height, used = [], 0.0, 0.0, 0.0, 0.0
    for w, h in boxes:
        if x > 0 and x + w > width:
            x, y, row_height = 0.0, y - row_height, 0.0
        corners.append((x, y))
        x += w
        used = max(used, x)
        row_height = max(row_height, h)
    return corners, used, row_height - y


def _part_layout(graph: Any, part: list[str], seed: int) -> dict[str, Any]:
    """A connected part: spring layout, edges about `_EDGE` long, long side level."""
    nx = import_optional("networkx", purpose="the static figure")
    np = import_optional("numpy", purpose="the static figure")
    # a copy in the order of ``part``: a subgraph view of a small part lists its
    # nodes in set order, so the seeded layout would change with the hash seed
    sub = nx.Graph()
    sub.add_nodes_from(part)
    sub.add_edges_from(graph.edges(part))
    spring = nx.spring_layout(sub, seed=seed, iterations=200)
    points = np.array([spring[n] for n in part], dtype=float)
    points -= points.mean(axis=0)
    # turn the part so that its longest extent lies along x
    _, vectors = np.linalg.eigh(points.T @ points)
    points = points @ vectors[:, ::-1]
    index = {n: i for i, n in enumerate(part)}
    lengths = [
        np.linalg.norm(points[index[a]] - points[index[b]]) for a, b in sub.edges
    ]
    points *= _EDGE / max(float(np.median(lengths)), 1e-9)
    return {n: points[index[n]] for n in part}


def _layout(kg: KnowledgeGraph, seed: int) -> dict[str, tuple[float, float]]:
    """Positions: each connected part by a seeded spring layout, parts in rows.

    The biggest parts come first; entities without relations fill a grid at
    the end; the row width is chosen so that the whole is about `_ASPECT`
    wide for its height. The same graph gives the same picture.
    """
    nx = import_optional("networkx", purpose="the static figure")
    graph = nx.Graph()
    graph.add_nodes_from(ent.id for ent in kg.entities)
    graph.add_edges_from((rel.subject, rel.object) for rel in kg.relations)
    order = {ent.id: number for number, ent in enumerate(kg.entities)}
    parts = sorted(
        (
            sorted(part, key=order.__getitem__)
            for part in nx.connected_components(graph)
        ),
        key=lambda part: (-len(part), order[part[0]]),
    )
    boxes, layouts = [], []
    for part in parts:
        if len(part) == 1:
            boxes.append((_CELL[0], _CELL[1]))
            layouts.append({part[0]: (0.0, 0.0)})
            continue
        spring = _part_layout(graph, part, seed)
        xs = [float(x) for x, _ in spring.values()]
        ys = [float(y) for _, y in spring.values()]
        boxes.append((max(xs) - min(xs) + _CELL[0], max(ys) - min(ys) + _CELL[1]))
        layouts.append(
            {
                n: (float(x) - min(xs), float(y) - max(ys))
                for n, (x, y) in spring.items()
            }
        )
    widest, total = max((w for w, _ in boxes), default=0.0), sum(w for w, _ in boxes)

    def misfit(width: float) -> float:
        _, used, height = _shelves(boxes, width)
        return abs(used / max(height, 1e-9) - _ASPECT)

    steps = 40
    width = min(
        (widest + (total - widest) * step / steps for step in range(steps + 1)),
        key=misfit,
    )
    positions: dict[str, tuple[float, float]] = {}
    corners, _, _ = _shelves(boxes, width)
    for (left, top), layout in zip(corners, layouts, strict=True):
        for node, (x, y) in layout.items():
            positions[node] = (left + x + _CELL[0] / 2, top + y - _CELL[1] / 2)
    return positions


def _draw_edges(
    ax: Any, kg: KnowledgeGraph, pos: dict[str, Any], font: Any
) -> list[Any]:
    patches = import_optional("matplotlib.patches", purpose="the static figure")
    captions: dict[tuple[str, str], list[str]] = {}
    for rel in kg.relations:
        captions.setdefault((rel.subject, rel.object), []).append(relation_caption(rel))
    texts = []
    for (source, target), labels in captions.items():
        arrow = patches.FancyArrowPatch(
            pos[source],
            pos[target],
            arrowstyle="-|>",
            mutation_scale=10,
            color=EDGE_COLOUR,
            linewidth=0.9,
            shrinkA=9,
            shrinkB=9,
            zorder=1,
        )
        ax.add_patch(arrow)
        (x1, y1), (x2, y2) = pos[source], pos[target]
        text = ax.annotate(
            "\n".join(dict.fromkeys(labels)),
            ((x1 + x2) / 2, (y1 + y2) / 2),
            xytext=(0, 0),
            textcoords="offset points",
            fontproperties=font,
            fontsize=6.5,
            color="#555555",
            ha="center",
            va="center",
            zorder=3,
            bbox=_EDGE_BOX,
        )
        texts.append(text)
    return texts


def _fitted(
    figsize: tuple[float, float], pos: dict[str, tuple[float, float]]
) -> tuple[float, float]:
    """``figsize`` no taller than a layout wider than it needs (one long chain).

    The drawing keeps its aspect, so a flat layout in a tall figure only adds
    blank bands above and below it; the width, which sets the scale, stays.
    """
    if not pos:
        return figsize
    xs, ys = zip(*pos.values(), strict=True)
    wide = max(xs) - min(xs) + _CELL[0]
    high = max(ys) - min(ys) + _CELL[1]
    width, height = figsize
    needed = width * high / wide + _MARGIN_INCHES  # title and legend
    return (width, max(_MIN_HEIGHT, min(height, needed)))


def draw(
    kg: KnowledgeGraph,
    *,
    ax: Any = None,
    title: str | None = None,
    seed: int = 0,
    label_length: int = 14,
    figsize: tuple[float, float] = (12.0, 9.0),
    font: str | os.PathLike[str] | None = None,
) -> Any:
    """Draw ``kg`` with matplotlib: nodes coloured by type and sized by mentions.

    Edges are arrows labelled by relation; labels use a font that draws Chinese
    (`kgraph.viz.fonts.find_cjk_font`). The layout is seeded, so the same
    graph gives the same picture.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to draw; it is not modified.
    ax : matplotlib.axes.Axes, optional
        Where to draw. By default a new figure is made, detached from pyplot
        (nothing is left open): a notebook shows the returned figure, and
        ``fig.savefig(path)`` writes it.
    title : str, optional
        The title above the drawing; by default none.
    seed : int
        The seed of the spring layout.
    label_length : int
        Node labels longer than this are cut, with an ellipsis.
    figsize : tuple of float
        Size in inches of a new figure.
    font : str or PathLike, optional
        A font file to use instead of the one found.

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on.

    Raises
    ------
    MissingDependencyError
        If matplotlib is missing, or no font draws Chinese.

    Examples
    --------
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> fig = draw(kg, figsize=(6, 4))
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['华为']
    """
    props = font_properties(font)
    pos = _layout(kg, seed)
    if ax is None:
        pyplot = import_optional("matplotlib.pyplot", purpose="the static figure")
        figsize = _fitted(figsize, pos)
        figure, ax = pyplot.subplots(figsize=figsize, layout="constrained")
        # detached from pyplot: a notebook shows the returned figure once
        pyplot.close(figure)
    edge_labels = _draw_edges(ax, kg, pos, props)
    if kg.entities:
        xs, ys = zip(*(pos[ent.id] for ent in kg.entities), strict=True)
        ax.scatter(
            xs,
            ys,
            s=[_BASE_SIZE + _SIZE_STEP * (node_weight(e) - 1) for e in kg.entities],
            c=[TYPE_COLOURS[ent.type] for ent in kg.entities],
            edgecolors="white",
            linewidths=0.8,
            zorder=2,
        )
    node_labels = []  # the most mentioned first: they keep the best places
    for ent in sorted(kg.entities, key=lambda e: -node_weight(e)):
        node_labels.append(
            ax.annotate(
                short_label(ent.label, limit=label_length),
                pos[ent.id],
                xytext=(0, -(6 + 3 * node_weight(ent))),
                textcoords="offset points",
                fontproperties=props,
                fontsize=8,
                ha="center",
                va="top",
                zorder=4,
            )
        )
    draw_legend(ax, kg, props)
    if title:
        ax.set_title(title, fontproperties=props, fontsize=11)
    ax.set_axis_off()
    if pos:  # explicit limits: texts and arrows do not widen autoscaled ones
        xs, ys = zip(*pos.values(), strict=True)
        pad_x, pad_y = _CELL[0] / 2, _CELL[1] / 2
        ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
        ax.set_ylim(min(ys) - pad_y, max(ys) + pad_y / 2)
        ax.set_aspect("equal", adjustable="box")
        declutter(ax.figure, node_labels, edge_labels)  # labels in free places
    return ax.figure


def write_figure(
    kg: KnowledgeGraph,
    dest: str | os.PathLike[str] | BinaryIO,
    *,
    format: str | None = None,
    dpi: int = 150,
    **options: Any,
) -> str:
    """Write `draw` of ``kg`` to ``dest`` as PNG, SVG or PDF.

    The same graph gives the same bytes in every run (with the same matplotlib
    and font): the layout is seeded, and the file carries no date and no
    random ids. SVG labels are real ``<text>`` (searchable, editable), in the
    CJK font the figure was drawn with, then `CJK_FALLBACKS`.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to draw.
    dest : str, os.PathLike or binary stream
        A file path, or a stream opened ``"wb"`` (then pass ``format``).
    format : str, optional
        ``"png"``, ``"svg"`` or ``"pdf"``; by default from the suffix of ``dest``.
    dpi : int
        Resolution of a PNG.
    **options
        Passed to `draw` (``title``, ``seed``, ``figsize`` …).

    Returns
    -------
    str
        The format written.

    Raises
    ------
    InvalidInputError
        If the format is unknown or cannot be told.

    Examples
    --------
    >>> import io
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> buf = io.BytesIO()
    >>> write_figure(kg, buf, format="png", figsize=(6, 4))
    'png'
    >>> buf.getvalue()[:4]
    b'\\x89PNG'
    """
    if format is None:
        if not isinstance(dest, str | os.PathLike):
            raise InvalidInputError(
                f"pass format= when writing a figure to a stream ({dest!r})"
            )
        format = FIGURE_FORMATS.get(Path(dest).suffix.lower())
    if format is None or format not in FIGURE_FORMATS.values():
        known = ", ".join(sorted(FIGURE_FORMATS.values()))
        raise InvalidInputError(
            f"unknown figure format {format!r}; use one of: {known}"
        )
    figure = draw(kg, **options)  # a new figure, fitted to the layout
    rc_context = import_optional("matplotlib", purpose="the static figure").rc_context
    # SVG ids from content, not uuid4; SVG text as <text>, not outlines
    settings = {"svg.hashsalt": _SVG_SALT, "svg.fonttype": "none"}
    buf = io.BytesIO()
    with rc_context(settings):
        figure.savefig(buf, format=format, dpi=dpi, metadata=_METADATA[format])
    data = buf.getvalue()
    if format == "svg":
        data = with_fallback_fonts(data)
    _write_bytes(dest, data)
    return format
