"""Find and parse amounts of money such as ``约54亿元`` in Chinese text.

Chinese numerals (``三千万``, ``两亿``) are converted with ``cn2an``, not
``jionlp``: ``jionlp.parse_money`` understands this whole grammar but installs
about 220 MB with its tokenizer, while ``cn2an`` is small and only converts
numerals. The grammar around the numeral (qualifiers such as 约/超/余/左右,
scales 万/亿/千万, ranges ``3至5亿元``, ``数亿元`` and currencies) is the regular
expression below, and every value is computed with exact ``Decimal`` arithmetic.
Hong Kong and Taiwan forms read the same: Arabic zeros among Chinese digits
(``一0五0万``), the tens in one character (``廿五亿``, ``卅亿``), ``仟`` for 千.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, localcontext

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kgraph.errors import InvalidInputError
from kgraph.extract.extensions import SPANS_KEY, doc_text
from kgraph.extract.money_context import coordinated
from kgraph.extract.money_grammar import (
    CUED_BARE_RE,
    CURRENCY,
    GE_YI_RE,
    IMPLIED_RE,
    MONEY_RE,
    PREFIX_CURRENCY,
    PREFIXED_RE,
    QUALIFIER,
    SP,
    TRADITIONAL,
    UNIT,
    arabic_zeros_read,
)
from kgraph.extract.money_headers import header_money
from kgraph.extract.numerals import (
    normalise_decimal,
    numeral_value,
    scale_factor,
    trailing_scale,
)
from kgraph.types import Money, MoneyQualifier

__all__ = ["MoneyExtractor", "iter_money", "make_money_extractor", "parse_amount"]

logger = logging.getLogger(__name__)

_LABEL = "MONEY"


def _to_money(m: re.Match[str]) -> Money:
    """Build a Money from a match of ``MONEY_RE`` on NFKC-normalised text."""
    cur = m["cur"]
    # 元 followed by the currency's name: 100亿元新台币 is in New Taiwan dollars
    currency = CURRENCY.get(cur.removeprefix("元"), "CNY")
    scale = scale_factor(m["scale"] or "")
    words = [m["pre"], m["bpre"], m["mid"], m["mid2"], m["post"]]
    hedges = [QUALIFIER[w] for w in words if w]
    qualifier = hedges[0] if hedges else MoneyQualifier.EXACT
    value_max: Decimal | None = None
    with localcontext() as ctx:
        ctx.prec = 60
        if m["pair"]:  # 二三十亿元: from the first digit to the second
            unit = scale_factor(m["pair_unit"] or "") * scale
            low, high = (numeral_value(d) for d in m["pair"].replace("一两", "一二"))
            value, value_max = low * unit, high * unit
            qualifier = MoneyQualifier.RANGE
        elif m["several"] and m["tens"]:  # 十几亿元: ten and some
            unit = scale_factor(m["sbare"]) * scale
            value = numeral_value(m["tens"]) * unit
            value_max, qualifier = value + 10 * unit, MoneyQualifier.SEVERAL
        elif m["several"]:
            value = numeral_value("一" + m["sbare"]) * scale
            value_max, qualifier = value * 10, MoneyQualifier.SEVERAL
        elif m["bare"] or m["xbare"]:
            bare = m["bare"] or m["xbare"]
            value = numeral_value("一" + bare) * scale
        elif m["hi"]:
            hi_scale = scale * trailing_scale(m["hi"])
            value_max = numeral_value(m["hi"]) * scale
            value = numeral_value(m["lo"])
            if m["lo_scale"]:
                value *= scale_factor(m["lo_scale"])
            elif trailing_scale(m["lo"]) == 1 and value * hi_scale <= value_max:
                value *= hi_scale  # 3至5亿元: the 亿 applies to both ends
            qualifier = MoneyQualifier.RANGE
            if value > value_max:
                raise InvalidInputError(
                    f"range {m.group()!r} runs downwards; write the smaller end first"
                )
        else:
            value = numeral_value(m["num"]) * scale
            if m["tera"]:  # 2兆6,218亿元
                value += numeral_value(m["tera"]) * UNIT["兆"]
        return Money(
            normalise_decimal(value),
            currency=currency,
            qualifier=qualifier,
            value_max=None if value_max is None else normalise_decimal(value_max),
        )


def _prefixed_money(m: re.Match[str]) -> Money:
    """Build a Money from a match of ``PREFIXED_RE`` (``¥300万``, ``RMB 2亿``)."""
    words = [m["pre"], m["mid"], m["mid2"], m["post"]]
    hedges = [QUALIFIER[w] for w in words if w]
    with localcontext() as ctx:
        ctx.prec = 60
        value = numeral_value(m["num"]) * scale_factor(m["scale"] or "")
    return Money(
        normalise_decimal(value),
        currency=PREFIX_CURRENCY[m["pcur"]],
        qualifier=hedges[0] if hedges else MoneyQualifier.EXACT,
    )


def _ge_yi_money(m: re.Match[str]) -> Money:
    """Build a Money from a match of ``GE_YI_RE`` (``三个亿``, ``十几个亿``)."""
    hedges = [QUALIFIER[w] for w in (m["pre"], m["mid"]) if w]
    qualifier = hedges[0] if hedges else MoneyQualifier.EXACT
    value_max: Decimal | None = None
    with localcontext() as ctx:
        ctx.prec = 60
        if m["several"]:
            tens = numeral_value(m["tens"]) if m["tens"] else Decimal(1)
            value = tens * UNIT["亿"]
            value_max = value + (10 if m["tens"] else 9) * UNIT["亿"]
            qualifier = MoneyQualifier.SEVERAL
        else:
            value = numeral_value(m["num"]) * UNIT["亿"]
    return Money(
        normalise_decimal(value),
        qualifier=qualifier,
        value_max=None if value_max is None else normalise_decimal(value_max),
    )


def _normal(text: str) -> str:
    """NFKC, simplified money characters (億 → 亿) and no space inside."""
    normal = unicodedata.normalize("NFKC", text).translate(TRADITIONAL).strip()
    return re.sub(SP.rstrip("?"), "", arabic_zeros_read(normal))


def parse_amount(text: str, *, implied_currency: bool = False) -> Money:
    """Parse one money expression such as ``"约54亿元"`` into a `Money`.

    Parameters
    ----------
    text : str
        The amount and nothing else: an Arabic or Chinese numeral, optional
        scale (万, 亿, 万亿, 千万, 百万, 千), optional qualifier and a currency
        (元/人民币, 美元, 欧元, 港元/港币, 日元, 英镑). Full-width forms are accepted.
    implied_currency : bool, optional
        Also take an amount whose 元 the text left out (``200万``), as
        `iter_money` finds after a money word (投资200万).

    Returns
    -------
    Money
        Value in the currency's base unit as an exact Decimal; ranges
        (``3至5亿元``) and ``数亿元`` also set ``value_max``.

    Raises
    ------
    TypeError
        If ``text`` is not a string.
    InvalidInputError
        If ``text`` is not a single amount of money with a currency.

    Examples
    --------
    >>> m = parse_amount("约54亿元")
    >>> m.value, m.currency, m.qualifier.value
    (Decimal('5400000000'), 'CNY', 'approx')
    >>> parse_amount("三千万美元").value
    Decimal('30000000')
    >>> m = parse_amount("3至5亿元")
    >>> m.value, m.value_max, m.qualifier.value
    (Decimal('300000000'), Decimal('500000000'), 'range')
    >>> parse_amount("5.6个亿").value, parse_amount("千万元").value
    (Decimal('560000000'), Decimal('10000000'))
    >>> parse_amount("8亿9,326万美元").value
    Decimal('893260000')
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_amount expects a str, got {type(text).__name__}")
    normal = _normal(text)
    prefixed = PREFIXED_RE.fullmatch(normal)
    if prefixed is not None:
        return _prefixed_money(prefixed)
    spoken = GE_YI_RE.fullmatch(normal)
    if spoken is not None:
        return _ge_yi_money(spoken)
    if CUED_BARE_RE.fullmatch("达" + normal):  # 百万元: a scale with no digit
        normal = "一" + normal
    match = MONEY_RE.fullmatch(normal)
    if match is None and implied_currency and IMPLIED_RE.fullmatch("投资" + normal):
        match = MONEY_RE.fullmatch(normal + "元")  # 200万 written without 元
    compound = _compound(normal) if match is None else None
    if compound is not None:
        return compound
    if match is None:
        raise InvalidInputError(
            f"no amount of money in {text!r}; expected one amount with a currency, "
            f"such as '3.5亿元' or '约54亿元'"
        )
    return _to_money(match)


