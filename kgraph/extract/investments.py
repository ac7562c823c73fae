"""``has_investment``: an amount right after the genre's investment words.

``总投资约54亿元``: the amount goes to the project it names (``计划总投资3亿元的
…项目``), a project before it in the clause, else the first organisation or
place of the clause, else the organisation or place the sentence is about.
``投入`` counts when the money builds something (``投入近千万元引进生产线``), and
a capital increase or injection written after the amount
(``汇出1050万美元增资X公司``) makes it an investment too.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kgraph.extract.clauses import clause_of, is_dateline_outlet, sentence_subject
from kgraph.extract.extensions import RelationMention
from kgraph.types import EntityType, Predicate

__all__ = ["investments"]

_ORG, _PLACE, _PROJECT, _MONEY = (
    EntityType.ORG.value,
    EntityType.PLACE.value,
    EntityType.PROJECT.value,
    EntityType.MONEY.value,
)

#: the money words of an investment (斥资: to lay out money, as Hong Kong and
#: Taiwan papers write it), the totals of a signing ceremony among them
_INVEST_CUE = re.compile(
    r"(?:投资|斥资|签约资金|签约总额|签约金额|签约额|协议资金)(?:额|总额)?"
    r"(?:为|达|约为|超过)?"
)

#: 投入 is an investment when the money builds something (``投入近千万元引进生产线``),
#: not when it is spent (``研发投入超1.34亿元``)
_INPUT_CUE = re.compile(r"(?<!研发)(?<!经费)投入(?:资金)?")

_BUILDS = re.compile(
    r"^(?:用于|资金)?(?:引进|新建|建设|扩建|购置|改造|实施|打造|新上|建成|升级|建)"
)

#: an investment verb written after the amount: ``汇出1050万美元增资X公司`` (not
#: 投资, which may be a noun: ``3亿元投资收益``)
_AFTER_CUE = re.compile(r"(?:用于|用以)?(?:增资|注资)")

#: an amount that qualifies a counted set of projects: ``…亿元的48个重点项目``
_COUNTED_SET = re.compile(r"的[0-9０-９一二三四五六七八九十百]+个")


def investments(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    out = []
    for money in (s for s in spans if s.label_ == _MONEY):
        window = text[max(sent[0], money.start_char - 8) : money.start_char]
        cues = list(_INVEST_CUE.finditer(window))
        inputs = list(_INPUT_CUE.finditer(window))
        if inputs and _BUILDS.match(text[money.end_char : money.end_char + 6]):
            cues += inputs
        cue = max(cues, key=lambda c: c.end()) if cues else None
        cued_after = _AFTER_CUE.match(text, money.end_char) is not None
        if (cue is None or len(window) - cue.end() > 2) and not cued_after:
            continue
        clause = clause_of(text, sent, money.start_char)
        subject = _investor(text, clause, sent, spans, money)
        if subject is not None:
            out.append(
                RelationMention.between(
                    Predicate.HAS_INVESTMENT, subject, money, sent, 0.8
                )
            )
    return out


def _investor(
    text: str,
    clause: tuple[int, int],
    sent: tuple[int, int],
    spans: list[Span],
    money: Span,
) -> Span | None:
    if _COUNTED_SET.match(text, money.end_char):
        return None  # 总投资X亿元的48个项目: a set's total, no one project's
    if text[money.end_char : money.end_char + 1] == "的":
        named = [
            s
            for s in spans
            if s.label_ == _PROJECT and money.end_char < s.start_char < clause[1]
        ]
        if named:
            return named[0]
    before = [
        s
        for s in spans
        if s.label_ in (_PROJECT, _ORG, _PLACE)
        and clause[0] <= s.start_char
        and s.end_char <= money.start_char
        and not is_dateline_outlet(text, s)
    ]
    projects = [s for s in before if s.label_ == _PROJECT]
    if projects:
        return projects[-1]
    if before:
        return before[0]
    return sentence_subject(
        text, sent, spans, (_ORG, _PLACE, _PROJECT), money.start_char
    )
