"""Project names: the grammar of ``…项目`` and ``…工程`` in regional news.

A project name ends in 项目 or 工程 (``亚布力抽水蓄能电站项目``, ``黄土坡隧道
工程``, ``龙江学子创业园(一期)项目``), or in the head of a facility built as a
project: 基地, 示范区, 工厂 (``东方基因研发生产基地``, ``…测试示范区``,
``华大基因超级测序工厂``). Its left edge is a clause boundary:
punctuation, 的 (``总投资77亿元的…项目``), a function word or a verb of the
clause (推动, 落实, 签署, 开工, 实施…); conjunctions (和, 及, 与), brackets,
years, numerals and the owner's name stay inside
(``古村速冻食品智能化加工及冷链物流一体化建设项目``,
``宇泽半导体(云南)有限公司年产20GW…建设项目``). A name made of a place and
class words only (``北京合作项目``, ``重点工程``) names a class of projects, not
a project. The items of a list closed by ``等…项目`` are projects too
(``推动甲医疗基地、乙数农业中心等重大项目建设``), also where the close counts the
projects and names their field (``安排甲线、乙中心等4个轨道交通、科技重大项目``).

Organisation and place fragments the engine found inside a project name
(``冷链物流``, a bare ``龙江``) are dropped unless they are complete names,
with an organisation or place suffix (the owner, ``淄博高新区``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgraph.extract.lexicon import (
    COMPANY_SUFFIXES,
    ORG_SUFFIXES,
    PLACE_SUFFIXES,
    PROVINCES,
    admin_level,
    ending_regex,
)

__all__ = ["find_projects", "without_fragments"]

_Span = tuple[int, int, str]


def _lexicon(words: str) -> list[str]:
    return words.split()


_Word = tuple[int, int, str]
_PROJECT = "PROJECT"
#: a project, or a facility built as one (``…生产基地``, ``…测试示范区``, ``…工厂``)
_ENDINGS = ("项目", "工程", "基地", "示范区", "工厂")
_OPEN = {")": "(", "）": "（", "”": "“", "」": "「", "’": "‘"}
_MAX_CHARS = 50
#: words that stop a name on its left: the clause's own verbs and function words
_CLAUSE_VERBS = frozenset(
    _lexicon(
        """
    推动 推进 落实 实施 建成 签署 签订 签约 开工 启动 引进 引入 包括 有 是 为 谋划
    储备 加快 加速 抓好 抓实 做好 完成 开展 举行 参观 考察 调研 视察 察看 查看 了解
    听取 聚焦 围绕 助力 支持 促成 洽谈 对接 争取 成为 作为 打造 落户 落地
    入驻 竣工 投产 开建 动工 涉及 共有 还有 获批 列入 纳入 位列 推介 发布 集中 签下
    迎来 见证 介绍 表示 指出 希望 要求 强调 确保 力争 继续 全力 全面 扎实 积极 重点
    主要 包含 含 等 及时 认为 称 说 宣布 成立 建立 如 比如 例如 像 暨 全市 全县
    全区 全省 全镇 全州 各地 带动 安排 部署"""
    )
)
_DEMONSTRATIVES = frozenset("该本此这那各每其")
_NAME_TAGS = frozenset({"ORG", "LOC", "PER", "nz", "nw"})
_STOP_TAGS = frozenset({"p", "r", "d", "u", "xc", "f", "w"})
#: classifiers that count projects (``32个项目``, ``一批项目``)
_COUNTERS = frozenset("个批项类家宗")
#: words that open a clause before a name and are no part of it
_LEADING = frozenset(
    _lexicon(
        """
    和 及 与 以及 同 并 建设 投资 投建 新建 续建 新开工 新签约 新引进 开工 竣工 签约
    新 总 其中 一批 重点 重大 今年 去年 明年 当年 目前 近日 日前 此次 本次 计划 拟
    省级 市级 县级 省重点 市重点"""
    )
)
#: class words: a name made of these (and places) is a class of projects
_CLASS_WORDS = frozenset(
    _lexicon(
        """
    重点 重大 产业 招商 招商引资 签约 新 在建 续建 新建 民生 工业 新动工 新开工
    新签约 新引进 新落地 新增 开工 竣工 合作 基础设施 建设 一批 储备 前期 配套 投资
    外资 内资 社会 公益 惠民 民心 实事 十大 系统 优质 单体 省级 市级 县级 集中 同类
    相关 其他 其它 各类 全部 所有 上述 备选 制造业 服务业 先进制造业 现代服务业 农业
    文旅 旅游 科技 新兴 战略性 龙头 总部 央企 国企 民企 外企 城建 交通 水利 能源
    新能源 生态 环保 政府 引资 好 大 优 亿元 万元 示范 试点 改造 提升 攻坚 一号
    标志性 重要 关键 首批 第一批 第二批 项目 工程 市 区 县 镇 乡 村 省 企业 一把手 主体
    部分 业态 新业态 新产业 房地产 港资 台资 侨资 标杆 领导 领衔 补链 延链 强链 固链
        战略 支撑 高新区 开发区 经开区 园区 新区 工业园区
        产业园区"""
    )
)
_CLASS_TAGS = frozenset(
    {"v", "vn", "vd", "a", "ad", "d", "m", "q", "f", "TIME", "c", "p", "u", "w"}
)
#: ``A、B等重大项目``: the list closed by 等 and a class of projects
_LIST_END = re.compile(
    r"等(?:(?:\d+|[一二三四五六七八九十两]+)个[^，,。；;：:！？!?\n等]{0,14}?"
    r"|(?:一批|多个)?(?:重大|重点|产业|民生|基础设施|省市重点|省重点|市重点)?)"
    r"(?:项目|工程)"
)
_LIST_SEP = re.compile(r"[、和及与]")
#: the shortest listed project (道路 of 周边道路 is a cut, no name)
_MIN_LISTED = 4
_LIST_STOP = re.compile(r"[，,。；;：:！？!?\n]")
_ORG_END = ending_regex(ORG_SUFFIXES)
_PLACE_END = ending_regex(PLACE_SUFFIXES)
_COUNT_AFTER = re.compile(r"(?:共|有|达)?[\d一二三四五六七八九十两百几多]+[个项宗批]")
_ROAD_END = re.compile("(?:路|街|大道|巷|道|线|桥|隧道)$")
#: what a listed project is: a facility (``甲医疗基地``, ``乙数农业中心``)
_FACILITY_END = re.compile(
    "(?:基地|中心|园|园区|工厂|厂|综合体|馆|城|港|站|电站|大厦|广场|楼|项目|工程|小镇|街区"
    "|公园|医院|学校|社区|线|路)(?:[(（][^()（）]{1,8}[)）])*$"
)
_COMPANY_END = ending_regex(COMPANY_SUFFIXES)


def find_projects(
    text: str, words: Sequence[_Word], spans: Sequence[_Span]
) -> list[_Span]:
    """The project names of ``text``, as ``(start, end, "PROJECT")`` spans.

    ``words`` are the engine's ``(start, end, tag)`` words, ``spans`` the
    entities found so far: a project never ends inside one of them.

    Examples
    --------
    >>> text = "总投资7亿元的青岭抽水蓄能电站项目开工"
    >>> words = [(0, 1, "a"), (1, 3, "n"), (3, 6, "m"), (6, 7, "u"),
    ...          (7, 9, "nz"), (9, 15, "v"), (15, 17, "n"), (17, 19, "v")]
    >>> [text[s:e] for s, e, _ in find_projects(text, words, [])]
    ['青岭抽水蓄能电站项目']
    """
    ends = {w[1]: i for i, w in enumerate(words)}
    out: list[_Span] = []
    for ending in _ENDINGS:
        for m in re.finditer(ending, text):
            last = ends.get(m.end())
            if last is None or _inside_name(m.start(), m.end(), spans):
                continue
            start = _left_edge(text, words, last, m.start())
            if _COUNT_AFTER.match(text, m.end()):
                continue  # 民生项目29个: a kind of projects, counted
            if start is not None and _named(text, words, start, m.start()):
                out.append((start, m.end(), _PROJECT))
    out += _listed(text, words, spans)
    return list(dict.fromkeys(out))  # a listed facility may also end as one


def _inside_name(start: int, end: int, spans: Sequence[_Span]) -> bool:
    """``中铁工程局``, ``项目部``: the ending lies inside a longer name."""
    return any(s < end < e or (s <= start and end < e) for s, e, _ in spans)


def _left_edge(text: str, words: Sequence[_Word], last: int, limit: int) -> int | None:
    """Where the name ending with word ``last`` starts, or None for no name."""
    i = last if words[last][0] < limit else last - 1
    start, pending = limit, []
    while i >= 0:
        w_start, w_end, tag = words[i]
        word = text[w_start:w_end]
        if word in _OPEN:
            pending.append(_OPEN[word])
        elif pending and word == pending[-1]:
            pending.pop()
        elif not pending and _stops(text, words, i):
            break
        if limit - w_start > _MAX_CHARS:
            return None
        start = w_start
        i -= 1
    if pending or (i >= 0 and _counter(text, words[i])):
        return None  # 28个乡镇项目: counted, a kind of projects
    # drop the clause words a name never starts with
    for w_start, w_end, tag in words[i + 1 :]:
        if w_start >= limit or not _leading(text, w_start, w_end, tag):
            break
        start = w_end
    if start >= limit or text[limit - 1] in _COUNTERS:
        return None  # 该项目, 发展类项目: no name, or a kind of projects
    return start


def _stops(text: str, words: Sequence[_Word], i: int) -> bool:
    """Whether word ``i`` ends the name on its left (it is no part of it)."""
    w_start, w_end, tag = words[i]
    word = text[w_start:w_end]
    if (
        tag in _STOP_TAGS
        or word in _CLAUSE_VERBS
        or word == "项目"
        or word.isspace()
        or word in "“「‘(（"
    ):
        return True
    if _counter(text, words[i]):
        return True  # 32个项目, 一批项目
    if word[:1] in _DEMONSTRATIVES and tag not in _NAME_TAGS:
        return True  # 该项目, 本工程
    if tag == "c" and i > 0:
        before = text[words[i - 1][0] : words[i - 1][1]]
        return before.endswith(_ENDINGS)  # 甲工程和乙工程: two projects
    return False


def _counter(text: str, word: _Word) -> bool:
    return word[2] in ("q", "m") and text[word[1] - 1 : word[1]] in _COUNTERS


def _leading(text: str, start: int, end: int, tag: str) -> bool:
    word = text[start:end]
    return word in _LEADING or (tag == "TIME" and not any(c.isdigit() for c in word))


def _named(text: str, words: Sequence[_Word], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (the name before its ending) has a named core."""
    for w_start, w_end, tag in words:
        if w_end <= start or w_start >= end:
            continue
        word = text[max(w_start, start) : min(w_end, end)]
        if tag in _CLASS_TAGS or word in _CLASS_WORDS or word.isspace():
            continue
        if word in PROVINCES:
            continue
        if tag == "LOC" and (admin_level(word) or not _ROAD_END.search(word)):
            continue  # a place names where, not what (北京合作项目); a road may
        if word in _OPEN or word in _OPEN.values():
            continue
        return True
    return False


