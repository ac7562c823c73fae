"""Tests for kgraph.export.summary: the short repr and the HTML summary of a graph."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgraph.export.summary import TOP_ENTITIES, summary_html, summary_line
from kgraph.types import Entity, EntityType, KnowledgeGraph

ROOT = Path(__file__).parents[2]
#: one line of counts: documents, entities (by type), relations, [events, merges]
LINE_RE = re.compile(
    r"<KnowledgeGraph: \d+ documents?, \d+ entit(?:y|ies)"
    r"(?: \((?:[A-Z]+ \d+(?:, )?)+\))?"
    r", \d+ relations?(?:, \d+ events?)?(?:, \d+ merges?)?>"
)


class _Tags(HTMLParser):
    """The tags and attributes of a page, and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(page: str) -> _Tags:
    tags = _Tags()
    tags.feed(page)
    return tags


def test_summary_line_counts_by_type(small_kg: KnowledgeGraph) -> None:
    assert summary_line(small_kg) == (
        "<KnowledgeGraph: 1 document, 10 entities (PLACE 3, PERSON 2, ORG 2, "
        "MONEY 1, PROJECT 1, ARTICLE 1), 6 relations>"
    )


def test_summary_line_of_an_empty_graph() -> None:
    assert summary_line(KnowledgeGraph()) == (
        "<KnowledgeGraph: 0 documents, 0 entities, 0 relations>"
    )


def test_summary_repr_is_the_line_and_full_repr_has_every_field(
    small_kg: KnowledgeGraph,
) -> None:
    assert repr(small_kg) == summary_line(small_kg) == str(small_kg)
    full = small_kg.full_repr()
    assert full.startswith("KnowledgeGraph(entities=(Entity(")
    assert all(repr(e) in full for e in small_kg.entities)
    assert all(repr(r) in full for r in small_kg.relations)
    assert "_index" not in full


_TYPES = st.sampled_from([t for t in EntityType if t is not EntityType.MONEY])


@settings(max_examples=40, deadline=None)
@given(st.lists(_TYPES, max_size=30))
def test_summary_line_is_one_short_line_whatever_the_graph(
    types: list[EntityType],
) -> None:
    kg = KnowledgeGraph(
        entities=tuple(Entity(f"e{i}", t, f"名{i}") for i, t in enumerate(types))
    )
    line = repr(kg)
    assert LINE_RE.fullmatch(line), line
    counts = [int(n) for n in re.findall(r"[A-Z]+ (\d+)", line)]
    assert sum(counts) == len(types)


def test_summary_html_escapes_labels() -> None:
    org = Entity("org-1", EntityType.ORG, '<script>alert("x")</script>公司')
    page = summary_html(KnowledgeGraph(entities=(org,)))
    assert "<script" not in page
    assert '<script>alert("x")</script>公司' in "".join(parsed(page).text)


def test_summary_html_has_no_external_resources(small_kg: KnowledgeGraph) -> None:
    tags = parsed(summary_html(small_kg)).tags
    names = {tag for tag, _ in tags}
    assert names <= {
        "div",
        "p",
        "code",
        "table",
        "caption",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    }
    assert not [a for _, attrs in tags for a, _ in attrs if a in {"src", "href"}]


def test_summary_html_lists_types_top_entities_and_predicates(
    small_kg: KnowledgeGraph,
) -> None:
    page = small_kg._repr_html_()
    by_type, top, predicates = (
        re.findall(r"<tr><td>(.*?)</td>", table) for table in page.split("<table")[1:]
    )
    assert by_type[0] == "PLACE" and set(by_type) == {t.value for t in EntityType}
    assert top[0] == "湘家荡区域"  # two mentions, the most
    assert small_kg.documents[0].title not in top  # the article node is left out
    assert set(predicates) == {r.predicate.value for r in small_kg.relations}


def test_summary_html_top_is_bounded() -> None:
    kg = KnowledgeGraph(
        entities=tuple(Entity(f"e{i}", EntityType.ORG, f"公司{i}") for i in range(50))
    )
    page = summary_html(kg)
    assert page.count("<tr><td>公司") == TOP_ENTITIES


@pytest.mark.slow
def test_summary_repr_of_five_articles_stays_short(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    import kgraph

    paths = [
        ROOT / "examples" / "a1_xiangjiadang.txt",
        *sorted((ROOT / "eval" / "articles").glob("*.txt"))[:4],
    ]
    kg = kgraph.build(
        [(p.stem, p.read_text(encoding="utf-8")) for p in paths], nlp=nlp_lac
    )
    assert len(kg.documents) == 5 and len(kg.entities) > 100
    assert len(repr(kg)) < 200 and "\n" not in repr(kg)
    assert len(kg._repr_html_()) < 5_000
    assert len(kg.full_repr()) > 100_000  # what repr used to print
