"""The publication date an article gives itself: page header, web metadata, dateline.

A news text carries its date in a few set places: the web page's metadata line
(``发布时间:2019-03-12 08:35:39``, ``2018年05月18日08:24 | 来源:北京日报``), the
newspaper page header (``2024年3月16日 星期六``), or the dateline of the lead
(``中央社记者福州2012年5月19日电``). `publication_date` reads a full date
(year, month and day) from those places only: a date in the body is the date of
an event, and a dateline without its year (``11月16日讯``) does not name one, so
it gives None rather than a guess; the caller can give the date instead
(``doc_meta`` of `kgraph.build`, ``kgraph build --date``).

Simplified and traditional forms are both read (``发布``/``發布``, ``电``/``電``).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from kgraph.extract.layout import title_of
from kgraph.extract.numerals import numeral_value
from kgraph.types import Document

__all__ = ["HEAD_CHARS", "TAIL_CHARS", "document_of", "publication_date"]

#: where a page header or metadata line may sit: the first and last characters
HEAD_CHARS = 400
TAIL_CHARS = 200

_CN = "〇零一二三四五六七八九十"
_DATE_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})(?:"
    r" ?年 ?(?P<m>\d{1,2}) ?月 ?(?P<d>\d{1,2})(?:日|(?![\d月日号至到—~-]))"
    r"|(?P<sep>[-./])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?![\d.月日至到—~-]))"
    rf"|(?P<cy>[{_CN}]{{4}})年(?P<cm>[{_CN}]{{1,2}})月(?P<cd>[{_CN}]{{1,3}})日"
)
#: a label that names the next date the page's own (发布时间, 日期 …), where a
#: label stands: at the start of a line or after a separator, not ``开工时间:``
_LABEL_RE = re.compile(
    r"(?:^|[\s|｜(（\[【])"
    r"(?:(?:发布|發布|发表|發表|更新|出版|刊发|刊發)(?:时间|時間|日期)?|日期|时间|時間)"
    r"\s*[:：]?\s*$"
)
#: what follows a metadata date: a clock time, the source
_AFTER_META_RE = re.compile(r"[ \t]*[)）]?[ \t]*(?:\d{1,2}:\d{2}|[|｜]|来源|來源)")
#: what follows a dateline's day: 电, 讯, 消息 (``福州2012年5月19日电``)
_AFTER_DATELINE_RE = re.compile(r"\s?(?:电|電|讯|訊|消息)")
#: a page header: a short line that is the date and a few words, no sentence
_LINE_LIMIT = 40
_SENTENCE_MARK = re.compile(r"[,，。;；!！?？、]")


def _value(found: re.Match[str]) -> date | None:
    try:
        if found["y"]:
            month, day = found["m"] or found["m2"], found["d"] or found["d2"]
            return date(int(found["y"]), int(month), int(day))
        return date(
            int(numeral_value(found["cy"])),
            int(numeral_value(found["cm"])),
            int(numeral_value(found["cd"])),
        )
    except (ValueError, ArithmeticError):  # 2月30日, or not a numeral
        return None


def _line_of(text: str, start: int, end: int) -> str:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return text[lo : len(text) if hi < 0 else hi].strip()


def _score(text: str, found: re.Match[str]) -> int:
    """How surely ``found`` is the page's own date: 0 (a body date) to 3."""
    start, end = found.span()
    line_start = text.rfind("\n", 0, start) + 1
    if _LABEL_RE.search(text[max(line_start, start - 12) : start]):
        return 3
    if _AFTER_META_RE.match(text, end):
        return 2
    if text[end - 1] == "日" and _AFTER_DATELINE_RE.match(text, end):
        return 2
    line = _line_of(text, start, end)
    rest = line.replace(found[0], "", 1)
    if len(line) <= _LINE_LIMIT and not _SENTENCE_MARK.search(rest):
        return 1
    return 0


def publication_date(text: str) -> date | None:
    """The date the article gives itself, or None when it names none for sure.

    Examples
    --------
    >>> publication_date("标题\\n发布时间:2019-03-12 08:35:39 | 来源:人民网\\n正文")
    datetime.date(2019, 3, 12)
    >>> publication_date("(中央社记者陈虹瑾福州2012年5月19日电)台商……")
    datetime.date(2012, 5, 19)
    >>> publication_date("本报讯 11月16日,全市重点项目集中开工。") is None
    True
    >>> body = "项目于2021年9月1日开工建设,总投资5亿元,是今年的重点。"
    >>> print(publication_date(body * 20))
    None
    """
    text = unicodedata.normalize("NFKC", text)
    best: tuple[int, int, date] | None = None
    for found in _DATE_RE.finditer(text):
        score = _score(text, found)
        if score == 0:
            continue
        deep = found.start() >= HEAD_CHARS and found.end() <= len(text) - TAIL_CHARS
        if deep:
            continue  # deep in the body: an event's date, not the page's
        value = _value(found)
        if value is None:
            continue
        if best is None or score > best[0]:
            best = (score, found.start(), value)
    return None if best is None else best[2]


def document_of(doc_id: str, text: str, *, source: str = "") -> Document:
    """The `Document` record of an input text: headline, length, publication date.

    Examples
    --------
    >>> document = document_of("a1", "标题\\n2024年3月16日 星期六\\n正文")
    >>> document.title, document.n_chars, document.date
    ('标题', 20, datetime.date(2024, 3, 16))
    """
    return Document(
        doc_id,
        source=source,
        title=title_of(text),
        n_chars=len(text),
        date=publication_date(text),
    )
