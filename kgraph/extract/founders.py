"""Founders: the people a founding verb (创办, 创立, 成立 …) names for an organisation.

Two ways of writing it, each giving ``works_for`` with the role 创始人:

* the people first, then the verb: ``PERSON[、和与PERSON] [于1984年] [在P] [一起]
  创立了 ORG``, also ``… 合伙设立的 ORG``;
* the founder's title with a copula: ``ORG(的)创始人(是|为|名叫) PERSON``, where the
  organisation is the one written before the title or the sentence's subject;
* the passive: ``(ORG 是)由 PERSON[、和PERSON] [等人] [于1963年] 创办的 [ORG]``, the
  organisation written right after ``的`` or else the sentence's subject; and the
  copula without 由, ``ORG 是 PERSON 创立于1974年的企业``.

Founders first may name a companion who is no name (``与另外两人共同创办了 ORG``):
the founding verb then follows ``共同``/``一起``/``联合``/``合伙``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kgraph.extract.clauses import DATE_DIGITS, clause_of, sentence_subject
from kgraph.extract.extensions import RelationMention
from kgraph.types import EntityType, Predicate

__all__ = ["founders"]

_ORG, _PERSON = EntityType.ORG.value, EntityType.PERSON.value
_FOUNDER = "创始人"
_VERB = (
    r"(?:(?:发起|集资|投资|联合|共同|一起|合伙|合资|亲手|亲自)?"
    r"(?:创办|创立|创建|创设|设立|组建|兴建|成立))"
)
_DATE = rf"(?:[于在]?[{DATE_DIGITS}]{{2,4}}年(?:[{DATE_DIGITS}]{{1,2}}月)?)"
_ADVERB = (
    r"(?:曾|先后|便|就|又|还|也|决定|一起|共同|联合|合伙|亲自|正式"
    r"|在[\u4e00-\u9fff]{1,8}?)"
)
#: between the last founder and the organisation, in the active voice
_ACTIVE = re.compile(
    rf"^(?:等人?|[二两三四五六七八九十]人|夫妇)?{_DATE}?{_ADVERB}*{_DATE}?{_VERB}了?的?"
    r"[“\"「『]?$"
)
#: the founders and their companions (``与另外一位企业家共同``), then the verb
_WITH_COMPANIONS = re.compile(
    rf"^(?:与|和|同|跟)[^，。；,;：:]{{1,16}}?(?:共同|一起|联合|合伙|合资){_VERB}了?的?"
    r"[“\"「『]?$"
)
#: after the passive's founders: ``(等人)(于1963年)(在P)创办的``
_PASSIVE_TAIL = re.compile(
    rf"(?:先生|女士|博士|教授)?(?:等人?|[二两三四五六七八九十]人|夫妇)?{_DATE}?"
    rf"{_ADVERB}*{_DATE}?{_VERB}{_DATE}?(?:的|而成)?[“\"「『]?"
)
#: right before the passive's first founder: ``由`` and the founder's description
_PASSIVE_HEAD = re.compile(r"由[^，。；,;由]{0,24}$")
#: between two founders: a conjunction and a short modifier (``和他的师弟``)
_JOINED = re.compile(r"^(?:、|和|与|及|以及|同)[\u4e00-\u9fff]{0,8}$")
#: ``创始人(之一)(是|为|名叫) PERSON`` right before the person
_TITLE_COPULA = re.compile(
    r"(?:的)?(?:联合)?(?:创始人|创办人)(?:之一)?(?:是|为|名叫|叫|系)?\s*[:：]?\s*$"
)
_QUOTE = '“"「『«《 '


def founders(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    """``works_for`` (role 创始人) of the founders named in the sentence ``sent``.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("张三于1990年创办了甲乙集团。")
    >>> spans = [doc.char_span(0, 2, "PERSON"), doc.char_span(11, 15, "ORG")]
    >>> [r.role for r in founders(doc.text, (0, len(doc.text)), spans)]
    ['创始人']
    """
    ordered = sorted(spans, key=lambda s: s.start_char)
    pairs = _active(text, sent, ordered)
    pairs += _titled(text, sent, ordered)
    pairs += _passive(text, sent, ordered)
    return [
        RelationMention(
            Predicate.WORKS_FOR,
            (person.start_char, person.end_char),
            (org.start_char, org.end_char),
            sent,
            0.8,
            role=_FOUNDER,
        )
        for person, org in pairs
    ]


def _group_before(text: str, people: list[Span], last: Span) -> list[Span]:
    """``last`` and the people joined to it by 、/和/与 before it."""
    group = [last]
    for person in reversed([p for p in people if p.end_char <= last.start_char]):
        if not _JOINED.match(text[person.end_char : group[-1].start_char]):
            break
        group.append(person)
    return group


def _active(
    text: str, sent: tuple[int, int], ordered: list[Span]
) -> list[tuple[Span, Span]]:
    out = []
    people = [s for s in ordered if s.label_ == _PERSON]
    for i, person in enumerate(ordered):
        if person.label_ != _PERSON:
            continue
        # the first organisation after the person, no other person between
        org = next((s for s in ordered[i + 1 :] if s.label_ in (_ORG, _PERSON)), None)
        if org is None or org.label_ != _ORG or org.end_char > sent[1]:
            continue
        between = text[person.end_char : org.start_char]
        if not (_ACTIVE.match(between) or _WITH_COMPANIONS.match(between)):
            continue
        out += [(p, org) for p in _group_before(text, people, person)]
    return out


def _titled(
    text: str, sent: tuple[int, int], ordered: list[Span]
) -> list[tuple[Span, Span]]:
    out = []
    for i, person in enumerate(ordered):
        if person.label_ != _PERSON:
            continue
        clause = clause_of(text, sent, person.start_char)
        title = _TITLE_COPULA.search(text, clause[0], person.start_char)
        if title is None:
            continue
        before = [
            s
            for s in ordered[:i]
            if s.end_char <= title.start() and s.start_char >= clause[0]
        ]
        if before:
            org: Span | None = before[-1]
            if text[before[-1].end_char : title.start()].strip(_QUOTE + "»》」”"):
                org = None
        else:
            org = sentence_subject(text, sent, ordered, (_ORG,), clause[0])
        if org is not None and org.label_ == _ORG:
            out.append((person, org))
    return out


def _passive(
    text: str, sent: tuple[int, int], ordered: list[Span]
) -> list[tuple[Span, Span]]:
    """``由 PERSON … 创办的 ORG`` and ``ORG 是由 PERSON … 创办的``."""
    out: list[tuple[Span, Span]] = []
    people = [s for s in ordered if s.label_ == _PERSON]
    for i, person in enumerate(ordered):
        if person.label_ != _PERSON:
            continue
        later = ordered[i + 1 :]
        if later and later[0].label_ == _PERSON:
            continue  # a later founder of the group carries the verb
        tail = _PASSIVE_TAIL.match(text, person.end_char, sent[1])
        if tail is None:
            continue
        group = _group_before(text, people, person)
        head = _PASSIVE_HEAD.search(text, sent[0], group[-1].start_char)
        if head is None:
            # ``ORG 是 PERSON 创立于1974年的企业``: the copula without 由
            copula = group[-1].start_char - 1
            if copula < sent[0] or text[copula] != "是" or "的" not in tail.group():
                continue
            subject = sentence_subject(text, sent, ordered, (_ORG,), copula)
            if subject is not None:
                out += [(p, subject) for p in group]
            continue
        after = next((s for s in later if s.start_char >= tail.end()), None)
        org: Span | None
        if (
            after is not None
            and after.start_char == tail.end()
            and "的" in tail.group()
        ):
            org = after
        elif text[head.start() - 1 : head.start()] == "是":
            # ``ORG 是由 PERSON 创办的``: the sentence is about the organisation
            org = sentence_subject(text, sent, ordered, (_ORG,), head.start())
        else:
            org = None
        if org is not None and org.label_ == _ORG:
            out += [(p, org) for p in group]
    return out
