"""Posts written in brackets beside the name: ``王某（青禾集团董事长）表示``.

News glosses a person or an organisation with a bracketed post:

* ``PERSON [先生|博士…]（[现任|时任] ORG [的] POST）``: the person holds the post;
* ``ORG（POST PERSON）``: the organisation's post-holder.

Each gives ``works_for`` with the post as its role (confidence 0.8).
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span

from kgraph.extract.extensions import RelationMention
from kgraph.extract.lexicon import POST_CHAIN
from kgraph.types import EntityType, Predicate

__all__ = ["bracketed_posts"]

_ORG, _PERSON = EntityType.ORG.value, EntityType.PERSON.value
_OPEN = r"(?:先生|女士|博士|教授|同志)?\s*[(（]\s*(?:现任|时任|曾任|原)?"
#: between the person and the organisation: an honorific, the bracket
_PERSON_GLOSS = re.compile(rf"^{_OPEN}$")
#: after the organisation: 的, the post, the closing bracket
_POST_CLOSE = re.compile(rf"的?(?P<post>{POST_CHAIN})\s*[)）]")
#: between the organisation and the person: the bracket, the post
_ORG_GLOSS = re.compile(rf"^\s*[(（]\s*(?P<post>{POST_CHAIN})\s*[:：]?\s*$")
_CLOSE = re.compile(r"\s*[)）]")


def bracketed_posts(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    """``works_for`` from posts in brackets beside a person or an organisation.

    Examples
    --------
    >>> import spacy
    >>> text = "王小明（青禾集团董事长）表示将加大投资。"
    >>> doc = spacy.blank("zh")(text)
    >>> spans = [doc.char_span(0, 3, "PERSON"), doc.char_span(4, 8, "ORG")]
    >>> [r.role for r in bracketed_posts(text, (0, len(text)), spans)]
    ['董事长']
    """
    ordered = sorted(
        (s for s in spans if sent[0] <= s.start_char and s.end_char <= sent[1]),
        key=lambda s: s.start_char,
    )
    out: list[RelationMention] = []
    for first, second in itertools.pairwise(ordered):
        gap = text[first.end_char : second.start_char]
        if first.label_ == _PERSON and second.label_ == _ORG:
            post = _POST_CLOSE.match(text, second.end_char, sent[1])
            if post is not None and _PERSON_GLOSS.match(gap):
                out.append(_works_for(first, second, sent, post["post"]))
        elif first.label_ == _ORG and second.label_ == _PERSON:
            gloss = _ORG_GLOSS.match(gap)
            if gloss is not None and _CLOSE.match(text, second.end_char, sent[1]):
                out.append(_works_for(second, first, sent, gloss["post"]))
    return out


def _works_for(
    person: Span, org: Span, sent: tuple[int, int], role: str
) -> RelationMention:
    return RelationMention(
        Predicate.WORKS_FOR,
        (person.start_char, person.end_char),
        (org.start_char, org.end_char),
        sent,
        0.8,
        role=role,
    )
