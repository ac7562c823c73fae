"""Organisations' edges the engine misplaces around posts, offices and bullets.

* A name never ends in a post: ``秦州区委书记`` is the body ``秦州区委`` and its
  secretary (the post is cut off where what is left ends as a body does);
* a body's party group before its secretary is the body's post:
  ``甘肃省政协党组`` + ``书记`` is the body ``甘肃省政协`` (as ``市发改委党组书记``
  is read);
* a body's office in another place is one organisation: ``特区政府`` + ``驻`` +
  ``山东联络处`` (``驻京办``, ``驻沪办事处``) is ``特区政府驻山东联络处``;
* a page's bullet or mark (``■``, ``●``, ``▲``) opening a caption is no part of
  the name after it.
"""

from __future__ import annotations

import re

from kgraph.extract.lexicon import ORG_SUFFIXES, TITLES, ending_regex
from kgraph.types import EntityType

__all__ = ["fix_post_edges"]

_Span = tuple[int, int, str]
_ORG, _PLACE = EntityType.ORG.value, EntityType.PLACE.value
#: what a body's name ends in once a post is cut off
_BODY_END = ending_regex((*ORG_SUFFIXES, "委"))
#: an office a body keeps in another place
_OFFICE_WORDS = r"(?:办事处|联络处|代表处|联络办|工作站|办(?![公理法事学]))"
_OFFICE = re.compile(rf"{_OFFICE_WORDS}$")
_OFFICE_AFTER = re.compile(_OFFICE_WORDS)
#: a body's party group (党组) and the posts in it that follow
_PARTY_GROUP = "党组"
_GROUP_POST = re.compile("(?:副?书记|成员)")
#: marks that open captions and list items
_MARKS = "■□●○◆◇▲△★☆◎※→·•"


#: a post ending a name (of two characters or more)
_TITLE_END = ending_regex(tuple(t for t in TITLES if len(t) >= 2))


def fix_post_edges(text: str, spans: list[_Span]) -> list[_Span]:
    """``spans`` with posts cut off names, offices joined, marks dropped.

    Parameters
    ----------
    text : str
        The document text, read in simplified characters.
    spans : list of (start, end, label)
        Entity spans.

    Returns
    -------
    list of (start, end, label)

    Examples
    --------
    >>> text = "秦州区委书记张明泰"
    >>> fix_post_edges(text, [(0, 6, "ORG"), (6, 9, "PERSON")])
    [(0, 4, 'ORG'), (6, 9, 'PERSON')]
    >>> text = "甘肃省政协党组书记、主席庄国泰"
    >>> fix_post_edges(text, [(0, 7, "ORG"), (12, 15, "PERSON")])
    [(0, 5, 'ORG'), (12, 15, 'PERSON')]
    >>> text = "■特区政府驻山东联络处举办午宴"
    >>> [text[s:e] for s, e, _ in fix_post_edges(text, [(0, 5, "ORG"), (6, 11, "ORG")])]
    ['特区政府驻山东联络处']
    """
    out = {_without_mark(text, _without_post(text, s)) for s in spans}
    return _join_offices(text, sorted(out))


def _without_post(text: str, span: _Span) -> _Span:
    start, end, label = span
    if label not in (_ORG, _PLACE):
        return span
    post = _TITLE_END.search(text, start, end)
    if (
        post is not None
        and post.start() - start >= 2
        and _BODY_END.search(text, start, post.start())
    ):
        end, label = post.start(), _ORG
    return _without_party_group(text, (start, end, label))


def _without_party_group(text: str, span: _Span) -> _Span:
    """``甘肃省政协党组`` before ``书记``: the body whose party group the post is in."""
    start, end, label = span
    body = end - len(_PARTY_GROUP)
    if (
        label == _ORG
        and text.startswith(_PARTY_GROUP, body)
        and _GROUP_POST.match(text, end)
        and _BODY_END.search(text, start, body)
    ):
        return (start, body, label)
    return span


def _without_mark(text: str, span: _Span) -> _Span:
    start, end, label = span
    while start < end - 1 and text[start] in _MARKS:
        start += 1
    return (start, end, label)


def _join_offices(text: str, spans: list[_Span]) -> list[_Span]:
    """``ORG`` + 驻 + ``…联络处`` (an ORG or a place and an office) as one ORG."""
    out: list[_Span] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if (
            nxt is not None
            and span[2] == _ORG
            and text[span[1] : nxt[0]] == "驻"
            and nxt[2] in (_ORG, _PLACE)
        ):
            office = _OFFICE_AFTER.match(text, nxt[1])
            if nxt[2] == _ORG and _OFFICE.search(text, nxt[0], nxt[1]):
                out.append((span[0], nxt[1], _ORG))
                i += 2
                continue
            if office is not None and nxt[2] == _PLACE:
                out.append((span[0], office.end(), _ORG))
                i += 2
                continue
        out.append(span)
        i += 1
    return out
