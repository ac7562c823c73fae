"""Clauses of a sentence and the name it is about, shared by the relation rules."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span

from kgraph.types import EntityType

__all__ = [
    "CLAUSE_BREAK",
    "DATE_DIGITS",
    "SENTENCE_RE",
    "SUBJECT_WINDOW",
    "clause_of",
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
    with a name when the name starts within a few characters of the clause. The
    subject is returned only if its label is one of ``labels``.
    """
    named = [s for s in spans if s.label_ != _MONEY]
    end = sent[1] if before is None else before
    starts = [sent[0]] + [m.end() for m in CLAUSE_BREAK.finditer(text, sent[0], end)]
    for start in reversed(starts):
        first = [s for s in named if start <= s.start_char < end]
        if first and first[0].start_char - start <= SUBJECT_WINDOW:
            return first[0] if first[0].label_ in labels else None
    return None


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
