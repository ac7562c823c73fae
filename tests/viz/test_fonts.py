"""Tests for kgraph.viz.fonts: the font package first, then system fonts; glyphs."""

from __future__ import annotations

import base64
import gc
import io
import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from kgraph.errors import MissingDependencyError
from kgraph.viz import fonts

font_manager = pytest.importorskip("matplotlib.font_manager")
ttlib = pytest.importorskip("fontTools.ttLib")

EXAMPLE = Path(__file__).parent.parent.parent / "examples" / "a1_xiangjiadang.txt"
DEJAVU = Path(font_manager.findfont("DejaVu Sans", fallback_to_default=False))


@pytest.fixture(autouse=True)
def _fresh_font_cache() -> Iterator[None]:
    """`find_cjk_font` caches its answer: start and end each test with none."""
    fonts.find_cjk_font.cache_clear()
    yield
    fonts.find_cjk_font.cache_clear()


def _system_fonts(monkeypatch: pytest.MonkeyPatch, *entries: object) -> None:
    """Pretend the font package is absent and the system has ``entries``."""
    monkeypatch.setattr(fonts, "_package_font", lambda: None)
    monkeypatch.setattr(font_manager.fontManager, "ttflist", list(entries))


def test_fonts_prefers_the_font_package() -> None:
    package = pytest.importorskip(fonts.FONT_PACKAGE)
    assert fonts.find_cjk_font() == Path(package.sans_path())


def test_fonts_font_package_is_open_font_license() -> None:
    from importlib.metadata import distribution

    dist = distribution("pylopdf-fonts-zh-cn")
    licence = next(f for f in dist.files or () if f.name.startswith("LICENSE"))
    assert "SIL Open Font License" in licence.read_text()


def test_fonts_found_font_draws_the_sample_article() -> None:
    assert fonts.missing_glyphs(EXAMPLE.read_text(encoding="utf-8")) == ""


def test_fonts_missing_glyphs_lists_what_a_latin_font_lacks() -> None:
    assert fonts.missing_glyphs("南湖 lab 南湖区", DEJAVU) == "南湖区"


def test_fonts_fall_back_to_a_system_cjk_font(monkeypatch: pytest.MonkeyPatch) -> None:
    cjk = fonts.find_cjk_font()  # stands in for a system font
    fonts.find_cjk_font.cache_clear()
    _system_fonts(
        monkeypatch,
        font_manager.FontEntry(fname=str(DEJAVU), name="DejaVu Sans"),
        font_manager.FontEntry(fname=str(cjk), name="Some CJK Font"),
    )
    assert fonts.find_cjk_font() == cjk


def test_fonts_prefer_known_system_families(monkeypatch: pytest.MonkeyPatch) -> None:
    cjk = str(fonts.find_cjk_font())
    fonts.find_cjk_font.cache_clear()
    _system_fonts(
        monkeypatch,
        font_manager.FontEntry(fname=cjk, name="Aaa Other CJK"),
        font_manager.FontEntry(fname=cjk + "#known", name="Noto Sans CJK SC"),
    )
    monkeypatch.setattr(fonts, "missing_glyphs", lambda text, font: "")
    assert fonts.find_cjk_font() == Path(cjk + "#known")


def test_fonts_no_cjk_font_says_how_to_get_one(monkeypatch: pytest.MonkeyPatch) -> None:
    _system_fonts(monkeypatch, font_manager.FontEntry(fname=str(DEJAVU), name="DejaVu"))
    with pytest.raises(MissingDependencyError, match=r"kgraph-zh\[viz\]"):
        fonts.find_cjk_font()


def test_fonts_font_face_css_embeds_a_small_subset() -> None:
    css = fonts.font_face_css("南湖实验室", family="test-cjk")
    assert css.startswith("@font-face { font-family: test-cjk;")
    data = re.search(r"base64,([A-Za-z0-9+/=]+)", css)
    assert data is not None
    blob = base64.b64decode(data.group(1))
    assert len(blob) < 50_000
    cmap = ttlib.TTFont(io.BytesIO(blob)).getBestCmap()
    assert {ord(c) for c in "南湖实验室"} <= set(cmap)
    assert ord("嘉") not in cmap


def test_fonts_font_face_css_is_empty_without_a_font(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _system_fonts(monkeypatch)
    assert fonts.font_face_css("南湖") == ""


def test_fonts_font_face_css_closes_the_font_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a file left open warns when it is collected, where no exception can rise:
    # the warning, made an error, goes to sys.unraisablehook
    unraisable: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        assert fonts.font_face_css("南湖实验室")
        assert fonts.missing_glyphs("南湖实验室") == ""
        gc.collect()
    assert [getattr(u, "exc_value", u) for u in unraisable] == []


def test_fonts_font_face_css_is_the_same_at_any_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1000000000")  # the clock fontTools reads
    first = fonts.font_face_css("南湖实验室")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert fonts.font_face_css("南湖实验室") == first
