"""Tests for kgraph.extract.posts: posts written after the person."""

from __future__ import annotations

import pytest

from kgraph.extract.posts import person_first_posts


def _spans(nlp, text: str, names: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    spans = []
    for name, label in names:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label))
    return doc, spans


@pytest.mark.parametrize(
    ("text", "names", "role"),
    [
        (
            "周立言同志现任青禾钢铁集团董事长、总经理。",
            "周立言 青禾钢铁集团",
            "董事长、总经理",
        ),
        ("省政府任命林一舟为东岳大学校长。", "林一舟 东岳大学", "校长"),
        ("林一舟同志任东岳市第三中学校长。", "林一舟 东岳市第三中学", "校长"),
        ("林一舟被任命为东岳大学校长。", "林一舟 东岳大学", "校长"),
        ("林一舟同志接任东岳大学校长。", "林一舟 东岳大学", "校长"),
        ("林一舟继任青禾钢铁集团董事长。", "林一舟 青禾钢铁集团", "董事长"),
        ("林一舟受聘为东岳大学副校长。", "林一舟 东岳大学", "副校长"),
        ("周立言是青禾马戏团的创始人及总经理。", "周立言 青禾马戏团", "创始人及总经理"),
        (
            "周立言开始担任青禾银行党委书记、董事长。",
            "周立言 青禾银行",
            "党委书记、董事长",
        ),
    ],
)
def test_posts_person_then_verb_then_post(nlp_zh, text, names, role) -> None:  # type: ignore[no-untyped-def]
    person, org = names.split()
    doc, spans = _spans(nlp_zh, text, [(person, "PERSON"), (org, "ORG")])
    found = person_first_posts(doc.text, (0, len(doc.text)), spans)
    assert [r.role for r in found] == [role]


@pytest.mark.parametrize(
    "text",
    [
        # 为 without a verb of appointing before the person
        "林一舟为东岳大学校长题词。",
        "林一舟参观了东岳大学校史馆。",
    ],
)
def test_posts_silent_without_a_verb(nlp_zh, text: str) -> None:  # type: ignore[no-untyped-def]
    doc, spans = _spans(nlp_zh, text, [("林一舟", "PERSON"), ("东岳大学", "ORG")])
    assert person_first_posts(doc.text, (0, len(doc.text)), spans) == []
