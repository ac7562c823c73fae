"""The national bodies: ``全国`` is part of their names, a region's delegation is not.

The people's organisations and the two congresses are written with ``全国``
before their short names: ``全国青联``, ``全国妇联``, ``全国工商联``,
``全国政协``. The engine often reads ``全国`` as the adjective (nationwide) and
tags only the rest (``青联秘书处``), which names a different, local body; an
organisation written right after ``全国`` whose name ends in a body's word is
the national one, ``全国`` included.

Hong Kong and Macau write their members of those bodies as a delegation,
``港区全国政协委员``, ``澳区全国人大代表``: the region before ``全国`` says
whom the member represents, and the body is ``全国政协`` itself.
"""

from __future__ import annotations

import re

from kgraph.types import EntityType

__all__ = ["national_bodies"]

_Span = tuple[int, int, str]
_ORG = EntityType.ORG.value
_NATIONAL = "全国"
#: the words a body's name ends in (青联, 总工会, 政协, 秘书处 …)
_BODY_END = re.compile(r"(?:联|会|协|委|处|部|院|办|局|署|厅|组)$")
#: a region's delegation to a national body
_DELEGATION = re.compile(rf"(?:港区|澳区|台湾省?){_NATIONAL}")


def national_bodies(text: str, spans: list[_Span]) -> list[_Span]:
    """Spans with ``全国`` joined to the body after it and no delegation prefix.

    Parameters
    ----------
    text
        The document text in simplified characters.
    spans
        ``(start, end, label)`` entity spans.

    Returns
    -------
    list of tuple
        The spans, each organisation named as the national body it is.

    Examples
    --------
    >>> text = "全国青联秘书处副秘书长罗明致辞"
    >>> national_bodies(text, [(2, 7, "ORG"), (11, 13, "PERSON")])
    [(0, 7, 'ORG'), (11, 13, 'PERSON')]
    >>> text = "澳区全国政协委员罗明"
    >>> national_bodies(text, [(0, 6, "ORG")])
    [(2, 6, 'ORG')]
    >>> national_bodies("在全国工厂", [(3, 5, "ORG")])
    [(3, 5, 'ORG')]
    """
    out = []
    for start, end, label in spans:
        if label == _ORG and _BODY_END.search(text, start, end):
            before = start - len(_NATIONAL)
            if before >= 0 and text.startswith(_NATIONAL, before):
                start = before
            delegation = _DELEGATION.match(text, start, end)
            if delegation is not None:
                start = delegation.end() - len(_NATIONAL)
        out.append((start, end, label))
    return out
