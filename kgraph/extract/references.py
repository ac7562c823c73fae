"""Short references (``该公司``, ``该项目``, a bare ``开发区``) tied to what they name.

News text names a company or a zone once in full and then refers back to it:
``该公司副总经理蒋浩然``, ``该项目总投资约8亿元``, ``开发区与…签署战略合作协议``.
`reference_spans` marks each such reference as a span of the antecedent's type
whose ``kb_id_`` is the antecedent's text, so relation rules can use it as a
subject and graph building merges it into the antecedent's entity.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from kgraph.extract.extensions import doc_text
from kgraph.extract.lexicon import COMPANY_SUFFIXES, admin_level
from kgraph.extract.spanindex import SpanIndex
from kgraph.types import EntityType

__all__ = ["reference_spans"]

_HEADS = (
    "项目",
    "工程",
    "公司",
    "企业",
    "集团",
    "研究院",
    "研究所",
    "实验室",
    "医院",
    "学校",
    "区域",
    "经济开发区",
    "开发区",
    "高新区",
    "园区",
    "镇",
    "乡",
    "街道",
)
#: one-character heads, written after 该 only: the names they stand for end in
#: these (``该行`` a bank, ``该校`` a school, ``该院`` an institute or hospital,
#: ``该会`` a chamber, association or committee)
_SHORT_HEADS = {
    "行": ("银行",),
    "会": ("会",),
    "校": ("学校", "大学", "中学", "小学", "学院", "校"),
    "院": ("院",),
}
_HEAD_ALT = "|".join(sorted(map(re.escape, _HEADS), key=len, reverse=True))
#: 该行 but not 该行业 / 该行为, 该院 but not 该院士, 该会 but not 该会议 / 该会员
_SHORT_ALT = "行(?![业为动程情])|校|院(?!士)|会(?![议员计所场展谈见上晤期])"
#: ``该公司``, ``这家企业``, ``该镇`` anywhere; a bare head noun only where a clause
#: starts or right after a location verb or preposition (``迁入开发区``)
_REFERENCE = re.compile(
    rf"(?:该|这家|这个|此)(?P<head>{_HEAD_ALT})|(?<![应活就本理不也更又还])该(?P<short>{_SHORT_ALT})"
    r"|(?:^|(?<=[。！？!?”，,；;：:\n由与和在])|(?<=迁入|入驻|进驻|落户|位于))"
    r"(?P<bare>经济开发区|开发区|高新区|园区|公司|研究院|研究所)",
    re.MULTILINE,
)
#: 后者 / 前者 (the latter / the former) and 他 / 她 (not 其他, 他们, 他乡)
_PRONOUN = re.compile(r"后者|前者|(?<![其吉利])[他她](?![们人乡国])")
_PERSON = EntityType.PERSON.value
_PROJECT = EntityType.PROJECT.value
_ORG = EntityType.ORG.value
_PLACE = EntityType.PLACE.value
_COMPANY = tuple(COMPANY_SUFFIXES)


def _label_of(head: str) -> str:
    if head in _SHORT_HEADS:
        return _ORG
    if head in ("项目", "工程"):
        return _PROJECT
    if head in ("公司", "企业", "集团", "研究院", "研究所", "实验室", "医院", "学校"):
        return _ORG
    return _PLACE


def _fits(head: str, span: Span, companies: set[str]) -> bool:
    """Whether ``span`` is something ``该<head>`` can refer to."""
    text = span.text
    if head in _SHORT_HEADS:
        return text.endswith(_SHORT_HEADS[head])
    if head in ("公司", "企业", "集团"):
        # a company's full name, or its short name (华锐 of 泰州华锐…有限公司)
        return text.endswith(_COMPANY) or any(text in c for c in companies)
    if head in ("项目", "工程"):
        return True
    if head == "区域":
        return admin_level(text) >= 2 or text.endswith("区域")
    return text.endswith(head)


def reference_spans(doc: Doc, spans: Iterable[Span]) -> list[Span]:
    """Return spans for the references in ``doc`` that resolve to an earlier entity.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("zh")
    >>> doc = nlp.make_doc("华越有限公司在此落户。该公司总经理李明说。")
    >>> org = doc.char_span(0, 6, "ORG")
    >>> [(s.text, s.label_, s.kb_id_) for s in reference_spans(doc, [org])]
    [('该公司', 'ORG', '华越有限公司')]
    """
    named = sorted(spans, key=lambda s: s.start_char)
    companies = {
        s.text for s in named if s.label_ == _ORG and s.text.endswith(_COMPANY)
    }
    taken = SpanIndex((s.start_char, s.end_char) for s in named)
    out: list[Span] = []
    out += _pronouns(doc, named, taken)
    for m in _REFERENCE.finditer(doc_text(doc)):
        if taken.overlaps_any(m.span()):
            continue  # part of a name (姜堰经济开发区), not a reference
        head = m.group("head") or m.group("short") or m.group("bare")
        label = _label_of(head)
        earlier = [
            s
            for s in named
            if s.end_char <= m.start()
            and s.label_ == label
            and not s.kb_id_
            and _fits(head, s, companies)
        ]
        if not earlier:
            continue
        antecedent = earlier[-1]
        span = doc.char_span(m.start(), m.end(), label, kb_id=antecedent.text)
        if span is not None:
            out.append(span)
    return out


_PRONOUN_REACH = 150  # characters back to look for the antecedent


def _pronouns(doc: Doc, named: list[Span], taken: SpanIndex) -> list[Span]:
    """``他``/``她`` → the last person; ``后者``/``前者`` → the latter/former of the
    last two organisations or places named before it."""
    out = []
    starts = [s.start_char for s in named]  # ``named`` is sorted by start
    longest = max((len(s.text) for s in named), default=0)
    for m in _PRONOUN.finditer(doc_text(doc)):
        if taken.overlaps_any(m.span()):
            continue
        # only names that start within reach (plus a name's length) can end within it
        lo = bisect.bisect_left(starts, m.start() - _PRONOUN_REACH - longest)
        hi = bisect.bisect_left(starts, m.start())
        before = [
            s
            for s in named[lo:hi]
            if s.end_char <= m.start()
            and m.start() - s.end_char <= _PRONOUN_REACH
            and not s.kb_id_
        ]
        if m.group() in ("他", "她"):
            people = [s for s in before if s.label_ == _PERSON]
            antecedent = people[-1] if people else None
        else:
            things = [s for s in before if s.label_ in (_ORG, _PLACE)]
            pick = -1 if m.group() == "后者" else -2
            antecedent = things[pick] if len(things) >= 2 else None
        if antecedent is None:
            continue
        span = doc.char_span(
            m.start(), m.end(), antecedent.label_, kb_id=antecedent.text
        )
        if span is not None:
            out.append(span)
    return out
