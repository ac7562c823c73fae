"""Doc extension attributes shared by the kgraph components, and the relation record.

Every value kgraph keeps on a Doc is stored in ``doc.user_data`` in a form
msgpack writes (strings, numbers, lists), so ``doc.to_bytes()``,
``DocBin(store_user_data=True)`` and ``nlp.pipe(texts, n_process=2)`` carry
it. The attributes read it back as the records the components use: a
`RelationMention` per relation, a `~kgraph.types.Money` per tabled amount.

Examples
--------
>>> import kgraph
>>> from spacy.tokens import Doc
>>> nlp = kgraph.load(engine="jieba")
>>> doc = nlp("华越公司去年实现销售额3亿元。")
>>> back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
>>> back._.kg_relations == doc._.kg_relations
True
>>> [(s.text, s._.kg_amount.measure.value) for s in back.spans[SPANS_KEY]
...  if s.label_ == "MONEY"]
[('3亿元', 'revenue')]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, NamedTuple, TypeVar

from spacy.tokens import Doc, Span

from kgraph.types import Measure, Money, MoneyQualifier, Predicate

__all__ = [
    "IMPLIED",
    "SPANS_KEY",
    "TEXT_CACHE_KEY",
    "RelationMention",
    "doc_text",
    "register_extensions",
    "text_doc",
]

_T = TypeVar("_T")

#: ``doc.spans`` key holding every kgraph entity span (PERSON ORG PLACE PROJECT MONEY).
SPANS_KEY = "kgraph"
#: ``span.id_`` of a span that stands for a body the text implies without writing
#: its name (the government of ``雅安市副市长``): it links relations to the body
#: but is no mention of it
IMPLIED = "implied"

_EXTENSIONS: dict[str, object] = {
    # the text as given, before line-break repair
    "kg_source": None,
    # the repaired text in the characters the source wrote, where doc.text is its
    # simplified reading (same length; None for a text in simplified characters)
    "kg_surface": None,
    # the document id, set by kgraph.build
    "kg_doc_id": None,
}


class RelationMention(NamedTuple):
    """A relation read from one Doc, before entities are merged into a graph.

    ``subject`` and ``object`` are ``(start_char, end_char)`` of entity spans in
    ``doc.spans[SPANS_KEY]``; a ``subject`` of ``None`` stands for the article
    itself (bylines and photo credits). ``sentence`` is the evidence sentence.
    A tuple, so that msgpack writes it as it is.

    Examples
    --------
    >>> rel = RelationMention(Predicate.PART_OF, (0, 3), (4, 7), (0, 8))
    >>> RelationMention.from_record(["part_of", [0, 3], [4, 7], [0, 8]]) == rel
    True
    """

    predicate: Predicate
    subject: tuple[int, int] | None
    object: tuple[int, int]
    sentence: tuple[int, int]
    confidence: float = 1.0
    role: str | None = None
    extractor: str = "kgraph_relations"

    @classmethod
    def between(
        cls,
        predicate: Predicate,
        subject: Span | None,
        obj: Span,
        sentence: tuple[int, int],
        confidence: float = 1.0,
        role: str | None = None,
    ) -> RelationMention:
        """``predicate`` from span ``subject`` (None: the article) to span ``obj``.

        Examples
        --------
        >>> import spacy
        >>> doc = spacy.blank("zh")("南湖区位于嘉兴市")
        >>> rel = RelationMention.between(
        ...     Predicate.PART_OF, doc.char_span(0, 3), doc.char_span(5, 8), (0, 8), 0.8
        ... )
        >>> rel.subject, rel.object, rel.confidence
        ((0, 3), (5, 8), 0.8)
        """
        return cls(
            predicate,
            None if subject is None else (subject.start_char, subject.end_char),
            (obj.start_char, obj.end_char),
            sentence,
            confidence,
            role,
        )

    @classmethod
    def from_record(cls, record: Sequence[Any]) -> RelationMention:
        """The mention a msgpack round trip turned into a list of plain values."""
        predicate, subject, obj, sentence, *rest = record
        return cls(
            Predicate(predicate),
            None if subject is None else (subject[0], subject[1]),
            (obj[0], obj[1]),
            (sentence[0], sentence[1]),
            *rest,
        )


#: the ``doc.user_data`` key where `doc_text` keeps the joined text
TEXT_CACHE_KEY = _TEXT_KEY = "kgraph_text"
_RELATIONS_KEY = "kgraph_relations"
_WORDS_KEY = "kgraph_words"
_OFFSETS_KEY = "kgraph_offsets"
_TABLED_KEY = "kgraph_tabled_money"
#: spaCy's own key for a Span attribute, so ``Doc.from_docs`` moves it along
_AMOUNT_KEY = ("._.", "kg_amount")


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc and kept in ``doc.user_data``.

    spaCy joins the tokens again on every ``doc.text``; with one token per
    character that is a tenth of the pipeline's time when every component asks.
    A Doc's text never changes (retokenizing keeps it), so the first join holds.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("南湖区")
    >>> doc_text(doc) == doc.text == doc.user_data["kgraph_text"]
    True
    """
    text = doc.user_data.get(_TEXT_KEY)
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not isinstance(text, str) or len(text) != length:  # a copy of another Doc's
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def text_doc(nlp: Any, text: str) -> Doc:
    """``nlp``'s Doc of ``text``, not yet through the pipeline, with its text kept.

    The tokenizer keeps every character (spaCy's tokenization is
    non-destructive), so the text the Doc is made of is the one `doc_text`
    would join: kept now, no component has to join it at all.

    Examples
    --------
    >>> import spacy
    >>> doc = text_doc(spacy.blank("zh"), "南湖区")
    >>> doc_text(doc) == doc.text == "南湖区"
    True
    """
    doc: Doc = nlp.make_doc(text)
    doc.user_data[_TEXT_KEY] = text
    return doc


