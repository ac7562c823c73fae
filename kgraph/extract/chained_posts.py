"""Chains of posts with their own employers: ``甲集团董事长、乙商会会长张三``.

A person is named after a chain of posts joined by ``、``, each written with the
organisation it is held in. The rules that read ``ORG POST PERSON`` give the post
right before the person; this one walks back along the chain: each earlier link
``ORG POST、`` gives one more ``works_for`` with that post as its role. Links
without an organisation of their own (``董事长、总经理张三``) share the one before
them and are the list rules' (`kgraph.extract.listed`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kgraph.extract.extensions import RelationMention
from kgraph.extract.lexicon import TITLES, suffix_regex
from kgraph.types import EntityType, Predicate

__all__ = ["chained_employers"]

_ORG = EntityType.ORG.value
_TITLE = suffix_regex(TITLES).pattern
#: a rank written before a post: 常务副部长, 执行董事长
_RANK = "(?:常务|执行|第一)?"
#: a link of the chain after its organisation: the post (or posts), then 、
_LINK = re.compile(rf"(?P<post>{_RANK}(?:{_TITLE})(?:、{_RANK}(?:{_TITLE}))*)、")
_REACH = 16  # characters of one link's posts


def chained_employers(
    text: str, spans: list[Span], found: list[RelationMention]
) -> list[RelationMention]:
    """``works_for`` for the earlier links of each chain of posts in ``found``.

    Examples
    --------
    >>> import spacy
    >>> from kgraph.types import Predicate
    >>> doc = spacy.blank("zh")("甲乙集团董事长、丙丁商会会长张三出席。")
    >>> a, b = doc.char_span(0, 4, "ORG"), doc.char_span(8, 12, "ORG")
    >>> person = doc.char_span(14, 16, "PERSON")
    >>> last = RelationMention(Predicate.WORKS_FOR, (14, 16), (8, 12), (0, 19))
    >>> found = chained_employers(doc.text, [a, b, person], [last])
    >>> [(r.object, r.role) for r in found]
    [((0, 4), '董事长')]
    """
    orgs = {s.end_char: s for s in spans if s.label_ == _ORG}
    have = {(r.subject, r.object) for r in found if r.predicate is Predicate.WORKS_FOR}
    out: list[RelationMention] = []
    for rel in found:
        if rel.predicate is not Predicate.WORKS_FOR or rel.subject is None:
            continue
        start = rel.object[0]
        while True:
            org = _link_before(text, orgs, start)
            if org is None:
                break
            span, post = org
            key = (rel.subject, (span.start_char, span.end_char))
            if key not in have:
                have.add(key)
                out.append(
                    RelationMention(
                        Predicate.WORKS_FOR,
                        rel.subject,
                        key[1],
                        rel.sentence,
                        rel.confidence,
                        role=post,
                    )
                )
            start = span.start_char
    return out


def _link_before(
    text: str, orgs: dict[int, Span], start: int
) -> tuple[Span, str] | None:
    """The organisation and post of the link ``ORG POST、`` ending at ``start``."""
    for end in range(start - 2, max(-1, start - _REACH), -1):
        org = orgs.get(end)
        if org is not None:
            link = _LINK.fullmatch(text, end, start)
            return (org, link["post"]) if link else None
    return None
