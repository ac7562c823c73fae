"""Amounts whose money-ness comes from their neighbours, not their own words.

A list of amounts writes the currency (or the money word) once: ``分别投资3亿、5亿``
gives ``5亿`` no 元 and no cue of its own, but it is coordinated with an amount
already found. `coordinated` finds such list members, joined to an amount by
``、``/``和``/``及``/``与``/``或``, one after another.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgraph.extract.money_grammar import AR, CN_DIGITS, CUR, PRE

__all__ = ["coordinated"]

#: a bare amount with a 万/亿 scale right after a list joint
_MEMBER = re.compile(
    rf"[、和及与或](?P<amount>(?:{PRE})?(?:{AR}|[{CN_DIGITS}十][{CN_DIGITS}十百千]*?)"
    rf"[余多]?(?:万亿|千万|百万|亿|万)[余多]?)"
    rf"(?![0-9０-９.．元吨亩人户个家台件株头只辆套次份册字条张斤米度瓦千平立公吉兆%％倍]"
    rf"|{CUR})"
)


def coordinated(
    scan: str, found: Sequence[tuple[int, int, object]]
) -> list[tuple[int, int]]:
    """Spans of bare amounts listed right after the amounts in ``found``.

    Parameters
    ----------
    scan : str
        The text (money characters simplified one for one).
    found : sequence of (start, end, money)
        The amounts already found; a member overlapping one is left out.

    Returns
    -------
    list of tuple of (int, int)
        ``(start, end)`` of each list member, in the order found; a member is
        itself followed by the next one (``3亿、5亿、8亿``).

    Examples
    --------
    >>> text = "分别投资3亿、5亿和8亿,建成12万、13万平方米"
    >>> [text[s:e] for s, e in coordinated(text, [(4, 6, None)])]
    ['5亿', '8亿']
    """
    spans: list[tuple[int, int]] = []
    todo = [end for _, end, _ in found]
    while todo:
        match = _MEMBER.match(scan, todo.pop())
        if match is None:
            continue
        start, end = match.span("amount")
        if not any(s < end and start < e for s, e, _ in found):
            spans.append((start, end))
            todo.append(end)
    return spans
