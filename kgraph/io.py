"""Read input files: decode UTF-8/GB18030/Big5 text, walk directories, mint doc ids."""

from __future__ import annotations

import codecs
import os
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from charset_normalizer.md import mess_ratio

from kgraph.errors import DecodeError, InvalidInputError

__all__ = [
    "DEFAULT_SUFFIXES",
    "STDIN",
    "InputError",
    "doc_id_for",
    "iter_input_files",
    "read_documents",
    "read_text",
]

#: suffixes of files taken from inside directories (files named are always taken)
DEFAULT_SUFFIXES = (".md", ".txt")
#: the path that means "read standard input" in `read_documents`
STDIN = "-"

_STDIN_ID = "stdin"
_STDIN_SOURCE = "<stdin>"
#: encodings tried after UTF-8, in tie-break order (GB18030 is a superset of
#: GB2312 and GBK, so a GBK file decodes as GB18030)
_CHINESE_ENCODINGS = ("gb18030", "big5", "cp950", "big5hkscs")
#: charset_normalizer's default limit: at or above it a decoding is mojibake
_MAX_MESS = 0.2
_MESS_SAMPLE_CHARS = 16_384
#: above this share of control bytes (other than \t \n \v \f \r ESC) it is binary
_MAX_CONTROL_SHARE = 0.1
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not be read: where it came from and why (one line)."""

    source: str
    message: str


def _decode(data: bytes) -> str:
    """Decode ``data`` as text or raise `DecodeError` with a one-line reason."""
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
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        utf8_error = err
    guessed = _guess_chinese(data)
    if guessed is None:
        raise DecodeError(
            f"not UTF-8 (invalid byte at offset {utf8_error.start}) and not "
            "GB18030/GBK or Big5 text; convert it to UTF-8"
        ) from utf8_error
    return guessed


def _guess_chinese(data: bytes) -> str | None:
    """``data`` decoded as the Chinese encoding that reads most like text, if any.

    Each encoding must decode every byte; charset_normalizer's mess detector
    then scores a sample of the text, NFKC-normalised first because it counts
    full-width letters and digits (common in Chinese news) as noise.
    """
    best: tuple[float, str] | None = None
    for encoding in _CHINESE_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = unicodedata.normalize("NFKC", text[:_MESS_SAMPLE_CHARS])
        mess = mess_ratio(sample, maximum_threshold=1.0)
        if mess < _MAX_MESS and (best is None or mess < best[0]):
            best = (mess, text)
    return None if best is None else best[1]


def _is_odd_char(char: str) -> bool:
    """Whether ``char`` is a control, private-use or unassigned code point."""
    category = unicodedata.category(char)
    if category == "Cc":
        return char not in "\t\n\v\f\r\x1b"
    return category in {"Cn", "Co", "Cs"}


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: str | os.PathLike[str]) -> str:
    """Return the text of the file at ``path``, whatever its Chinese encoding.

    UTF-8 (with or without a byte-order mark) is tried first, then GB18030
    (which covers GB2312 and GBK) and Big5, scored with ``charset_normalizer``'s
    mess detector; when both fit equally well GB18030 wins (a text of a few
    characters can be valid in both). UTF-16
    with a byte-order mark is also read. Line ends are normalised to ``\\n``
    (``\\r\\n`` and a lone ``\\r`` both become ``\\n``).

    Parameters
    ----------
    path : str or os.PathLike
        The file to read.

    Returns
    -------
    str
        The decoded text; an empty file gives ``""``.

    Raises
    ------
    DecodeError
        If the file is binary (NUL bytes, mostly control bytes) or in an
        encoding that cannot be detected; the message is one line naming the
        file and the problem.
    OSError
        If the file cannot be read.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "gbk.txt").write_bytes("南湖实验室\\r\\n位于嘉兴。".encode("gbk"))
    >>> read_text(folder / "gbk.txt")
    '南湖实验室\\n位于嘉兴。'
    >>> _ = (folder / "x.bin").write_bytes(b"\\x00\\x01\\x02")
    >>> read_text(folder / "x.bin")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kgraph.errors.DecodeError: .../x.bin: binary file (contains NUL bytes)
    """
    data = Path(path).read_bytes()
    try:
        return _normalise_newlines(_decode(data))
    except DecodeError as err:
        raise DecodeError(f"{os.fspath(path)}: {err}") from err


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _raise(err: OSError) -> None:
    raise err


def _check_exists(path: Path) -> None:
    if not path.is_file() and not path.is_dir():
        what = "does not exist" if not path.exists() else "is not a file or directory"
        raise InvalidInputError(f"input path {os.fspath(path)!r} {what}")


def _iter_with_roots(
    path: Path,
    suffixes: tuple[str, ...],
    on_error: Callable[[OSError], None] = _raise,
) -> Iterator[tuple[Path, Path | None]]:
    """Yield ``(file, root)`` for one input path (root None for a file given)."""
    _check_exists(path)
    if path.is_file():
        yield path, None
        return
    wanted = tuple(s.lower() for s in suffixes)
    for file in _walk(path, on_error):
        if file.suffix.lower() in wanted:
            yield file, path


def _walk(folder: Path, on_error: Callable[[OSError], None]) -> Iterator[Path]:
    """Files under ``folder`` sorted by path, skipping hidden names and dir links."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as err:
        on_error(err)
        return
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path), on_error)
            elif entry.is_file():
                yield Path(entry.path)
        except OSError as err:
            on_error(err)


