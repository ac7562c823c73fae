"""Short names an article defines for a name it has just written in full.

News and company reports define the short name they will use in brackets right
after the full one: ``香港中华总商会（下称“中总”）``, ``中国电子科技集团有限公司
（以下简称「中国电科」）``, ``（简称中石油）``. The defined name is a name of the
same kind wherever the article writes it again (``中总会长蔡冠深``); the
bracket makes it an alias of the full name (`kgraph.extract.relations`).
"""

from __future__ import annotations

import re

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
    taken = SpanIndex(spans)
    out: list[_Span] = []
    for _, end, label in spans:
        m = DEFINITION.match(text, end) if label in _NAMED else None
        if m is None:
            continue
        short = m["short"]
        if short in _GENERIC:
            continue  # (以下简称“公司”), (简称甲方): a role in the text, no name
        for use in re.compile(re.escape(short)).finditer(text, m.start("short")):
            found = (use.start(), use.end(), label)
            if not taken.overlaps_any(found):
                out.append(found)
                taken.add(found)
    return out