def iter_money(text: str) -> Iterator[tuple[int, int, Money]]:
    """Yield ``(start, end, money)`` for every amount of money in ``text``.

    Parameters
    ----------
    text : str
        Running text. Numbers without a currency (``15000吨``, ``7.1%``) are
        not money and are skipped.

    Yields
    ------
    tuple of (int, int, Money)
        Character offsets into ``text`` (end exclusive, qualifier included)
        and the parsed amount.

    Raises
    ------
    TypeError
        If ``text`` is not a string.

    Examples
    --------
    >>> text = "37个项目签约,涉及总投资约54亿元。"
    >>> [(text[s:e], m.value) for s, e, m in iter_money(text)]
    [('约54亿元', Decimal('5400000000'))]
    >>> text = "村集体投资200万建成厂房,年产300万吨,投资8亿澳门元。"
    >>> [(text[s:e], m.value, m.currency) for s, e, m in iter_money(text)]
    [('200万', Decimal('2000000'), 'CNY'), ('8亿澳门元', Decimal('800000000'), 'MOP')]
    >>> text = "汇出一0五0万美元"
    >>> [(text[s:e], m.value) for s, e, m in iter_money(text)]
    [('一0五0万美元', Decimal('10500000'))]
    """
    if not isinstance(text, str):
        raise TypeError(f"iter_money expects a str, got {type(text).__name__}")
    found: list[tuple[int, int, Money]] = []
    # one for one: the offsets stay
    scan = arabic_zeros_read(text.translate(TRADITIONAL))
    for match in PREFIXED_RE.finditer(scan):
        try:
            money = parse_amount(match.group())
        except ValueError as err:
            logger.debug("skipping %r: %s", match.group(), err)
            continue
        found.append((match.start(), match.end(), money))
    for match in MONEY_RE.finditer(scan):
        start, end = match.span()
        if any(s < end and start < e for s, e, _ in found):
            continue
        normal = _normal(match.group())
        try:
            money = _to_money(MONEY_RE.fullmatch(normal) or match)
        except ValueError as err:  # InvalidInputError or a cn2an complaint
            logger.debug("skipping %r: %s", match.group(), err)
            continue
        start, money = _with_hundred_millions(scan, start, end, money)
        found.append((start, end, money))
    for match in GE_YI_RE.finditer(scan):
        if not any(s < match.end() and match.start() < e for s, e, _ in found):
            try:
                money = _ge_yi_money(
                    GE_YI_RE.fullmatch(_normal(match.group())) or match
                )
            except ValueError as err:
                logger.debug("skipping %r: %s", match.group(), err)
                continue
            found.append((match.start(), match.end(), money))
    for match in CUED_BARE_RE.finditer(scan):
        start, end = match.span("amount")
        if not any(s < end and start < e for s, e, _ in found):
            try:
                found.append((start, end, parse_amount(match.group("amount"))))
            except ValueError as err:
                logger.debug("skipping %r: %s", match.group(), err)
    for match in IMPLIED_RE.finditer(scan):
        start, end = match.span("amount")
        if any(s < end and start < e for s, e, _ in found):
            continue
        try:
            money = parse_amount(match.group("amount"), implied_currency=True)
        except ValueError as err:
            logger.debug("skipping %r: %s", match.group("amount"), err)
            continue
        found.append((start, end, money))
    for start, end in coordinated(scan, found):  # 3亿、5亿: a list shares its 元
        found.append((start, end, parse_amount(scan[start:end], implied_currency=True)))
    yield from sorted(found, key=lambda item: item[0])