def iter_input_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    suffixes: tuple[str, ...] = DEFAULT_SUFFIXES,
) -> Iterator[Path]:
    """Yield the files named by ``paths``, walking directories recursively.

    Files named explicitly are always yielded. Inside a directory only files
    whose suffix is in ``suffixes`` (case-insensitive) are taken, hidden files
    and directories (name starting with ``.``) are skipped, symbolic links to
    directories are not followed, and the order is sorted and deterministic.

    Parameters
    ----------
    paths : iterable of str or os.PathLike
        Files and directories, in the order to read them.
    suffixes : tuple of str, default ``(".md", ".txt")``
        Suffixes of the files to take from inside directories.

    Yields
    ------
    Path
        One file at a time.

    Raises
    ------
    InvalidInputError
        If a path does not exist (raised when the walk reaches it).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ["b.txt", "a/c.md", "a/skip.csv", ".hidden/d.txt"]:
    ...     (root / name).parent.mkdir(parents=True, exist_ok=True)
    ...     _ = (root / name).write_text("文本")
    >>> [p.relative_to(root).as_posix() for p in iter_input_files([root])]
    ['a/c.md', 'b.txt']
    """
    for path in paths:
        for file, _root in _iter_with_roots(Path(path), suffixes):
            yield file


def doc_id_for(
    path: str | os.PathLike[str], root: str | os.PathLike[str] | None = None
) -> str:
    """Return the document id of ``path``: relative to ``root``, without suffix.

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    root : str or os.PathLike, optional
        The directory the file was found in; None for a file given directly,
        whose id is its stem.

    Returns
    -------
    str
        The id, with ``/`` separators on every platform.

    Raises
    ------
    InvalidInputError
        If ``path`` is not inside ``root``.

    Examples
    --------
    >>> doc_id_for("corpus/2024/05/a1.txt", "corpus")
    '2024/05/a1'
    >>> doc_id_for("news/a1.txt")
    'a1'
    """
    file = Path(path)
    if root is None:
        return file.stem
    try:
        relative = file.relative_to(root)
    except ValueError as err:
        raise InvalidInputError(
            f"{os.fspath(path)!r} is not inside directory {os.fspath(root)!r}"
        ) from err
    return relative.with_suffix("").as_posix()


