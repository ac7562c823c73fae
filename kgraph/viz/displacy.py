"""Entity highlighting of an article with spaCy's displaCy, in kgraph's colours."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from kgraph.errors import InvalidInputError, MissingAnnotationError
from kgraph.extract.extensions import SPANS_KEY
from kgraph.types import EntityType
from kgraph.viz.fonts import font_face_css
from kgraph.viz.style import TYPE_COLOURS

__all__ = ["STYLES", "EntityMarkup", "render_entities"]

#: displaCy styles: "ent" (one layer, longest spans win) or "span" (overlaps kept)
STYLES = ("ent", "span")


@dataclass(frozen=True, slots=True, repr=False)
class EntityMarkup:
    """displaCy's HTML; a notebook shows it, ``str()`` gives the markup.

    Examples
    --------
    >>> markup = EntityMarkup("<div>华为</div>")
    >>> str(markup), markup
    ('<div>华为</div>', EntityMarkup(<13 characters of HTML>))
    """

    html: str

    def __repr__(self) -> str:
        return f"EntityMarkup(<{len(self.html)} characters of HTML>)"

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


def _tint(colour: str, amount: float = 0.55) -> str:
    """``colour`` mixed with white: displaCy sets dark text on the highlight.

    Examples
    --------
    >>> _tint("#000000", 0.5)
    '#808080'
    """
    rgb = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in rgb)


#: displaCy colours: a light tint of each type's node colour
COLOURS = {t.value: _tint(TYPE_COLOURS[t]) for t in EntityType}
_FONT_FAMILY = "kgraph-cjk"
_FONT_STACK = (
    f"{_FONT_FAMILY}, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', "
    "'Microsoft YaHei', 'PingFang SC', Helvetica, Arial, sans-serif"
)


def _dress(markup: str, text: str, *, embed_font: bool, page: bool) -> str:
    """displaCy's fragment in kgraph's font stack, with the font embedded if asked."""
    css = (
        font_face_css(text + "".join(COLOURS), family=_FONT_FAMILY)
        if embed_font
        else ""
    )
    style = f"<style>{css}</style>\n" if css else ""
    body = (
        f'<div class="kgraph-displacy" style="font-family: {_FONT_STACK}">'
        f"{markup}</div>"
    )
    if not page:
        return style + body
    return (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        f"<title>kgraph entities</title>\n{style}</head>\n"
        f'<body style="margin: 0; padding: 2rem; font-size: 16px">\n{body}\n</body>\n'
        "</html>\n"
    )


def _entity_spans(doc: Doc) -> list[Any]:
    if SPANS_KEY in doc.spans:
        return list(doc.spans[SPANS_KEY])
    if doc.has_annotation("ENT_IOB"):
        return list(doc.ents)
    raise MissingAnnotationError(
        f"the Doc has neither doc.spans[{SPANS_KEY!r}] nor doc.ents: make it with "
        "kgraph.load() (its kgraph_entities and kgraph_money components set them)"
    )


def render_entities(
    doc: Doc | str,
    *,
    style: str = "ent",
    nlp: Language | None = None,
    title: str | None = None,
    page: bool = False,
    embed_font: bool = True,
) -> EntityMarkup:
    """Highlight the entities of an article with spaCy's displaCy.

    Parameters
    ----------
    doc : spacy.tokens.Doc or str
        A Doc from `kgraph.load` (its ``doc.spans["kgraph"]``, else
        ``doc.ents``), or a text, which is run through ``nlp``.
    style : {"ent", "span"}
        ``"ent"``: displaCy's familiar inline highlighting, one layer, where
        the longest of overlapping spans wins (``腾讯天美电竞度假村项目`` over
        the ORG inside it). ``"span"``: displaCy's span view, which keeps
        overlapping spans (needs ``doc.spans["kgraph"]``).
    nlp : spacy.language.Language, optional
        The pipeline for a text; by default the LAC pipeline of `kgraph.load`.
    title : str, optional
        A heading above the text (``"ent"`` only).
    page : bool
        Return a whole HTML page instead of a fragment.
    embed_font : bool
        Embed the CJK font, cut to the article's characters (see
        `kgraph.viz.fonts.font_face_css`), so Chinese renders without a CJK font.

    Returns
    -------
    EntityMarkup
        ``str()`` is the HTML; a notebook shows it.

    Raises
    ------
    TypeError
        If ``doc`` is neither a Doc nor a str.
    InvalidInputError
        For an unknown ``style``.
    MissingAnnotationError
        If the Doc has no entity annotation.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("zh")
    >>> doc = nlp("华为位于深圳")
    >>> doc.ents = [doc.char_span(0, 2, "ORG"), doc.char_span(4, 6, "PLACE")]
    >>> markup = str(render_entities(doc, embed_font=False))
    >>> "华为" in markup and "PLACE" in markup
    True
    """
    if style not in STYLES:
        raise InvalidInputError(
            f"unknown displaCy style {style!r}; use one of {STYLES}"
        )
    if isinstance(doc, str):
        from kgraph.run.pipeline import _default_nlp

        doc = (nlp or _default_nlp())(doc)
    elif not isinstance(doc, Doc):
        raise TypeError(
            f"render_entities takes a spaCy Doc or a str, got {type(doc).__name__}"
        )
    options: dict[str, Any] = {"colors": COLOURS}
    if style == "span":
        if SPANS_KEY not in doc.spans:
            raise MissingAnnotationError(
                f'style="span" needs doc.spans[{SPANS_KEY!r}]: make the Doc with '
                'kgraph.load(), or use style="ent"'
            )
        options["spans_key"] = SPANS_KEY
        markup = displacy.render(doc, style="span", options=options, jupyter=False)
        return EntityMarkup(_dress(markup, doc.text, embed_font=embed_font, page=page))
    spans = filter_spans(_entity_spans(doc))
    data = {
        "text": doc.text,
        "ents": [
            {"start": s.start_char, "end": s.end_char, "label": s.label_} for s in spans
        ],
        "title": title,
    }
    options["ents"] = sorted({s.label_ for s in spans})
    markup = displacy.render(
        data, style="ent", manual=True, options=options, jupyter=False
    )
    text = doc.text + (title or "")
    return EntityMarkup(_dress(markup, text, embed_font=embed_font, page=page))
