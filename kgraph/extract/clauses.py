"""Clauses of a sentence and the name it is about, shared by the relation rules."""

from __future__ import annotations

import bisect
import re
from typing import Any

import numpy
from spacy.tokens import Doc, Span

from kgraph.types import EntityType

__all__ = [
    "CLAUSE_BREAK",
    "DATE_DIGITS",
    "SENTENCE_RE",
    "SUBJECT_WINDOW",
    "clause_of",
    "is_dateline_outlet",
    "mark_sentences",
    "sentence_subject",
    "sentences_with_spans",
]

#: a sentence: up to its end mark (and a closing quote), or a line
SENTENCE_RE = re.compile(r"[^。！？!?\n]+[。！？!?]*[”’」]?")
#: the punctuation that ends a clause inside a sentence
CLAUSE_BREAK = re.compile(r"[，,；;：:]")
#: the digits a date is written with, Arabic, full-width or Chinese (a
#: character class's content)
DATE_DIGITS = "0-9０-９一二三四五六七八九〇零十"
#: a clause's subject starts within this many characters of the clause
SUBJECT_WINDOW = 12
_MONEY = EntityType.MONEY.value
#: a name after these heads the agent of a passive or an approval, not the
#: clause: ``由合肥等6家银行组建``, ``经省政府批准``
_PREPOSITION = re.compile(r"(?:由|经|从|据)$")
#: the head noun a ``由…的`` phrase qualifies is named this near its 的
_HEAD_REACH = 8


def clause_of(text: str, sent: tuple[int, int], pos: int) -> tuple[int, int]:
    """The ``(start, end)`` of the clause of ``sent`` that holds offset ``pos``.

    Examples
    --------
    >>> clause_of("甲公司成立于2010年，总部在北京。", (0, 18), 13)
    (12, 18)
    """
    start = sent[0]
    for m in CLAUSE_BREAK.finditer(text, sent[0], sent[1]):
        if m.start() >= pos:
            return start, m.start()
        start = m.end()
    return start, sent[1]


def sentence_subject(
    text: str,
    sent: tuple[int, int],
    spans: list[Span],
    labels: tuple[str, ...],
    before: int | None = None,
) -> Span | None:
    """The subject of the nearest clause before ``before`` that opens with a name.

    ``该镇将紧盯签约项目,力争全年完成工业投资20亿元`` gives 该镇; a clause opens
    with a name when the name starts within a few characters of the clause. A
    name after 由 or 经 (``由合肥等6家银行组建``), or a source of the news after 从
    or 据 (``记者从市发改委了解到``), is no subject: the clause's subject is then
    the name its ``的`` qualifies (``由A与B组建的合资公司C`` gives C), else an
    earlier clause's. The subject is returned only if
    its label is one of ``labels``.

    Examples
    --------
    >>> import spacy
    >>> text = "徽商银行成立于2005年，由合肥等银行组建，总部设在合肥。"
    >>> doc = spacy.blank("zh")(text)
    >>> spans = [doc.char_span(0, 4, "ORG"), doc.char_span(14, 16, "PLACE"),
    ...          doc.char_span(26, 28, "PLACE")]
    >>> sentence_subject(text, (0, len(text)), spans, ("ORG",), 22).text
    '徽商银行'
    """
    named = [s for s in spans if s.label_ != _MONEY and not is_dateline_outlet(text, s)]
    end = sent[1] if before is None else before
    starts = [sent[0]] + [m.end() for m in CLAUSE_BREAK.finditer(text, sent[0], end)]
    for start in reversed(starts):
        first = [s for s in named if start <= s.start_char < end]
        if not first or first[0].start_char - start > SUBJECT_WINDOW:
            continue
        if _PREPOSITION.search(text, start, first[0].start_char) is None:
            return first[0] if first[0].label_ in labels else None
        head = _qualified_head(text, first, end)
        if head is not None:
            return head if head.label_ in labels else None
    return None