def _listed(text: str, words: Sequence[_Word], spans: Sequence[_Span]) -> list[_Span]:
    """The items of ``A、B等重大项目``, each a project (companies and places aside)."""
    starts = {w[0] for w in words}
    ends = {w[1] for w in words}
    out: list[_Span] = []
    for m in _LIST_END.finditer(text):
        stop = max(
            (s.end() for s in _LIST_STOP.finditer(text, 0, m.start())), default=0
        )
        items = _split_items(text, stop, m.start())
        if len(items) < 2:
            continue  # one name before 等: 等 may read "and so on" about anything
        for a, b in items:
            if a not in starts or b not in ends:
                continue
            name = text[a:b]
            if _COMPANY_END.search(name) or admin_level(name):
                continue  # a company or a place in the list
            if not _FACILITY_END.search(name):
                continue  # 硅晶石加工、分布式光伏等重点项目: kinds of projects
            left = _left_edge(text, words, _last_word(words, b), b) if a == stop else a
            if (
                left is not None
                and b - left >= _MIN_LISTED
                and _named(text, words, left, b)
            ):
                out.append((left, b, _PROJECT))
    return out


def _split_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    items, at = [], start
    for sep in _LIST_SEP.finditer(text, start, end):
        items.append((at, sep.start()))
        at = sep.end()
    items.append((at, end))
    return [(a, b) for a, b in items if b - a >= 2]


def _last_word(words: Sequence[_Word], end: int) -> int:
    return next(i for i, w in enumerate(words) if w[1] == end)


def without_fragments(
    text: str, spans: list[_Span], projects: list[_Span]
) -> list[_Span]:
    """Drop the organisation and place fragments inside a project's name.

    A span inside a project stays when it is a complete name (it ends in an
    organisation or place suffix: the owner, ``淄博高新区育奇谷…项目``).

    Examples
    --------
    >>> text = "古村食品加工及冷链物流一体化建设项目"
    >>> without_fragments(text, [(7, 11, "ORG")], [(0, 18, "PROJECT")])
    []
    """
    out = []
    for span in spans:
        s, e, label = span
        name = text[s:e]
        if label in ("ORG", "PLACE") and any(a <= s and e <= b for a, b, _ in projects):
            same = any((a, b) == (s, e) for a, b, _ in projects)
            if same and not (_COMPANY_END.search(name) or admin_level(name)):
                continue  # the project itself, read as an organisation or a place
            complete = _ORG_END.search(name) or _PLACE_END.search(name)
            if not same and not (complete or name in PROVINCES):
                continue
        out.append(span)
    return out
