"""What the ``kgraph`` commands say: exit statuses and one-line messages to stderr."""

from __future__ import annotations

import sys

__all__ = [
    "EXIT_ERROR",
    "EXIT_FAILED_INPUTS",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "PROG",
    "plural",
    "say",
]

#: every input was built and the output written
EXIT_OK = 0
#: some inputs could not be read or built; the others were written
EXIT_FAILED_INPUTS = 1
#: bad usage or a fatal error (unknown format, bad dictionary, cannot write)
EXIT_ERROR = 2
#: stopped with Ctrl-C (128 + SIGINT, as shells report it)
EXIT_INTERRUPTED = 130
#: the program's name, heading every message
PROG = "kgraph"


def say(message: str) -> None:
    """Write one ``kgraph: …`` line to stderr, above any progress bar.

    Examples
    --------
    >>> import contextlib, io
    >>> err = io.StringIO()
    >>> with contextlib.redirect_stderr(err):
    ...     say("built 1 document")
    >>> err.getvalue()
    'kgraph: built 1 document\\n'
    """
    from tqdm import tqdm

    tqdm.write(f"{PROG}: {message}", file=sys.stderr)


def plural(count: int, noun: str, nouns: str = "") -> str:
    """``count`` and the noun, plural unless one (``nouns`` if irregular).

    Examples
    --------
    >>> plural(1, "entity", "entities"), plural(3, "entity", "entities")
    ('1 entity', '3 entities')
    """
    return f"{count} {noun}" if count == 1 else f"{count} {nouns or noun + 's'}"
