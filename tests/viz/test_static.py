"""Tests for kgraph.viz.static: the matplotlib figure and its Chinese labels."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import pytest

from kgraph.errors import InvalidInputError
from kgraph.types import EntityType, KnowledgeGraph
from kgraph.viz.fonts import find_cjk_font, missing_glyphs
from kgraph.viz.static import draw, write_figure
from kgraph.viz.style import TYPE_COLOURS, short_label

font_manager = pytest.importorskip("matplotlib.font_manager")
image = pytest.importorskip("matplotlib.image")


def _texts(figure) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.get_text() for t in figure.axes[0].texts]


def _glyph_warnings(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in caught if "missing from font" in str(w.message)]


@pytest.mark.slow
def test_static_sample_article_png_shows_chinese_labels(
    sample_article_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    out = tmp_path / "a1.png"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert write_figure(sample_article_kg, out, title="湘家荡区域") == "png"
    assert _glyph_warnings(caught) == []
    labels = "".join(e.label for e in sample_article_kg.entities)
    assert missing_glyphs(labels + "湘家荡区域", find_cjk_font()) == ""
    pixels = image.imread(out)
    assert pixels.shape[0] > 1000 and pixels[..., :3].std() > 0.05


def test_static_latin_font_would_warn_of_missing_glyphs(
    small_kg: KnowledgeGraph,
) -> None:
    # the check above means something: with a Latin-only font matplotlib warns
    dejavu = font_manager.findfont("DejaVu Sans", fallback_to_default=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        write_figure(small_kg, io.BytesIO(), format="png", font=dejavu)
    assert _glyph_warnings(caught)


def test_static_every_entity_is_labelled(small_kg: KnowledgeGraph) -> None:
    texts = _texts(draw(small_kg))
    for ent in small_kg.entities:
        assert short_label(ent.label) in texts
    assert "works_for (负责人)" in texts


def test_static_labels_use_the_cjk_font(small_kg: KnowledgeGraph) -> None:
    figure = draw(small_kg)
    files = {t.get_fontproperties().get_file() for t in figure.axes[0].texts}
    assert files == {str(find_cjk_font())}


def test_static_legend_lists_the_types_drawn(small_kg: KnowledgeGraph) -> None:
    legend = draw(small_kg).axes[0].get_legend()
    assert [t.get_text() for t in legend.get_texts()] == [t.value for t in EntityType]


def test_static_nodes_are_coloured_by_type(small_kg: KnowledgeGraph) -> None:
    from matplotlib.colors import to_hex

    (nodes,) = draw(small_kg).axes[0].collections
    colours = [to_hex(c) for c in nodes.get_facecolors()]
    assert colours == [TYPE_COLOURS[e.type] for e in small_kg.entities]


def test_static_nodes_grow_with_mentions(small_kg: KnowledgeGraph) -> None:
    (nodes,) = draw(small_kg).axes[0].collections
    sizes = dict(
        zip((e.label for e in small_kg.entities), nodes.get_sizes(), strict=True)
    )
    assert sizes["湘家荡区域"] > sizes["嘉兴市"]  # 2 mentions against 1


def test_static_layout_is_deterministic(small_kg: KnowledgeGraph) -> None:
    def positions() -> list[tuple[float, float]]:
        return [t.get_position() for t in draw(small_kg).axes[0].texts]

    assert positions() == positions()


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_static_write_figure_is_the_same_at_any_date(
    small_kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    def written(epoch: str) -> bytes:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)  # the clock matplotlib reads
        buf = io.BytesIO()
        write_figure(small_kg, buf, format=fmt, figsize=(4, 3), dpi=40)
        return buf.getvalue()

    assert written("1000000000") == written("1700000000")


def test_static_draws_onto_given_axes(small_kg: KnowledgeGraph) -> None:
    from matplotlib.figure import Figure

    figure = Figure()
    ax = figure.add_subplot()
    assert draw(small_kg, ax=ax) is figure
    assert ax.texts


@pytest.mark.parametrize(
    ("name", "magic"), [("g.png", b"\x89PNG"), ("g.svg", b"<?xml")]
)
def test_static_write_figure_by_suffix(
    small_kg: KnowledgeGraph, tmp_path: Path, name: str, magic: bytes
) -> None:
    write_figure(small_kg, tmp_path / name, figsize=(6, 4.5))
    assert (tmp_path / name).read_bytes().startswith(magic)


@pytest.mark.parametrize(
    ("dest", "fmt", "message"),
    [("g.gif", None, "unknown figure format"), (io.BytesIO(), None, "pass format=")],
)
def test_static_write_figure_rejects_unknown_formats(
    small_kg: KnowledgeGraph, dest: object, fmt: str | None, message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        write_figure(small_kg, dest, format=fmt)  # type: ignore[arg-type]


def test_static_empty_graph_draws_an_empty_figure() -> None:
    figure = draw(KnowledgeGraph(), figsize=(4, 3))
    assert len(figure.axes[0].texts) == 0


def test_static_parts_are_levelled_and_edges_alike(small_kg: KnowledgeGraph) -> None:
    from kgraph.viz.static import _EDGE, _layout

    pos = _layout(small_kg, 0)
    rel = next(r for r in small_kg.relations if r.role == "负责人")  # a 2-node part
    (x1, y1), (x2, y2) = pos[rel.subject], pos[rel.object]
    assert y1 == pytest.approx(y2, abs=1e-6)  # levelled: its long side along x
    assert abs(x1 - x2) == pytest.approx(_EDGE)


def test_static_svg_text_is_text(small_kg: KnowledgeGraph) -> None:
    """SVG labels are <text> elements naming the CJK font, then fallbacks."""
    import io

    from kgraph.viz.fonts import CJK_FALLBACKS
    from kgraph.viz.static import write_figure

    buf = io.BytesIO()
    write_figure(small_kg, buf, format="svg")
    svg = buf.getvalue().decode("utf-8")
    assert svg.count("<text") >= len(small_kg.entities)
    assert "湘家荡区域" in svg  # searchable: the label itself is in the file
    assert f"'{CJK_FALLBACKS[0]}'" in svg


def _hub_graph() -> KnowledgeGraph:
    """A hub organisation, 34 people working for it, each with a partner company."""
    from kgraph.ids import mint_id
    from kgraph.types import Entity, Predicate, Provenance, Relation

    def entity(kind: EntityType, name: str) -> Entity:
        return Entity(mint_id(kind, name), kind, name)

    hub = entity(EntityType.ORG, "嘉兴南湖实验室")
    people = [
        entity(EntityType.PERSON, f"陈学{chr(0x4E00 + 300 + i)}") for i in range(34)
    ]
    others = [entity(EntityType.ORG, f"万托科技第{i}分公司") for i in range(34)]
    where = Provenance("d", 0, 1)
    relations = [Relation(p.id, Predicate.WORKS_FOR, hub.id, where) for p in people]
    relations += [
        Relation(p.id, Predicate.PARTNER_OF, o.id, where)
        for p, o in zip(people, others, strict=True)
    ]
    return KnowledgeGraph(entities=(hub, *people, *others), relations=tuple(relations))


def _overlapping_labels(fig) -> int:  # type: ignore[no-untyped-def]
    fig.draw_without_rendering()
    renderer = fig._get_renderer()
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].texts if t.get_text()]
    return sum(1 for i, a in enumerate(boxes) for b in boxes[:i] if a.overlaps(b))


def test_static_labels_of_a_hub_neighbourhood_do_not_overlap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The 2-hop neighbourhood of a hub: no two labels overlap (text boxes)."""
    import kgraph.viz.static as static

    part = _hub_graph().subgraph(around="嘉兴南湖实验室", hops=2)
    assert len(part.entities) == 69
    assert _overlapping_labels(draw(part)) == 0
    monkeypatch.setattr(static, "declutter", lambda *args: 0)
    assert _overlapping_labels(draw(part)) > 0  # what the layout alone gives
