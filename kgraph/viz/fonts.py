"""Find a font that draws Chinese: the pip font package first, then system CJK fonts."""

from __future__ import annotations

import base64
import functools
import io
import logging
import os
import re
from pathlib import Path

from kgraph._optional import DISTRIBUTION, import_optional
from kgraph.errors import KGraphError, MissingDependencyError

__all__ = [
    "CJK_FALLBACKS",
    "FONT_PACKAGE",
    "PROBE_TEXT",
    "SYSTEM_FAMILIES",
    "find_cjk_font",
    "font_face_css",
    "font_properties",
    "missing_glyphs",
    "with_fallback_fonts",
]

logger = logging.getLogger(__name__)

#: the pip package (Noto Sans SC, SIL Open Font License) tried first
FONT_PACKAGE = "pylopdf_fonts_zh_cn"
#: characters a font must draw to count as a Chinese font
PROBE_TEXT = "中文汉字嘉兴市南湖区亿元"
#: characters always put in an embedded font subset
_ALWAYS_EMBEDDED = "0123456789()()…—→·、,。:;"
#: system font families tried (in this order) before any other font that has
#: the probe glyphs; none of them is bundled with kgraph
SYSTEM_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
    "AR PL UMing CN",
    "AR PL UKai CN",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Heiti SC",
    "STHeiti",
    "SimSun",
    "SimHei",
)


def _package_font() -> Path | None:
    """Noto Sans SC from the font package, if that is installed."""
    try:
        package = import_optional(FONT_PACKAGE)
    except MissingDependencyError:
        return None
    path = Path(package.sans_path())
    return path if path.is_file() else None


def missing_glyphs(text: str, font: str | Path | None = None) -> str:
    """Return the characters of ``text`` that ``font`` cannot draw, in order.

    Parameters
    ----------
    text : str
        The text to check; whitespace is ignored.
    font : str or Path, optional
        A font file (``.otf``, ``.ttf``, ``.ttc``); by default `find_cjk_font`.

    Returns
    -------
    str
        Each character without a glyph, once; empty when all can be drawn.

    Raises
    ------
    MissingDependencyError
        If matplotlib is missing, or ``font`` is None and no CJK font is found.

    Examples
    --------
    >>> missing_glyphs("南湖实验室 located_in 湘家荡区域")
    ''
    """
    ft2font = import_optional("matplotlib.ft2font", purpose="font checks")
    face = ft2font.FT2Font(str(font if font is not None else find_cjk_font()))
    seen = dict.fromkeys(ch for ch in text if not ch.isspace())
    return "".join(ch for ch in seen if face.get_char_index(ord(ch)) == 0)


def _system_font() -> Path | None:
    """A CJK font known to matplotlib's font manager: a known family first."""
    font_manager = import_optional("matplotlib.font_manager", purpose="pictures")
    fonts = sorted(font_manager.fontManager.ttflist, key=lambda f: (f.name, f.fname))
    preferred = {name: rank for rank, name in enumerate(SYSTEM_FAMILIES)}
    fonts.sort(key=lambda f: preferred.get(f.name, len(preferred)))
    for entry in fonts:
        try:
            if not missing_glyphs(PROBE_TEXT, entry.fname):
                return Path(entry.fname)
        except (OSError, RuntimeError):  # unreadable font file
            continue
    return None


@functools.lru_cache(maxsize=1)
def find_cjk_font() -> Path:
    """Return the path of a font that draws Simplified Chinese.

    Noto Sans SC from the ``pylopdf-fonts-zh-cn`` package (installed with the
    ``viz`` extra; SIL Open Font License) comes first; otherwise a system font
    known to matplotlib that draws `PROBE_TEXT`, the families in
    `SYSTEM_FAMILIES` first. The result is cached.

    Returns
    -------
    Path
        A font file.

    Raises
    ------
    MissingDependencyError
        If no installed font can draw Chinese.

    Examples
    --------
    >>> find_cjk_font().suffix in {".otf", ".ttf", ".ttc", ".otc"}
    True
    """
    path = _package_font() or _system_font()
    if path is None:
        raise MissingDependencyError(
            "no font that draws Chinese was found: pip install "
            f"'{DISTRIBUTION}[viz]' (Noto Sans SC), or install a system CJK font "
            "such as Debian's fonts-noto-cjk"
        )
    logger.debug("CJK font: %s", path)
    return path


