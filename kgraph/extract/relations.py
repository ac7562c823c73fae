"""``kgraph_relations``: relations from the cues regional news writes.

Rules, each silent unless its cue is present (precision over recall):

* ``alias_of``: ``湘家荡区域(七星街道)``: a name and a bracketed name of the same type;
* ``part_of``: adjacent administrative places from large to small
  (``嘉兴市南湖区``), a park named right after a place (``河上镇膜力产业社区``),
  and the divisions at the head of a park's name (``广东佛山三水乐平工业园区``,
  `kgraph.extract.park_chains`);
* ``located_in``: 位于, 落户, 入驻, 坐落于 … with an organisation or project before
  and a place after; ``X和Y是P的…平台`` (an organisation is P's platform);
* ``works_for``: organisation, optional department, title, person
  (``万托科技(嘉兴)有限公司负责人陈学金``; the title is kept as the role), with an
  aside, a colon or a space on one side of the post (``X大学(北京)校长``,
  ``X公司董事长：张三``), or the post after the name (``X公司张三董事长``);
  posts written after the person (`kgraph.extract.posts`), posts shared along
  a list of people (`kgraph.extract.listed`), a bare kind for the document's
  one organisation of that kind (`kgraph.extract.generic_employers`), founders
  (`kgraph.extract.founders`) and posts tied to the sentence's subject
  (`kgraph.extract.subjects`);
* ``partner_of``: ``A与B合作/签约``, ``A联合B``, lists on either side of 与
  (`kgraph.extract.partners`);
* ``has_investment``: an amount right after 投资 (``总投资约54亿元``), given to the
  project it names (``计划总投资3亿元的…项目``), a project before it in the
  clause, or the organisation or place the sentence is about;
* ``reported_by`` / ``photographed_by``: bylines and photo credits.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from kgraph.errors import MissingAnnotationError
from kgraph.extract.as_posts import as_posts
from kgraph.extract.bracketed_posts import bracketed_posts
from kgraph.extract.chained_posts import chained_employers
from kgraph.extract.clauses import (
    clause_of,
    mark_sentences,
    sentence_subject,
    sentences_with_spans,
)
from kgraph.extract.extensions import (
    SPANS_KEY,
    RelationMention,
    doc_text,
    register_extensions,
)
from kgraph.extract.founders import founders
from kgraph.extract.founding_places import founding_places
from kgraph.extract.generic_employers import generic_employers
from kgraph.extract.layout import iter_bylines, iter_credits, without_reporter_posts
from kgraph.extract.lexicon import (
    PARK_SUFFIXES,
    POST_CHAIN,
    TITLES,
    admin_level,
    suffix_regex,
)
from kgraph.extract.listed import listed_posts
from kgraph.extract.officials import official_posts
from kgraph.extract.park_chains import park_chains
from kgraph.extract.partners import partners
from kgraph.extract.posts import person_first_posts
from kgraph.extract.project_sites import project_led, project_sites
from kgraph.extract.references import reference_spans
from kgraph.extract.subjects import subject_posts
from kgraph.extract.surname_titles import surname_references
from kgraph.extract.zones import zone_heads
from kgraph.types import EntityType, Predicate

__all__ = ["RelationExtractor", "make_relation_extractor"]

_LOCATION_CUE = re.compile(
    r"(?:位于|坐落于|坐落在|落户于|落户在|落户到|落户|入驻|进驻|迁入|迁至|搬迁至|扎根|选址|安家"
    r"|总部设在|总部设于|总部在|地处|所在地|住所[:：]?|始创于|创建于|成立于|创立于)"
    r"(?:在|于)?"
)
#: a description of the place after the cue: ``(中国)四大直辖市之一的P``
_ONE_OF = re.compile(r"[^，。；,;、]{0,12}?之一的")
_COPULA = re.compile(r"(?:正|就|也|都)?(?:是|为|成为)")
_CONJ = re.compile(r"^(?:和|与|及|以及|、|同)$")
#: ``ORG [(aside)] post [：] PERSON``: ``中国石油大学(北京)校长``, ``董事长：``
_TITLE_RE = re.compile(
    rf"^(?:[(（][^()（）]{{1,12}}[)）])?(?P<lead>\s*)(?P<post>{POST_CHAIN})"
    r"(?P<trail>\s*[:：]?\s*)$"
)
#: ``ORG PERSON post``: ``西子联合控股有限公司王水福董事长``
_TITLE_AFTER = suffix_regex(TITLES)
#: titles that make a place's government the employer (``七星街道主要负责人张三``)
_GOVERNMENT_TITLE = re.compile(r"(?:书记|镇长|乡长|区长|县长|市长|主任|村长|负责人)$")
_BEFORE_OF = re.compile(
    r"^(?:[(（][^()（）]{1,12}[)）])?[东南西北内外侧边旁附近一带中]{0,3}的$"
)
#: the money words of an investment, the totals of a signing ceremony among them
_INVEST_CUE = re.compile(
    r"(?:投资|签约资金|签约总额|签约金额|签约额|协议资金)(?:额|总额)?(?:为|达|约为|超过)?"
)
#: 投入 is an investment when the money builds something (``投入近千万元引进生产线``),
#: not when it is spent (``研发投入超1.34亿元``)
_INPUT_CUE = re.compile(r"(?<!研发)(?<!经费)投入(?:资金)?")
_BUILDS = re.compile(
    r"^(?:用于|资金)?(?:引进|新建|建设|扩建|购置|改造|实施|打造|新上|建成|升级|建)"
)
_INDUSTRIAL = tuple(
    s for s in PARK_SUFFIXES if s not in ("广场", "湖区", "区域", "片区")
)
#: an amount that qualifies a counted set of projects: ``…亿元的48个重点项目``
_COUNTED_SET = re.compile(r"的[0-9０-９一二三四五六七八九十百]+个")
_BRACKET_ALIAS = re.compile(r"^[(（][^()（）]{1,12}[)）]$")

_ORG, _PLACE, _PERSON = (
    EntityType.ORG.value,
    EntityType.PLACE.value,
    EntityType.PERSON.value,
)
_PROJECT, _MONEY = EntityType.PROJECT.value, EntityType.MONEY.value


@Language.factory(
    "kgraph_relations",
    assigns=["doc._.kg_relations"],
    requires=["doc.spans"],
    default_config={"spans_key": SPANS_KEY},
)
def make_relation_extractor(
    nlp: Language, name: str, spans_key: str
) -> RelationExtractor:
    """Build the ``kgraph_relations`` component."""
    return RelationExtractor(name, spans_key=spans_key)


@dataclass
class RelationExtractor:
    """Write `RelationMention` records for the cues above to ``doc._.kg_relations``."""

    name: str = "kgraph_relations"
    spans_key: str = SPANS_KEY

    def __call__(self, doc: Doc) -> Doc:
        register_extensions()
        if self.spans_key not in doc.spans:
            raise MissingAnnotationError(
                f"kgraph_relations needs doc.spans[{self.spans_key!r}]: add "
                "'kgraph_ner' and 'kgraph_entities' before it"
            )
        named = list(doc.spans[self.spans_key])
        named, by_surname = surname_references(doc, named)
        references = reference_spans(doc, named) + by_surname
        bodies, posts = official_posts(doc, named)
        divisions, chains = park_chains(doc, named)
        heads, held = zone_heads(doc, named)
        bodies += divisions + heads
        doc.spans[self.spans_key] = named + references + bodies
        spans = sorted(named + references, key=lambda s: (s.start_char, -s.end_char))
        found: list[RelationMention] = []
        subjective: list[RelationMention] = []
        text = doc_text(doc)
        sentences, spans_in = sentences_with_spans(text, spans)
        mark_sentences(doc, sentences)  # doc.sents: the sentences read here
        for sent, inside in zip(sentences, spans_in, strict=True):
            if inside:
                found += _sentence_relations(text, sent, inside)
                subjective += subject_posts(text, sent, inside)
        found += _layout_relations(text, spans)
        found += project_sites(text, spans)
        # an official's post names the body: no place stands in for it, nor
        # the organisation the sentence is about
        officials = {r.subject for r in posts}
        found += [r for r in subjective if r.subject not in officials]
        places = {_key(s) for s in spans if s.label_ == _PLACE}
        found = [
            r
            for r in found
            if not (
                r.predicate is Predicate.WORKS_FOR
                and r.subject in officials
                and r.object in places
            )
        ]
        # an official's post and its role win over a looser reading of the name
        found = posts + chains + held + found
        spans += bodies
        found += listed_posts(text, spans, found)
        found += generic_employers(text, spans, found)
        found += chained_employers(text, spans, found)
        found = without_reporter_posts(found)
        by_offsets = {_key(s): s for s in spans}
        doc._.kg_relations = _dedupe([r for r in found if _consistent(r, by_offsets)])
        return doc


def _key(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


def _rel(
    predicate: Predicate,
    subject: Span | None,
    obj: Span,
    sent: tuple[int, int],
    confidence: float,
    role: str | None = None,
) -> RelationMention:
    return RelationMention(
        predicate,
        None if subject is None else _key(subject),
        _key(obj),
        sent,
        confidence,
        role,
    )


def _sentence_relations(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    named = [s for s in spans if s.label_ in (_ORG, _PLACE, _PERSON)]
    out = _aliases(text, sent, named)
    out += _adjacent_places(text, sent, named)
    out += _works_for(text, sent, named)
    out += person_first_posts(text, sent, named)
    out += as_posts(text, sent, named)
    out += bracketed_posts(text, sent, named)
    out += founders(text, sent, named)
    out += partners(text, sent, named)
    out += _location_cues(text, sent, spans)
    out += _in_place_of(text, sent, spans)
    out += founding_places(text, sent, spans)
    out += _copula_platforms(text, sent, spans)
    out += _investments(text, sent, spans)
    return out


def _gap(text: str, left: Span, right: Span) -> str:
    return text[left.end_char : right.start_char]


def _pairs(spans: list[Span]) -> list[tuple[Span, Span]]:
    ordered = [s for s in spans if s.label_ != _PROJECT]
    return [
        (a, b) for a, b in itertools.pairwise(ordered) if a.end_char <= b.start_char
    ]


def _aliases(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    out = []
    for a, b in _pairs(spans):
        before, after = (
            text[a.end_char : b.start_char],
            text[b.end_char : b.end_char + 1],
        )
        if a.label_ == b.label_ and before in ("(", "（") and after in (")", "）"):
            out.append(_rel(Predicate.ALIAS_OF, b, a, sent, 0.95))
    return out


def _skip_alias(text: str, gap: str) -> str:
    return "" if _BRACKET_ALIAS.match(gap) else gap


def _adjacent_places(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    out = []
    places = [s for s in spans if s.label_ == _PLACE]
    for a, b in _pairs(places):
        if _skip_alias(text, _gap(text, a, b)):
            continue
        upper, lower = admin_level(a.text), admin_level(b.text)
        if lower and upper > lower:
            out.append(_rel(Predicate.PART_OF, b, a, sent, 0.9))
        elif upper and b.text.endswith(_INDUSTRIAL) and b.text not in PARK_SUFFIXES:
            # a park in the place chain is a part of the place (not a bare 工业园区)
            out.append(_rel(Predicate.PART_OF, b, a, sent, 0.85))
    return out


def _works_for(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    """``ORG [department] TITLE PERSON``: the nearest employer the title fits."""
    out = []
    for person in (s for s in spans if s.label_ == _PERSON):
        clause = clause_of(text, sent, person.start_char)
        if (
            text[clause[0] - 1 : clause[0]] in (":", "：")
            and not text[clause[0] : person.start_char].strip()
        ):
            # ``甲公司董事长：张三``: the post is the clause before the colon
            clause = (clause_of(text, sent, clause[0] - 1)[0], clause[1])
        employers = [
            s
            for s in spans
            if s.label_ in (_ORG, _PLACE)
            and clause[0] <= s.start_char
            and s.end_char <= person.start_char
        ]
        people = [s for s in spans if s.label_ == _PERSON and s is not person]
        for employer in reversed(employers):
            gap = _listed_gap(text, employer.end_char, person.start_char, people)
            role = _post_of(gap)
            if role and (employer.label_ == _ORG or _GOVERNMENT_TITLE.search(gap)):
                out.append(_rel(Predicate.WORKS_FOR, person, employer, sent, 0.9, role))
                break
        else:
            # ``甲公司王某董事长``: the post after the name
            after = _TITLE_AFTER.match(text, person.end_char, sent[1])
            last = employers[-1] if employers else None
            if (
                after
                and last is not None
                and last.label_ == _ORG
                and last.end_char == person.start_char
            ):
                rel = _rel(Predicate.WORKS_FOR, person, last, sent, 0.85, after.group())
                out.append(rel)
    return out


def _post_of(gap: str) -> str | None:
    """The post a gap between an employer and a person writes, if it is one.

    A space may stand on one side of the post (``甲集团董事长 张三``), not on both:
    ``甲集团 董事长 张三`` is columns of a table, which need not line up.
    """
    m = _TITLE_RE.match(gap)
    if m is None or (m["lead"] and m["trail"] != m["trail"].lstrip()):
        return None
    return m["post"]


def _listed_gap(text: str, start: int, end: int, people: list[Span]) -> str:
    """The title between an employer and a person, across a list of officials.

    In ``中远海运集团董事长许立荣、总经理付刚峰`` the gap before 付刚峰 is
    ``董事长许立荣、总经理``: when the people named in it are each followed by
    、 and a title, the gap is the last title (``总经理``).
    """
    gap = text[start:end].lstrip(")）")
    for other in people:
        if start <= other.start_char and other.end_char <= end:
            before = text[start : other.start_char].lstrip(")）")
            after = text[other.end_char : end]
            if _post_of(before) and after.startswith("、"):
                candidate = after[1:]
                if _post_of(candidate):
                    gap = candidate
    return gap


def _located_before_of(
    text: str, sent: tuple[int, int], place: Span, spans: list[Span]
) -> Span | None:
    """``位于P北侧的X`` / ``在P的X``: the X right after ``P…的``."""
    for span in spans:
        if span.start_char <= place.end_char or span.label_ not in (
            _ORG,
            _PROJECT,
            _PLACE,
        ):
            continue
        if _BEFORE_OF.match(text[place.end_char : span.start_char]):
            return span
        return None
    return None


def _location_cues(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    out = []
    for cue in _LOCATION_CUE.finditer(text, sent[0], sent[1]):
        after = [
            s
            for s in spans
            if s.label_ == _PLACE and 0 <= s.start_char - cue.end() <= 1
        ]
        if not after:
            continue
        place = _most_specific(text, after[0], spans)
        if _ONE_OF.match(text, place.end_char):
            continue  # 位于中国四大直辖市之一的P: P, found by founding_places
        clause = clause_of(text, sent, cue.start())
        before = [
            s
            for s in spans
            if s.end_char <= cue.start()
            and s.label_ in (_ORG, _PROJECT, _PLACE)
            and s.start_char >= clause[0]
            and text[s.start_char - 1 : s.start_char] != "从"  # 从永康迁至: the origin
        ]
        # an organisation or project moves in; a place only if nothing else is named
        before = [s for s in before if s.label_ != _PLACE] or before
        if not before and project_led(text, clause, cue.start()):
            continue  # a bare 项目 names a project: project_sites
        subject = (
            before[-1]
            if before
            else _located_before_of(text, sent, place, spans)
            or sentence_subject(text, sent, spans, (_ORG, _PROJECT), cue.start())
        )
        if subject is None:
            continue
        # an administrative place is only ever part_of a higher one
        admin = subject.label_ == _PLACE and admin_level(subject.text) > 0
        if admin and not _higher(place, subject):
            continue
        predicate = Predicate.PART_OF if admin else Predicate.LOCATED_IN
        out.append(_rel(predicate, subject, place, sent, 0.8))
    return out


def _most_specific(text: str, place: Span, spans: list[Span]) -> Span:
    """The last of the places written together from ``place`` (``壶镇镇小微企业园``)."""
    while True:
        nxt = [
            s for s in spans if s.label_ == _PLACE and s.start_char == place.end_char
        ]
        if not nxt:
            return place
        place = nxt[0]


def _in_place_of(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    """``在P的X``: X (an organisation or project) located_in P."""
    out = []
    for place in spans:
        if (
            place.label_ != _PLACE
            or text[place.start_char - 1 : place.start_char] != "在"
        ):
            continue
        subject = _located_before_of(text, sent, place, spans)
        if subject is not None and subject.label_ in (_ORG, _PROJECT):
            out.append(_rel(Predicate.LOCATED_IN, subject, place, sent, 0.75))
    return out


def _higher(upper: Span, lower: Span) -> bool:
    return admin_level(upper.text) > admin_level(lower.text) > 0


def _copula_platforms(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    """``A和B正是P的两大创新平台``: each of A, B located_in P."""
    out = []
    for cop in _COPULA.finditer(text, sent[0], sent[1]):
        clause = clause_of(text, sent, cop.start())
        subjects = _conjoined_orgs(
            text,
            [
                s
                for s in spans
                if clause[0] <= s.start_char and s.end_char <= cop.start()
            ],
            cop.start(),
        )
        if not subjects:
            continue
        for place in spans:
            if place.label_ != _PLACE or not cop.end() <= place.start_char < clause[1]:
                continue
            tail = text[place.end_char : clause[1]]
            tail = (
                tail[len(m.group()) :]
                if (m := re.match(r"[(（][^()（）]{1,12}[)）]", tail))
                else tail
            )
            if tail.startswith("的"):
                out += [
                    _rel(Predicate.LOCATED_IN, s, place, sent, 0.7) for s in subjects
                ]
            break
    return out


def _conjoined_orgs(text: str, spans: list[Span], end: int) -> list[Span]:
    """The organisations joined by 和/与/、 that end right before ``end``."""
    orgs: list[Span] = []
    for span in reversed(spans):
        gap = text[span.end_char : (orgs[-1].start_char if orgs else end)]
        if span.label_ != _ORG or (orgs and not _CONJ.match(gap)) or (not orgs and gap):
            break
        orgs.append(span)
    return orgs


def _investments(
    text: str, sent: tuple[int, int], spans: list[Span]
) -> list[RelationMention]:
    out = []
    for money in (s for s in spans if s.label_ == _MONEY):
        window = text[max(sent[0], money.start_char - 8) : money.start_char]
        cues = list(_INVEST_CUE.finditer(window))
        inputs = list(_INPUT_CUE.finditer(window))
        if inputs and _BUILDS.match(text[money.end_char : money.end_char + 6]):
            cues += inputs
        cue = max(cues, key=lambda c: c.end()) if cues else None
        if cue is None or len(window) - cue.end() > 2:
            continue
        clause = clause_of(text, sent, money.start_char)
        subject = _investor(text, clause, sent, spans, money)
        if subject is not None:
            out.append(_rel(Predicate.HAS_INVESTMENT, subject, money, sent, 0.8))
    return out


def _investor(
    text: str,
    clause: tuple[int, int],
    sent: tuple[int, int],
    spans: list[Span],
    money: Span,
) -> Span | None:
    if _COUNTED_SET.match(text, money.end_char):
        return None  # 总投资X亿元的48个项目: a set's total, no one project's
    if text[money.end_char : money.end_char + 1] == "的":
        named = [
            s
            for s in spans
            if s.label_ == _PROJECT and money.end_char < s.start_char < clause[1]
        ]
        if named:
            return named[0]
    before = [
        s
        for s in spans
        if s.label_ in (_PROJECT, _ORG, _PLACE)
        and clause[0] <= s.start_char
        and s.end_char <= money.start_char
    ]
    projects = [s for s in before if s.label_ == _PROJECT]
    if projects:
        return projects[-1]
    if before:
        return before[0]
    return sentence_subject(
        text, sent, spans, (_ORG, _PLACE, _PROJECT), money.start_char
    )


def _layout_relations(text: str, spans: list[Span]) -> list[RelationMention]:
    by_offsets = {_key(s): s for s in spans if s.label_ == _PERSON}
    out = []
    for predicate, found in (
        (Predicate.REPORTED_BY, iter_bylines(text)),
        (Predicate.PHOTOGRAPHED_BY, iter_credits(text)),
    ):
        for start, end in found:
            person = by_offsets.get((start, end))
            if person is not None:
                line_start = text.rfind("\n", 0, start) + 1
                line_end = text.find("\n", end)
                line = (line_start, len(text) if line_end < 0 else line_end)
                out.append(_rel(predicate, None, person, line, 0.95))
    return out


def _consistent(rel: RelationMention, spans: dict[tuple[int, int], Span]) -> bool:
    """Reject edges no reading can make true: a town located in a park, say."""
    if rel.predicate is not Predicate.LOCATED_IN or rel.subject is None:
        return True
    subject, obj = spans[rel.subject], spans[rel.object]
    if subject.label_ == _PLACE and admin_level(subject.text) > 0:
        return obj.label_ == _PLACE and admin_level(obj.text) > admin_level(
            subject.text
        )
    return True


def _dedupe(found: list[RelationMention]) -> list[RelationMention]:
    seen, out = set(), []
    for rel in found:
        key = (rel.predicate, rel.subject, rel.object)
        if key not in seen and rel.subject != rel.object:
            seen.add(key)
            out.append(rel)
    return out
