"""Tests for kgraph.viz.displacy: entity highlighting with spaCy's displaCy."""

from __future__ import annotations

import pytest

from kgraph.errors import InvalidInputError, MissingAnnotationError
from kgraph.extract.extensions import SPANS_KEY
from kgraph.viz.displacy import COLOURS, EntityMarkup, render_entities

TEXT = "腾讯天美电竞度假村项目位于湘家荡区域"


def _doc(nlp_zh, *, spans: bool = True, ents: bool = True):  # type: ignore[no-untyped-def]
    """A hand-built Doc: ORG 腾讯天美电竞度假村 in PROJECT …项目, PLACE 湘家荡区域."""
    doc = nlp_zh(TEXT)
    org = doc.char_span(0, 9, "ORG")
    project = doc.char_span(0, 11, "PROJECT")
    place = doc.char_span(13, 18, "PLACE")
    if spans:
        doc.spans[SPANS_KEY] = [org, project, place]
    if ents:
        doc.ents = [org, place]
    return doc


def test_displacy_ent_style_highlights_in_type_colours(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    markup = str(render_entities(_doc(nlp_zh), embed_font=False))
    assert "湘家荡区域" in markup
    assert f"background: {COLOURS['PLACE']}" in markup


def test_displacy_ent_style_prefers_the_longest_span(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    markup = str(render_entities(_doc(nlp_zh), embed_font=False))
    assert "PROJECT" in markup
    assert ">ORG<" not in markup.replace(" ", "").replace("\n", "")


def test_displacy_ent_style_falls_back_to_doc_ents(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    markup = str(render_entities(_doc(nlp_zh, spans=False), embed_font=False))
    assert "ORG" in markup and "PROJECT" not in markup


def test_displacy_span_style_keeps_overlapping_spans(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    markup = str(render_entities(_doc(nlp_zh), style="span", embed_font=False))
    assert "ORG" in markup and "PROJECT" in markup and "PLACE" in markup


def test_displacy_page_embeds_the_font(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    page = str(render_entities(_doc(nlp_zh), page=True, title="示例"))
    assert page.startswith("<!DOCTYPE html>")
    assert "@font-face { font-family: kgraph-cjk;" in page
    assert "示例" in page


def test_displacy_markup_shows_in_a_notebook(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    markup = render_entities(_doc(nlp_zh), embed_font=False)
    assert isinstance(markup, EntityMarkup)
    assert markup._repr_html_() == str(markup)


@pytest.mark.slow
def test_displacy_renders_a_text_through_the_pipeline(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    markup = str(render_entities("万托科技(嘉兴)有限公司负责人陈学金说。", nlp=nlp_lac))
    assert "陈学金" in markup and "PERSON" in markup


def test_displacy_needs_entity_annotation(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(MissingAnnotationError, match=r"kgraph\.load"):
        render_entities(nlp_zh(TEXT))


def test_displacy_span_style_needs_the_spans(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(MissingAnnotationError, match='style="ent"'):
        render_entities(_doc(nlp_zh, spans=False), style="span")


@pytest.mark.parametrize(
    ("doc", "style", "error"),
    [
        (42, "ent", TypeError),
        ("", "dep", InvalidInputError),
    ],
)
def test_displacy_rejects_bad_arguments(doc: object, style: str, error: type) -> None:
    with pytest.raises(error):
        render_entities(doc, style=style)  # type: ignore[arg-type]
