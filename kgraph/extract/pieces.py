"""Cut a long document into pieces the pipeline reads one at a time.

Every component keeps its cost linear in the length of what it reads only up to
a point (coreference and short forms look across the whole Doc), and spaCy
refuses texts past ``nlp.max_length``. A document longer than `PIECE_CHARS` is
therefore read in pieces cut at paragraph breaks, else at sentence ends, else
(a text without punctuation) at a plain character; each piece knows where it
starts, so offsets into the original text are kept.
"""

from __future__ import annotations

import re

__all__ = ["PIECE_CHARS", "split_into_pieces"]

#: the longest piece read at once: far above a news article (a few thousand
#: characters), far below spaCy's 1,000,000-character limit
PIECE_CHARS = 20_000

# where a piece may end, best first: after a blank line, after a line break,
# after a sentence end
_BREAKS = (
    re.compile(r"\n[ \t\u3000]*\n"),
    re.compile(r"(?<!\n)\n(?![ \t\u3000]*\n)"),  # a line break, not half a blank line
    re.compile(r"[。！？!?；;]"),
)


def split_into_pieces(text: str, *, limit: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """Return ``(start, piece)`` pairs that cover ``text`` in order, each ≤ ``limit``.

    A piece ends at the last paragraph break before ``limit`` that leaves it at
    least half full; failing that at the last line break, then the last
    sentence end, then at ``limit`` itself. Joining the pieces gives ``text``
    back.

    Examples
    --------
    >>> split_into_pieces("短文。")
    [(0, '短文。')]
    >>> split_into_pieces("甲乙丙。\\n\\n丁。\\n\\n戊己。", limit=10)
    [(0, '甲乙丙。\\n\\n丁。'), (8, '\\n\\n戊己。')]
    >>> [start for start, _ in split_into_pieces("无标点" * 5, limit=6)]
    [0, 6, 12]
    """
    if limit < 2:
        raise ValueError(f"piece limit must be at least 2, got {limit}")
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        pieces.append((start, text[start:end]))
        start = end
    pieces.append((start, text[start:]))
    return pieces


def _cut(text: str, start: int, hard_end: int) -> int:
    """Where the piece that starts at ``start`` ends (exclusive), ≤ ``hard_end``."""
    floor = start + (hard_end - start) // 2
    fallback = -1
    for pattern in _BREAKS:
        best = -1
        for match in pattern.finditer(text, start, hard_end):
            # a paragraph or line break goes with the next piece; a sentence
            # end with this one
            best = match.start() if match.group().startswith("\n") else match.end()
        if best >= floor:
            return best
        if fallback <= start:
            fallback = best
    return fallback if fallback > start else hard_end
