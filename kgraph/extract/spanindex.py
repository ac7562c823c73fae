"""Character spans sorted by start, for overlap and containment look-ups in log time.

The extractors ask, for every candidate span, whether it overlaps one already
taken, and for every sentence, which spans lie inside it. Asked of a plain list
that is quadratic in the number of spans, which a long document or one name
repeated a thousand times turns into minutes; this index answers each question
by bisection, looking only at the spans that start near the one asked about.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["SpanIndex", "within"]

#: a span: ``(start, end)`` or ``(start, end, label, ...)``; only the first two count
AnySpan = tuple[int, int] | tuple[int, int, Any]


def within(inner: AnySpan, outer: AnySpan) -> bool:
    """Whether span ``inner`` lies inside span ``outer`` (or is it).

    Examples
    --------
    >>> within((2, 4, "ORG"), (0, 4)), within((2, 5), (0, 4))
    (True, False)
    """
    return outer[0] <= inner[0] and inner[1] <= outer[1]


class SpanIndex:
    """A set of ``(start, end)`` character spans (end exclusive).

    Examples
    --------
    >>> index = SpanIndex([(0, 4), (10, 12)])
    >>> index.overlaps_any((3, 5)), index.overlaps_any((4, 10))
    (True, False)
    >>> index.add((6, 8))
    >>> list(index.overlapping((5, 11)))
    [(6, 8), (10, 12)]
    >>> list(index.inside((5, 12)))
    [(6, 8), (10, 12)]
    """

    def __init__(self, spans: Iterable[AnySpan] = ()) -> None:
        items = sorted({(s[0], s[1]) for s in spans})
        self._starts = [start for start, _ in items]
        self._ends = [end for _, end in items]
        self._longest = max((end - start for start, end in items), default=0)

    def __len__(self) -> int:
        return len(self._starts)

    def add(self, span: AnySpan) -> None:
        """Add ``span`` (its first two items: start and end)."""
        start, end = span[0], span[1]
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._starts) and self._starts[i] == start:
            if self._ends[i] == end:
                return
            i += 1
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        self._longest = max(self._longest, end - start)

    def overlapping(self, span: AnySpan) -> Iterator[tuple[int, int]]:
        """The spans that share at least one character with ``span``, by start."""
        start, end = span[0], span[1]
        # a span overlaps when it starts before ``end`` and ends after ``start``;
        # no span is longer than ``_longest``, so it starts after start - longest
        lo = bisect.bisect_right(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        for i in range(lo, hi):
            if self._ends[i] > start:
                yield self._starts[i], self._ends[i]

    def overlaps_any(self, span: AnySpan) -> bool:
        """Whether any span shares a character with ``span``."""
        return next(self.overlapping(span), None) is not None

    def inside(self, span: AnySpan) -> Iterator[tuple[int, int]]:
        """The spans that lie within ``span``, by start."""
        start, end = span[0], span[1]
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        for i in range(lo, hi):
            if self._ends[i] <= end:
                yield self._starts[i], self._ends[i]
