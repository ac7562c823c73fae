"""Names listed before a count of companies: ``与A、B、C等14家企业签约``.

Signing and investment reports list the companies by their short names and
close the list with the kind and the count: ``与中铁甲、乙动力、丙科技等14家企业
进行了签约``, ``央企类项目有甲、乙、丙3家企业``. Short names are what the engine
knows least (``乙动力`` is no word it has seen); the list's grammar says what
each item is: every item joined by ``、`` before ``等N家企业`` (or ``N家公司``,
``等企业``) is an organisation.

An item must look like a name: two to ten characters, no punctuation, no
function word; a list whose items are mostly places or people already (``嘉兴、
湖州等3家企业``) is left as the engine read it, while one item the engine read as
a place in a list of companies (``江南信安``) is a company too.
"""

from __future__ import annotations

import re

from kgraph.types import EntityType

__all__ = ["listed_companies"]

_Span = tuple[int, int, str]
_ORG = EntityType.ORG.value
#: a first item no longer than this is a name even with no lead word before it
_SURE_FIRST = 4
_KEEP = (EntityType.PLACE.value, EntityType.PERSON.value, EntityType.MONEY.value)
_COUNT = r"(?:[0-9０-９]+|[一二两三四五六七八九十百几多数]+)"
#: the sorts of companies a list's close may name: 重点, 大型, 台资, 民营
_SORT = r"重点|知名|龙头|优质|头部|大型|中小型?|上市|[台港澳外中侨内]资|民营|国有"
#: the list's close: (等)(N(多|余))家 (sorts) 企业/公司/单位/机构/民企/央企/外企
_CLOSE = re.compile(
    rf"(?:等(?:{_COUNT}[多余]?家|一批|一大批|众多)?|(?<!等){_COUNT}[多余]?家)"
    rf"(?:{_SORT}){{0,2}}"
    r"(?:企业|公司|单位|机构|民企|央企|国企|外企|银行|金融机构|集团)"
)
#: a character of a listed item's name
_ITEM_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9()（）·&]")
#: the list's verb or preposition before the first item
_LEAD_WORD = re.compile(r"(?:与|和|同|跟|向|有(?!限)|包括|其中有?)")
#: a kind of companies and 有 before the first item: ``央企类项目有``
_KIND_HAS = re.compile(r"(?<=类|目|业|位|的)(?:有|包括|包含)")
#: what may stand right before the first item: punctuation, a space
_EDGE = re.compile(r"[，,。；;：:（(“”\s]")
#: items that are no name: pronouns, kinds, quantities
_NOT_NAME = re.compile(
    r"^(?:其他|其它|以及|还有|以上|上述|相关|各类|多家|部分)|[的了在和与及]"
)


def listed_companies(text: str, spans: list[_Span]) -> list[_Span]:
    """ORG spans for the items of each list closed by a count of companies.

    Parameters
    ----------
    text : str
        The document text, read in simplified characters.
    spans : list of (start, end, label)
        The entity spans found so far.

    Returns
    -------
    list of (start, end, label)
        One ORG span per listed item that is no place or person already.

    Examples
    --------
    >>> text = "与甲铁置业、乙力动力、丙南信安等14家企业签约。"
    >>> [text[s:e] for s, e, _ in listed_companies(text, [])]
    ['甲铁置业', '乙力动力', '丙南信安']
    """
    out: list[_Span] = []
    labels = {(start, end): label for start, end, label in spans}
    for close in _CLOSE.finditer(text):
        items = _items_before(text, close.start())
        if len(items) < 2:
            continue
        kinds = [labels.get(item) for item in items]
        if 2 * sum(k in _KEEP for k in kinds) >= len(kinds):
            continue  # mostly places or people: the engine's reading stands
        first = items[0]
        long_first = first[1] - first[0] > _SURE_FIRST
        if long_first and not _led(text, first[0]):
            items = items[1:]  # a verb may open the run (引进甲公司、乙…)
        # sectors (食品、医药、化工等企业) are two characters; companies' short
        # names mostly more, or the engine knows them
        named = [i for i in items if i[1] - i[0] >= 3 or labels.get(i) == _ORG]
        if 2 * len(named) < len(items):
            continue
        out += [(s, e, _ORG) for s, e in items]
    return out


def _items_before(text: str, end: int) -> list[tuple[int, int]]:
    """The 、-joined items that end at ``end``, first to last."""
    items: list[tuple[int, int]] = []
    while True:
        start = end
        while start > 0 and end - start < 14 and _ITEM_CHAR.fullmatch(text[start - 1]):
            start -= 1
        first = start == 0 or text[start - 1] != "、"
        if first:
            if start > 0 and not _EDGE.match(text[start - 1]):
                return []  # the run goes on past the window: no list's edge
            # the list's verb or preposition at the run's start (never one inside
            # a name: 中国有色集团, 如意集团)
            lead = _LEAD_WORD.match(text, start, end)
            kind = list(_KIND_HAS.finditer(text, start, end - 2))
            if lead is not None and end - lead.end() >= 2:
                start = lead.end()
            elif kind:
                start = kind[-1].end()  # 科技创新类项目有A、B: after the kind
        item = (start, end)
        if not 2 <= end - start <= 10 or _NOT_NAME.search(text[start:end]):
            return []
        items.append(item)
        if first:
            return items[::-1]
        end = start - 1


def _led(text: str, start: int) -> bool:
    """Whether a lead word or punctuation stands right before ``start``."""
    return (start > 0 and bool(_EDGE.match(text[start - 1]))) or any(
        text.endswith(w, 0, start) for w in ("与", "和", "同", "跟", "向", "有", "包括")
    )
