"""The reporters an article names: the grammar of Chinese news bylines.

Reporters are named in a few fixed places and forms, whatever the outlet:

* after the dateline, in brackets: ``本报讯(记者 王钰程 见习记者 相紫月)``,
  ``东南网12月7日讯(本网记者 刘惠萍)``, ``(记者宋广军通讯员刘艳红)``,
  ``(中央社记者陈虹瑾福州2012年5月19日电)``;
* inline, closed by 报道: ``本报讯 记者周发源报道``, ``消息：记者黎鸿报道``,
  ``大公报记者王明报道：`` at the head of a line, or one name set off by spaces:
  ``【香港商报讯】记者 王明 …``;
* on a line of their own near the top or the end: ``□本报记者 朱传忠``,
  ``记者 高艺上``, ``记者|高艺上``, ``文/图 张明``, ``张明/文``, ``图文:张明``,
  ``文｜张明 图｜李华``, and as Taiwan's papers write it,
  ``记者张明／台北报导``, ``【张明╱台北报导】``, ``〔记者张明／台北报导〕`` and
  ``〔特派记者张明／重庆报导〕``;
* in the page's metadata: ``作者:康福实、陈炜炜 | 责任编辑:…``;
* closing the article, names alone in brackets: ``(郭扬 方扬烨)``, ``（文/郭扬）``
  (a picture credit, ``图片：B``, names no reporter), or right after
  the dateline: ``人民网银川7月23日电(吴隆重)``.

A name is what stands between a role word (记者, 通讯员 …) or a separator and the
next one. Where nothing separates a name from what follows (``陈虹瑾福州``), the
name is taken as three characters, the commonest length. Editors (编辑, 责编,
审核) are not reporters. The text is read in simplified characters (see
`kgraph.extract.script`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kgraph.extract.byline_names import (
    EDITOR_RE,
    PHOTO_RE,
    is_credit,
    is_place,
    split_run,
)
from kgraph.extract.lexicon import TIME_WORDS
from kgraph.extract.surnames import SURNAMES

__all__ = ["is_byline_line", "iter_reporters"]

# longest first, so 本报记者 wins over 记者
_ROLES = sorted(
    {
        "本报记者",
        "本网记者",
        "本台记者",
        "本刊记者",
        "融媒记者",
        "见习记者",
        "实习记者",
        "特约记者",
        "首席记者",
        "全媒体记者",
        "记者",
        "特约通讯员",
        "通讯员",
        "实习生",
        "见习生",
        "作者",
        "撰文",
        "采写",
        "文/图",
        "图/文",
        "图文",
        "文图",
        "撰稿",
        "摄影记者",
        "文字",
        "摄影",
        "摄像",
    },
    key=len,
    reverse=True,
)
_ROLE = "(?:" + "|".join(map(re.escape, _ROLES)) + ")"
_ROLE_RE = re.compile(_ROLE)
_CJK = r"\u4e00-\u9fff"
_SEP = r"[ \t\u3000、,，;；]"
_TAIL = re.compile(r"(?:报道|报导|摄影|摄|电|讯|/文|/图)$")
# a credit run on without its slash (张明文 for 张明/文): only after a name of
# three or more, for 文 ends many a name (陈大文)
_BARE_TAIL = re.compile(rf"(?<=[{_CJK}]{{3}})[文图]$")
_NAME_MIN, _NAME_MAX, _NAME_GUESS = 2, 4, 3
# an outlet leading the names: 山西日报 邓焕彦, 中国台湾网大连市台办通讯员 方永乐
_OUTLET = re.compile(
    r"(?:日报|晚报|早报|商报|时报|报社|报|新闻|网|社|电视台|广播|频道|客户端|APP"
    r"|卫视|在线|中心|发布|融媒|传媒|集团|之声|头条)$"
)
# an outlet written with Latin letters or a plus after it: 看看新闻Knews, 南方+
_OUTLET_MARK = re.compile(r"[A-Za-z+＋]")
_SPACED_NAME = re.compile(rf"(?<![{_CJK}])([{_CJK}])[ \t\u3000]([{_CJK}])(?![{_CJK}])")
#: an outlet's own word or its station before a role: 本报驻河北记者, 驻京记者
_STATIONED = re.compile(r"本报|本网|本台|本刊|驻")
#: words in a byline's place that name no one: roles, the outlet's own word, and
#: a report compiled from several sources (``(综合报道)``, ``(外电综合)``)
_NOT_A_NAME = frozenset(
    {"报道", "摄影", "通讯", "记者", "编辑", "本报", "本网", "本台", "本刊", "日电"}
    | {"综合", "综述", "外电", "编译"}
)

# bracketed byline: a role word inside the brackets, near the top
_BRACKET = re.compile(
    rf"[(（]\s*(?P<body>[^()（）\n]{{0,60}}?{_ROLE}[^()（）\n]{{0,60}})[)）]"
)
# bracketed names alone (an outlet or 文/ may lead), at the very end of the article
_CLOSING = re.compile(
    rf"[(（](?:文[/／:：]\s*)?(?P<body>[{_CJK}][{_CJK} \t\u3000、,，]{{1,40}})[)）]\s*$"
)
# a reporter run into the last sentence: …服务「新疆所需」。\\大公报记者应江洪
_TRAILING = re.compile(
    rf"[。！？!?」”][ \t\u3000\\/]*[^\n。]{{0,12}}?(?P<body>{_ROLE}[ \t\u3000:：]*"
    rf"[{_CJK}]{{2,4}}(?:(?:{_SEP}|{_ROLE})+[{_CJK}]{{2,4}})*)[ \t\u3000]*$"
)
# Taiwan's papers, in lenticular or tortoise-shell brackets: 【吴家豪╱台北报导】,
# 【记者吴家豪／台北报导】, 〔记者林欣汉／台北报导〕, 〔特派记者彭显钧／重庆报导〕
_LENTICULAR = re.compile(
    rf"[【〔](?P<body>(?:[{_CJK}]{{0,4}}?{_ROLE})?"
    rf"[{_CJK}]{{2,4}}(?:[、 ][{_CJK}]{{2,4}})*)"
    rf"[/／╱][{_CJK}]{{0,6}}(?:报导|报道)[】〕]"
)
# names alone in brackets right after the dateline: 人民网银川7月23日电(吴隆重),
# a wire's 日电 or 社电 (光电(厦门)有限公司 is a company's bracketed place)
_DATELINE = re.compile(
    rf"(?:日电|社电|讯)[】\]]?\s*[(（](?P<body>[{_CJK}]{{2,4}}(?:{_SEP}+[{_CJK}]{{2,4}}){{0,4}})[)）]"
)
# inline: 讯 记者周发源报道 / 讯通讯员钟远海报道 / 澳门日报消息：记者黎鸿报道
_INLINE = re.compile(
    rf"(?:讯|消息)[】\]]?[:：]?\s*(?P<body>{_ROLE}[{_CJK} \t\u3000、]{{2,30}}?)报道"
)
# the same without 报道, the name set off by spaces: 【香港商报讯】记者 王明 …
_INLINE_SPACED = re.compile(
    rf"(?:讯|消息|日电)[】\]]?[:：]?\s*(?P<body>{_ROLE}[ \t\u3000]+"
    rf"(?!{'|'.join(TIME_WORDS)})[{_CJK}]{{2,4}})"
    r"[ \t\u3000]+"
)
_SURNAME_CHARS = "".join(sorted(SURNAMES))
# the same without 报道 or brackets, each role run into its names, set off by
# spaces: 本报讯 记者王明 通讯员李华 近日…
_INLINE_RUN = re.compile(
    rf"讯[】\]]?[ \t\u3000]+(?P<body>(?:{_ROLE}[{_SURNAME_CHARS}][{_CJK}]{{1,2}}"
    rf"(?:、[{_CJK}]{{2,3}})*[ \t\u3000]+)+)"
)
# the same at the head of a line, the outlet leading: 大公报记者王明报道：
_LEAD_INLINE = re.compile(
    rf"(?:^|\n)[ \t\u3000□■◎●]*"
    rf"(?P<body>[{_CJK}]{{0,8}}?{_ROLE}[{_CJK} \t\u3000、]{{2,30}}?)报道[:：,，\s]"
)
# a line of its own: □本报记者 朱传忠 / 记者 高艺上 / 文/图 张明 / 张明/文
_NAMES = rf"[{_CJK}]{{2,4}}(?:(?:{_SEP}|{_ROLE}|[:：|｜])+[{_CJK}]{{2,4}})*"
_LINE = re.compile(
    rf"^[ \t\u3000□■◎●\\/]*(?:[^\n]{{0,20}}?|[^\n。,，;；!！?？]{{21,45}}?)?"
    rf"(?P<body>{_ROLE}[ \t\u3000:：|｜]*{_NAMES})"
    rf"(?:[ \t\u3000]*[/／╱][{_CJK}]{{2,4}}?(?:报道|报导))?"
    rf"(?:[ \t\u3000]+(?:文/图|图/文|文图|图文))?[ \t\u3000]*$"
    rf"|^[ \t\u3000]*(?P<slash>[{_CJK}]{{2,4}}(?:[、 ][{_CJK}]{{2,4}})*)/[文图]"
    rf"(?:[ \t\u3000].*)?$",
    re.MULTILINE,
)
# a text credit on its own line: 文｜张明 图｜李华, 文:张明, 文/张明 (图: the
# photographer)
_TEXT_CREDIT = re.compile(
    rf"^[ \t\u3000]*文[ \t\u3000]*[:：|｜/／][ \t\u3000]*"
    rf"(?P<body>[{_CJK}]{{2,4}}(?:[、 ][{_CJK}]{{2,4}})*)",
    re.MULTILINE,
)
# page metadata: 作者:康福实、陈炜炜 (ends at |, two spaces, 责任编辑, 来源 or the line)
_AUTHOR = re.compile(
    rf"作者[:：]\s*(?P<body>(?:{_ROLE}[\s/／]*)?[{_CJK}]{{2,4}}"
    rf"(?:(?:{_SEP}+(?:{_ROLE}[/／]?)?|{_ROLE}[/／]?)[{_CJK}]{{2,4}}){{0,5}}?)"
    rf"(?=\s*(?:\||\s\s|责任编辑|责编|编辑|来源|$))",
    re.MULTILINE,
)
# a byline in square brackets, closed by its dateline: 【本报记者古桢明湛江一日电】
_SQUARE = re.compile(
    rf"【(?P<body>[^【】\n]{{0,20}}?{_ROLE}[^【】\n]{{2,30}}?)(?:电|讯|报道)】"
)
# a wire's dateline led by its reporter, no bracket: 中央社记者王建国台北16日电
_WIRE = re.compile(
    rf"(?:^|\n)[ \t\u3000]*[{_CJK}]{{0,8}}?{_ROLE}(?P<body>[{_CJK}]{{2,4}}"
    rf"(?:、[{_CJK}]{{2,4}})*[{_CJK}]{{0,6}}?)(?:\d{{1,2}}月)?\d{{1,2}}日[电讯]"
)
_TOP_CHARS = 400  # bylines sit in the first lines ...
_END_CHARS = 300  # ... or the last ones


def iter_reporters(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each reporter's name, in text order, once each.

    Examples
    --------
    >>> text = "标题\\n本报讯(记者 王钰程 见习记者 相紫月)11月16日上午,项目开工。"
    >>> [text[s:e] for s, e in iter_reporters(text)]
    ['王钰程', '相紫月']
    >>> text = "标题\\n本报讯(记者宋广军通讯员刘艳红)12月11日,天冷。"
    >>> [text[s:e] for s, e in iter_reporters(text)]
    ['宋广军', '刘艳红']
    >>> text = "标题\\n本报讯 记者王明 通讯员李华 近日,项目开工。"
    >>> [text[s:e] for s, e in iter_reporters(text)]
    ['王明', '李华']
    >>> text = "本报讯 记者周发源报道 开工。\\n作者:康福实、陈炜炜 | 责任编辑:乔一"
    >>> [text[s:e] for s, e in iter_reporters(text)]
    ['周发源', '康福实', '陈炜炜']
    """
    top, end = text[:_TOP_CHARS], max(0, len(text) - _END_CHARS)
    found: set[tuple[int, int]] = set()
    tops = (
        _BRACKET,
        _SQUARE,
        _DATELINE,
        _INLINE,
        _INLINE_SPACED,
        _INLINE_RUN,
        _LEAD_INLINE,
        _LENTICULAR,
        _WIRE,
    )
    for pattern in tops:
        for m in pattern.finditer(top):
            start, stop = m.span("body")
            if pattern in (_INLINE, _LEAD_INLINE):
                stop = _before_filing_place(text, start, stop)
            found.update(_names(text, start, stop, lead=pattern is _BRACKET))
    for pattern in (_BRACKET, _TRAILING):
        for m in pattern.finditer(text, end):
            found.update(_names(text, *m.span("body"), lead=pattern is _BRACKET))
    for m in _LINE.finditer(text):
        if m.start() < _TOP_CHARS or m.start() >= end:
            found.update(_line_names(text, m))
    for m in _AUTHOR.finditer(text):
        found.update(_names(text, *m.span("body")))
    for m in _TEXT_CREDIT.finditer(text):
        if m.start() < _TOP_CHARS or m.start() >= end:
            found.update(_names(text, *m.span("body")))
    closing = _CLOSING.search(text, end)
    if closing is not None and not _ROLE_RE.search(closing.group("body")):
        found.update(_names(text, *closing.span("body")))
    yield from sorted(found)


