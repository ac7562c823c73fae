"""Read inputs: decode Chinese text, reduce HTML, walk directories, mint doc ids."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kgraph.errors import DecodeError, InvalidInputError
from kgraph.inputs.charsets import decode_bytes
from kgraph.inputs.markup import html_to_text, looks_like_html

__all__ = [
    "DEFAULT_SUFFIXES",
    "HTML_SUFFIXES",
    "STDIN",
    "InputError",
    "doc_id_for",
    "iter_input_files",
    "read_documents",
    "read_text",
]

#: suffixes of files taken from inside directories (files named are always taken)
DEFAULT_SUFFIXES = (".md", ".txt")
#: suffixes of files read as HTML (reduced to their text)
HTML_SUFFIXES = (".htm", ".html")
#: the path that means "read standard input" in `read_documents`
STDIN = "-"

_STDIN_ID = "stdin"
_STDIN_SOURCE = "<stdin>"
_MARKDOWN_SUFFIXES = (".markdown", ".md")


@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not be read: where it came from and why (one line)."""

    source: str
    message: str


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _text_of(data: bytes, source: str, suffix: str) -> str:
    """Decode ``data``, normalise line ends, and reduce HTML to its text."""
    text = _normalise_newlines(decode_bytes(data, source=source))
    suffix = suffix.lower()
    if suffix in HTML_SUFFIXES or (
        suffix not in _MARKDOWN_SUFFIXES and looks_like_html(text)
    ):
        return html_to_text(text)
    return text


def _printable(name: str) -> str:
    """``name`` with the bytes of a file name that are not UTF-8 as ``\\xNN``.

    Such bytes come from the file system as lone surrogates
    (``surrogateescape``), which no output format can hold.

    Examples
    --------
    >>> print(_printable("a\\udce5\\udc98.txt"))
    a\\xe5\\x98.txt
    """
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def read_text(path: str | os.PathLike[str]) -> str:
    """Return the text of the file at ``path``, whatever its Chinese encoding.

    UTF-8 (with or without a byte-order mark) is tried first, then GB18030
    (which covers GB2312 and GBK) and Big5, each reading scored by how common
    its characters are (`kgraph.inputs.charsets`); a text of a few characters that
    reads equally well both ways is read as GB18030, with a warning. UTF-16
    with a byte-order mark is also read. Line ends are normalised to ``\\n``
    (``\\r\\n`` and a lone ``\\r`` both become ``\\n``). HTML (a ``.html`` or
    ``.htm`` file, or a text other than Markdown that starts with an HTML
    tag) is reduced to its text, one paragraph per block (`kgraph.inputs.markup`).

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
    >>> with tempfile.TemporaryDirectory() as name:
    ...     gbk, page = pathlib.Path(name, "gbk.txt"), pathlib.Path(name, "a.html")
    ...     _ = gbk.write_bytes("南湖实验室\\r\\n位于嘉兴。".encode("gbk"))
    ...     _ = page.write_text("<p>南湖实验室</p><p>位于嘉兴。</p>")
    ...     read_text(gbk), read_text(page)
    ('南湖实验室\\n位于嘉兴。', '南湖实验室\\n\\n位于嘉兴。')
    """
    file = Path(path)
    data = file.read_bytes()
    source = _printable(os.fspath(path))
    try:
        return _text_of(data, source, file.suffix)
    except DecodeError as err:
        raise DecodeError(f"{source}: {err}") from err


def _raise(err: OSError) -> None:
    raise err


def _missing(path: Path) -> str | None:
    """Why ``path`` is neither a file nor a directory; None when it is one."""
    try:
        if path.is_file() or path.is_dir():
            return None
        os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop (the link leads back to itself)"
        if not os.path.islink(path):
            return "no such file or directory"
        target = _printable(os.readlink(path))
        return f"broken symbolic link (to {target!r}, which does not exist)"
    return "not a file or directory"


