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

The post between an employer and a person is read here too (`post_of`); across
a list of officials (``中远海运集团董事长许立荣、总经理付刚峰``) the gap before
付刚峰 is the last title (`listed_gap`), a unit's title too (``财务部经理``), but
not another body's (``，中总副会长``).
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span

from kgraph.extract.clauses import CLAUSE_BREAK
from kgraph.extract.extensions import RelationMention
from kgraph.extract.lexicon import POST_CHAIN, TITLES, suffix_regex
from kgraph.types import EntityType, Predicate

__all__ = ["listed_gap", "listed_posts", "post_of"]

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


#: ``ORG [(aside)] post [：] PERSON``: ``中国石油大学(北京)校长``, ``董事长：``
_TITLE_RE = re.compile(
    rf"^(?:[(（][^()（）]{{1,12}}[)）])?(?P<lead>\s*)(?P<post>{POST_CHAIN})"
    r"(?P<trail>\s*[:：]?\s*)$"
)
_TITLE_END = suffix_regex(TITLES)


def post_of(gap: str) -> str | None:
    """The post a gap between an employer and a person writes, if it is one.

    Examples
    --------
    >>> post_of("董事长"), post_of("集团 董事长 ")
    ('董事长', None)

    A space may stand on one side of the post (``甲集团董事长 张三``), not on both:
    ``甲集团 董事长 张三`` is columns of a table, which need not line up.
    """
    m = _TITLE_RE.match(gap)
    if m is None or (m["lead"] and m["trail"] != m["trail"].lstrip()):
        return None
    return m["post"]


#: what joins the officials of a list: 董事长A、总经理B, 总经理A和副总经理B
_LIST_JOIN = re.compile(r"(?:、|，|,|以及|和|及|与)")


def listed_gap(text: str, start: int, end: int, people: list[Span]) -> str:
    """The title between an employer and a person, across a list of officials.

    In ``中远海运集团董事长许立荣、总经理付刚峰`` the gap before 付刚峰 is
    ``董事长许立荣、总经理``: when the people named in it are each followed by
    、 (or ，, 和, 及, 与) and a title, the gap is the last title (``总经理``).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("甲集团董事长王一、总经理李二")
    >>> listed_gap(doc.text, 3, 12, [doc.char_span(6, 8, "PERSON")])
    '总经理'
    """
    gap = text[start:end].lstrip(")）")
    for other in people:
        if start <= other.start_char and other.end_char <= end:
            before = text[start : other.start_char].lstrip(")）")
            after = text[other.end_char : end]
            joined = _LIST_JOIN.match(after)
            if post_of(before) and joined:
                candidate = after[joined.end() :]
                if post_of(candidate) and _bare_or_unit(candidate):
                    gap = candidate
    return gap


#: the end of a unit whose post a list of officials carries on (财务部经理)
_UNIT_END = re.compile(r"[部处办室科组局厅所站队]$|中心$")


def _bare_or_unit(post: str) -> bool:
    """Whether ``post`` is a title, or a unit's title: ``,中总副会长`` names
    another body, and is no post of the list's employer."""
    title = _TITLE_END.search(post)
    prefix = post[: title.start()].strip(" \t\u3000:：") if title else post
    return not prefix or _UNIT_END.search(prefix) is not None
