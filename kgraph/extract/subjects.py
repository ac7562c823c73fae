"""Posts whose person or employer is the name the sentence is about.

Biographies and profiles name their subject once, then list what it is:

* a person at the head of the sentence, then a clause that is only an organisation
  and a post, optionally after an appointment verb: ``文某，男，1962年生，现任甲乙
  科技股份有限公司董事长`` or ``宋某，甲乙集团党委书记、董事长`` (a list of
  organisations sharing the post, ``甲公司、乙公司董事长``, gives one each);
* an organisation at the head of the sentence, then a clause that is only a post
  and a person: ``甲乙中学创办于1966年，现任校长邱某`` or ``…，吴某当选为董事长``.

Each gives ``works_for`` with the post as its role. The clause must hold no other
name, so a post written with its own employer is left to the other rules.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span

from kgraph.extract.clauses import SUBJECT_WINDOW, clause_of
from kgraph.extract.extensions import RelationMention
from kgraph.extract.lexicon import POST_CHAIN
from kgraph.types import EntityType, Predicate

__all__ = ["subject_posts"]

_ORG, _PERSON, _PLACE = (
    EntityType.ORG.value,
    EntityType.PERSON.value,
    EntityType.PLACE.value,
)
_NAMED = (_ORG, _PERSON, _PLACE)
_CLOSING = "。！？!?”’」 \n"
#: before the organisation of a biography's clause: nothing, or up to a verb
_HIRED = re.compile(
    r"^\s*(?:[^，。]{0,12}?(?:现任|曾任|历任|拟任|任|担任|出任|兼任|升任|调任|现为))?$"
)
#: after the organisation: an aside, 的, the post, then nothing (or 职务)
_CLAUSE_POST = re.compile(
    rf"(?:[(（][^()（）]{{1,12}}[)）])?的?(?P<post>{POST_CHAIN})"
    r"(?:[(（][^()（）]{1,4}[)）])?(?:职务|等职)?\s*$"
)
#: ``(现任) 校长 邱某`` / ``创始人是 X``: a post before the person
_POST_FIRST = re.compile(
    rf"^\s*(?:现任|时任|新任|其)?(?P<post>{POST_CHAIN})(?:是|为|名叫|系)?\s*$"
)
#: ``吴某当选为董事长`` / ``聘请郭某任校长``: a post after the person
_POST_LAST = re.compile(
    r"^(?:同志)?(?:现|将|已|并|正式)?(?:任|担任|出任|当选为?|兼任|为)"
    rf"(?P<post>{POST_CHAIN})(?:职务)?\s*$"
)
_HIRING = re.compile(r"^\s*(?:聘请|聘任|任命|推选|选举|由)?$")
#: between the organisations of a list
_JOINER = re.compile(r"、|和|及|与|以及")


def subject_posts(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    """``works_for`` between the subject of ``sent`` and a post in a later clause.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("宋某某，甲乙集团有限公司董事长。")
    >>> spans = [doc.char_span(0, 3, "PERSON"), doc.char_span(4, 12, "ORG")]
    >>> [r.role for r in subject_posts(doc.text, (0, len(doc.text)), spans)]
    ['董事长']
    """
    named = sorted((s for s in spans if s.label_ in _NAMED), key=lambda s: s.start_char)
    return _biography(text, sent, named) + _organisation_posts(text, sent, named)


def _clause(text: str, sent: tuple[int, int], pos: int) -> tuple[int, int]:
    """The clause at ``pos`` without the sentence's closing punctuation."""
    start, end = clause_of(text, sent, pos)
    while end > start and text[end - 1] in _CLOSING:
        end -= 1
    return start, end


def _mention(
    person: Span, org: Span, sent: tuple[int, int], role: str
) -> RelationMention:
    return RelationMention(
        Predicate.WORKS_FOR,
        (person.start_char, person.end_char),
        (org.start_char, org.end_char),
        sent,
        0.75,
        role=role,
    )


def _biography(
    text: str, sent: tuple[int, int], named: list[Span]
) -> list[RelationMention]:
    """A person heading the sentence, a later clause ``[现任] ORG POST``."""
    if not named or named[0].label_ != _PERSON:
        return []
    head = named[0]
    if head.start_char - sent[0] > SUBJECT_WINDOW:
        return []
    out = []
    for org in named[1:]:
        if org.label_ != _ORG:
            continue
        clause = _clause(text, sent, org.start_char)
        if clause[0] < head.end_char:
            continue
        inside = [s for s in named if clause[0] <= s.start_char < clause[1]]
        # no other person since the head; the clause names only this
        # organisation, or a list ending in it (甲公司、乙公司董事长)
        if inside[-1:] != [org] or not _org_list(text, inside):
            continue
        if any(
            s.label_ == _PERSON
            for s in named
            if head.end_char <= s.start_char < org.start_char
        ):
            continue
        post = _CLAUSE_POST.match(text, org.end_char, clause[1])
        if (
            post is not None
            and post.end() == clause[1]
            and _HIRED.match(text[clause[0] : inside[0].start_char])
        ):
            out += [_mention(head, each, sent, post["post"]) for each in inside]
    return out


def _org_list(text: str, orgs: list[Span]) -> bool:
    """Whether ``orgs`` are organisations written as one list (``甲、乙和丙``)."""
    return all(s.label_ == _ORG for s in orgs) and all(
        _JOINER.fullmatch(text[a.end_char : b.start_char])
        for a, b in itertools.pairwise(orgs)
    )


def _organisation_posts(
    text: str, sent: tuple[int, int], named: list[Span]
) -> list[RelationMention]:
    """An organisation heading the sentence, a later clause ``POST PERSON``."""
    out = []
    for person in (s for s in named if s.label_ == _PERSON):
        clause = _clause(text, sent, person.start_char)
        if [s for s in named if clause[0] <= s.start_char < clause[1]] != [person]:
            continue
        before = text[clause[0] : person.start_char]
        after = text[person.end_char : clause[1]]
        post = _POST_FIRST.match(before) if not after.strip() else None
        if post is None and _HIRING.match(before):
            post = _POST_LAST.match(after)
        if post is None or clause[0] == sent[0]:
            continue
        org = _employer(text, sent, named, clause[0])
        if org is not None:
            out.append(_mention(person, org, sent, post["post"]))
    return out


def _employer(
    text: str, sent: tuple[int, int], named: list[Span], start: int
) -> Span | None:
    """The organisation a bare post in the clause at ``start`` is with.

    The one the clause before ends with (``…共同成立甲公司，俞某任董事长``), else
    the organisation heading the sentence.
    """
    before = [s for s in named if s.end_char <= start]
    if before and not text[before[-1].end_char : start].strip("，,；; )）"):
        return before[-1] if before[-1].label_ == _ORG else None
    head = named[0] if named else None
    if head is not None and head.start_char - sent[0] <= SUBJECT_WINDOW:
        return head if head.label_ == _ORG else None
    return None
