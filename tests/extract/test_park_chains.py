"""Tests for kgraph.extract.park_chains: divisions at the head of a park's name."""

from __future__ import annotations

import pytest

from kgraph.extract.park_chains import park_chains


def _chain(nlp, text: str, park: str):  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    start = text.index(park)
    places, links = park_chains(doc, [doc.char_span(start, start + len(park), "PLACE")])
    return (
        [p.text for p in places],
        {(text[slice(*r.subject)], text[slice(*r.object)]) for r in links},
    )


def test_a_chain_of_divisions(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    places, links = _chain(
        nlp_zh, "仪式在浙江湖州吴兴青山科技园举行。", "浙江湖州吴兴青山科技园"
    )
    assert places == ["浙江", "湖州", "吴兴"]
    assert links == {
        ("湖州", "浙江"),
        ("吴兴", "湖州"),
        ("浙江湖州吴兴青山科技园", "吴兴"),
    }


@pytest.mark.parametrize(
    ("text", "park"),
    [
        (
            "仪式在浙江湖州工业园区举行。",
            "浙江湖州工业园区",
        ),  # only a park word is left
        ("仪式在湖州青山科技园举行。", "湖州青山科技园"),  # one division: not a chain
        (
            "仪式在湖州杭州青山科技园举行。",
            "湖州杭州青山科技园",
        ),  # not inside each other
    ],
)
def test_no_chain(nlp_zh, text: str, park: str) -> None:  # type: ignore[no-untyped-def]
    assert _chain(nlp_zh, text, park) == ([], set())
