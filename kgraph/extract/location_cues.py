"""``located_in`` and ``part_of`` from the location cues of the genre.

``X位于P``, ``X落户P``, ``X入驻P`` … with an organisation or project before
the cue and a place after it (`location_cues`; an administrative place is only
ever ``part_of`` a higher one; ``考察了位于P的X和Y``: X and Y, the clause
describing them, not what comes before); ``在P的X`` (`in_place_of`); ``A和B正是P的两大
创新平台``: each of A, B located in P (`copula_platforms`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kgraph.extract.clauses import clause_of, sentence_subject
from kgraph.extract.extensions import RelationMention
from kgraph.extract.lexicon import admin_level
from kgraph.extract.project_sites import project_led
from kgraph.types import EntityType, Predicate

__all__ = ["copula_platforms", "in_place_of", "location_cues"]

_ORG, _PLACE, _PROJECT = (
    EntityType.ORG.value,
    EntityType.PLACE.value,
    EntityType.PROJECT.value,
)
_rel = RelationMention.between

_LOCATION_CUE = re.compile(
    r"(?:位于|坐落于|坐落在|落户于|落户在|落户到|落户|落地于|落地在|落地|入驻|进驻|迁入|迁至"
    r"|搬迁至|扎根|选址|安家|建在|设在|设于"
    r"|总部设在|总部设于|总部在|地处|所在地|住所[:：]?|始创于|创建于|成立于|创立于)"
    r"(?:在|于)?"
)

#: a description of the place after the cue: ``(中国)四大直辖市之一的P``
_ONE_OF = re.compile(r"[^，。；,;、]{0,12}?之一的")

_COPULA = re.compile(r"(?:正|就|也|都)?(?:是|为|成为)")

_CONJ = re.compile(r"^(?:和|与|及|以及|、|同)$")

_BEFORE_OF = re.compile(
    r"^(?:[(（][^()（）]{1,12}[)）])?[东南西北内外侧边旁附近一带中]{0,3}的$"
)


def _located_before_of(
    text: str, sent: tuple[int, int], place: Span, spans: list[Span]
) -> Span | None:
    """``位于P北侧的X`` / ``在P的X``: the X right after ``P…的``."""
    for span in spans:
        if span.start_char <= place.end_char or span.label_ not in (
            _ORG,
            _PROJECT,
            _PLACE,
        ):
            continue
        if _BEFORE_OF.match(text[place.end_char : span.start_char]):
            return span
        return None
    return None


def location_cues(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    out = []
    for cue in _LOCATION_CUE.finditer(text, sent[0], sent[1]):
        after = [
            s
            for s in spans
            if s.label_ == _PLACE and 0 <= s.start_char - cue.end() <= 1
        ]
        if not after:
            continue
        place = _most_specific(text, after[0], spans)
        if _ONE_OF.match(text, place.end_char):
            continue  # 位于中国四大直辖市之一的P: P, found by founding_places
        clause = clause_of(text, sent, cue.start())
        before = [
            s
            for s in spans
            if s.end_char <= cue.start()
            and s.label_ in (_ORG, _PROJECT, _PLACE)
            and s.start_char >= clause[0]
            and text[s.start_char - 1 : s.start_char] != "从"  # 从永康迁至: the origin
        ]
        # an organisation or project moves in; a place only if nothing else is named
        before = [s for s in before if s.label_ != _PLACE] or before
        relative = _located_before_of(text, sent, place, spans)
        if relative is not None and relative.label_ in (_ORG, _PROJECT):
            # 位于P的X和Y: the clause describes X and Y, whatever comes before it
            out += [
                _rel(Predicate.LOCATED_IN, s, place, sent, 0.8)
                for s in _conjoined_from(text, relative, spans)
            ]
            continue
        if not before and project_led(text, clause, cue.start()):
            continue  # a bare 项目 names a project: project_sites
        subject = (
            # the name that reaches the cue: the project, not the company in it
            max(before, key=lambda s: (s.end_char, -s.start_char))
            if before
            else relative
            or sentence_subject(text, sent, spans, (_ORG, _PROJECT), cue.start())
        )
        if subject is None:
            continue
        # an administrative place is only ever part_of a higher one
        admin = subject.label_ == _PLACE and admin_level(subject.text) > 0
        if admin and not _higher(place, subject):
            continue
        predicate = Predicate.PART_OF if admin else Predicate.LOCATED_IN
        out.append(_rel(predicate, subject, place, sent, 0.8))
    return out


def _most_specific(text: str, place: Span, spans: list[Span]) -> Span:
    """The last of the places written together from ``place`` (``壶镇镇小微企业园``)."""
    while True:
        nxt = [
            s for s in spans if s.label_ == _PLACE and s.start_char == place.end_char
        ]
        if not nxt:
            return place
        place = nxt[0]


def in_place_of(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    """``在P的X``: X (an organisation or project) located_in P."""
    out = []
    for place in spans:
        if (
            place.label_ != _PLACE
            or text[place.start_char - 1 : place.start_char] != "在"
        ):
            continue
        subject = _located_before_of(text, sent, place, spans)
        if subject is not None and subject.label_ in (_ORG, _PROJECT):
            out.append(_rel(Predicate.LOCATED_IN, subject, place, sent, 0.75))
    return out


def _higher(upper: Span, lower: Span) -> bool:
    return admin_level(upper.text) > admin_level(lower.text) > 0


def copula_platforms(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    """``A和B正是P的两大创新平台``: each of A, B located_in P."""
    out = []
    for cop in _COPULA.finditer(text, sent[0], sent[1]):
        clause = clause_of(text, sent, cop.start())
        subjects = _conjoined_orgs(
            text,
            [
                s
                for s in spans
                if clause[0] <= s.start_char and s.end_char <= cop.start()
            ],
            cop.start(),
        )
        if not subjects:
            continue
        for place in spans:
            if place.label_ != _PLACE or not cop.end() <= place.start_char < clause[1]:
                continue
            tail = text[place.end_char : clause[1]]
            tail = (
                tail[len(m.group()) :]
                if (m := re.match(r"[(（][^()（）]{1,12}[)）]", tail))
                else tail
            )
            if tail.startswith("的"):
                out += [
                    _rel(Predicate.LOCATED_IN, s, place, sent, 0.7) for s in subjects
                ]
            break
    return out


def _conjoined_from(text: str, first: Span, spans: list[Span]) -> list[Span]:
    """``first`` and the organisations or projects joined to it by 和/与/、 after it."""
    joined = [first]
    for span in spans:
        if span.start_char <= joined[-1].start_char:
            continue
        if span.label_ not in (_ORG, _PROJECT) or not _CONJ.match(
            text[joined[-1].end_char : span.start_char]
        ):
            break
        joined.append(span)
    return joined


def _conjoined_orgs(text: str, spans: list[Span], end: int) -> list[Span]:
    """The organisations joined by 和/与/、 that end right before ``end``."""
    orgs: list[Span] = []
    for span in reversed(spans):
        gap = text[span.end_char : (orgs[-1].start_char if orgs else end)]
        if span.label_ != _ORG or (orgs and not _CONJ.match(gap)) or (not orgs and gap):
            break
        orgs.append(span)
    return orgs
