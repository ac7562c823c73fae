"""Tests for kgraph.extract.project_sites: projects placed without their name."""

from __future__ import annotations

import pytest

from tests.extract.test_relations import annotated_doc, relations


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (
            # the project ends the clause before the cue
            "由青禾公司投资的松岚康养项目,计划落户云溪园区。",
            [("青禾公司", "ORG"), ("松岚康养项目", "PROJECT"), ("云溪园区", "PLACE")],
            ("松岚康养项目", "located_in", "云溪园区"),
        ),
        (
            # a bare 项目 for the project named before it in the sentence
            "青禾公司签约松岚康养项目,企业形成优势,项目选址于云溪园区,占地百亩。",
            [("青禾公司", "ORG"), ("松岚康养项目", "PROJECT"), ("云溪园区", "PLACE")],
            ("松岚康养项目", "located_in", "云溪园区"),
        ),
        (
            "松岚康养项目开工,该项目位于云溪园区。",
            [("松岚康养项目", "PROJECT"), ("云溪园区", "PLACE")],
            ("松岚康养项目", "located_in", "云溪园区"),
        ),
    ],
)
def test_project_sites(nlp_zh, text, spans, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in relations(annotated_doc(nlp_zh, text, spans))


def test_bare_project_is_no_organisation(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    """A bare 项目 places the project, never the organisation the sentence is about."""
    text = "青禾公司签约松岚康养项目,项目选址于云溪园区。"
    spans = [("青禾公司", "ORG"), ("松岚康养项目", "PROJECT"), ("云溪园区", "PLACE")]
    found = relations(annotated_doc(nlp_zh, text, spans))
    assert ("松岚康养项目", "located_in", "云溪园区") in found
    assert ("青禾公司", "located_in", "云溪园区") not in found


def test_no_project_no_site(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    """Without a project named before it in the sentence a bare 项目 places nothing."""
    text = "青禾公司签约松岚康养项目。项目选址于云溪园区。"
    spans = [("青禾公司", "ORG"), ("松岚康养项目", "PROJECT"), ("云溪园区", "PLACE")]
    found = relations(annotated_doc(nlp_zh, text, spans))
    assert not {r for r in found if r[1] == "located_in"}
