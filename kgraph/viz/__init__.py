"""Pictures of a KnowledgeGraph: an offline interactive page, a static figure, displaCy.

Needs the ``viz`` extra (``pip install 'kgraph-zh[viz]'``): each function imports
what it needs when called, and names the extra when it is missing.
"""

from __future__ import annotations

from kgraph.viz.displacy import EntityMarkup, render_entities
from kgraph.viz.fonts import find_cjk_font, font_face_css, missing_glyphs
from kgraph.viz.html import NetworkPage, show, to_html, write_html
from kgraph.viz.static import FIGURE_FORMATS, draw, write_figure
from kgraph.viz.style import TYPE_COLOURS

__all__ = [
    "FIGURE_FORMATS",
    "TYPE_COLOURS",
    "EntityMarkup",
    "NetworkPage",
    "draw",
    "find_cjk_font",
    "font_face_css",
    "missing_glyphs",
    "render_entities",
    "show",
    "to_html",
    "write_figure",
    "write_html",
]