#: what follows the outlet heading a dateline: ``香港文汇报讯``, ``新华社消息``
_DATELINE_MARK = re.compile(
    r"[\]】]?(?:讯|消息)(?:[\s:：(（【]|$)"
    # a wire's dateline: 新华社南京10月19日电, 中新社北京电
    r"|[\u4e00-\u9fff]{0,8}?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日电"
    r"|电(?=[\s(（【]|$)"
)


def is_dateline_outlet(text: str, span: Span) -> bool:
    """Whether ``span`` is the outlet a dateline opens with (``X讯``, ``X消息``).

    The outlet reports the sentence; it is never its subject.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("香港文汇报讯 日清食品昨宣布投资。")
    >>> is_dateline_outlet(doc.text, doc.char_span(0, 5, "ORG"))
    True
    >>> doc = spacy.blank("zh")("新华社南京10月19日电 台资项目落户江苏。")
    >>> is_dateline_outlet(doc.text, doc.char_span(0, 3, "ORG"))
    True
    >>> doc = spacy.blank("zh")("青禾集团投资光电产业。")
    >>> is_dateline_outlet(doc.text, doc.char_span(0, 4, "ORG"))
    False
    """
    return _DATELINE_MARK.match(text, span.end_char) is not None


def _qualified_head(text: str, names: list[Span], end: int) -> Span | None:
    """The name right after the ``的`` closing the phrase ``names[0]`` opens."""
    clause_end = next(
        (m.start() for m in CLAUSE_BREAK.finditer(text, names[0].end_char, end)), end
    )
    mark = text.rfind("的", names[0].end_char, clause_end)
    if mark < 0:
        return None
    return next((s for s in names if 0 <= s.start_char - mark - 1 <= _HEAD_REACH), None)


def sentences_with_spans(
    text: str, spans: list[Span]
) -> tuple[list[tuple[int, int]], list[list[Span]]]:
    """The sentences of ``text`` and, for each, the spans that lie inside it.

    ``spans`` must be sorted by start; each sentence's spans are found by
    bisection, so the whole is linear in the document.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("甲公司开工。乙镇签约。")
    >>> spans = [doc.char_span(0, 3, "ORG"), doc.char_span(6, 8, "PLACE")]
    >>> sentences, inside = sentences_with_spans(doc.text, spans)
    >>> sentences, [[s.text for s in group] for group in inside]
    ([(0, 6), (6, 11)], [['甲公司'], ['乙镇']])
    """
    sentences = [(m.start(), m.end()) for m in SENTENCE_RE.finditer(text)]
    starts = [s.start_char for s in spans]
    inside = [
        [
            s
            for s in spans[
                bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)
            ]
            if s.end_char <= hi
        ]
        for lo, hi in sentences
    ]
    return sentences, inside


def mark_sentences(doc: Doc, sentences: list[tuple[int, int]]) -> None:
    """Set ``doc.sents`` to ``sentences`` (character offsets into ``doc.text``).

    The relation rules read sentences by `SENTENCE_RE`; marking them on the
    tokens lets ``doc.sents`` (and displaCy, spaCy's own tools) see the same
    sentences. A token outside every sentence (a line break) stays with the one
    before it.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("甲公司开工。乙镇签约。")
    >>> mark_sentences(doc, [(0, 6), (6, 11)])
    >>> [s.text for s in doc.sents]
    ['甲公司开工。', '乙镇签约。']
    """
    if not len(doc):
        return
    # one array for the whole Doc: Token.is_sent_start checks the Doc's
    # annotation on every token set, quadratic in the tokens of a long text
    offsets = doc.to_array("IDX").astype("int64")
    flags = numpy.where(numpy.isin(offsets, [start for start, _ in sentences]), 1, -1)
    flags[0] = 1
    values: Any = flags.astype("int64").astype("uint64")  # spaCy's attribute type
    doc.from_array(["SENT_START"], values)
