"""Posts written after the person: ``张锐钢任天津港集团董事长``, ``任命X为Y大学校长``.

`kgraph.extract.relations` reads ``ORG TITLE PERSON`` (``温氏集团董事长温志芬``).
News and biographies also write the person first, with an appointment verb:
``PERSON [同志] (现)任/担任/出任/兼任/当选为/被任命为/受聘为/是 ORG [(aside)] [的]
[部门] TITLE``,
and the passive of appointing, ``任命/聘任 PERSON [同志] 为 ORG TITLE``. Each gives
``works_for`` with the post as its role. Founding verbs are read by
`kgraph.extract.founders`; a person named once at the head of a biography, by
`kgraph.extract.subjects`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kgraph.extract.extensions import RelationMention
from kgraph.extract.lexicon import POST_CHAIN
from kgraph.types import EntityType, Predicate

__all__ = ["person_first_posts"]

_ORG, _PERSON = EntityType.ORG.value, EntityType.PERSON.value
#: after the organisation: an aside (``(北京)``), 的, then the post
_POST_AFTER = re.compile(rf"(?:[(（][^()（）]{{1,12}}[)）])?的?(?P<post>{POST_CHAIN})")
_APPOINTED = re.compile(
    r"^[，,]?\s*(?:同志)?(?:现|曾|同时|后|并|又|已|开始|先后|正式)?"
    r"(?:任|担任|出任|兼任|升任|调任|就任|接任|继任|拟任|当选为?|现为|是|系"
    r"|被?任命为|被?聘为|受聘为?|获任)(?:为)?$"
)
#: ``任命 PERSON 为 ORG TITLE``: the verb before the person, 为 after it
_APPOINTING = re.compile(r"(?:任命|聘任|聘请|委任|推选|选举|提名)$")
_AS = re.compile(r"^(?:同志)?为$")


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
        appointed = _APPOINTED.match(gap) or (
            _AS.match(gap) and _APPOINTING.search(text, sent[0], person.start_char)
        )
        if post is None or not appointed:
            continue
        role = post["post"]
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
