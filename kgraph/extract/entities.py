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

import bisect
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
from kgraph.extract.division_names import division_places
from kgraph.extract.extensions import SPANS_KEY, doc_text
from kgraph.extract.layout import iter_bylines, iter_credits
from kgraph.extract.lexicon import (
    COMPANY_SUFFIXES,
    ORG_SUFFIXES,
    PARK_SUFFIXES,
    PLACE_SUFFIXES,
    PROVINCES,
    admin_level,
    ending_regex,
    suffix_regex,
)
from kgraph.extract.non_names import drop_non_names
from kgraph.extract.outlets import drop_outlet_credits
from kgraph.extract.post_edges import fix_post_edges
from kgraph.extract.projects import find_projects, without_fragments
from kgraph.extract.regional_press import regional_bodies
from kgraph.extract.spanindex import AnySpan, SpanIndex
from kgraph.extract.titled_people import titled_people
from kgraph.extract.user_entries import SavedEntries, read_user_dictionary
from kgraph.extract.zones import find_zones
from kgraph.types import EntityType

__all__ = ["EntityRefiner", "make_entity_refiner", "read_user_dictionary"]

_Span = tuple[int, int, str]
_NAME_TAGS = frozenset({"ORG", "LOC", "PER", "nz", "n", "nw", "j", "vn", "an"})
_CORE_TAGS = frozenset({"ORG", "LOC", "PER", "nz", "nw", "j"})
_OPEN, _CLOSE = frozenset("(（"), frozenset(")）")
_MAX_NAME = 30
_ROADS = frozenset({"路", "街", "大道", "巷"})
#: common nouns that end like a place or organisation suffix
_COMMON_NOUNS = frozenset(
    [
        "电路",
        "线路",
        "思路",
        "出路",
        "道路",
        "门路",
        "回路",
        "通路",
        "网路",
        "套路",
        "销路",
        "马路",
        "公路",
        "铁路",
        "城区",
        "市区",
        "辖区",
        "街区",
        "当局",
        "格局",
        "布局",
        "结局",
        "大局",
        "全局",
    ]
)
#: suffixes too generic to name a company after a bare place (美国公司, 中国企业)
_GENERIC_COMPANY = frozenset({"公司", "集团"})
_ORG_RE = suffix_regex(ORG_SUFFIXES)
_PLACE_RE = suffix_regex(PLACE_SUFFIXES)
_PARK_END = ending_regex(PARK_SUFFIXES)
_PLACE_END = ending_regex(PLACE_SUFFIXES)
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
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百\d]+$")  # 第二医院, 第一中学


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


class _Words:
    """The engine's words with lookups by character offset."""

    def __init__(self, words: list[tuple[int, int, str]], text: str) -> None:
        self.words = words
        self.text = text
        self.starts = [w[0] for w in words]
        self.ends = {w[1] for w in words}

    def index_at(self, char: int) -> int:
        """Index of the word containing ``char``."""
        return max(bisect.bisect_right(self.starts, char) - 1, 0)

    def is_name(self, i: int) -> bool:
        start, end, tag = self.words[i]
        word = self.text[start:end]
        if tag == "m":
            return _ORDINAL.match(word) is not None
        return tag in _NAME_TAGS and not word.isspace()