def _unique(doc_id: str, taken: set[str]) -> str:
    """``doc_id``, or ``doc_id-2``, ``doc_id-3`` … whichever is free first."""
    candidate, number = doc_id, 1
    while candidate in taken:
        number += 1
        candidate = f"{doc_id}-{number}"
    taken.add(candidate)
    return candidate


def read_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    stdin: BinaryIO | None = None,
    suffixes: tuple[str, ...] = DEFAULT_SUFFIXES,
) -> tuple[list[tuple[str, str, str]], list[InputError]]:
    """Read every input as ``(doc_id, text, source)``; collect what failed.

    Each path is accounted for: its files are read (see `iter_input_files` and
    `read_text`), or it appears in the errors (missing path, directory with no
    matching file, unreadable or undecodable file). A file reached twice is
    read once. Document ids come from `doc_id_for` and are made unique by
    appending ``-2``, ``-3`` … in input order.

    Parameters
    ----------
    paths : iterable of str or os.PathLike
        Files and directories; ``"-"`` reads standard input (doc id
        ``stdin``, source ``<stdin>``).
    stdin : binary stream, optional
        What ``"-"`` reads; by default ``sys.stdin.buffer``.
    suffixes : tuple of str, default ``(".md", ".txt")``
        Suffixes of the files to take from inside directories.

    Returns
    -------
    documents : list of (doc_id, text, source)
        In input order; ``source`` is the path as found (``<stdin>`` for
        standard input).
    errors : list of InputError
        One per input that could not be read.

    Examples
    --------
    >>> import io, pathlib, tempfile
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> (root / "a").mkdir()
    >>> _ = (root / "a" / "x.txt").write_text("甲", encoding="utf-8")
    >>> _ = (root / "x.txt").write_bytes("乙".encode("utf-8-sig"))
    >>> docs, errors = read_documents(
    ...     [root, "-", root / "nope.txt"], stdin=io.BytesIO(b"hi")
    ... )
    >>> [(doc_id, text) for doc_id, text, _ in docs]
    [('a/x', '甲'), ('x', '乙'), ('stdin', 'hi')]
    >>> [e.source.endswith("nope.txt") for e in errors]
    [True]
    """
    documents: list[tuple[str, str, str]] = []
    errors: list[InputError] = []
    taken: set[str] = set()
    seen: set[Path] = set()

    def read(doc_id: str, source: str, origin: Path | BinaryIO) -> None:
        try:
            data = origin.read_bytes() if isinstance(origin, Path) else origin.read()
            text = _normalise_newlines(_decode(data))
        except (DecodeError, OSError) as err:
            errors.append(InputError(source, _reason(err)))
            return
        documents.append((_unique(doc_id, taken), text, source))

    def record(err: OSError) -> None:
        errors.append(InputError(os.fspath(err.filename or ""), _reason(err)))

    stdin_read = False
    for path in paths:
        if os.fspath(path) == STDIN:
            if not stdin_read:
                stdin_read = True
                stream = sys.stdin.buffer if stdin is None else stdin
                read(_STDIN_ID, _STDIN_SOURCE, stream)
            continue
        try:
            _check_exists(Path(path))
        except InvalidInputError:
            reason = "not a file or directory"
            if not Path(path).exists():
                reason = "no such file or directory"
            errors.append(InputError(os.fspath(path), reason))
            continue
        found, n_errors = 0, len(errors)
        for file, root in _iter_with_roots(Path(path), suffixes, record):
            found += 1
            if file.resolve() not in seen:
                seen.add(file.resolve())
                read(doc_id_for(file, root), os.fspath(file), file)
        if found == 0 and len(errors) == n_errors:
            wanted = " or ".join(f"*{s}" for s in suffixes)
            errors.append(
                InputError(os.fspath(path), f"directory has no {wanted} files")
            )
    return documents, errors


def _reason(err: DecodeError | OSError) -> str:
    """One line saying why a read failed, without the file name."""
    if isinstance(err, OSError) and err.strerror:
        return f"cannot read: {err.strerror}"
    return str(err).splitlines()[0] if str(err) else type(err).__name__
