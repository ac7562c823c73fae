"""Posts shared along a list of people: ``副总经理A、B``, ``董事长A,总经理B``.

An organisation's people are listed after its name, each with a post or
sharing the one before: in ``甲公司副总经理A、B`` both A and B are deputy
managers of 甲公司, and in ``甲公司董事长A,总经理B`` B is the manager of the
same 甲公司, which the list does not repeat. Once the first person of such a
list has an employer, each next person joined by 、 or 和 (same post) or by a
comma and a post of their own (no other name written between) gets the same
employer, unless a rule already gave them one. The first person's post must
be written in the clause of the employer (``甲公司董事长A``), and a person
whose name runs on into a post (``A、B公司总裁C``) starts a post of their own.
A government post (``副市长``, ``县委书记``) names its own body and is never
carried along by a comma.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span

from kgraph.extract.clauses import CLAUSE_BREAK
from kgraph.extract.extensions import RelationMention
from kgraph.extract.lexicon import POST_CHAIN
from kgraph.types import EntityType, Predicate

__all__ = ["listed_posts"]

_PERSON = EntityType.PERSON.value
_SAME_POST = re.compile(r"^(?:、|和|及)$")
_OWN_POST = re.compile(rf"^[，,、]\s*(?P<post>{POST_CHAIN})\s*$")
#: a post of a place's party committee or government, not the organisation's
_POST_NEXT = re.compile(POST_CHAIN)
_GOVERNMENT = re.compile(r"[省市州盟县区旗镇乡](?:委|党委|党工委|长)")


def listed_posts(
    text: str, spans: list[Span], found: list[RelationMention]
) -> list[RelationMention]:
    """``works_for`` for the people listed after one whose employer is known.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("甲公司副总经理王一、李二出席。")
    >>> first, second = doc.char_span(7, 9, "PERSON"), doc.char_span(10, 12, "PERSON")
    >>> known = RelationMention(
    ...     Predicate.WORKS_FOR, (7, 9), (0, 3), (0, 15), 0.9, "副总经理"
    ... )
    >>> found = listed_posts(doc.text, [first, second], [known])
    >>> [(r.subject, r.object, r.role) for r in found]
    [((10, 12), (0, 3), '副总经理')]
    """
    employed: dict[tuple[int, int], RelationMention] = {}
    anchored: set[tuple[int, int]] = set()
    for rel in found:
        if rel.predicate is Predicate.WORKS_FOR and rel.subject is not None:
            employed.setdefault(rel.subject, rel)
            between = text[rel.object[1] : rel.subject[0]]
            if rel.object[1] <= rel.subject[0] and not CLAUSE_BREAK.search(between):
                anchored.add(rel.subject)
    people = sorted(
        (s for s in spans if s.label_ == _PERSON), key=lambda s: s.start_char
    )
    named = sorted({(s.start_char, s.end_char) for s in spans})
    out: list[RelationMention] = []
    for before, person in itertools.pairwise(people):
        key = (person.start_char, person.end_char)
        known = employed.get((before.start_char, before.end_char))
        if (
            known is None
            or key in employed
            or (before.start_char, before.end_char) not in anchored
        ):
            continue
        if person.start_char < known.sentence[0] or _POST_NEXT.match(
            text, person.end_char
        ):
            continue  # 荣麟家居总裁: a name that goes on into its own post
        if person.end_char > known.sentence[1]:
            continue
        gap = text[before.end_char : person.start_char]
        if any(before.end_char <= s < person.start_char for s, _ in named):
            continue  # another name between: not the same list
        if _SAME_POST.match(gap):
            role = known.role
        elif (own := _OWN_POST.match(gap)) and not _GOVERNMENT.search(own["post"]):
            role = own["post"]
        else:
            continue
        rel = RelationMention(
            Predicate.WORKS_FOR, key, known.object, known.sentence, 0.8, role
        )
        employed[key] = rel
        anchored.add(key)
        out.append(rel)
    return out
