"""The post written between an employer and a person, across lists of officials.

``甲集团董事长张三``: the gap ``董事长`` is the post (`post_of`). In
``中远海运集团董事长许立荣、总经理付刚峰`` the employer's list carries on: the gap
before 付刚峰 is the last title (`listed_gap`), a unit's title too
(``财务部经理``), but not another body's (``，中总副会长``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kgraph.extract.lexicon import POST_CHAIN, TITLES, suffix_regex

__all__ = ["listed_gap", "post_of"]

#: ``ORG [(aside)] post [：] PERSON``: ``中国石油大学(北京)校长``, ``董事长：``
_TITLE_RE = re.compile(
    rf"^(?:[(（][^()（）]{{1,12}}[)）])?(?P<lead>\s*)(?P<post>{POST_CHAIN})"
    r"(?P<trail>\s*[:：]?\s*)$"
)
_TITLE_END = suffix_regex(TITLES)


def post_of(gap: str) -> str | None:
    """The post a gap between an employer and a person writes, if it is one.

    Examples
    --------
    >>> post_of("董事长"), post_of("集团 董事长 ")
    ('董事长', None)

    A space may stand on one side of the post (``甲集团董事长 张三``), not on both:
    ``甲集团 董事长 张三`` is columns of a table, which need not line up.
    """
    m = _TITLE_RE.match(gap)
    if m is None or (m["lead"] and m["trail"] != m["trail"].lstrip()):
        return None
    return m["post"]


#: what joins the officials of a list: 董事长A、总经理B, 总经理A和副总经理B
_LIST_JOIN = re.compile(r"(?:、|，|,|以及|和|及|与)")


def listed_gap(text: str, start: int, end: int, people: list[Span]) -> str:
    """The title between an employer and a person, across a list of officials.

    In ``中远海运集团董事长许立荣、总经理付刚峰`` the gap before 付刚峰 is
    ``董事长许立荣、总经理``: when the people named in it are each followed by
    、 (or ，, 和, 及, 与) and a title, the gap is the last title (``总经理``).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("甲集团董事长王一、总经理李二")
    >>> listed_gap(doc.text, 3, 12, [doc.char_span(6, 8, "PERSON")])
    '总经理'
    """
    gap = text[start:end].lstrip(")）")
    for other in people:
        if start <= other.start_char and other.end_char <= end:
            before = text[start : other.start_char].lstrip(")）")
            after = text[other.end_char : end]
            joined = _LIST_JOIN.match(after)
            if post_of(before) and joined:
                candidate = after[joined.end() :]
                if post_of(candidate) and _bare_or_unit(candidate):
                    gap = candidate
    return gap


#: the end of a unit whose post a list of officials carries on (财务部经理)
_UNIT_END = re.compile(r"[部处办室科组局厅所站队]$|中心$")


def _bare_or_unit(post: str) -> bool:
    """Whether ``post`` is a title, or a unit's title: ``,中总副会长`` names
    another body, and is no post of the list's employer."""
    title = _TITLE_END.search(post)
    prefix = post[: title.start()].strip(" \t\u3000:：") if title else post
    return not prefix or _UNIT_END.search(prefix) is not None