def _line_names(text: str, m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The reporters of a byline line; a picture credit before them cuts it.

    In ``文/青禾日报记者 梁文华 图/青禾日报记者 何方`` the names after 图/ are the
    photographer's: the line is read again up to the credit.
    """
    group = "body" if m.group("body") else "slash"
    photo = PHOTO_RE.search(text, m.start(), m.start(group))
    if photo is None:
        yield from _names(text, *m.span(group))
        return
    head = _LINE.match(text[m.start() : photo.start()].rstrip())
    if head is not None and head.group("body"):
        yield from _names(text, *(m.start() + i for i in head.span("body")))


def is_byline_line(line: str) -> bool:
    """Whether ``line`` is a byline line of its own (``记者 张明 通讯员 李华``).

    Examples
    --------
    >>> is_byline_line("2023-07-05 21:02 东方卫视、青禾新闻记者 俞涛")
    True
    >>> is_byline_line("记者从会上获悉,项目开工。")
    False
    """
    return _LINE.match(line.strip()) is not None


def _names(
    text: str, start: int, stop: int, *, lead: bool = False
) -> Iterator[tuple[int, int]]:
    """The names in ``text[start:stop]``: cut at separators and role words.

    Where the span holds a role word, what comes before the first one is the
    outlet (``中央社记者…``), not a name, unless ``lead`` (a bracket) and a
    separator sets it apart: ``(胡鹏 罗勇 记者 钟晓晴)``. A byline stops at an
    editor's or the source's credit; a picture credit (``…摄``) names no
    reporter.
    """
    for credit in (EDITOR_RE, PHOTO_RE):
        other = credit.search(text, start, stop)
        stop = other.start() if other is not None else stop
    if is_credit(text[start:stop]):
        return
    first_role = _ROLE_RE.search(text, start, stop)
    seen_role = first_role is None or (
        lead and re.search(_SEP, text[start : first_role.start()]) is not None
    )
    pos = start
    # a two-character name is often written with a space inside (崔 杰)
    body = _SPACED_NAME.sub(
        lambda m: m.group(1) + "\x00" + m.group(2), text[start:stop]
    )
    for piece in re.split(rf"({_SEP}+|{_ROLE}|[:：/／|｜])", body):
        piece = piece.replace("\x00", " ")
        piece_start, pos = pos, pos + len(piece)
        if _ROLE_RE.fullmatch(piece):
            seen_role = True
            continue
        if not piece or not seen_role or re.fullmatch(rf"{_SEP}+|[:：/／|｜]", piece):
            continue
        yield from _piece_names(piece, piece_start)


def _before_filing_place(text: str, start: int, stop: int) -> int:
    """Where a byline closed by 报道 ends: before the place filed from, set off by
    a space (``记者 王明 重庆报道``: before 重庆); a name alone stays
    (``记者 方正报道``)."""
    gap = max(text.rfind(c, start, stop) for c in " \t\u3000")
    if gap > start and is_place(text[gap + 1 : stop]):
        return gap
    return stop


def _piece_names(piece: str, start: int) -> Iterator[tuple[int, int]]:
    """The name or names one piece of a byline holds (``陈虹瑾福州`` -> 陈虹瑾)."""
    name = re.match(rf"[{_CJK}](?: [{_CJK}]$)?[{_CJK}]*", piece)
    if name is None or _OUTLET.search(name.group()):
        return
    if _STATIONED.match(name.group()):
        return  # 本报驻河北(记者): the outlet and its station, no name
    if _OUTLET_MARK.match(piece, name.end()):
        return  # 看看新闻Knews, 南方+
    if " " in name.group():
        yield start, start + len(name.group())
        return
    word = _BARE_TAIL.sub("", _TAIL.sub("", name.group())) or name.group()
    if word != name.group() and is_place(word):
        return  # the place filed from: 俞涛 香港报道
    for cut in (2, 3):  # a name run into the place filed from: 敖敏华广州
        if len(word) - cut >= _NAME_MIN and is_place(word[-cut:]):
            word = word[:-cut]
            break
    runs = split_run(word) if name.group() == piece and len(word) >= 4 else None
    if runs is not None and len(runs) > 1:
        for run in runs:  # names written together: 吴静岚陈岩
            yield start, start + len(run)
            start += len(run)
        return
    if len(word) > _NAME_MAX:
        word = word[:_NAME_GUESS]  # a name run into what follows (陈虹瑾福州)
    if len(word) >= _NAME_MIN and word not in _NOT_A_NAME:
        yield start, start + len(word)