@Language.factory(
    "kgraph_money",
    assigns=["doc.spans", "doc.ents"],
    default_config={"spans_key": SPANS_KEY, "overwrite": False},
)
def make_money_extractor(
    nlp: Language, name: str, spans_key: str, overwrite: bool
) -> MoneyExtractor:
    """Make the ``kgraph_money`` component; the work is in `MoneyExtractor`."""
    return MoneyExtractor(name, spans_key=spans_key, overwrite=overwrite)


@dataclass
class MoneyExtractor:
    """Add MONEY spans for amounts such as "3.5亿元" to ``doc.spans[spans_key]``.

    Existing spans in the group that overlap an amount and are not MONEY (an
    NER engine sometimes tags part of a number) are removed. The amounts join
    ``doc.ents`` too, in place of entities they overlap.

    Examples
    --------
    >>> import spacy
    >>> doc = MoneyExtractor()(spacy.blank("zh")("总投资约54亿元"))
    >>> [(s.text, s.label_) for s in doc.spans[SPANS_KEY]]
    [('约54亿元', 'MONEY')]
    >>> [(e.text, e.label_) for e in doc.ents]
    [('约54亿元', 'MONEY')]
    """

    name: str = "kgraph_money"
    spans_key: str = SPANS_KEY
    overwrite: bool = False

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        for start, end, _ in iter_money(doc_text(doc)):
            span = doc.char_span(start, end, _LABEL, alignment_mode="expand")
            if span is not None:
                found.append(span)
        header_money(doc, found)  # 单位：万元 tables, their Money in doc._.kg_money
        old = [] if self.overwrite else list(doc.spans.get(self.spans_key, []))
        seen = {(s.start_char, s.end_char) for s in old if s.label_ == _LABEL}
        kept = [s for s in old if s.label_ == _LABEL or not _overlaps(s, found)]
        kept += [s for s in found if (s.start_char, s.end_char) not in seen]
        doc.spans[self.spans_key] = kept
        # doc.ents (displaCy's "ent" style) shows the amounts too
        doc.ents = filter_spans(
            [e for e in doc.ents if not _overlaps(e, found)] + found
        )
        return doc