def _left_extend(
    ws: _Words,
    first: int,
    *,
    brackets: bool,
    stop_at_loc: bool,
    stop_at_admin: bool,
    take_town: bool = False,
) -> tuple[int, bool]:
    """Extend left from word ``first`` over name-like words; return (start, has_core).

    ``brackets`` lets the name run through a bracketed place (``万托科技(嘉兴)有限
    公司``) unless the word before the bracket is itself a complete place name
    (``湘家荡区域(七星街道)`` is a name and its alias). ``stop_at_loc`` stops at
    place words: adjacent places are separate places (``南湖`` ``亚太路``);
    ``stop_at_admin`` only at administrative ones (``南湖区`` ``湘家荡区域``), but
    ``take_town`` keeps one town before an industrial park (``壶镇镇小微企业园``).
    """
    i, start, core = first - 1, ws.words[first][0], False
    while i >= 0:
        ws_start, ws_end, tag = ws.words[i]
        word = ws.text[ws_start:ws_end]
        if brackets and word in _CLOSE:
            j = i - 1
            while (
                j >= 0
                and j > i - 5
                and ws.text[ws.words[j][0] : ws.words[j][1]] not in _OPEN
            ):
                j -= 1
            inner = range(j + 1, i)
            if j <= 0 or not inner or any(ws.words[k][2] != "LOC" for k in inner):
                break  # only a bracketed place: 万托科技(嘉兴)有限公司
            before = ws.text[ws.words[j - 1][0] : ws.words[j - 1][1]]
            if not ws.is_name(j - 1) or _PLACE_END.search(before):
                break
            i, start = j - 1, ws.words[j][0]
            continue
        if not ws.is_name(i) or ws.words[first][1] - ws_start > _MAX_NAME:
            break
        if stop_at_loc and tag not in _CORE_TAGS:
            break  # a road or an administrative unit is named by a name (首都 海淀区)
        level = admin_level(word) if tag == "LOC" else 0
        if tag == "LOC" and (stop_at_loc or (stop_at_admin and level >= 2)):
            if (
                take_town
                and level == 2
                and not _PLACE_END.search(ws.text[start:ws_start])
            ):
                start, core = ws_start, True
            break
        core = core or tag in _CORE_TAGS
        start = ws_start
        i -= 1
    return start, core


def _compounds(
    ws: _Words, pattern: re.Pattern[str], label: str, *, strong: tuple[str, ...] = ()
) -> list[_Span]:
    out: list[_Span] = []
    text = ws.text
    for m in pattern.finditer(text):
        s, e = m.span()
        if e not in ws.ends:
            continue
        first = ws.index_at(s)
        w_start, _, w_tag = ws.words[first]
        is_place = label == EntityType.PLACE.value
        if w_start < s and not ws.is_name(first):
            continue
        if (
            w_start < s
            and (is_place or len(m.group()) == 1)
            and w_tag not in _CORE_TAGS
        ):
            continue  # 路 in 电路, 局 in 当局: inside a common noun, not a name
        if w_start < s and is_place and w_tag == "ORG" and len(m.group()) == 1:
            continue  # 盟 in 欧盟: the engine's organisation stays one
        if is_place and w_tag == "PER":
            continue  # 路 in 张之路: a person's name
        park = _PARK_END.search(text[s:e]) is not None
        if is_place and w_tag == "LOC" and not park:
            continue  # 广州, 东进路: the engine's place is already whole
        if w_start < s and text[w_start : ws.words[first][1]] in _COMMON_NOUNS:
            continue  # 电路, 线路: a word that only looks like a place
        if is_place and w_tag == "ORG" and m.group() in _ROADS:
            continue  # 鼎新电路 tagged ORG by the engine: a company, not a road
        start, core = _left_extend(
            ws,
            first,
            brackets=not is_place or park,
            stop_at_loc=is_place and not park,
            stop_at_admin=is_place,
            take_town=park and admin_level(text[s:e]) == 0,
        )
        if w_start < s:
            core = core or w_tag in _CORE_TAGS
        if start >= s:
            continue  # a bare suffix such as 公司 or 园区
        named = core or (m.group() in strong and s - start >= 2)
        funded = label == EntityType.PROJECT.value and _invested(text, start)
        if not (named or funded):
            continue
        if m.group() in _GENERIC_COMPANY and _only_places(ws, start, s):
            continue  # 美国公司: American companies, not a company
        if core and not is_place:
            start = _trim_descriptors(ws, start, s)
        out.append((start, e, label))
    return out


_INVESTED = re.compile(r"投资[^，,。；;]{0,12}的$")


def _invested(text: str, start: int) -> bool:
    """``计划总投资3亿元的智能工厂项目``: the amount names the project it funds."""
    return _INVESTED.search(text, max(0, start - 16), start) is not None


def _only_places(ws: _Words, start: int, end: int) -> bool:
    i = ws.index_at(start)
    tags = set()
    while i < len(ws.words) and ws.words[i][0] < end:
        tags.add(ws.words[i][2])
        i += 1
    return tags == {"LOC"}


