"""``partner_of``: who signs, builds or invests with whom.

News writes a partnership as a run of names joined by conjunctions, a verb of
working together after it:

* ``A与B合作``, ``A联合B``, ``A对接B``: A and B are partners;
* ``A与B、C和D签约``: the list after 与 are each A's partners, never each
  other's (``C和D`` inside the list is not a signing of its own);
* ``A、B与C签约``: each name before 与 is a partner of each name after it;
* ``A计划与B共同投资``, ``A将与B签约``: a modal word before 与; where the
  signing is (``A将在上海与B签约``) or how many A leads (``A等7家企业与B``);
* ``A公司,与B就…项目签订…``: the name that is the whole first clause (or what
  its people act for: ``…领导代表A,与B签约``), a comma, then 与;
* ``由A和B投资兴建``: co-investors are partners;
* ``A通过洽谈,与B签订…；与C签订…``, ``A共签署5项协议,分别是一、与B签订…``: a
  clause that opens with 与 has the party its sentence opened a clause with.

The names are organisations (a development zone may head the signing); the
verb must follow the last name of the run in its clause.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kgraph.extract.clauses import CLAUSE_BREAK, clause_of
from kgraph.extract.extensions import RelationMention
from kgraph.extract.lexicon import admin_level
from kgraph.types import EntityType, Predicate

__all__ = ["partners"]

_ORG, _PLACE, _PROJECT = (
    EntityType.ORG.value,
    EntityType.PLACE.value,
    EntityType.PROJECT.value,
)
_MODAL = (
    r"(?:正|已|将|还|也|又|再|正在|积极|计划|拟|准备|决定|有意"
    r"|首次|再次|分别|率先|日前|近日|先后|相继|共同)?"
)
#: how many a name leads before 与: ``A等7家企业与B签约``
_COUNTED = r"(?:等[\d一二三四五六七八九十两百]+家[\u4e00-\u9fff]{0,3})?"
#: the word that opens the partners of a run: ``与``, or a verb that does on its own
_WITH = re.compile(rf"^{_COUNTED}[，,]?\s*{_MODAL}(?:与|同|跟|和)$")
#: where the signing is, between the first party and 与: ``A将在上海与B签约``
_AT = re.compile(rf"^{_COUNTED}[，,]?\s*[\u4e00-\u9fff]{{0,4}}?在$")
_VERB_BETWEEN = re.compile(r"^(?:联合|携手|对接|牵手|联手)$")
#: the words that join the names on one side of a run
_LIST = re.compile(r"^(?:、|和|及|以及)$")
_PARTNER_VERB = re.compile(
    r"合作|签约|签署|签订|共建|共同|合资|联合|携手|对接|战略|协同"
)
#: ``由A和B投资兴建``: 由 before the run, an investing verb after it
_BY = re.compile(r"由$")
_CO_INVEST = re.compile(r"^(?:共同|联合|合作|携手)?(?:投资|出资|合资|兴建|建设|开发)")


def partners(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    """``partner_of`` between the names on the two sides of a signing run.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("甲公司与乙公司、丙公司和丁公司签约。")
    >>> spans = [doc.char_span(s, s + 3, "ORG") for s in (0, 4, 8, 12)]
    >>> sorted(
    ...     (doc.text[r.subject[0] : r.subject[1]], doc.text[r.object[0] : r.object[1]])
    ...     for r in partners(doc.text, (0, len(doc.text)), spans)
    ... )
    [('甲公司', '丁公司'), ('甲公司', '丙公司'), ('甲公司', '乙公司')]
    """
    names = _outermost([s for s in spans if s.label_ != _PROJECT])
    out: list[RelationMention] = []
    i = 0
    while i < len(names):
        run, gaps, taken = _run(text, names, i)
        out += _run_partners(text, sent, run, gaps)
        if _party(run[0]) and _opens_with_with(text, sent, run[0]):
            out += _subject_partners(text, sent, names, run)
        i += taken
    return out


#: a clause that opens with 与, bar an enumeration (``分别是一、``, ``二、``)
_OPENING_WITH = re.compile(
    rf"^(?:[^，,；;：:]{{0,4}}?[一二三四五六七八九十\d][、.．])?{_MODAL}(?:与|同|跟)$"
)


def _opens_with_with(text: str, sent: tuple[int, int], name: Span) -> bool:
    clause = clause_of(text, sent, name.start_char)
    return _OPENING_WITH.match(text[clause[0] : name.start_char]) is not None


def _subject_partners(
    text: str, sent: tuple[int, int], names: list[Span], run: list[Span]
) -> list[RelationMention]:
    """``A…,与B、C签订``: the run's names are partners of the clause A opens.

    A is the party an earlier clause of the sentence opens with (the clause
    starts with A: ``坚持A确立的…`` is no clause of A's), stepping over clauses
    that open with 与 themselves; the run's clause must hold a verb of working
    together.
    """
    clause = clause_of(text, sent, run[0].start_char)
    rest = text[run[-1].end_char : clause[1]]
    if not _PARTNER_VERB.search(rest):
        return []
    starts = [sent[0]] + [m.end() for m in CLAUSE_BREAK.finditer(text, *sent)]
    for start in reversed([s for s in starts if s < clause[0]]):
        first = next((s for s in names if s.start_char >= start), None)
        if first is None or first.start_char != start:
            continue
        if _opens_with_with(text, sent, first):
            continue
        if not _party(first) or first.start_char >= clause[0]:
            return []
        return [
            _partner(first, b, sent)
            for b in run
            if b.label_ == _ORG and b.text != first.text
        ]
    return []


def _outermost(spans: list[Span]) -> list[Span]:
    """The spans, by start, without those inside another (永春县 in 永春县人民政府)."""
    ordered = sorted(spans, key=lambda s: (s.start_char, -s.end_char))
    out: list[Span] = []
    for span in ordered:
        if out and span.start_char < out[-1].end_char:
            continue
        out.append(span)
    return out


def _party(span: Span) -> bool:
    """An organisation, or a development zone (which signs like one)."""
    return span.label_ == _ORG or (
        span.label_ == _PLACE and admin_level(span.text) >= 2
    )


def _run(text: str, names: list[Span], i: int) -> tuple[list[Span], list[str], int]:
    """The names from ``names[i]`` joined by conjunctions or 与, their gaps, and
    how many of ``names`` the run takes up (up to its last name).

    A place where the signing is (``A将在上海与B``) is stepped over, once, right
    after the first name: the gap before B is then what follows the place, and
    must be 与. The run holds at least one name.
    """
    run = [names[i]]
    gaps: list[str] = []
    if not _party(names[i]):
        return run, gaps, 1
    end, taken, after_place = run[-1].end_char, 1, False
    for k, name in enumerate(names[i + 1 :], start=2):
        gap = text[end : name.start_char]
        at_place = name.label_ == _PLACE and len(run) == 1 and not after_place
        if at_place and _AT.match(gap):
            end, after_place = name.end_char, True
            continue
        if not (_LIST.match(gap) or _WITH.match(gap) or _VERB_BETWEEN.match(gap)):
            break
        if not _party(name) or (after_place and not _WITH.match(gap)):
            break
        run.append(name)
        gaps.append(gap)
        end, taken, after_place = name.end_char, k, False
    return run, gaps, taken


def _run_partners(
    text: str, sent: tuple[int, int], run: list[Span], gaps: list[str]
) -> list[RelationMention]:
    if len(run) < 2:
        return []
    rest = CLAUSE_BREAK.split(text[run[-1].end_char : sent[1]], maxsplit=1)[0]
    if _BY.search(text, sent[0], run[0].start_char) and _CO_INVEST.match(rest):
        # ``由A和B投资兴建``: every co-investor with every other
        return [_partner(a, b, sent) for k, a in enumerate(run) for b in run[k + 1 :]]
    split = _split(text, sent, run, gaps)
    if split is None:
        return []
    heads = run[:split]
    others = [s for s in run[split:] if s.label_ == _ORG]
    verb_between = _VERB_BETWEEN.match(gaps[split - 1]) is not None
    if not verb_between and not _PARTNER_VERB.search(rest):
        return []
    return [_partner(a, b, sent) for a in heads for b in others]


def _split(
    text: str, sent: tuple[int, int], run: list[Span], gaps: list[str]
) -> int | None:
    """Where the partners start: after the first 与 (or verb), else the first 和."""
    opening = [
        k
        for k, gap in enumerate(gaps)
        if _VERB_BETWEEN.match(gap) or (_WITH.match(gap) and gap != "和")
    ] or [k for k, gap in enumerate(gaps) if gap == "和"]
    if not opening:
        return None
    k = opening[0]
    gap = gaps[k]
    if gap[:1] in "，," and not _topic(text, sent, run[0]):
        return None
    if any(g[:1] in "，," for g in gaps[:k] + gaps[k + 1 :]):
        return None
    return k + 1


def _topic(text: str, sent: tuple[int, int], head: Span) -> bool:
    """Whether ``head`` is its whole clause, bar a modifier ending in 的."""
    clause = clause_of(text, sent, head.start_char)
    before = text[clause[0] : head.start_char]
    # (or the party the clause's people act for: ``…领导代表大兴区,与…签约``)
    return head.end_char == clause[1] and (
        not before or before.endswith(("的", "代表"))
    )


def _partner(a: Span, b: Span, sent: tuple[int, int]) -> RelationMention:
    return RelationMention(
        Predicate.PARTNER_OF,
        (a.start_char, a.end_char),
        (b.start_char, b.end_char),
        sent,
        0.8,
    )
