"""Decode a file's bytes: refuse binary data, tell UTF-8, GB18030/GBK and Big5 apart.

GB18030 and Big5 are both double-byte encodings whose byte ranges overlap, so
a short text is often valid in both; only one reading is the text. Each
reading is scored by how common its characters are by the encodings' own
frequency levels (GB2312 level 1, the 3,755 most used hanzi; Big5's 5,401
"frequently used" characters): a Big5 text read as GB18030 falls among rare
and extension characters, a GBK text read as Big5 among Big5's level 2. The
better-scoring reading wins; a reading scoring under ``_MIN_SCORE`` is no
text; when both score the same and differ, GB18030 is kept and a warning
names the file.

charset_normalizer was tried first and is not used: on short texts it picks
Johab, UTF-16 or CP949 (`from_bytes`), its mess detector prefers the GB18030
reading of Big5 ``臺灣區域`` and rejects GBK weather tables (``℃／``).
"""

from __future__ import annotations

import codecs
import unicodedata
import warnings

from kgraph.errors import DecodeError

__all__ = ["decode_bytes"]

#: above this share of control bytes (other than \t \n \v \f \r ESC) it is binary
_MAX_CONTROL_SHARE = 0.1
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: the Big5 family, tried in this order (each later one is a superset)
_BIG5_FAMILY = ("big5", "cp950", "big5hkscs")
#: a reading scoring below this is not Chinese text
_MIN_SCORE = 0.5
_SCORE_SAMPLE_CHARS = 16_384
_PREVIEW_CHARS = 12
#: punctuation common in both scripts, scored as common whatever the encoding
_COMMON_PUNCTUATION = frozenset(
    "，、。．·・；：？！…—（）《》〈〉「」『』【】〔〕“”‘’％～"
)
# weights of a non-ASCII character, by where the reading's encoding puts it
_COMMON, _LESS_COMMON, _RARE, _SYMBOL, _OTHER = 1.0, 0.75, 0.5, 0.5, 0.25


def _is_odd_char(char: str) -> bool:
    """Whether ``char`` is a control, private-use or unassigned code point."""
    category = unicodedata.category(char)
    if category == "Cc":
        return char not in "\t\n\v\f\r\x1b"
    return category in {"Cn", "Co", "Cs"}


def _is_ideograph(char: str) -> bool:
    return unicodedata.name(char, "").startswith("CJK ")


def _gb_weight(char: str) -> float:
    """How common ``char`` is in GB text: GB2312 level 1, level 2, GBK, other."""
    try:
        lead, trail = char.encode("gbk")
    except (UnicodeEncodeError, ValueError):  # not GBK, or not two bytes
        return _RARE if _is_ideograph(char) else 0.0
    if not (0xA1 <= lead <= 0xF7 and trail >= 0xA1):  # GBK beyond GB2312
        return _RARE if _is_ideograph(char) else _OTHER
    if 0xB0 <= lead <= 0xD7:
        return _COMMON
    if lead >= 0xD8:
        return _LESS_COMMON
    return _COMMON if lead <= 0xA3 else _OTHER  # symbols; kana, Greek, boxes


def _big5_weight(char: str) -> float:
    """How common ``char`` is in Big5 text: frequently used, less used, other."""
    try:
        lead = char.encode("big5")[0]
    except UnicodeEncodeError:  # a CP950 or HKSCS extension
        return _OTHER
    if 0xA4 <= lead <= 0xC6:
        return _COMMON
    if 0xC9 <= lead <= 0xF9:
        return _LESS_COMMON
    return _SYMBOL if lead <= 0xA3 else _OTHER


def _score(text: str, encoding: str) -> float:
    """Mean commonness of the non-ASCII characters of ``text`` read as ``encoding``.

    Examples
    --------
    >>> data = "臺灣區域".encode("big5")
    >>> _score(data.decode("big5"), "big5") > _score(data.decode("gb18030"), "gb18030")
    True
    """
    weigh = _gb_weight if encoding == "gb18030" else _big5_weight
    weights = []
    for char in text[:_SCORE_SAMPLE_CHARS]:
        if char.isascii():
            continue
        if _is_odd_char(char):
            weights.append(0.0)
        elif char in _COMMON_PUNCTUATION or "\uff01" <= char <= "\uff5e":
            weights.append(_COMMON)
        else:
            weights.append(weigh(char))
    return sum(weights) / len(weights) if weights else 1.0