def _overlaps(span: Span, others: list[Span]) -> bool:
    """Whether ``span`` shares at least one character with any of ``others``."""
    return any(
        span.start_char < o.end_char and o.start_char < span.end_char for o in others
    )


#: the 亿 part written before a 万 amount: 8亿9326万美元, 1亿2000万元
_INTEGER = r"[0-9０-９]{1,5}"
_HUNDRED_MILLIONS = re.compile(rf"(?<![0-9０-９.．,，])(?P<high>{_INTEGER})亿$")
_COMPOUND = re.compile(rf"(?P<high>{_INTEGER})亿(?P<rest>[0-9][0-9,]*万.+)")


def _compound(normal: str) -> Money | None:
    """``8亿9326万美元``: the 亿 part plus the 万 amount after it, or None."""
    m = _COMPOUND.fullmatch(normal)
    rest = None if m is None else MONEY_RE.fullmatch(m["rest"])
    if m is None or rest is None or rest["pre"] or rest["scale"] != "万":
        return None
    low = _to_money(rest)
    if low.value >= 10**8:
        return None
    with localcontext() as ctx:
        ctx.prec = 60
        value = numeral_value(m["high"]) * 10**8 + low.value
    return Money(
        normalise_decimal(value), currency=low.currency, qualifier=low.qualifier
    )


def _with_hundred_millions(
    scan: str, start: int, end: int, money: Money
) -> tuple[int, Money]:
    """Join ``8亿`` to the ``9326万美元`` written right after it, as one amount."""
    high = _HUNDRED_MILLIONS.search(scan, 0, start)
    joined = None if high is None else _compound(_normal(scan[high.start() : end]))
    return (start, money) if high is None or joined is None else (high.start(), joined)
