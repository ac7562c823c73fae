"""Tests for kgraph.extract.subjects: posts tied to the sentence's subject."""

from __future__ import annotations

import pytest

from kgraph.extract.subjects import subject_posts


def _posts(nlp, text: str, names: list[tuple[str, str]]) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    spans = []
    for name, label in names:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label))
    return {
        (text[slice(*r.subject)], text[slice(*r.object)], r.role or "")
        for r in subject_posts(text, (0, len(text)), spans)
    }


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # a biography: the person heads the sentence, the post clause later
            "周立言，男，1962年出生，高级工程师，现任青禾科技股份有限公司董事长。",
            [("周立言", "PERSON"), ("青禾科技股份有限公司", "ORG")],
            {("周立言", "青禾科技股份有限公司", "董事长")},
        ),
        (  # a list of organisations sharing the post
            "周立言，男，1972年生，青禾环保有限公司、东岳新材料股份有限公司董事长。",
            [
                ("周立言", "PERSON"),
                ("青禾环保有限公司", "ORG"),
                ("东岳新材料股份有限公司", "ORG"),
            ],
            {
                ("周立言", "青禾环保有限公司", "董事长"),
                ("周立言", "东岳新材料股份有限公司", "董事长"),
            },
        ),
        (  # apposition
            "林一舟，东岳大学校长。",
            [("林一舟", "PERSON"), ("东岳大学", "ORG")],
            {("林一舟", "东岳大学", "校长")},
        ),
        (  # the organisation heads the sentence, a bare post and a name later
            "东岳市第二中学创办于1966年，是一所初中，现任校长林一舟。",
            [("东岳市第二中学", "ORG"), ("林一舟", "PERSON")],
            {("林一舟", "东岳市第二中学", "校长")},
        ),
        (  # the organisation the clause before ends with
            "两家公司共同成立青禾科技有限公司，周立言任董事长。",
            [("青禾科技有限公司", "ORG"), ("周立言", "PERSON")],
            {("周立言", "青禾科技有限公司", "董事长")},
        ),
    ],
)
def test_subjects_posts(nlp_zh, text, names, expected) -> None:  # type: ignore[no-untyped-def]
    assert _posts(nlp_zh, text, names) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # another person between the head and the post
            "周立言，林一舟的老师，现任青禾科技股份有限公司董事长。",
            [
                ("周立言", "PERSON"),
                ("林一舟", "PERSON"),
                ("青禾科技股份有限公司", "ORG"),
            ],
        ),
        (  # the post clause says more than the post
            "周立言，青禾科技股份有限公司董事长表示支持。",
            [("周立言", "PERSON"), ("青禾科技股份有限公司", "ORG")],
        ),
    ],
)
def test_subjects_silent(nlp_zh, text, names) -> None:  # type: ignore[no-untyped-def]
    assert _posts(nlp_zh, text, names) == set()