def font_properties(font: str | os.PathLike[str] | None = None):  # type: ignore[no-untyped-def]
    """Return matplotlib ``FontProperties`` for ``font`` (default `find_cjk_font`).

    Raises
    ------
    MissingDependencyError
        If matplotlib is missing, or no CJK font is found.

    Examples
    --------
    >>> font_properties().get_file() == str(find_cjk_font())
    True
    """
    font_manager = import_optional("matplotlib.font_manager", purpose="pictures")
    return font_manager.FontProperties(fname=str(font or find_cjk_font()))


def font_face_css(text: str, *, family: str = "kgraph-cjk") -> str:
    """Return an ``@font-face`` rule embedding the CJK font, cut to ``text``'s glyphs.

    The font (`find_cjk_font`) is subset with fontTools (a matplotlib
    dependency) to the characters of ``text`` plus digits and a little
    punctuation, and inlined as a WOFF ``data:`` URL: a few hundred characters
    make ~100 KB. The SIL Open Font License allows embedding in documents.
    The same text gives the same rule (the font keeps its own timestamp), and
    the font file is closed before returning.

    Parameters
    ----------
    text : str
        Every character the page will draw in this font.
    family : str
        The CSS font-family name to declare.

    Returns
    -------
    str
        The CSS rule, or ``""`` when no CJK font or no fontTools is installed
        (a page then falls back to the reader's system fonts).

    Examples
    --------
    >>> css = font_face_css("南湖实验室")
    >>> css.startswith("@font-face { font-family: kgraph-cjk;"), len(css) < 60_000
    (True, True)
    """
    try:
        font_path = find_cjk_font()
        subset = import_optional("fontTools.subset", purpose="embedded fonts")
        ttlib = import_optional("fontTools.ttLib", purpose="embedded fonts")
    except KGraphError as err:
        logger.info("no font embedded: %s", err)
        return ""
    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = []
    options.notdef_outline = True
    buffer = io.BytesIO()
    # recalcTimestamp=False keeps the font's own date: the same text, the same bytes
    with ttlib.TTFont(
        str(font_path), fontNumber=0, lazy=True, recalcTimestamp=False
    ) as font:  # closes the font file (lazy loading reads it until the save)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text="".join(sorted(set(text) | set(_ALWAYS_EMBEDDED))))
        subsetter.subset(font)
        font.flavor = "woff"
        font.save(buffer)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (
        f"@font-face {{ font-family: {family}; "
        f'src: url("data:font/woff;base64,{data}") format("woff"); }}'
    )


#: fonts a viewer may have for Chinese text, after the one the figure was drawn
#: with (SVG text is drawn by the viewer's fonts)
CJK_FALLBACKS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
    "SimHei",
    "WenQuanYi Micro Hei",
    "sans-serif",
)
_FONT_FAMILY = re.compile(rb"font-family: *([^;\"]+?)(?=[;\"])")


def with_fallback_fonts(svg: bytes) -> bytes:
    """``svg`` whose text names the CJK font it was drawn with, then fallbacks.

    matplotlib writes its default family for text drawn from a font file; the
    figure's labels are drawn with the CJK font, which holds Latin letters too.
    """
    families = (font_properties().get_name(), *CJK_FALLBACKS)
    stack = ", ".join(f"'{f}'" if " " in f else f for f in families)
    return _FONT_FAMILY.sub(b"font-family: " + stack.encode(), svg)
