"""Where news layout names people: bylines under the headline and photo credits."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kgraph.extract.byline_names import EDITOR_RE, PHOTO_RE
from kgraph.extract.bylines import iter_reporters
from kgraph.extract.extensions import RelationMention
from kgraph.extract.surnames import SURNAMES
from kgraph.types import Predicate

__all__ = [
    "ends_with_credit",
    "is_credit_line",
    "iter_bylines",
    "iter_credits",
    "title_of",
    "without_reporter_posts",
]

_NAME = r"[\u4e00-\u9fff]{2,4}"
_ROLE = (
    r"(?:(?:本报|本网|特约|特派|首席|见习|实习|全媒体|融媒体?|摄影)?记者"
    r"|(?:特约)?通讯员|实习生|文/图|文|图|摄影)"
)
_BYLINE_LINE = re.compile(
    rf"^[ \t\u3000]*(?:{_ROLE}[ \t\u3000:/：]*)?{_NAME}"
    rf"(?:[ \t\u3000、,，]+(?:{_ROLE}[ \t\u3000:/：]*)?{_NAME})*"
    rf"(?:[ \t\u3000]+(?:报道|报导))?[ \t\u3000]*$"
)
# names separated by white space, then 摄: each name is bounded, so no backtracking
_CREDIT_LINE = re.compile(
    rf"^[ \t\u3000]*{_NAME}(?:[ \t\u3000]+{_NAME})*[ \t\u3000]*摄[ \t\u3000]*$"
)
# a credit closing a caption line: 资料图。中新社发 杨雪岚 摄 / (中评社 郑一菲摄)
_CAPTION_CREDIT = re.compile(
    rf"(?:^|[。！？!?(（/／])[ \t\u3000]*"
    rf"(?:[^\s。(（)）/／]{{0,12}}?(?:记者|发|通讯员)|[^\s。(（)）/／]{{1,10}}?"
    rf"(?:社|网|报|台|新闻)[ \t\u3000])?[ \t\u3000]*"
    rf"(?P<names>{_NAME}(?:[ \t\u3000、]+{_NAME})*)[ \t\u3000]*摄[)）]?[ \t\u3000]*$"
)
_MAX_CREDIT_LINE = 40
_ROLE_RE = re.compile(_ROLE)
_NAME_RE = re.compile(_NAME)
_BYLINE_SEARCH_LINES = 3
#: what marks the names before a photo credit as writers: a role, 文
_WRITER_RE = re.compile(_ROLE + "|文")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    for m in re.finditer(r"[^\n]*\S[^\n]*", text):
        yield m.start(), m.group()


def _names(
    start: int, line: str, lo: int = 0, *, photo_ends: bool = False
) -> Iterator[tuple[int, int]]:
    stop = len(line)
    for credit in (EDITOR_RE, PHOTO_RE) if photo_ends else (EDITOR_RE,):
        found = credit.search(line, lo)  # an editor's or photo credit ends it
        stop = min(stop, found.start()) if found is not None else stop
    for m in _NAME_RE.finditer(line, lo, stop):
        word = m.group()
        if word.endswith(("报道", "报导")):
            continue
        if _ROLE_RE.fullmatch(word) or word.endswith("摄"):
            # a role word or ``名字摄`` written without the space
            if word.endswith("摄") and len(word) > 2:
                yield start + m.start(), start + m.end() - 1
            continue
        yield start + m.start(), start + m.end()


def iter_bylines(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of reporters' names in the byline under the headline.

    The byline is a line among the first few (never the headline itself) made
    only of 2–4 character names, optionally with 记者/通讯员 before them, or any
    of the forms of `kgraph.extract.bylines.iter_reporters` (``本报讯(记者A
    通讯员B)``, ``作者:A、B``, a closing ``(A B)`` …).

    Examples
    --------
    >>> text = "标题在这里\\n\\n汪燕鸣 王佳萱\\n\\n正文。"
    >>> [text[s:e] for s, e in iter_bylines(text)]
    ['汪燕鸣', '王佳萱']
    >>> text = "标题在这里\\n广西日报 2020-05-17\\n秦崇广叶超平\\n正文。"
    >>> [text[s:e] for s, e in iter_bylines(text)]
    ['秦崇广', '叶超平']
    """
    found = set(iter_reporters(text))
    for i, (start, line) in enumerate(_lines(text)):
        if i >= _BYLINE_SEARCH_LINES:
            break
        if i > 0 and (pair := _run_together(start, line)):
            found.update(pair)  # 秦崇广叶超平: two names written without a space
            break
        if i > 0 and _BYLINE_LINE.match(line):
            photo = PHOTO_RE.search(line)
            if photo is not None and not _WRITER_RE.search(line, 0, photo.start()):
                break  # 大会现场 摄影 张宝杉: a caption and its photographer
            # 文/张明 图/李华: the names after 图/ are the photographer's
            found.update(_names(start, line, photo_ends=True))
            break
    taken: list[tuple[int, int]] = []
    for span in sorted(found, key=lambda s: (s[0], -s[1])):
        if not any(s < span[1] and span[0] < e for s, e in taken):
            taken.append(span)
    yield from taken