def _readings(data: bytes) -> list[tuple[float, str, str]]:
    """``(score, encoding, text)`` for GB18030 and the first Big5 that decode."""
    found = []
    for family in (("gb18030",), _BIG5_FAMILY):
        for encoding in family:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            found.append((_score(text, encoding), encoding, text))
            break
    return found


def _guess_chinese(
    data: bytes, source: str, *, min_score: float = _MIN_SCORE
) -> str | None:
    """``data`` read as GB18030 or Big5, whichever reads as text; None if neither."""
    readings = [r for r in _readings(data) if r[0] >= min_score]
    if not readings:
        return None
    best = max(readings, key=lambda r: r[0])  # max keeps the first: GB18030
    if len(readings) == 2 and readings[0][0] == readings[1][0]:
        gb, big5 = readings[0][2], readings[1][2]
        if gb != big5:
            warnings.warn(
                f"{source}: too short to tell GB18030 from Big5; read as GB18030 "
                f"({gb[:_PREVIEW_CHARS]!r}, as Big5 {big5[:_PREVIEW_CHARS]!r}); "
                "convert it to UTF-8 to be sure",
                stacklevel=4,
            )
    return best[2]


def _is_doubtful_utf8(text: str) -> bool:
    """True for UTF-8 with no character past U+07FF and some past Latin-1.

    A few GBK characters are often valid UTF-8 too (``为什么`` is ``Ϊʲô``):
    such a reading has Greek, Cyrillic or IPA letters and no Chinese.
    """
    return all(c < "\u0800" for c in text) and any(c > "\u00ff" for c in text)


def _utf8_or_chinese(data: bytes, text: str, source: str) -> str:
    """``text`` (``data`` read as UTF-8), unless it is a GBK/Big5 text in disguise."""
    if not _is_doubtful_utf8(text):
        return text
    chinese = _guess_chinese(data, source, min_score=_COMMON)
    if chinese is None:
        return text
    warnings.warn(
        f"{source}: valid UTF-8 but no Chinese in it ({text[:_PREVIEW_CHARS]!r}); "
        f"read as GB18030/Big5 ({chinese[:_PREVIEW_CHARS]!r}); convert it to UTF-8 "
        "to be sure",
        stacklevel=4,
    )
    return chinese


def decode_bytes(data: bytes, *, source: str = "<bytes>") -> str:
    """Decode ``data`` as text, whatever its Chinese encoding.

    UTF-8 (with or without a byte-order mark) is tried first, then GB18030
    (which covers GB2312 and GBK) and Big5, scored as the module docstring
    says. UTF-16 with a byte-order mark is also read.

    Parameters
    ----------
    data : bytes
        The file's content.
    source : str, optional
        Where it came from, for the warning about a text too short to tell.

    Returns
    -------
    str
        The text; line ends are left as they are.

    Raises
    ------
    DecodeError
        If ``data`` is binary (NUL bytes, mostly control bytes) or in no
        encoding that reads as text; the message is one line.

    Warns
    -----
    UserWarning
        When GB18030 and Big5 read equally well (a few characters common in
        both): the text is read as GB18030.

    Examples
    --------
    >>> decode_bytes("臺灣區域".encode("big5")), decode_bytes("嘉兴".encode("gbk"))
    ('臺灣區域', '嘉兴')
    >>> decode_bytes(b"\\x00\\x01")
    Traceback (most recent call last):
    ...
    kgraph.errors.DecodeError: binary file (contains NUL bytes)
    """
    if data.startswith(_UTF16_BOMS):  # Windows Notepad's "Unicode"
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise DecodeError(f"invalid UTF-16 text ({err.reason})") from err
        odd = sum(_is_odd_char(c) for c in text)
        if text and odd / len(text) > _MAX_CONTROL_SHARE:
            raise DecodeError(
                f"binary file ({odd} of {len(text)} characters are not text)"
            )
        return text
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes)")
    controls = len(data.translate(None, _NOT_CONTROL))
    if data and controls / len(data) > _MAX_CONTROL_SHARE:
        raise DecodeError(f"binary file ({controls} of {len(data)} bytes are not text)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        utf8_error = err
    else:
        return _utf8_or_chinese(data, text, source)
    guessed = _guess_chinese(data, source)
    if guessed is None:
        raise DecodeError(
            f"not UTF-8 (invalid byte at offset {utf8_error.start}) and not "
            "GB18030/GBK or Big5 text; convert it to UTF-8"
        ) from utf8_error
    return guessed
