"""Short names an article defines for a name it has just written in full.

News and company reports define the short name they will use in brackets right
after the full one: ``香港中华总商会（下称“中总”）``, ``中国电子科技集团有限公司
（以下简称「中国电科」）``, ``（简称中石油）``. The defined name is a name of the
same kind wherever the article writes it again (``中总会长蔡冠深``); the
bracket makes it an alias of the full name (`kgraph.extract.relations`).
"""

from __future__ import annotations

import re

from kgraph.extract.lexicon import ORG_SUFFIXES, PLACE_SUFFIXES
from kgraph.extract.spanindex import SpanIndex
from kgraph.types import EntityType

__all__ = ["DEFINITION", "defined_names"]

_Span = tuple[int, int, str]
#: the bracket that defines a short name, right after the full name
DEFINITION = re.compile(
    r"[(（](?:以下简称|以下称|下称|简称|下简称)[:：]?[“「『\"]?"
    r"(?P<short>[\u4e00-\u9fffA-Za-z0-9]{2,10}?)[”」』\"]?[)）]"
)
_NAMED = (EntityType.ORG.value, EntityType.PLACE.value)
#: short names that stand for a role, not a name: 公司, 本集团, 甲方, 发行人
_GENERIC = frozenset(
    {
        "公司",
        "本公司",
        "集团",
        "本集团",
        "本行",
        "甲方",
        "乙方",
        "丙方",
        "发行人",
        "我们",
    }
)


#: a short name that is a kind of body or place, not a name (合资公司, 园区)
_ROLE_WORD = re.compile(
    "(?:本|该|新|合资|项目)?(?:"
    + "|".join(sorted((*ORG_SUFFIXES, *PLACE_SUFFIXES), key=len, reverse=True))
    + ")"
)
#: what a name's use may follow: a mark, a space, a line's start, or a function
#: word (在, 与, 和 …), not the first half of a word (集 of 集中总结)
_BEFORE_USE = frozenset(
    '在与和及对向由将为是的、，,。；;：:！!？?“”"「」『』（）() \t\u3000\n'
)


def _starts_word(text: str, at: int) -> bool:
    return at == 0 or text[at - 1] in _BEFORE_USE


def defined_names(text: str, spans: list[_Span]) -> list[_Span]:
    """Spans of the short names defined after full names, and of their later uses.

    Parameters
    ----------
    text : str
        The document text, read in simplified characters.
    spans : list of (start, end, label)
        The entity spans found so far.

    Returns
    -------
    list of (start, end, label)
        The defined short name inside its bracket and each later use of it that
        no span covers, typed as the full name.

    Examples
    --------
    >>> text = "香港中华总商会(下称“中总”)访问肇庆。中总会长蔡冠深致辞。"
    >>> [text[s:e] for s, e, _ in defined_names(text, [(0, 7, "ORG")])]
    ['中总', '中总']
    """
    definitions = []
    for _, end, label in spans:
        m = DEFINITION.match(text, end) if label in _NAMED else None
        if m is None or m["short"] in _GENERIC or _ROLE_WORD.fullmatch(m["short"]):
            continue  # (以下简称“公司”), (简称“合资公司”), 甲方: a role, no name
        definitions.append((m, label))
    taken = SpanIndex(spans)
    out: list[_Span] = []
    # the longest first: 指南针证券 is no use of 指南针, defined beside it
    for m, label in sorted(definitions, key=lambda d: -len(d[0]["short"])):
        short = m["short"]
        for use in re.compile(re.escape(short)).finditer(text, m.start("short")):
            found = (use.start(), use.end(), label)
            if use.start() > m.end() and not _starts_word(text, use.start()):
                continue  # 中总 inside 集中总结: no use of the name
            if not taken.overlaps_any(found):
                out.append(found)
                taken.add(found)
    return sorted(out)
