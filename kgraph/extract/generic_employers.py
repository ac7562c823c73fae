"""Employers written as a bare kind: ``公司总经理X``, ``合作社负责人X``.

A report about one company calls it ``公司`` once it has been named
(``公司总经理张三介绍``); a report about one cooperative says ``合作社``. The
bare kind word, opening its clause (or after 该/本/这家), then a post and a
person, names the one organisation of that kind the document writes: the
person ``works_for`` it. With two or more organisations of that kind, or none,
the kind names no one and nothing is given; the name must come before the
bare word, which refers back to it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kgraph.extract.extensions import RelationMention
from kgraph.extract.lexicon import POST_CHAIN
from kgraph.types import EntityType, Predicate

__all__ = ["generic_employers"]

_ORG, _PERSON = EntityType.ORG.value, EntityType.PERSON.value
#: kinds of organisation a report refers back to by the bare word
_KINDS = (
    "公司",
    "集团",
    "合作社",
    "医院",
    "学校",
    "银行",
    "研究院",
    "研究所",
    "协会",
    "商会",
    "同乡会",
    "联谊会",
    "总会",
    "工厂",
    "基金会",
)
_BARE = re.compile(
    r"(?:^|(?<=[，,。；;：:“”\"「」『』（）()、\s])|(?<=该|本|据)|(?<=这家))"
    rf"(?P<kind>{'|'.join(_KINDS)})(?P<post>{POST_CHAIN})$"
)
_REACH = 24  # characters before a person the kind and post may take


def generic_employers(
    text: str, spans: list[Span], found: list[RelationMention]
) -> list[RelationMention]:
    """``works_for`` from ``KIND POST PERSON`` to the document's one ``…KIND``.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("甲乙合作社成立了。合作社负责人王一说。")
    >>> spans = [doc.char_span(0, 5, "ORG"), doc.char_span(15, 17, "PERSON")]
    >>> [(r.object, r.role) for r in generic_employers(doc.text, spans, [])]
    [((0, 5), '负责人')]
    """
    employed = {
        r.subject
        for r in found
        if r.predicate is Predicate.WORKS_FOR and r.subject is not None
    }
    orgs = [s for s in spans if s.label_ == _ORG]
    out: list[RelationMention] = []
    for person in (s for s in spans if s.label_ == _PERSON):
        key = (person.start_char, person.end_char)
        if key in employed:
            continue
        start = max(0, person.start_char - _REACH)
        m = _BARE.search(text[start : person.start_char])
        if m is None:
            continue
        kind, opened = m["kind"], start + m.start()
        if any(opened <= s.start_char < person.start_char for s in spans):
            continue  # a name between the kind and the person: not a bare kind
        # the organisations of that kind (a name longer than the bare word)
        named = [s for s in orgs if s.text.endswith(kind) and len(s.text) > len(kind)]
        if len({s.text for s in named}) != 1:
            continue
        earlier = [s for s in named if s.end_char <= opened]
        if not earlier:
            continue  # the bare kind refers back: the name comes first
        employer = earlier[-1]
        out.append(
            RelationMention(
                Predicate.WORKS_FOR,
                key,
                (employer.start_char, employer.end_char),
                (opened, person.end_char),
                0.7,
                m["post"],
            )
        )
        employed.add(key)
    return out
