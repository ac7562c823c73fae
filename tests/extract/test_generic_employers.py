"""Tests for kgraph.extract.generic_employers: ``合作社负责人X`` and its one 合作社."""

from __future__ import annotations

from kgraph.extract.generic_employers import generic_employers


def _found(nlp, text: str, names: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    spans = []
    for name, label in names:
        start = text.find(name)
        while start >= 0:
            spans.append(doc.char_span(start, start + len(name), label))
            start = text.find(name, start + 1)
    return {
        (text[slice(*r.subject)], text[slice(*r.object)], r.role)  # type: ignore[misc]
        for r in generic_employers(text, spans, [])
    }


def test_the_one_cooperative(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    text = "村里成立了青禾种植合作社。“今年收成好。”合作社负责人王一说。"
    names = [("青禾种植合作社", "ORG"), ("王一", "PERSON")]
    assert _found(nlp_zh, text, names) == {("王一", "青禾种植合作社", "负责人")}


def test_the_kind_after_according_to(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    """据合作社社长X介绍: the source is still the bare kind's head."""
    text = "村里成立了青禾种植合作社。据合作社社长王一介绍，收成很好。"
    names = [("青禾种植合作社", "ORG"), ("王一", "PERSON")]
    assert _found(nlp_zh, text, names) == {("王一", "青禾种植合作社", "社长")}


def test_two_of_a_kind_name_no_one(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    text = "青禾种植合作社和红岭养殖合作社都在村里。合作社负责人王一说。"
    names = [("青禾种植合作社", "ORG"), ("红岭养殖合作社", "ORG"), ("王一", "PERSON")]
    assert _found(nlp_zh, text, names) == set()


def test_the_name_comes_first(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    text = "合作社负责人王一说，邻村的青禾种植合作社也来学习。"
    names = [("青禾种植合作社", "ORG"), ("王一", "PERSON")]
    assert _found(nlp_zh, text, names) == set()


def test_a_kind_inside_an_unknown_name(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    text = "青禾种植合作社成立了。红岭合作社负责人王一说。"
    names = [("青禾种植合作社", "ORG"), ("王一", "PERSON")]
    assert _found(nlp_zh, text, names) == set()


def test_the_one_association_of_its_kind(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    text = "澳门青禾同乡会举行会员大会。同乡会副总监王一发言。"
    names = [("澳门青禾同乡会", "ORG"), ("王一", "PERSON")]
    assert _found(nlp_zh, text, names) == {("王一", "澳门青禾同乡会", "副总监")}
