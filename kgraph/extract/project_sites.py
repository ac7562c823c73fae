"""Where a project is built when the clause that places it does not name it.

News names a project once and then places it in a clause with no name of its
own: ``…的花卉产业园项目,计划落户X园区`` (the project that ends the clause
before) or ``…甲项目开工,该项目位于X园区`` (a bare ``项目``/``该项目`` for the
last project named before it in the sentence). Both give ``located_in``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kgraph.extract.clauses import CLAUSE_BREAK, SENTENCE_RE, clause_of
from kgraph.extract.extensions import RelationMention
from kgraph.types import EntityType, Predicate

__all__ = ["project_led", "project_sites"]

#: the cues that place a project (GUIDE: 位于/落户/入驻/落地/扎根/建在, 选址)
_SITE_CUE = re.compile(
    r"(?:位于|坐落于|坐落在|落户于|落户在|落户到|落户|落地|入驻|扎根|选址|建在|建于)"
    r"(?:在|于)?"
)
#: what a clause holds before the cue when it names no project: a bare
#: ``项目``/``该项目``/``二期项目`` or nothing, and the adverbs of a plan
_LEAD = re.compile(
    r"^(?P<bare>(?:该|此|本|这个|這個)?(?:[一二三四五六七八九十]期)?(?:项目|項目))?"
    r"(?:计划|計劃|拟|擬|将|將|已|预计|預計|正式|成功|顺利|順利|最终|最終|也|还|還)*"
    r"(?:于|於|在)?$"
)
_PROJECT, _PLACE = EntityType.PROJECT.value, EntityType.PLACE.value


def project_led(text: str, clause: tuple[int, int], cue: int) -> bool:
    """Whether the clause before ``cue`` holds only a bare ``项目``/``该项目``.

    Examples
    --------
    >>> project_led("项目选址于甲基地", (0, 8), 2)
    True
    >>> project_led("甲公司选址于乙镇", (0, 8), 3)
    False
    """
    lead = _LEAD.match(text[clause[0] : cue].strip())
    return lead is not None and bool(lead.group("bare"))


def project_sites(text: str, spans: list[Span]) -> list[RelationMention]:
    """``located_in`` for projects placed by a clause that does not name them.

    ``spans`` are the document's named spans, sorted by start.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("zh")
    >>> doc = nlp.make_doc("甲项目,计划落户乙园区。")
    >>> spans = [doc.char_span(0, 3, "PROJECT"), doc.char_span(8, 11, "PLACE")]
    >>> [(r.subject, r.object) for r in project_sites(doc.text, spans)]
    [((0, 3), (8, 11))]
    """
    out: list[RelationMention] = []
    for m in SENTENCE_RE.finditer(text):
        sent = (m.start(), m.end())
        inside = [s for s in spans if sent[0] <= s.start_char < sent[1]]
        for cue in _SITE_CUE.finditer(text, *sent):
            rel = _site(text, sent, inside, cue)
            if rel is not None:
                out.append(rel)
    return out


def _site(
    text: str,
    sent: tuple[int, int],
    spans: list[Span],
    cue: re.Match[str],
) -> RelationMention | None:
    places = [
        s for s in spans if s.label_ == _PLACE and 0 <= s.start_char - cue.end() <= 1
    ]
    clause = clause_of(text, sent, cue.start())
    lead = _LEAD.match(text[clause[0] : cue.start()].strip())
    if not places or lead is None:
        return None
    place = places[0]
    while nxt := [
        s for s in spans if s.label_ == _PLACE and s.start_char == place.end_char
    ]:
        place = nxt[0]  # the last of the places written together
    before = [s for s in spans if s.label_ == _PROJECT and s.end_char <= clause[0]]
    if lead.group("bare"):
        subject = before[-1] if before else None
    elif before and CLAUSE_BREAK.fullmatch(text[before[-1].end_char : clause[0]]):
        subject = before[-1]  # ``…的甲项目,计划落户…``: the project ends the clause
    else:
        subject = None
    if subject is None:
        return None
    return RelationMention(
        Predicate.LOCATED_IN,
        (subject.start_char, subject.end_char),
        (place.start_char, place.end_char),
        sent,
        0.75,
        None,
    )
