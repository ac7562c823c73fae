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
import re
from typing import Any

__all__ = ["language_tag", "simplified_reading", "to_simplified"]

#: a text is read as traditional when conversion changes at least this many
#: characters (a simplified text changes none, or one stray variant such as 乾)
_MIN_CHANGED = 3


@functools.cache  # t2s, hk2s and tw2sp: none is evicted
def _converter(config: str = "t2s") -> Any:
    import opencc

    return opencc.OpenCC(config)


@functools.lru_cache(maxsize=1)
def _qian_names() -> re.Pattern[str]:
    """Division names written with 乾, which is no traditional 干 there (乾安县)."""
    from kgraph.divisions.table import load_divisions

    table = load_divisions()
    names = {n for n in (*table.by_name, *table.by_base) if "乾" in n and len(n) > 1}
    return re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))


def _same_length(config: str, text: str) -> str:
    """``text`` converted by ``config``, character by character where a phrase
    rule would change its length."""
    converted: str = _converter(config).convert(text)
    if len(converted) == len(text):
        return converted
    out = []
    for char in text:
        single: str = _converter(config).convert(char)
        out.append(single if len(single) == 1 else char)
    return "".join(out)


def _convert(text: str) -> str:
    if text.isascii():
        return text
    converted = _same_length("t2s", text)
    # Hong Kong variants t2s leaves (衞 → 卫, 衹 → 只): hk2s where t2s kept a char
    variants = _same_length("hk2s", text)
    if variants != converted:
        converted = "".join(
            v if a == b else b
            for a, b, v in zip(text, converted, variants, strict=True)
        )
    if "乾" in text:
        chars = list(converted)
        for m in _qian_names().finditer(text):
            chars[m.start() : m.end()] = m.group()
        converted = "".join(chars)
    return converted


def to_simplified(text: str) -> str | None:
    """``text`` in simplified characters, same length, or None if it is not traditional.

    Examples
    --------
    >>> to_simplified("總投資逾5億元的項目落戶黃岩區")
    '总投资逾5亿元的项目落户黄岩区'
    >>> to_simplified("总投资逾5亿元") is None
    True
    >>> to_simplified("曾國衞出席乾安縣會議")
    '曾国卫出席乾安县会议'
    >>> to_simplified("該公司軟體園專案總投資")  # Taiwan's word for 项目
    '该公司软体园项目总投资'
    """
    converted = _convert(text)
    changed = sum(a != b for a, b in zip(text, converted, strict=True))
    return _mainland_phrasing(text, converted) if changed >= _MIN_CHANGED else None


_CLAUSE = re.compile(r"[^\s，。；：、！？,.;:!?()（）「」『』“”《》]+")


def _mainland_phrasing(text: str, converted: str) -> str:
    """``converted`` with Taiwan's words for name heads read as the mainland's.

    Taiwan writes 專案 for 项目: OpenCC's ``tw2sp`` reads it so. Only readings
    that give a head word of kgraph's lexicons (项目, 工程, the organisation,
    park and place suffixes) are taken; its other phrase readings (通訊 →
    通信, 建立 → 创建) would change ordinary words the genre writes the same.
    """
    chars = list(converted)
    heads = _name_heads()
    taiwan = _converter("tw2sp")
    for m in _CLAUSE.finditer(text):
        phrased: str = taiwan.convert(m.group())
        if len(phrased) != len(m.group()) or phrased == converted[m.start() : m.end()]:
            continue
        for head in heads.finditer(phrased):
            start, end = m.start() + head.start(), m.start() + head.end()
            if converted[start:end] != head.group():
                chars[start:end] = head.group()
    return "".join(chars)


@functools.lru_cache(maxsize=1)
def _name_heads() -> re.Pattern[str]:
    from kgraph.extract.lexicon import ORG_SUFFIXES, PLACE_SUFFIXES, suffix_regex

    heads = (*ORG_SUFFIXES, *PLACE_SUFFIXES, "项目", "工程")
    return suffix_regex(tuple(h for h in heads if len(h) > 1))


def language_tag(label: str) -> str:
    """``zh-Hant`` for a label in traditional characters, else ``zh``.

    Examples
    --------
    >>> language_tag("臺州市黃岩區"), language_tag("台州市黄岩区"), language_tag("嘉兴")
    ('zh-Hant', 'zh', 'zh')
    """
    return "zh-Hant" if _convert(label) != label else "zh"


def simplified_reading(label: str) -> str:
    """``label`` read in simplified characters, however few it changes.

    Tables and lexicons (levels of divisions, suffixes) are simplified: a label
    kept in traditional characters is looked up by this reading.

    Examples
    --------
    >>> simplified_reading("城關鎮"), simplified_reading("东城街道")
    ('城关镇', '东城街道')
    """
    return _convert(label)
