"""A surname and a post (``庄书记``, ``李市长``): a reference to a person named in full.

Features and reports name a person once in full (``庄树雄``) and then by the
surname and the post or a courtesy title: ``庄书记``, ``鲁省长``, ``李市长``,
``陈老师``, after punctuation or a word that ends before a name. Such a form
is no name of its own. Where the article names a person
with that surname, the form refers to that person (the nearest one before it,
else the first after it) and becomes a mention of them; where it names none,
the form is no entity (an engine span over it is dropped).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span

from kgraph.extract.extensions import doc_text
from kgraph.extract.spanindex import SpanIndex
from kgraph.types import EntityType

__all__ = ["surname_references"]

_PERSON = EntityType.PERSON.value
#: posts and courtesy titles written after a bare surname
_TITLE = (
    r"(?:党委书记|董事长|总经理|副书记|副省长|副市长|副县长|副区长|副镇长|副主任"
    r"|书记|省长|市长|县长|区长|镇长|乡长|村长|主任|局长|厅长|部长|院长|校长|所长"
    r"|处长|科长|主席|会长|经理|老师|教授|博士|先生|女士)"
)
#: what stands before a surname: no character, punctuation, or a word that
#: ends before a name (说, 和, 向 …); 提 of 提高总体 or 语 of 语文老师 does not
_BEFORE_SURNAME = frozenset("的和与及是由向对给请让称说道在据为跟同被把将")
#: the surname: one character right before the title (a person of the article
#: must bear it, so 委 of 市委书记 finds no one)
_FORM = re.compile(rf"(?P<surname>[\u4e00-\u9fff]){_TITLE}")
_FULL_NAME = (2, 4)  # lengths of a person's full name


def surname_references(doc: Doc, named: list[Span]) -> tuple[list[Span], list[Span]]:
    """The spans kept and the reference spans to add.

    Returns
    -------
    (kept, references)
        ``kept``: ``named`` without the PERSON spans that are a surname-and-title
        form; ``references``: one PERSON span per form whose surname a person of
        the article bears, with that person's name as ``kb_id_``.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("庄树雄任村书记。村民说，庄书记帮他卖蜂蜜。")
    >>> person = doc.char_span(0, 3, "PERSON")
    >>> kept, refs = surname_references(doc, [person])
    >>> [(s.text, s.kb_id_) for s in refs]
    [('庄书记', '庄树雄')]
    """
    text = doc_text(doc)
    people = sorted(
        (
            s
            for s in named
            if s.label_ == _PERSON
            and not s.kb_id_
            and _FULL_NAME[0] <= len(s.text) <= _FULL_NAME[1]
        ),
        key=lambda s: s.start_char,
    )
    forms = {m.span(): m for m in _FORM.finditer(text)}
    kept = [
        s
        for s in named
        if s.label_ != _PERSON or (s.start_char, s.end_char) not in forms
    ]
    by_surname: dict[str, list[Span]] = {}
    for person in people:
        by_surname.setdefault(person.text[0], []).append(person)
    ends = {k: [p.end_char for p in v] for k, v in by_surname.items()}
    references = []
    taken = SpanIndex((s.start_char, s.end_char) for s in kept)
    for (start, end), m in forms.items():
        before = text[start - 1 : start]
        if before and "\u4e00" <= before <= "\u9fff" and before not in _BEFORE_SURNAME:
            continue  # the surname's character ends a word (高校长 of 高校长期)
        if taken.overlaps_any((start, end)):
            continue  # inside a name (the form's characters belong to it)
        bearers = by_surname.get(m.group("surname"), [])
        # the nearest bearer before the form, else the first after it
        i = bisect.bisect_right(ends.get(m.group("surname"), []), start)
        bearer = bearers[i - 1] if i else (bearers[0] if bearers else None)
        if bearer is None or bearer.start_char == start:
            continue
        span = doc.char_span(start, end, _PERSON, kb_id=bearer.text)
        if span is not None:
            references.append(span)
    return kept, references