def _trim_descriptors(ws: _Words, start: int, end: int) -> int:
    """Drop common nouns before the first named word (``园区运营方``缙云县…公司)."""
    i = ws.index_at(start)
    while ws.words[i][0] < end and ws.words[i][2] not in _CORE_TAGS:
        if ws.text[ws.words[i][0] : ws.words[i][1]] in _OPEN or ws.words[i][2] == "m":
            return start
        i += 1
    return min(ws.words[i][0], end) if ws.words[i][0] < end else start


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
    ws = _Words(words, text)
    spans = [s for s in ner if _keep_engine_span(text, s)]
    orgs = _compounds(ws, _ORG_RE, EntityType.ORG.value, strong=_STRONG_SUFFIXES)
    places = _compounds(ws, _PLACE_RE, EntityType.PLACE.value)
    in_orgs = SpanIndex(orgs)
    places = [
        p for p in places if not any(_inside(p, o) for o in in_orgs.overlapping(p))
    ]
    in_places = SpanIndex(places)
    orgs = [o for o in orgs if not any(_inside(o, p) for p in in_places.overlapping(o))]
    spans = _override(spans, _longest(orgs + places))
    spans = [_retag(text, s) for s in spans]
    people = [(s, e, EntityType.PERSON.value) for s, e in iter_bylines(text)]
    people += [(s, e, EntityType.PERSON.value) for s, e in iter_credits(text)]
    spans = _override(spans, people)
    spans = _short_form_types(text, spans)
    spans = fix_boundaries(words, text, fix_abbreviations(text, spans))
    spans = _override(spans, titled_people(text, spans))
    spans = _override(spans, _company_short_names(ws, spans))
    spans = places_written_as_orgs(text, spans)
    spans = regional_bodies(text, spans)
    spans = _override(spans, listed_companies(text, spans))
    spans = _override(spans, division_places(text, spans, words))
    projects = _compounds(ws, _PROJECT_RE, EntityType.PROJECT.value)
    projects = [p for p in projects if _named_project(ws, p)]
    projects = _longest(projects + find_projects(text, words, spans))
    spans = _override(spans, find_zones(text, words, spans + projects))
    spans = drop_non_names(text, without_fragments(text, spans, projects))
    spans = fix_post_edges(text, drop_outlet_credits(text, spans))
    return spans + projects


def _inside(inner: AnySpan, outer: AnySpan) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


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


_COMPANY_END = ending_regex(COMPANY_SUFFIXES)
_MIN_SHORT = 2


def _company_short_names(ws: _Words, spans: list[_Span]) -> list[_Span]:
    """Find short names of the companies the document names in full.

    ``安徽鼎新电路科技有限公司`` has the core ``鼎新电路科技`` (place prefix and
    company suffix removed); a later ``鼎新电路`` or ``鼎新`` that starts and ends
    on word boundaries is the same company.
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
        if tag != "ORG" and (tag not in _CORE_TAGS or word_start != core_start):
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
                if ws.words[ws.index_at(m.start())][2] not in _CORE_TAGS:
                    continue  # a common word (工业, 新能源) is no short name
                if taken.overlaps_any(hit):
                    continue
                if any(not _inside(o, hit) for o in every.overlapping(hit)):
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


_GENERIC_PROJECT_TAGS = frozenset(
    {"v", "vn", "vd", "a", "ad", "d", "m", "q", "f", "TIME"}
)
_GENERIC_PROJECT_WORDS = frozenset(
    {
        "重点",
        "重大",
        "产业",
        "招商",
        "签约",
        "新",
        "在建",
        "续建",
        "新建",
        "民生",
        "工业",
        "新动工",
        "新开工",
        "新签约",
        "新引进",
        "新落地",
        "新增",
        "开工",
        "竣工",
    }
)


def _named_project(ws: _Words, span: _Span) -> bool:
    """Whether a ``…项目`` span names one project (not ``丹灶镇新动工项目``).

    A project named by a place and generic words only (新动工, 重点, 在建) is a
    class of projects, not a project.
    """
    first = i = ws.index_at(span[0])
    while ws.words[i][2] == "LOC" and ws.words[i][1] < span[1]:
        if not admin_level(ws.text[ws.words[i][0] : ws.words[i][1]]):
            break
        i += 1
    if i == first:
        return True  # the name does not start with a place: its core named it
    body = [w for w in ws.words[i:] if w[1] <= span[1] - len("项目")]
    return any(
        tag not in _GENERIC_PROJECT_TAGS and ws.text[s:e] not in _GENERIC_PROJECT_WORDS
        for s, e, tag in body
    )
