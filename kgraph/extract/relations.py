"""``kgraph_relations``: relations from the cues regional news writes.

Rules, each silent unless its cue is present (precision over recall):

* ``alias_of``: ``湘家荡区域(七星街道)``: a name and a bracketed name of the same type,
  or the short name it defines (``(下称“中总”)``, `kgraph.extract.defined_names`);
* ``part_of``: adjacent administrative places from large to small
  (``嘉兴市南湖区``), a park named right after a place (``河上镇膜力产业社区``),
  and the divisions at the head of a park's name (``广东佛山三水乐平工业园区``,
  `kgraph.extract.park_chains`);
* ``located_in``: 位于, 落户, 入驻, 坐落于 … with an organisation or project before
  and a place after; ``X和Y是P的…平台`` (an organisation is P's platform)
  (`kgraph.extract.location_cues`);
* ``works_for``: organisation, optional department, title, person
  (``万托科技(嘉兴)有限公司负责人陈学金``; the title is kept as the role), with an
  aside, a colon or a space on one side of the post (``X大学(北京)校长``,
  ``X公司董事长：张三``), or the post after the name (``X公司张三董事长``); a
  list of officials carries its employer on to a unit's title, not to another
  body's (`kgraph.extract.listed`); one post of associations listed with
  、 is each one's (``甲商会、乙同乡会会长X``, `kgraph.extract.joined_posts`);
  posts written after the person (`kgraph.extract.posts`), posts shared along
  a list of people (`kgraph.extract.listed`), a bare kind for the document's
  one organisation of that kind (`kgraph.extract.generic_employers`), founders
  (`kgraph.extract.founders`) and posts tied to the sentence's subject
  (`kgraph.extract.subjects`);
* ``partner_of``: ``A与B合作/签约``, ``A联合B``, lists on either side of 与
  (`kgraph.extract.partners`);
* ``has_investment``: an amount right after 投资 (``总投资约54亿元``), given to the
  project it names (``计划总投资3亿元的…项目``), a project before it in the
  clause, or the organisation or place the sentence is about
  (`kgraph.extract.investments`);
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
    sentences_with_spans,
)
from kgraph.extract.counted_places import counted_places
from kgraph.extract.defined_names import DEFINITION
from kgraph.extract.extensions import (
    SPANS_KEY,
    RelationMention,
    doc_text,
    register_extensions,
)
from kgraph.extract.founders import founders
from kgraph.extract.founding_places import founding_places
from kgraph.extract.generic_employers import generic_employers
from kgraph.extract.investments import investments
from kgraph.extract.joined_posts import (
    contracted_post,
    first_of_joined,
    joined_employers,
)
from kgraph.extract.layout import iter_bylines, iter_credits, without_reporter_posts
from kgraph.extract.lexicon import (
    LEVEL_HEADS,
    PARK_SUFFIXES,
    TITLES,
    admin_level,
    suffix_regex,
)
from kgraph.extract.listed import listed_gap, listed_posts, post_of
from kgraph.extract.location_cues import copula_platforms, in_place_of, location_cues
from kgraph.extract.officials import official_posts
from kgraph.extract.park_chains import park_chains
from kgraph.extract.partners import partners
from kgraph.extract.posts import person_first_posts
from kgraph.extract.project_sites import project_sites
from kgraph.extract.references import reference_spans
from kgraph.extract.subjects import subject_posts
from kgraph.extract.surname_titles import surname_references
from kgraph.extract.zones import zone_heads
from kgraph.types import EntityType, Predicate

__all__ = ["RelationExtractor", "make_relation_extractor"]


#: ``ORG PERSON post``: ``西子联合控股有限公司王水福董事长``
_TITLE_AFTER = suffix_regex(TITLES)
#: titles that make a place's government the employer (``七星街道主要负责人张三``)
_GOVERNMENT_TITLE = re.compile(r"(?:书记|镇长|乡长|区长|县长|市长|主任|村长|负责人)$")


_INDUSTRIAL = tuple(
    s for s in PARK_SUFFIXES if s not in ("广场", "湖区", "区域", "片区")
)

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
        counted, listed_in = counted_places(doc, named)
        divisions += counted
        chains += listed_in
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


_rel = RelationMention.between


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
    out += location_cues(text, sent, spans)
    out += in_place_of(text, sent, spans)
    out += founding_places(text, sent, spans)
    out += copula_platforms(text, sent, spans)
    out += investments(text, sent, spans)
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
        # 甲(乙), or a short name defined: 甲(下称“乙”), 甲（以下简称乙）
        defined = DEFINITION.match(text, a.end_char)
        if a.label_ == b.label_ and (
            (before in ("(", "（") and after in (")", "）"))
            or (
                defined is not None
                and defined.span("short") == (b.start_char, b.end_char)
            )
        ):
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
            gap = listed_gap(text, employer.end_char, person.start_char, people)
            role = post_of(gap)
            if role is None and employer.label_ == _ORG:
                role = contracted_post(employer.text, gap)
            if role and (first := first_of_joined(role)):
                role = first  # 省委副书记和省长: the committee's post is 副书记
            if role in LEVEL_HEADS and employer.text.endswith("委"):
                break  # 市委书记A和市长B: a mayor heads the government, not 市委
            if role and (employer.label_ == _ORG or _GOVERNMENT_TITLE.search(gap)):
                out.append(_rel(Predicate.WORKS_FOR, person, employer, sent, 0.9, role))
                out += [  # 甲商会、乙同乡会会长X: the post of both
                    _rel(Predicate.WORKS_FOR, person, other, sent, 0.85, role)
                    for other in joined_employers(text, employer, spans)
                ]
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
