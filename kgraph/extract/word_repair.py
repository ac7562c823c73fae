"""Engine words that glue a function word or punctuation to a name's characters.

LAC now and then returns one long word under a function tag where the text
holds a name part: ``和投资服务局``/c inside ``哈尔滨市企业和投资服务局``,
``(杭州)股份有限公司``/w after ``聚光科技``. The refinement rules build names
from words, and a conjunction or a punctuation mark ends a name there, so such a
word is split back: punctuation stays ``w``, a leading conjunction stays ``c``,
and each run of Chinese characters left becomes a noun (``n``).
"""

from __future__ import annotations

import re

__all__ = ["split_glued_words"]

_Word = tuple[int, int, str]
#: function tags whose words are short: conjunctions, punctuation
_FUNCTION_TAGS = frozenset({"c", "w"})
#: the longest conjunction LAC writes as one word (以及, 并且, 还是 …)
_LONGEST_CONJUNCTION = 2
_CONJUNCTION = re.compile(r"以及|并且|而且|或者|和|与|及|或")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def split_glued_words(text: str, words: list[_Word]) -> list[_Word]:
    """``words`` with glued conjunction and punctuation words split apart.

    Parameters
    ----------
    text : str
        The text the words are read from.
    words : list of (start, end, tag)
        The engine's words, in text order.

    Returns
    -------
    list of (start, end, tag)
        The same words, each glued one replaced by its parts.

    Examples
    --------
    >>> text = "企业和投资服务局"
    >>> split_glued_words(text, [(0, 2, "n"), (2, 8, "c")])
    [(0, 2, 'n'), (2, 3, 'c'), (3, 8, 'n')]
    >>> text = "科技(杭州)有限公司"
    >>> split_glued_words(text, [(0, 2, "n"), (2, 10, "w")])
    [(0, 2, 'n'), (2, 3, 'w'), (3, 5, 'n'), (5, 6, 'w'), (6, 10, 'n')]
    >>> split_glued_words("和", [(0, 1, "c")])
    [(0, 1, 'c')]
    """
    out: list[_Word] = []
    for word in words:
        start, end, tag = word
        if tag not in _FUNCTION_TAGS or not _glued(text[start:end], tag):
            out.append(word)
            continue
        out += _parts(text, start, end, tag)
    return out


def _glued(surface: str, tag: str) -> bool:
    if tag == "w":
        return _HAN_RUN.search(surface) is not None
    return (
        len(surface) > _LONGEST_CONJUNCTION and _CONJUNCTION.match(surface) is not None
    )


def _parts(text: str, start: int, end: int, tag: str) -> list[_Word]:
    parts: list[_Word] = []
    pos = start
    if tag == "c":
        lead = _CONJUNCTION.match(text, start, end)
        assert lead is not None  # _glued checked it
        parts.append((start, lead.end(), "c"))
        pos = lead.end()
    for run in _HAN_RUN.finditer(text, pos, end):
        if run.start() > pos:
            parts.append((pos, run.start(), "w"))
        parts.append((run.start(), run.end(), "n"))
        pos = run.end()
    if pos < end:
        parts.append((pos, end, "w"))
    return parts
