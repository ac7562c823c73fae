"""Numerals as exact Decimals: Arabic (``1,035.5``), Chinese (``三千万``, ``二〇五七``).

`kgraph.extract.money` reads amounts of money with these. Chinese numerals go
through ``cn2an`` (imported on the first Chinese numeral: it reads its
configuration on import, a quarter of a second); a numeral spelled digit by
digit (``二〇五七亿``, as a year is written) is read that way.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from decimal import Decimal

from kgraph.errors import InvalidInputError
from kgraph.extract.money_grammar import CN_DIGITS, UNIT

__all__ = ["normalise_decimal", "numeral_value", "scale_factor", "trailing_scale"]


def scale_factor(units: str) -> int:
    """Multiply the scale characters in ``units``.

    Examples
    --------
    >>> scale_factor("千万")
    10000000
    """
    result = 1
    for char in units:
        result *= UNIT[char]
    return result


#: the tens written in one character: 廿五 is 二十五
_TENS = str.maketrans({"廿": "二十", "卅": "三十", "卌": "四十"})


def numeral_value(text: str) -> Decimal:
    """Convert one Arabic or Chinese numeral to an exact Decimal.

    Examples
    --------
    >>> numeral_value("三千万"), numeral_value("1035.5"), numeral_value("二〇五七")
    (Decimal('30000000'), Decimal('1035.5'), Decimal('2057'))
    >>> numeral_value("廿五"), numeral_value("卅")
    (Decimal('25'), Decimal('30'))
    """
    if text[0].isdigit():  # NFKC has turned full-width digits into ASCII
        return Decimal(text.replace(",", ""))
    text = text.translate(_TENS)
    whole, _, frac = text.partition("点")
    spelled = re.fullmatch(rf"([{CN_DIGITS}]+)([万亿]*)", whole)
    if spelled and ("〇" in whole or "零" in whole or len(spelled[1]) >= 3):
        # read digit by digit, as a year is: 二〇五七亿
        read = "".join(str(_cn2an()(d)) for d in spelled[1])
        return Decimal(read) * scale_factor(spelled[2])
    value = Decimal(_cn2an()(whole))
    if frac:
        digits = "".join(str(_cn2an()(d)) for d in frac)
        value += Decimal(f"0.{digits}")
    return value


@functools.cache
def _cn2an() -> Callable[[str], int]:
    """cn2an's reader of one Chinese numeral, imported on first use."""
    import cn2an

    def read(numeral: str) -> int:
        try:
            return int(cn2an.cn2an(numeral, "smart"))
        except (KeyError, ValueError) as err:  # 〇十二, 廿〇: no numeral cn2an reads
            raise InvalidInputError(f"not a Chinese numeral: {numeral!r}") from err

    return read


def trailing_scale(text: str) -> int:
    """Return the factor of the 万/亿 run ending a Chinese numeral (``五亿`` -> 1e8)."""
    run = re.search(r"[万亿]*$", text)
    return scale_factor(run.group()) if run and not text[0].isdigit() else 1


def normalise_decimal(value: Decimal) -> Decimal:
    """Drop trailing zeros and exponents: ``Decimal("5.4E+9")`` -> ``5400000000``."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()
