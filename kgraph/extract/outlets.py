"""The outlet's own credit is no name of the story.

News pages open and sign with the outlet: ``香港文汇报讯(记者 …)``,
``大公报记者 X 摄``, ``本网讯``, ``据新华社电``, ``来源:中国吉林网``,
``【文汇专讯】``. The
engine tags the outlet, or a piece of it cut at a word it knows (``香港文`` of
``香港文汇报记者``), as an organisation or a place. The outlet is an
organisation (``香港文汇报``, with ``讯`` cut off), but a piece of its name is
no name at all: pieces are dropped.
"""

from __future__ import annotations

import re

from kgraph.types import EntityType

__all__ = ["drop_outlet_credits"]

_Span = tuple[int, int, str]
_NAMED = (EntityType.ORG.value, EntityType.PLACE.value)
#: the heads of outlets' names: a paper, a site, an agency, a station
_OUTLET_HEAD = r"(?:报|网|社|台|刊|融媒体中心)"
#: a span that is the outlet's credit itself: ``香港文汇报讯``
_CREDIT = re.compile(r"[报网社台刊]讯$")
#: the credit's word after the outlet: ``讯``, ``记者``, ``12月3日电``
_CREDIT_WORD = r"(?:\d{1,2}月\d{1,2}日)?(?:讯|记者|电)"
#: a special dispatch of the outlet's own, as Hong Kong's papers write it
_DISPATCH = "专讯"
#: after a span that is the outlet: the credit's word
_AFTER_OUTLET = re.compile(_CREDIT_WORD)
#: a web page's source credit and the outlets it names, up to the next field
_SOURCE = re.compile(r"来源\s*[:：]\s*")
_FIELD_END = r"\s|｜()（）,，。;；:："
_SOURCE_NAMES = re.compile(
    rf"[^{_FIELD_END}]*?(?=作者|编辑|责任编辑|记者|发布|[{_FIELD_END}]|$)"
)
_SOURCE_PART = re.compile(r"[^-—_/、]+")
#: after a span cut inside the outlet's name (``香港文`` + ``汇报记者``)
_AFTER_PIECE = re.compile(
    rf"(?![本该我贵][报网社台])(?:[^\W\d_本的向对和与跟给据在]{{1,3}}?|){_OUTLET_HEAD}"
    rf"{_CREDIT_WORD}"
)


def drop_outlet_credits(text: str, spans: list[_Span]) -> list[_Span]:
    """``spans`` with an outlet's credit read as the outlet, pieces of it dropped.

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
    >>> text = "香港文汇报讯(记者 张明)青禾集团昨宣布投资。"
    >>> drop_outlet_credits(text, [(0, 6, "ORG"), (13, 17, "ORG")])
    [(0, 5, 'ORG'), (13, 17, 'ORG')]
    >>> drop_outlet_credits("村民告诉香港文汇报记者", [(4, 7, "PLACE")])
    []
    >>> drop_outlet_credits("来源:中国吉林网", [(3, 5, "PLACE"), (3, 8, "ORG")])
    [(3, 8, 'ORG')]
    >>> drop_outlet_credits("【文汇专讯】台湾", [(1, 3, "PERSON"), (6, 8, "PLACE")])
    [(6, 8, 'PLACE')]
    """
    out = []
    sources = _source_names(text)
    for start, end, label in spans:
        if text.startswith(_DISPATCH, end):
            continue  # 【文汇专讯】: the outlet's special dispatch, no one named
        if label in _NAMED and _CREDIT.search(text, start, end):
            out.append((start, end - 1, EntityType.ORG.value))
        elif label in _NAMED and any(
            a <= start and end <= b and (a, b) != (start, end) for a, b in sources
        ):
            continue  # 中国 of 来源:中国吉林网
        elif label not in _NAMED or not _AFTER_PIECE.match(text, end):
            out.append((start, end, label))
    return out


def _source_names(text: str) -> list[tuple[int, int]]:
    """Where each outlet of a page's source credit is (来源:浙江在线-浙江日报)."""
    out = []
    for credit in _SOURCE.finditer(text):
        start = credit.end()
        names = _SOURCE_NAMES.match(text, start)
        if names is not None:
            out += [
                (start + part.start(), start + part.end())
                for part in _SOURCE_PART.finditer(names.group())
            ]
    return out
