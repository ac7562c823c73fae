"""A post the sentence opens with: ``作为青禾集团董事长，陈某…``.

News introduces a speaker by the post he holds before naming him:
``作为 ORG [(aside)] [的] POST [，] PERSON`` (also ``身为``). The person is the one
right after the post (after its comma), the organisation the one right after
作为. Each gives ``works_for`` with the post as its role (confidence 0.8).
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span

from kgraph.extract.extensions import RelationMention
from kgraph.extract.lexicon import POST_CHAIN
from kgraph.types import EntityType, Predicate

__all__ = ["as_posts"]

_ORG, _PERSON = EntityType.ORG.value, EntityType.PERSON.value
_AS = re.compile(r"(?:作为|身为)$")
#: after the organisation: an aside, 的, the post, a comma, the person
_POST_THEN = re.compile(
    rf"(?:[(（][^()（）]{{1,12}}[)）])?的?(?P<post>{POST_CHAIN})[，,]?\s*$"
)


def as_posts(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    """``works_for`` from ``作为 ORG POST，PERSON`` in ``sent``.

    Examples
    --------
    >>> import spacy
    >>> text = "作为青禾集团有限公司董事长，陈某表示将加大投资。"
    >>> doc = spacy.blank("zh")(text)
    >>> spans = [doc.char_span(2, 10, "ORG"), doc.char_span(14, 16, "PERSON")]
    >>> [r.role for r in as_posts(text, (0, len(text)), spans)]
    ['董事长']
    """
    ordered = sorted(spans, key=lambda s: s.start_char)
    out: list[RelationMention] = []
    for org, person in itertools.pairwise(ordered):
        if org.label_ != _ORG or person.label_ != _PERSON:
            continue
        if not (sent[0] <= org.start_char and person.end_char <= sent[1]):
            continue
        if _AS.search(text, max(sent[0], org.start_char - 2), org.start_char) is None:
            continue
        post = _POST_THEN.match(text[org.end_char : person.start_char])
        if post is None:
            continue
        out.append(
            RelationMention(
                Predicate.WORKS_FOR,
                (person.start_char, person.end_char),
                (org.start_char, org.end_char),
                sent,
                0.8,
                role=post["post"],
            )
        )
    return out
