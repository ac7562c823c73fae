"""Traditional characters: read them as simplified, keep what the text wrote.

The NER model, the lexicons and the division table are simplified Chinese. A
text in traditional characters (Hong Kong, Macau, Taiwan outlets, or a mainland
page in 繁體) is converted with OpenCC's ``t2s`` for extraction, character for
character so every offset stays valid; names, mentions and evidence are then
read back from the original characters (``doc._.kg_surface``), and exports tag
such labels ``zh-Hant``.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["language_tag", "to_simplified"]

#: a text is read as traditional when conversion changes at least this many
#: characters (a simplified text changes none, or one stray variant such as 乾)
_MIN_CHANGED = 3


@functools.lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def _convert(text: str) -> str:
    converted: str = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    # a phrase rule changed the length: convert character by character instead
    out = []
    for char in text:
        single: str = _converter().convert(char)
        out.append(single if len(single) == 1 else char)
    return "".join(out)


def to_simplified(text: str) -> str | None:
    """``text`` in simplified characters, same length, or None if it is not traditional.

    Examples
    --------
    >>> to_simplified("總投資逾5億元的項目落戶黃岩區")
    '总投资逾5亿元的项目落户黄岩区'
    >>> to_simplified("总投资逾5亿元") is None
    True
    """
    converted = _convert(text)
    changed = sum(a != b for a, b in zip(text, converted, strict=True))
    return converted if changed >= _MIN_CHANGED else None


def language_tag(label: str) -> str:
    """``zh-Hant`` for a label in traditional characters, else ``zh``.

    Examples
    --------
    >>> language_tag("臺州市黃岩區"), language_tag("台州市黄岩区"), language_tag("嘉兴")
    ('zh-Hant', 'zh', 'zh')
    """
    return "zh-Hant" if _convert(label) != label else "zh"