def _check_exists(path: Path) -> None:
    reason = _missing(path)
    if reason is not None:
        raise InvalidInputError(f"input path {_printable(os.fspath(path))!r}: {reason}")


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
    """Files under ``folder`` sorted by path, skipping hidden names and dir links.

    A link that leads nowhere (broken, or a loop) is yielded too, so that
    reading it reports it.
    """
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as err:
        on_error(err)
        return
    for entry in entries:
        if entry.name.startswith("."):  # hidden
            continue
        try:
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path, on_error)
            elif entry.is_symlink():  # to a file, or to nowhere: reading says so
                if path.is_file() or not path.exists():
                    yield path
            elif entry.is_file():
                yield path
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
        If a path does not exist, or is a broken link or a link loop (raised
        when the walk reaches it).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as name:
    ...     root = pathlib.Path(name)
    ...     for file in ["b.txt", "a/c.md", "a/skip.csv", ".hidden/d.txt"]:
    ...         (root / file).parent.mkdir(parents=True, exist_ok=True)
    ...         _ = (root / file).write_text("文本")
    ...     [p.relative_to(root).as_posix() for p in iter_input_files([root])]
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
        The id, with ``/`` separators on every platform; bytes of a file
        name that are not UTF-8 are written ``\\xNN``.

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
        return _printable(file.stem)
    try:
        relative = file.relative_to(root)
    except ValueError as err:
        raise InvalidInputError(
            f"{_printable(os.fspath(path))!r} is not inside directory "
            f"{_printable(os.fspath(root))!r}"
        ) from err
    return _printable(relative.with_suffix("").as_posix())


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
    `read_text`), or it appears in the errors (missing path, broken link or
    link loop, directory with no matching file, unreadable or undecodable
    file). A file reached twice is read once. Document ids come from
    `doc_id_for` and are made unique by appending ``-2``, ``-3`` … in input
    order. Sources are paths with bytes that are not UTF-8 as ``\\xNN``.

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
    >>> with tempfile.TemporaryDirectory() as name:
    ...     root = pathlib.Path(name)
    ...     (root / "a").mkdir()
    ...     _ = (root / "a" / "x.txt").write_text("甲", encoding="utf-8")
    ...     _ = (root / "x.txt").write_bytes("乙".encode("utf-8-sig"))
    ...     docs, errors = read_documents(
    ...         [root, "-", root / "nope.txt"], stdin=io.BytesIO(b"hi")
    ...     )
    >>> [(doc_id, text) for doc_id, text, _ in docs]
    [('a/x', '甲'), ('x', '乙'), ('stdin', 'hi')]
    >>> [e.source.endswith("nope.txt") for e in errors]
    [True]
    """
    documents: list[tuple[str, str, str]] = []
    errors: list[InputError] = []
    taken: set[str] = set()
    seen: set[str] = set()

    def read(doc_id: str, source: str, origin: Path | BinaryIO) -> None:
        suffix = origin.suffix if isinstance(origin, Path) else ""
        try:
            data = origin.read_bytes() if isinstance(origin, Path) else origin.read()
            text = _text_of(data, source, suffix)
        except (DecodeError, OSError) as err:
            missing = _missing(origin) if isinstance(origin, Path) else None
            errors.append(InputError(source, missing or _reason(err)))
            return
        documents.append((_unique(doc_id, taken), text, source))

    def record(err: OSError) -> None:
        source = _printable(os.fspath(err.filename or ""))
        errors.append(InputError(source, _reason(err)))

    stdin_read = False
    for path in paths:
        if os.fspath(path) == STDIN:
            if not stdin_read:
                stdin_read = True
                stream = sys.stdin.buffer if stdin is None else stdin
                read(_STDIN_ID, _STDIN_SOURCE, stream)
            continue
        reason = _missing(Path(path))
        if reason is not None:
            errors.append(InputError(_printable(os.fspath(path)), reason))
            continue
        found, n_errors = 0, len(errors)
        for file, root in _iter_with_roots(Path(path), suffixes, record):
            found += 1
            real = os.path.realpath(file)  # Path.resolve raises on loops (3.11)
            if real not in seen:
                seen.add(real)
                read(doc_id_for(file, root), _printable(os.fspath(file)), file)
        if found == 0 and len(errors) == n_errors:
            wanted = " or ".join(f"*{s}" for s in suffixes)
            where = _printable(os.fspath(path))
            errors.append(InputError(where, f"directory has no {wanted} files"))
    return documents, errors


def _reason(err: DecodeError | OSError) -> str:
    """One line saying why a read failed, without the file name."""
    if isinstance(err, OSError) and err.strerror:
        return f"cannot read: {err.strerror}"
    return str(err).splitlines()[0] if str(err) else type(err).__name__
