"""Short names of the companies an article names in full (``鼎新`` of ``安徽鼎新…``)."""

from __future__ import annotations

import re

from kgraph.extract.compounds import CORE_TAGS, EngineWords
from kgraph.extract.lexicon import (
    COMPANY_SUFFIXES,
    PROVINCES,
    admin_level,
    ending_regex,
)
from kgraph.extract.spanindex import SpanIndex, within
from kgraph.types import EntityType

__all__ = ["company_short_names"]

_Span = tuple[int, int, str]
_COMPANY_END = ending_regex(COMPANY_SUFFIXES)
_MIN_SHORT = 2


def company_short_names(ws: EngineWords, spans: list[_Span]) -> list[_Span]:
    """Find short names of the companies the document names in full.

    ``安徽鼎新电路科技有限公司`` has the core ``鼎新电路科技`` (place prefix and
    company suffix removed); a later ``鼎新电路`` or ``鼎新`` that starts and ends
    on word boundaries is the same company.

    Examples
    --------
    >>> text = "安徽鼎新电路科技有限公司成立。鼎新电路扩产。"
    >>> words = [(0, 2, "LOC"), (2, 4, "nz"), (4, 6, "n"), (6, 8, "n"),
    ...          (8, 12, "n"), (12, 14, "v"), (14, 15, "w"), (15, 17, "nz"),
    ...          (17, 19, "n"), (19, 21, "v"), (21, 22, "w")]
    >>> company_short_names(EngineWords(words, text), [(0, 12, "ORG")])
    [(15, 19, 'ORG')]
    """
    text, starts = ws.text, set(ws.starts)
    orgs = [sp for sp in spans if sp[2] == EntityType.ORG.value]
    places = {text[s:e] for s, e, label in spans if label == EntityType.PLACE.value}
    loc_words = {text[s:e] for s, e, tag in ws.words if tag == "LOC"}
    # a word the engine also tags as an organisation is a name, not a place prefix
    named = {text[s:e] for s, e, tag in ws.words if tag in ("ORG", "nz")}
    places = (places | loc_words) - named
    found: list[_Span] = []
    taken = SpanIndex(orgs)  # the organisations and the short names found
    every = SpanIndex(spans)
    seen: set[str] = set()
    for start, end, _ in orgs:
        if text[start:end] in seen:
            continue  # one look for each name, however often it is written
        seen.add(text[start:end])
        suffix = _COMPANY_END.search(text[start:end])
        if suffix is None:
            continue
        core_start = _after_place_prefix(text, start, start + suffix.start(), places)
        core_end = start + suffix.start()
        word_start, _, tag = ws.words[ws.index_at(core_start)]
        if tag != "ORG" and (tag not in CORE_TAGS or word_start != core_start):
            continue  # the core must start a named word (or lie in the engine's ORG)
        if core_end - core_start < _MIN_SHORT:
            continue
        core = text[core_start:core_end]
        for length in range(len(core), _MIN_SHORT - 1, -1):
            short = core[:length]
            if short in PROVINCES or admin_level(short) or short in places - loc_words:
                continue
            for m in re.finditer(re.escape(short), text):
                hit = (m.start(), m.end(), EntityType.ORG.value)
                if m.start() not in starts or m.end() not in ws.ends:
                    continue
                if ws.words[ws.index_at(m.start())][2] not in CORE_TAGS:
                    continue  # a common word (工业, 新能源) is no short name
                if taken.overlaps_any(hit):
                    continue
                if any(not within(o, hit) for o in every.overlapping(hit)):
                    continue
                found.append(hit)
                taken.add(hit)
    return found


_ADMIN_PREFIX = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州|盟|旗)")


def _after_place_prefix(text: str, start: int, end: int, places: set[str]) -> int:
    """Where a name's place prefix ends (``安徽``/``缙云县`` before ``鼎新…``)."""
    moved = True
    while moved:
        moved = False
        rest = text[start:end]
        for name in (*places, *PROVINCES):
            if rest.startswith(name) and len(name) < len(rest):
                start, moved = start + len(name), True
                break
        else:
            m = _ADMIN_PREFIX.match(rest)
            if m and m.end() < len(rest):
                start, moved = start + m.end(), True
    return start
