"""``kgraph_text_repair``: rejoin sentences that newspaper PDFs broke across lines.

PDF text extraction cuts words and sentences where the page column ended
(``湘\\n\\n城社区``) and drops photo captions into the middle of a sentence.
The component returns a Doc (a new one unless there was nothing to repair or
simplify) whose text has those breaks removed and the
captions moved behind the paragraph they interrupted; ``doc._.kg_source``
keeps the original text and ``doc._.kg_offsets`` maps every character of the
repaired text back to it, so spans and relations keep ORIGINAL offsets.
A text in traditional characters is read in simplified ones
(`kgraph.extract.script.to_simplified`); ``doc._.kg_surface`` then keeps the
repaired text as written, character for character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from kgraph.extract.bylines import is_byline_line
from kgraph.extract.extensions import TEXT_CACHE_KEY, doc_text, register_extensions
from kgraph.extract.layout import ends_with_credit, is_credit_line
from kgraph.extract.script import simplified_reading, to_simplified

__all__ = ["TextRepairer", "make_text_repair", "repair_text", "source_span"]

_TERMINAL = frozenset("。！？!?…；;：:”’」』）)]】")
_SENTENCE_PUNCT = re.compile(r"[，,、；;。！？!?]")
_SHORT_HEADING = 12  # a line this short with no punctuation is a heading or caption
_SPACED_HEADING = 60  # ... or this short with spaces between its parts (bylines too)


@dataclass(frozen=True, slots=True)
class _Block:
    start: int
    end: int
    text: str
    #: a short line read in simplified characters, for its byline and credit
    #: forms (記者 is 记者); a long one as it is
    reading: str


#: the longest line read again in simplified characters for a byline or credit
_CREDIT_READING = 80


def _blocks(text: str) -> list[_Block]:
    return [
        _Block(m.start(), m.end(), m.group(), _reading(m.group()))
        for m in re.finditer(r"[^\n]*\S[^\n]*", text)
    ]


def _reading(line: str) -> str:
    return simplified_reading(line) if len(line) <= _CREDIT_READING else line


def _is_unfinished(block: _Block) -> bool:
    line = block.text.strip()
    if line[-1] in _TERMINAL:
        return False
    reading = block.reading.strip()
    if is_credit_line(reading) or is_byline_line(reading) or ends_with_credit(reading):
        return False
    has_punct = _SENTENCE_PUNCT.search(line) is not None
    if not has_punct and len(line) <= _SHORT_HEADING:
        return False
    return not (not has_punct and len(line) <= _SPACED_HEADING and " " in line)


def _figure_blocks(blocks: list[_Block]) -> set[int]:
    """Indices of photo credits and the caption line above each."""
    figure: set[int] = set()
    for i, block in enumerate(blocks):
        if is_credit_line(block.reading):
            figure.add(i)
            if i > 0 and i - 1 not in figure and not _is_paragraph_start(blocks, i - 1):
                figure.add(i - 1)
    return figure


def _is_paragraph_start(blocks: list[_Block], i: int) -> bool:
    # the first two lines are headline and byline, never a caption
    return i <= 1


def repair_text(text: str) -> tuple[str, list[int]]:
    """Return the repaired text and, per character (plus one), its source offset.

    Parameters
    ----------
    text
        Text as extracted from a PDF.

    Returns
    -------
    tuple of str and list of int
        The repaired text and a list ``offsets`` of ``len(repaired) + 1`` source
        indices: character ``i`` of the result is ``text[offsets[i]]`` (for
        characters copied from the source).

    Examples
    --------
    >>> fixed, offsets = repair_text("傍晚,湘\\n\\n城社区很热闹。\\n\\n下一段。")
    >>> fixed
    '傍晚,湘城社区很热闹。\\n\\n下一段。'
    >>> offsets[4], fixed[4], offsets[len(fixed)]
    (6, '城', 19)
    """
    blocks = _blocks(text)
    figure = _figure_blocks(blocks)
    out: list[str] = []
    offsets: list[int] = []

    def emit_source(start: int, end: int) -> None:
        out.append(text[start:end])
        offsets.extend(range(start, end))

    def emit_break(at: int) -> None:
        out.append("\n\n")
        offsets.extend((at, at))

    deferred: list[int] = []
    joined = False  # the previous block was joined onto the current paragraph
    for i, block in enumerate(blocks):
        if i in figure and _paragraph_open(blocks, i, figure):
            deferred.append(i)
            continue
        if out and not joined:
            emit_break(block.start)
        emit_source(block.start, block.end)
        joined = _joins_next(blocks, i, figure)
        if not joined and deferred:
            for j in deferred:
                emit_break(blocks[j].start)
                emit_source(blocks[j].start, blocks[j].end)
            deferred = []
    for j in deferred:
        emit_break(blocks[j].start)
        emit_source(blocks[j].start, blocks[j].end)
    offsets.append(len(text))
    return "".join(out), offsets


def _paragraph_open(blocks: list[_Block], i: int, figure: set[int]) -> bool:
    """Whether figure block ``i`` interrupts an unfinished paragraph."""
    j = i - 1
    while j >= 0 and j in figure:
        j -= 1
    return j >= 0 and _joins_next(blocks, j, figure)


def _joins_next(blocks: list[_Block], i: int, figure: set[int]) -> bool:
    """Whether block ``i`` runs on into the next text block (headlines never do)."""
    headline = i == 0 and not _SENTENCE_PUNCT.search(blocks[i].text)
    if headline or i in figure or not _is_unfinished(blocks[i]):
        return False
    j = i + 1
    while j < len(blocks) and j in figure:
        j += 1
    return j < len(blocks)


def source_span(doc: Doc, start_char: int, end_char: int) -> tuple[int, int]:
    """Map ``[start_char, end_char)`` of ``doc.text`` to offsets in the source text.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("zh")
    >>> doc = TextRepairer()(nlp.make_doc("傍晚,湘\\n\\n城社区热闹。"))
    >>> doc.text[3:7], source_span(doc, 3, 7)
    ('湘城社区', (3, 9))
    """
    offsets = doc._.kg_offsets
    if offsets is None:
        return start_char, end_char
    return offsets[start_char], offsets[end_char - 1] + 1


@Language.factory(
    "kgraph_text_repair",
    assigns=["doc._.kg_source", "doc._.kg_offsets", "doc._.kg_surface"],
    default_config={},
)
def make_text_repair(nlp: Language, name: str) -> TextRepairer:
    """Build the ``kgraph_text_repair`` component."""
    return TextRepairer(name)


@dataclass
class TextRepairer:
    """Return a Doc with PDF line-break damage repaired (a token per character).

    The input Doc itself when it already is the repaired text, one token per
    character, with nothing else set on it; a new Doc otherwise.
    """

    name: str = "kgraph_text_repair"

    def __call__(self, doc: Doc) -> Doc:
        register_extensions()
        source = doc._.kg_source if doc._.kg_source is not None else doc_text(doc)
        fixed, offsets = repair_text(source)
        simplified = to_simplified(fixed)
        text = fixed if simplified is None else simplified
        if _is_fresh_char_doc(doc, text):
            new = doc  # nothing to repair: the tokenizer's Doc is the one needed
        else:
            new = Doc(doc.vocab, words=list(text), spaces=[False] * len(text))
            new._.kg_doc_id = doc._.kg_doc_id
            new._context = doc._context  # nlp.pipe(as_tuples=True) reads it back
            new.user_data[TEXT_CACHE_KEY] = text  # known: spaCy need not join it
        new._.kg_surface = None if simplified is None else fixed
        new._.kg_source = source
        new._.kg_offsets = offsets
        return new


#: what a Doc may already hold and still be taken as is: its cached text and
#: the two extensions the component keeps (spaCy keys them ("._.", name, ...))
_KEPT_KEYS = frozenset({"kg_doc_id", "kg_source"})


def _is_fresh_char_doc(doc: Doc, text: str) -> bool:
    """Whether ``doc`` is ``text`` one token per character, with nothing set on it.

    The Doc built in its place would be equal to it, so it can be kept.
    """
    if len(doc) != len(text) or doc_text(doc) != text or doc.spans or doc.ents:
        return False
    return all(
        key == TEXT_CACHE_KEY
        or (isinstance(key, tuple) and len(key) > 1 and key[1] in _KEPT_KEYS)
        for key in doc.user_data
    )
