"""Posts written after the person: ``张锐钢任天津港集团董事长``, ``X创办了Y公司``.

`kgraph.extract.relations` reads ``ORG TITLE PERSON`` (``温氏集团董事长温志芬``).
News and biographies also write the person first:

* appointment verbs: ``PERSON (现)任/担任/出任/兼任 ORG [部门] TITLE``;
* founding verbs: ``PERSON 创办/创立/创建/成立/组建 (了) ORG``, role 创始人.

Each gives ``works_for`` with the post as its role. (Apposition, ``PERSON，ORG
TITLE``, was tried and left out: it raised the development split only.)
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kgraph.extract.extensions import RelationMention
from kgraph.extract.lexicon import TITLES, suffix_regex
from kgraph.types import EntityType, Predicate

__all__ = ["person_first_posts"]

_ORG, _PERSON = EntityType.ORG.value, EntityType.PERSON.value
_TITLE_ALT = suffix_regex(TITLES).pattern
# after the organisation: an optional department, then posts joined by 、
_POST_AFTER = re.compile(
    rf"[\u4e00-\u9fff]{{0,6}}?(?:{_TITLE_ALT})(?:[、兼][\u4e00-\u9fff]{{0,4}}?(?:{_TITLE_ALT}))*"
)
_APPOINTED = re.compile(
    r"^[，,]?\s*(?:现|曾|同时|后|并|又|已)?(?:任|担任|出任|兼任|升任|调任|就任|当选为?)"
    r"(?:为)?$"
)
_FOUNDED = re.compile(
    r"^(?:[于在]?[0-9０-９一二三四五六七八九〇零十]{2,4}年[0-9０-９一二三四五六七八九十]{0,2}月?)?"
    r"(?:创办|创立|创建|成立|创设|组建|创办了|创立了|创建了|成立了|组建了)$"
)
_FOUNDER = "创始人"


def person_first_posts(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    """``works_for`` where the person comes before the organisation and the post.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("2016年3月，张锐钢任天津港集团有限公司董事长。")
    >>> spans = [doc.char_span(8, 11, "PERSON"), doc.char_span(12, 21, "ORG")]
    >>> [r.role for r in person_first_posts(doc.text, (0, len(doc.text)), spans)]
    ['董事长']
    """
    out: list[RelationMention] = []
    ordered = sorted(spans, key=lambda s: s.start_char)
    for i, person in enumerate(ordered):
        if person.label_ != _PERSON:
            continue
        org = next(
            (s for s in ordered[i + 1 :] if s.start_char >= person.end_char), None
        )
        if org is None or org.label_ != _ORG or org.end_char > sent[1]:
            continue
        gap = text[person.end_char : org.start_char]
        post = _POST_AFTER.match(text, org.end_char, sent[1])
        if post is not None and _APPOINTED.match(gap):
            role = post.group()
        elif _FOUNDED.match(gap):
            role = _FOUNDER
        else:
            continue
        out.append(
            RelationMention(
                Predicate.WORKS_FOR,
                (person.start_char, person.end_char),
                (org.start_char, org.end_char),
                sent,
                0.8,
                role=role,
            )
        )
    return out
