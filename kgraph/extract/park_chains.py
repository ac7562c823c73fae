"""The place chain written at the head of a park's name: ``广东佛山三水乐平工业园区``.

A park or zone is often named with the divisions it lies in written before
its own name and without their suffixes (``广东佛山三水`` for 广东省佛山市三水区),
and the whole is one name. Read against the official table of divisions, each
division of the chain is a place of its own, each ``part_of`` the one before
it, and the park is ``part_of`` the last. The chain must hold two divisions or
more, each the child (or a descendant) of the one before it in the table, so
that a park whose own name happens to be a division's (``中山科技园``) is left
whole; and the name left after the chain must be more than a park word
(``佛山三水工业园区`` is the generic park of 三水, not a name to cut).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kgraph.divisions.table import Division, DivisionTable, load_divisions
from kgraph.extract.extensions import RelationMention
from kgraph.extract.lexicon import PARK_SUFFIXES, admin_level
from kgraph.types import EntityType, Predicate

__all__ = ["chain_links", "park_chains"]

_PLACE = EntityType.PLACE.value
_LONGEST = 8  # characters of the longest division name looked up
_PARKS = tuple(sorted(PARK_SUFFIXES, key=len, reverse=True))


def park_chains(
    doc: Doc, spans: list[Span]
) -> tuple[list[Span], list[RelationMention]]:
    """The divisions at the head of park names, and their ``part_of`` links.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("会议在广东佛山三水乐平工业园区举行。")
    >>> places, links = park_chains(doc, [doc.char_span(3, 15, "PLACE")])
    >>> [p.text for p in places]
    ['广东', '佛山', '三水']
    >>> [(doc.text[r.subject[0] : r.subject[1]], doc.text[r.object[0] : r.object[1]])
    ...  for r in links]
    [('佛山', '广东'), ('三水', '佛山'), ('广东佛山三水乐平工业园区', '三水')]
    """
    table = load_divisions()
    taken = {(s.start_char, s.end_char) for s in spans}
    places: list[Span] = []
    links: list[RelationMention] = []
    for park in spans:
        name = park.text
        suffix = next((s for s in _PARKS if name.endswith(s)), None)
        if park.label_ != _PLACE or suffix is None or admin_level(name) > 0:
            continue
        chain = _chain(table, name[: len(name) - len(suffix)])
        rest = name[sum(len(piece) for piece in chain) :]
        if len(chain) < 2 or len(rest) <= len(suffix):
            continue
        chain_links(doc, park, chain, taken, places, links)
    return places, links


def chain_links(
    doc: Doc,
    name: Span,
    pieces: list[str],
    taken: set[tuple[int, int]],
    places: list[Span],
    links: list[RelationMention],
) -> None:
    """Add the places ``pieces`` written at the head of ``name``, and their chain.

    Each piece is a PLACE span (unless ``taken`` holds it already), ``part_of``
    the piece before it; ``name`` is ``part_of`` the last piece. The evidence
    is ``name`` itself. ``places``, ``links`` and ``taken`` grow in place.
    """
    whole = (name.start_char, name.end_char)
    start = name.start_char
    previous: tuple[int, int] | None = None
    for piece in pieces:
        key = (start, start + len(piece))
        span = doc.char_span(*key, _PLACE)
        if span is None:
            return
        if key not in taken:
            places.append(span)
            taken.add(key)
        if previous is not None:
            links.append(_part_of(key, previous, whole))
        previous, start = key, key[1]
    if previous is not None:
        links.append(_part_of(whole, previous, whole))


def _chain(table: DivisionTable, head: str) -> list[str]:
    """The longest run of divisions, each inside the one before, that opens ``head``."""
    pieces: list[str] = []
    above: tuple[Division, ...] = ()
    pos = 0
    while pos < len(head):
        for length in range(min(_LONGEST, len(head) - pos), 1, -1):
            word = head[pos : pos + length]
            found = table.candidates(word)
            if above:
                found = tuple(d for d in found if _inside(table, d, above))
            if found:
                pieces.append(word)
                above, pos = found, pos + length
                break
        else:
            break
    return pieces


def _inside(
    table: DivisionTable, division: Division, above: tuple[Division, ...]
) -> bool:
    codes = {d.code for d in above}
    return any(d.code in codes for d in table.path(division.code)[:-1])


def _part_of(
    lower: tuple[int, int], upper: tuple[int, int], sentence: tuple[int, int]
) -> RelationMention:
    return RelationMention(Predicate.PART_OF, lower, upper, sentence, 0.85)