def _money_record(money: Money) -> list[str | None]:
    """``money`` as plain strings (Decimals and enums written as text)."""
    return [
        str(money.value),
        money.currency,
        money.qualifier.value,
        None if money.value_max is None else str(money.value_max),
        None if money.measure is None else money.measure.value,
        money.period,
    ]


def _money_from_record(record: Sequence[str | None]) -> Money:
    value, currency, qualifier, value_max, measure, period = record
    return Money(
        Decimal(str(value)),
        str(currency),
        MoneyQualifier(str(qualifier)),
        None if value_max is None else Decimal(value_max),
        None if measure is None else Measure(measure),
        period,
    )


def _restored(
    doc: Doc,
    key: str,
    item: type | None,
    restore: Callable[[Sequence[Any]], list[_T]],
) -> list[_T] | None:
    """The list at ``doc.user_data[key]``, ``restore``-d once if read from bytes.

    msgpack gives back lists in a list (``to_bytes``) or tuples in a tuple
    (``DocBin``); the attribute holds a list of ``item`` (any item if None).
    """
    stored = doc.user_data.get(key)
    ready = isinstance(stored, list) and (
        not stored or item is None or isinstance(stored[0], item)
    )
    if stored is not None and not ready:
        stored = restore(stored)
        doc.user_data[key] = stored
    return stored


def _relations(doc: Doc) -> list[RelationMention] | None:
    return _restored(
        doc,
        _RELATIONS_KEY,
        RelationMention,
        lambda rows: [RelationMention.from_record(r) for r in rows],
    )


def _words(doc: Doc) -> list[tuple[int, int, str]] | None:
    return _restored(
        doc,
        _WORDS_KEY,
        tuple,
        lambda rows: [(int(s), int(e), str(tag)) for s, e, tag in rows],
    )


def _offsets(doc: Doc) -> list[int] | None:
    return _restored(doc, _OFFSETS_KEY, None, list)


def _user_data(doc: Doc) -> dict[Any, Any]:
    """``doc.user_data``, whose keys spaCy's own Span attributes make tuples."""
    data: dict[Any, Any] = doc.user_data
    return data


def _amount_keys(doc: Doc) -> list[tuple[str, str, int, int]]:
    return [k for k in _user_data(doc) if isinstance(k, tuple) and k[:2] == _AMOUNT_KEY]


def _amounts(doc: Doc) -> dict[tuple[int, int], Money] | None:
    keys = _amount_keys(doc)
    if not keys:
        return None
    data = _user_data(doc)
    return {(k[2], k[3]): _money_from_record(data[k]) for k in keys}


def _set_amounts(doc: Doc, amounts: dict[tuple[int, int], Money] | None) -> None:
    data = _user_data(doc)
    for key in _amount_keys(doc):
        del data[key]
    for (start, end), money in (amounts or {}).items():
        data[(*_AMOUNT_KEY, start, end)] = _money_record(money)


def _span_amount(span: Span) -> Money | None:
    key = (*_AMOUNT_KEY, span.start_char, span.end_char)
    record = _user_data(span.doc).get(key)
    return None if record is None else _money_from_record(record)


def _tabled(doc: Doc) -> dict[tuple[int, int], Money] | None:
    stored = doc.user_data.get(_TABLED_KEY)
    if not stored:
        return None
    return {(s, e): _money_from_record(record) for s, e, record in stored}


def _set_tabled(doc: Doc, amounts: dict[tuple[int, int], Money] | None) -> None:
    doc.user_data[_TABLED_KEY] = [
        [s, e, _money_record(money)] for (s, e), money in (amounts or {}).items()
    ]


def _setter(key: str) -> Callable[[Doc, object], None]:
    def store(doc: Doc, value: object) -> None:
        doc.user_data[key] = value

    return store


#: attributes read through a getter: name -> (getter, setter)
_PROPERTIES: dict[str, tuple[Callable[[Doc], object], Callable[[Doc, Any], None]]] = {
    # RelationMention records written by kgraph_relations (and kgraph_measures)
    "kg_relations": (_relations, _setter(_RELATIONS_KEY)),
    # per character of doc.text (and one past the end): its index into kg_source
    "kg_offsets": (_offsets, _setter(_OFFSETS_KEY)),
    # NER engine tokens: (start_char, end_char, tag) over doc.text
    "kg_words": (_words, _setter(_WORDS_KEY)),
    # (start_char, end_char) of each MONEY span -> its Money, with the measure
    # and period kgraph_measures read (``span._.kg_amount`` for one span)
    "kg_amounts": (_amounts, _set_amounts),
    # (start_char, end_char) of a MONEY span whose text alone is no amount (a
    # bare number under a 单位：万元 header) -> its Money, set by kgraph_money
    "kg_money": (_tabled, _set_tabled),
}


def register_extensions() -> None:
    """Register kgraph's ``Doc._`` and ``Span._`` attributes (safe to call again).

    Examples
    --------
    >>> register_extensions()
    >>> Doc.has_extension("kg_relations"), Span.has_extension("kg_amount")
    (True, True)
    """
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, (getter, setter) in _PROPERTIES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=getter, setter=setter)
    if not Span.has_extension("kg_amount"):
        Span.set_extension("kg_amount", getter=_span_amount)
