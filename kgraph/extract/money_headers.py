"""Bare numbers that are money because a table header gives their unit.

Government and statistical pages write the unit of a table once: a unit line
``单位：万元`` / ``（单位：亿元）`` above the rows, or a money column header such as
``总投资（亿元）`` / ``计划投资(万元)``, and then bare numbers in the cells
(``5.6``, ``12000``). Such a number is money only inside the table block the
header opens (the lines after it, up to the first line of prose: a line with
a full stop or a long one) and only when it stands alone in its cell and looks
like an amount: not a year, not a count (个, 家, 项 …), not a percentage, not a
telephone number, not the serial number that opens a row.

The spans are bare numbers, which `kgraph.extract.money.parse_amount` cannot
read back; `iter_header_money` yields each with the `Money` the header gives,
and the extractor keeps it in ``doc._.kg_money`` for the graph builder.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, localcontext

from spacy.tokens import Doc, Span

from kgraph.extract.extensions import doc_text, register_extensions
from kgraph.extract.money_grammar import CUES
from kgraph.types import Money

__all__ = ["header_money", "iter_header_money"]

_UNIT = r"(?P<unit>万元|亿元|千元|元|万美元|亿美元|美元)"
#: 单位：万元, （单位：亿元）, 金额单位:万元
_UNIT_LINE = re.compile(rf"单位\s*[:：]\s*(?:人民币\s*)?{_UNIT}(?![/每])")
#: 总投资（亿元）, 计划投资(万元): a money word and the unit in brackets
_COLUMN = re.compile(rf"(?:{CUES}|投资额|总投资)\s*[（(]\s*{_UNIT}\s*[）)]")
_FACTOR = {
    "元": 1,
    "千元": 1000,
    "万元": 10**4,
    "亿元": 10**8,
    "美元": 1,
    "万美元": 10**4,
    "亿美元": 10**8,
}
#: a number alone in its cell: spaces, tabs, bars or the line's ends around it
_CELL = re.compile(
    r"(?:(?<=^)|(?<=[\s|｜]))(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]+(?:\.[0-9]+)?)(?=$|[\s|｜])",
    re.MULTILINE,
)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_MAX_LINES = 80


def _is_prose(line: str) -> bool:
    """A line of running text closes the table block."""
    return "。" in line or len(line.strip()) > 60


def iter_header_money(text: str) -> Iterator[tuple[int, int, Money]]:
    """Yield ``(start, end, money)`` for bare numbers under a money unit header.

    Parameters
    ----------
    text : str
        Running text (money characters simplified one for one).

    Yields
    ------
    tuple of (int, int, Money)
        Offsets of the number alone (end exclusive) and its amount in the
        header's unit.

    Examples
    --------
    >>> text = "项目表(单位：亿元)\\n1 甲园 5.6 2\\n2 乙园 12 2024\\n完。"
    >>> [(text[s:e], str(m.value)) for s, e, m in iter_header_money(text)]
    [('5.6', '560000000'), ('2', '200000000'), ('12', '1200000000')]
    """
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    index = 0
    while index < len(lines):
        header = _UNIT_LINE.search(lines[index]) or _COLUMN.search(lines[index])
        if header is None:
            index += 1
            continue
        unit = header["unit"]
        # the header's own line after the header (计划总投资(亿元) 69551.19 ...)
        yield from _cells(lines[index], starts[index], header.end(), unit)
        end = index + 1
        while end < len(lines) and end - index <= _MAX_LINES:
            line = lines[end]
            if _is_prose(line) or _UNIT_LINE.search(line) or _COLUMN.search(line):
                break
            yield from _cells(line, starts[end], 0, unit)
            end += 1
        index = end


def _cells(
    line: str, base: int, skip: int, unit: str
) -> Iterator[tuple[int, int, Money]]:
    """The amounts standing alone in the cells of one line of a table."""
    first = True
    for match in _CELL.finditer(line, skip):
        number = match["num"]
        opens_row = first and not line[: match.start()].strip()
        first = False
        if opens_row and "." not in number:  # 序号, the serial number of a row
            continue
        digits = number.replace(",", "").replace(".", "")
        if _YEAR.fullmatch(number) or len(digits) > 9:  # a year, a telephone
            continue
        with localcontext() as ctx:
            ctx.prec = 60
            value = Decimal(number.replace(",", "")) * _FACTOR[unit]
        if value == 0:
            continue
        value = (
            value.quantize(Decimal(1))
            if value == value.to_integral_value()
            else value.normalize()
        )
        currency = "USD" if "美元" in unit else "CNY"
        yield base + match.start(), base + match.end(), Money(value, currency=currency)


def header_money(doc: Doc, found: list[Span]) -> None:
    """Add the MONEY spans of `iter_header_money`; their Money to ``doc._.kg_money``.

    Parameters
    ----------
    doc : Doc
        The document; ``doc._.kg_money`` is set to ``(start_char, end_char)`` of
        each header amount -> its Money, or None when the text has none.
    found : list of Span
        The MONEY spans found so far; the header amounts are appended.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("单位：万元\\n甲项目 120\\n")
    >>> spans: list[Span] = []
    >>> header_money(doc, spans)
    >>> [s.text for s in spans], doc._.kg_money[10, 13].value
    (['120'], Decimal('1200000'))
    """
    register_extensions()
    amounts: dict[tuple[int, int], Money] = {}
    for start, end, money in iter_header_money(doc_text(doc)):
        if any(s.start_char < end and start < s.end_char for s in found):
            continue
        span = doc.char_span(start, end, "MONEY")
        if span is not None:
            found.append(span)
            amounts[start, end] = money
    doc._.kg_money = amounts or None
