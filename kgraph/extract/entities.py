"""``kgraph_entities``: refine the NER engine's spans with rules of the news genre.

What an engine misses in regional news, and what the rules add:

* organisation names grown over place prefixes and up to their suffix
  (``万托科技(嘉兴)有限公司``, ``国网台州市黄岩区供电公司``), trailing verbs cut;
* places by park, facility and administrative suffixes (``湘家荡区域``,
  ``亿科欧洲工业园``); organisations whose name ends like a park become places;
* PROJECT spans ``…项目`` with a named core (investment attaches to them);
* people in the byline under the headline, in photo credits (``冯静 摄``);
* a user dictionary (see `read_user_dictionary`) that always wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kgraph.errors import MissingAnnotationError
from kgraph.extract.abbreviations import fix_abbreviations
from kgraph.extract.boundaries import fix_boundaries, places_written_as_orgs
from kgraph.extract.company_lists import listed_companies
from kgraph.extract.company_short_names import company_short_names
from kgraph.extract.compounds import EngineWords, compound_names, named_project
from kgraph.extract.defined_names import defined_names
from kgraph.extract.division_names import division_places
from kgraph.extract.extensions import SPANS_KEY, doc_text
from kgraph.extract.layout import iter_bylines, iter_credits
from kgraph.extract.lexicon import (
    COMPANY_SUFFIXES,
    ORG_SUFFIXES,
    PARK_SUFFIXES,
    PLACE_SUFFIXES,
    admin_level,
    ending_regex,
    suffix_regex,
)
from kgraph.extract.national_bodies import national_bodies
from kgraph.extract.non_names import drop_non_names
from kgraph.extract.outlets import drop_outlet_credits
from kgraph.extract.post_edges import fix_post_edges
from kgraph.extract.projects import find_projects, without_fragments
from kgraph.extract.quoted_names import quoted_names
from kgraph.extract.regional_press import regional_bodies
from kgraph.extract.spanindex import SpanIndex, within
from kgraph.extract.titled_people import (
    listed_people,
    people_after_bodies,
    titled_people,
)
from kgraph.extract.user_entries import SavedEntries, read_user_dictionary
from kgraph.extract.zones import find_zones
from kgraph.types import EntityType

__all__ = ["EntityRefiner", "make_entity_refiner", "read_user_dictionary"]

_Span = tuple[int, int, str]
_ORG_RE = suffix_regex(ORG_SUFFIXES)
_PLACE_RE = suffix_regex(PLACE_SUFFIXES)
_PARK_END = ending_regex(PARK_SUFFIXES)
#: suffixes that make an organisation name without any named core (``某某有限公司``)
_STRONG_SUFFIXES = tuple(s for s in COMPANY_SUFFIXES if "有限" in s)
_PROJECT_RE = re.compile("项目")
#: literary reduplications an engine mistakes for given names (炎炎酷暑); real
#: reduplicated names (苗苗, 比比) stay people
_REDUPLICATED = frozenset(
    [
        "炎炎",
        "熊熊",
        "滚滚",
        "茫茫",
        "皑皑",
        "绵绵",
        "浩浩",
        "冉冉",
        "蒸蒸",
        "欣欣",
        "匆匆",
        "渐渐",
        "默默",
        "久久",
        "遥遥",
        "历历",
        "殷殷",
        "濛濛",
        "蒙蒙",
        "靡靡",
        "皎皎",
        "朗朗",
        "赫赫",
        "济济",
        "累累",
        "凛凛",
        "涓涓",
        "潺潺",
        "徐徐",
        "悠悠",
    ]
)


@Language.factory(
    "kgraph_entities",
    assigns=["doc.spans", "doc.ents"],
    requires=["doc._.kg_words"],
    default_config={"spans_key": SPANS_KEY, "user_dictionary": None},
)
def make_entity_refiner(
    nlp: Language, name: str, spans_key: str, user_dictionary: str | None
) -> EntityRefiner:
    """Build the ``kgraph_entities`` component (optionally with a user dictionary)."""
    entries = read_user_dictionary(user_dictionary) if user_dictionary else []
    return EntityRefiner(
        name, spans_key=spans_key, user_entries=entries, vocab=nlp.vocab
    )


@dataclass
class EntityRefiner(SavedEntries):
    """Rewrite ``doc.spans[spans_key]`` with genre rules; also set ``doc.ents``."""

    name: str = "kgraph_entities"
    spans_key: str = SPANS_KEY
    user_entries: list[tuple[str, EntityType]] = field(default_factory=list)
    vocab: object = None
    _matcher: PhraseMatcher | None = field(default=None, init=False, repr=False)

    def __call__(self, doc: Doc) -> Doc:
        words = doc._.kg_words
        if words is None:
            raise MissingAnnotationError(
                "kgraph_entities needs doc._.kg_words: add the 'kgraph_ner' "
                "component before it"
            )
        text = doc_text(doc)
        ner = [
            (s.start_char, s.end_char, s.label_)
            for s in doc.spans.get(self.spans_key, [])
        ]
        spans = _refine(text, list(words), ner)
        spans = _override(spans, self._dictionary_spans(doc))
        kept = []
        for start, end, label in sorted(set(spans)):
            span = doc.char_span(start, end, label, alignment_mode="expand")
            if span is not None:
                kept.append(span)
        doc.spans[self.spans_key] = kept
        doc.ents = _non_overlapping(kept)
        return doc

    def _dictionary_spans(self, doc: Doc) -> list[_Span]:
        if not self.user_entries:
            return []
        if self._matcher is None:
            matcher = PhraseMatcher(doc.vocab)
            for name, kind in self.user_entries:
                pattern = Doc(doc.vocab, words=list(name), spaces=[False] * len(name))
                matcher.add(kind.value, [pattern])
            self._matcher = matcher
        out = []
        for match_id, start, end in self._matcher(doc):
            span = doc[start:end]
            out.append((span.start_char, span.end_char, doc.vocab.strings[match_id]))
        return out


def _non_overlapping(spans: list) -> list:  # type: ignore[type-arg]
    from spacy.util import filter_spans

    return filter_spans([s for s in spans if s.label_ != EntityType.PROJECT.value])


def _override(spans: list[_Span], winners: list[_Span]) -> list[_Span]:
    """Keep ``winners`` and the spans (PROJECT aside) that overlap none of them."""
    if not winners:
        return spans
    taken = SpanIndex(winners)
    kept = [s for s in spans if s[2] == "PROJECT" or not taken.overlaps_any(s)]
    return kept + winners


def _refine(
    text: str, words: list[tuple[int, int, str]], ner: list[_Span]
) -> list[_Span]:
    ws = EngineWords(words, text)
    spans = [s for s in ner if _keep_engine_span(text, s)]
    orgs = compound_names(ws, _ORG_RE, EntityType.ORG.value, strong=_STRONG_SUFFIXES)
    places = compound_names(ws, _PLACE_RE, EntityType.PLACE.value)
    in_orgs = SpanIndex(orgs)
    places = [
        p for p in places if not any(within(p, o) for o in in_orgs.overlapping(p))
    ]
    in_places = SpanIndex(places)
    orgs = [o for o in orgs if not any(within(o, p) for p in in_places.overlapping(o))]
    spans = _override(spans, _longest(orgs + places))
    spans = [_retag(text, s) for s in spans]
    people = [(s, e, EntityType.PERSON.value) for s, e in iter_bylines(text)]
    people += [(s, e, EntityType.PERSON.value) for s, e in iter_credits(text)]
    spans = _override(spans, people)
    spans = _short_form_types(text, spans)
    spans = fix_boundaries(words, text, fix_abbreviations(text, spans))
    spans = _override(spans, titled_people(text, spans))
    spans = people_after_bodies(text, spans)
    spans = _override(spans, listed_people(text, spans))
    spans = _override(spans, company_short_names(ws, spans))
    spans = _override(spans, defined_names(text, spans))
    spans = places_written_as_orgs(text, spans)
    spans = national_bodies(text, regional_bodies(text, spans))
    spans = _override(spans, listed_companies(text, spans))
    spans = _override(spans, division_places(text, spans, words))
    projects = compound_names(ws, _PROJECT_RE, EntityType.PROJECT.value)
    projects = [p for p in projects if named_project(ws, p)]
    projects = _longest(projects + find_projects(text, words, spans))
    spans = _override(spans, find_zones(text, words, spans + projects))
    spans = drop_non_names(text, without_fragments(text, spans, projects))
    spans = fix_post_edges(text, drop_outlet_credits(text, spans))
    return quoted_names(text, spans + projects)


def _longest(spans: Iterable[_Span]) -> list[_Span]:
    """Keep the longest spans, dropping any that overlap a longer one kept already."""
    out: list[_Span] = []
    taken = SpanIndex()
    for span in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if not taken.overlaps_any(span):
            out.append(span)
            taken.add(span)
    return sorted(out)


_MIN_NAME = 2


def _keep_engine_span(text: str, span: _Span) -> bool:
    surface = text[span[0] : span[1]]
    if "\n" in surface:
        return False
    if span[2] != EntityType.PLACE.value and len(surface.strip()) < _MIN_NAME:
        return False  # a person or organisation (联, 张) has two characters or more;
        # a place may have one (沪, 京: abbreviations)
    return not (span[2] == EntityType.PERSON.value and surface in _REDUPLICATED)


def _retag(text: str, span: _Span) -> _Span:
    if span[2] == EntityType.ORG.value and _PARK_END.search(text[span[0] : span[1]]):
        return (span[0], span[1], EntityType.PLACE.value)
    return span


def _short_form_types(text: str, spans: list[_Span]) -> list[_Span]:
    """Give a short form the type of the full name it abbreviates in the document.

    A PERSON that starts an ORG name is that organisation (``敏华`` of
    ``敏华汽车``); a PERSON that is a place without its level is that place
    (``建德`` of ``建德市``: the engine often reads bare place names as names).
    """
    orgs = {text[s:e] for s, e, label in spans if label == EntityType.ORG.value}
    places = {text[s:e] for s, e, label in spans if label == EntityType.PLACE.value}
    out = []
    for span in spans:
        surface = text[span[0] : span[1]]
        if span[2] == EntityType.PERSON.value:
            if any(o.startswith(surface) and o != surface for o in orgs):
                span = (span[0], span[1], EntityType.ORG.value)
            elif any(
                p.startswith(surface)
                and admin_level(p) >= 2
                and len(p) - len(surface) == 1
                for p in places
            ):
                span = (span[0], span[1], EntityType.PLACE.value)
        out.append(span)
    return out
