"""Where an organisation was founded, and places written after a description.

Profiles of companies and institutions say where they began and where they sit
in ways the plain location cues (``位于P``) do not reach:

* the founding place: ``ORG [（简称X）] [于1998年] 在P [正式] 成立`` or
  ``ORG 成立于[2009年] [于|在]P`` (also 创立, 创建, 创办, 组建, 注册成立, 始创),
  and the works it set up there: ``ORG [1989年] 在P (投资)设厂/建厂``;
  the organisation is the one the clause opens with, else the sentence's subject;
* a place after a description: ``ORG 地处经济繁荣的P``, ``坐落于中国四大直辖市之一的P``
  (the organisation right before the cue, or the sentence's subject when the cue
  opens the clause): the place right after ``的`` is where it is, not a name
  inside the description.

Each gives ``located_in`` (confidence 0.75).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kgraph.extract.clauses import DATE_DIGITS, clause_of, sentence_subject
from kgraph.extract.extensions import RelationMention
from kgraph.types import EntityType, Predicate

__all__ = ["founding_places"]

_ORG, _PLACE = EntityType.ORG.value, EntityType.PLACE.value
_D = f"[{DATE_DIGITS}]"
_DATE = rf"(?:{_D}{{2,4}}年(?:{_D}{{1,2}}月(?:{_D}{{1,2}}日)?)?)"
_FOUNDED = (
    r"(?:注册成立|正式成立|宣告成立|成立|创立|创建|创办|组建|始创|诞生"
    # a works set up there: 在东莞投资设厂
    r"|(?:投资)?(?:设厂|建厂|办厂))"
)
#: between the organisation and 在P: a date, adverbs
_ASIDE = r"(?:[(（][^()（）]{1,16}[)）])?"
_ASIDE_REACH = 16
_BEFORE_IN = re.compile(
    rf"^{_ASIDE}(?:[于在]?{_DATE})?(?:也|还|又)?(?:正式|已|就|便|即|相继|先后|陆续)?[在于]$"
)
#: after 在P: the founding verb
_AFTER_IN = re.compile(rf"(?:正式|注册|宣告)?{_FOUNDED}")
#: after the founding verb: the clause ends (no object of the verb follows)
_CLOSED = re.compile(r"(?:以来|至今)?(?:[，。；,;！!？?\s]|$)")
#: between the organisation and the place: the founding verb, 于, a date, 在/于
_FOUNDED_AT = re.compile(
    rf"^{_ASIDE}(?:[于在]?{_DATE})?(?:正式)?{_FOUNDED}于(?:{_DATE}[，,]?)?(?:在|于)?$"
)
#: a location cue, then a short description and 的 before the place
_CUE = re.compile(r"位于|坐落于|坐落在|地处于?|座落于|落户于?")
_DESCRIBED = re.compile(rf"^(?:{_CUE.pattern})[^，。；,;、]{{1,16}}?的$")


def founding_places(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    """``located_in`` from founding places and described places in ``sent``.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("甲乙餐饮公司1998年在北京成立。")
    >>> spans = [doc.char_span(0, 6, "ORG"), doc.char_span(12, 14, "PLACE")]
    >>> [r.predicate.value for r in founding_places(doc.text, (0, 17), spans)]
    ['located_in']
    """
    ordered = sorted(spans, key=lambda s: s.start_char)
    out = []
    for i, place in enumerate(ordered):
        if place.label_ != _PLACE:
            continue
        org = _founded_in(text, sent, ordered, i) or _described(text, sent, ordered, i)
        if org is not None:
            out.append(
                RelationMention(
                    Predicate.LOCATED_IN,
                    (org.start_char, org.end_char),
                    (place.start_char, place.end_char),
                    sent,
                    0.75,
                )
            )
    return out


def _subject(
    text: str, sent: tuple[int, int], ordered: list[Span], i: int, gap: re.Pattern[str]
) -> Span | None:
    """The organisation before ``ordered[i]`` when the text between matches ``gap``."""
    place = ordered[i]
    clause = clause_of(text, sent, place.start_char)
    earlier = [
        s
        for s in ordered[:i]
        if s.end_char <= place.start_char and not _in_aside(text, s, place.start_char)
    ]
    if earlier and earlier[-1].start_char >= clause[0]:
        org = earlier[-1]
        if org.label_ == _ORG and gap.match(text[org.end_char : place.start_char]):
            return org
        return None
    # the clause opens with the gap itself: the sentence's subject
    if gap.match(text[clause[0] : place.start_char].lstrip()):
        return sentence_subject(text, sent, ordered, (_ORG,), clause[0])
    return None


def _in_aside(text: str, span: Span, before: int) -> bool:
    """Whether ``span`` sits in brackets closed before ``before`` (``（简称X）``)."""
    head = text[max(0, span.start_char - _ASIDE_REACH) : span.start_char]
    opened = max(head.rfind("("), head.rfind("（"))
    if opened <= max(head.rfind(")"), head.rfind("）")):
        return False
    return any(text.find(c, span.end_char, before) >= 0 for c in ")）")


def _founded_in(
    text: str, sent: tuple[int, int], ordered: list[Span], i: int
) -> Span | None:
    place = ordered[i]
    verb = _AFTER_IN.match(text, place.end_char)
    # 在P成立了X, 在P成立分公司: the place is X's, not the founder's
    if verb is not None and _CLOSED.match(text, verb.end()):
        org = _subject(text, sent, ordered, i, _BEFORE_IN)
        if org is not None:
            return org
    return _subject(text, sent, ordered, i, _FOUNDED_AT)


def _described(
    text: str, sent: tuple[int, int], ordered: list[Span], i: int
) -> Span | None:
    place = ordered[i]
    clause = clause_of(text, sent, place.start_char)
    window = text[clause[0] : place.start_char]
    cue = _CUE.search(window)
    if cue is None or not _DESCRIBED.match(window[cue.start() :]):
        return None
    if any(
        s.label_ == _PLACE and clause[0] + cue.start() <= s.start_char
        for s in ordered[:i]
        if s.end_char < place.start_char
        and not re.search(r"之一的$", text[s.end_char : place.start_char])
    ):
        return None  # 位于P1的P2 is P2 inside P1, not a description
    # the organisation right before the cue (青禾公司地处…的P), nothing between
    before = [s for s in ordered[:i] if s.end_char == clause[0] + cue.start()]
    if before:
        return before[-1] if before[-1].label_ == _ORG else None
    # the cue opens the clause (青禾公司，位于…的P): the sentence's subject
    if window[: cue.start()].strip():
        return None
    return sentence_subject(text, sent, ordered, (_ORG,), clause[0])