#: a byline of two three-character names written without a space between them
_RUN_TOGETHER = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff]{6})[ \t\u3000]*")
_GIVEN = 3
#: the last characters of divisions' and bodies' names (市 区 县 镇 会 局 …)
_NOT_A_NAME_END = frozenset("省市区县镇乡村旗州盟会局委厅院部司处所站园")


def _run_together(start: int, line: str) -> list[tuple[int, int]]:
    """The two names of a byline line ``秦崇广叶超平``: six characters, each half
    opening with a surname (a six-character line so written is no headline)."""
    m = _RUN_TOGETHER.fullmatch(line)
    if m is None:
        return []
    names = m.group(1)
    if names[0] not in SURNAMES or names[_GIVEN] not in SURNAMES:
        return []
    if any(half[-1] in _NOT_A_NAME_END for half in (names[:_GIVEN], names[_GIVEN:])):
        return []  # 常州市金坛区, 高新区管委会: places and bodies, no reporters
    at = start + m.start(1)
    return [(at, at + _GIVEN), (at + _GIVEN, at + 2 * _GIVEN)]


def is_credit_line(line: str) -> bool:
    """Whether ``line`` is a photo credit: names, then 摄 (``冯静 摄``).

    Examples
    --------
    >>> is_credit_line("王佳萱 摄"), is_credit_line("他在现场拍摄")
    (True, False)
    """
    return len(line) <= _MAX_CREDIT_LINE and _CREDIT_LINE.match(line) is not None


def ends_with_credit(line: str) -> bool:
    """Whether a caption line closes with its photographer (``现场。记者 高远 摄``).

    Examples
    --------
    >>> ends_with_credit("开工现场。(中评社 郑一菲摄)"), ends_with_credit("开工现场。")
    (True, False)
    """
    return _CAPTION_CREDIT.search(line) is not None


def iter_credits(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of photographers' names in ``名字 摄`` credit lines.

    Examples
    --------
    >>> text = "湘家荡科创湖区\\n\\n王佳萱 摄\\n开工现场。(中评社 郑一菲摄)"
    >>> [text[s:e] for s, e in iter_credits(text)]
    ['王佳萱', '郑一菲']
    """
    for i, (start, line) in enumerate(_lines(text)):
        if is_credit_line(line):
            yield from _names(start, line)
            continue
        if 0 < i < _BYLINE_SEARCH_LINES and _BYLINE_LINE.match(line):
            photo = PHOTO_RE.search(line)  # 文/张明 图/李华: 李华 took the pictures
            if photo is not None:
                yield from _names(start, line, photo.end())
            continue
        caption = _CAPTION_CREDIT.search(line)
        if caption is not None:
            offset = start + caption.start("names")
            yield from _names(offset, caption.group("names"))


#: a line that holds only a date, a clock time or a weekday (a page header)
_DATE_ONLY_LINE = re.compile(
    r"[\d年月日\-./:：\s()（）]*(?:星期|周)?[一二三四五六日天]?[\s)）]*"
)


def title_of(text: str) -> str:
    """Return the headline: the first non-blank line that is not only a date.

    Examples
    --------
    >>> title_of("\\n 标题 \\n正文"), title_of("2024年3月16日 星期六\\n标题\\n正文")
    ('标题', '标题')
    """
    for _, line in _lines(text):
        if not _DATE_ONLY_LINE.fullmatch(line.strip()):
            return line.strip()
    return ""


#: the reporter's word of a byline (中央社记者X, 新华社首席记者X)
_REPORTER_ROLE = re.compile("(?:记者|通讯员|特派员)$")


def without_reporter_posts(found: list[RelationMention]) -> list[RelationMention]:
    """Drop ``works_for`` from a byline's reporter to the outlet before 记者.

    A byline names the outlet only to say who files the report
    (``(中央社记者陈美玲台北21日电)``): its reporter is ``reported_by``, and the
    outlet is the article's source, not an employer the report states.

    Examples
    --------
    >>> by = RelationMention(Predicate.REPORTED_BY, None, (6, 9), (0, 20))
    >>> post = RelationMention(
    ...     Predicate.WORKS_FOR, (6, 9), (1, 4), (0, 20), role="记者"
    ... )
    >>> [r.predicate.value for r in without_reporter_posts([by, post])]
    ['reported_by']
    """
    reporters = {r.object for r in found if r.predicate is Predicate.REPORTED_BY}
    return [
        r
        for r in found
        if not (
            r.predicate is Predicate.WORKS_FOR
            and r.subject in reporters
            and _REPORTER_ROLE.search(r.role or "")
        )
    ]
