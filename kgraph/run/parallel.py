"""Build documents on every core: worker processes, results back in input order.

`iter_outcomes` is the one loop behind `kgraph.build` and ``kgraph build``: it
yields, for each input document in order, its graph or a `Failure` naming it,
in this process (``n_process=1``) or in worker processes. Each worker loads the
pipeline once (sent to it pickled: the LAC engine drops its onnxruntime session
and reopens it there) with a one-thread onnxruntime session
(`kgraph.extract.engines.THREADS_ENV`), and receives documents in chunks
(`kgraph.run.workers`, imported only then). A worker that dies (killed, out of
memory, a crash in native code) costs only the document it was building,
named by a `kgraph.errors.WorkerError`; the run goes on.
"""

from __future__ import annotations

import os
import pickle
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kgraph.errors import InvalidInputError, KGraphError
from kgraph.types import KnowledgeGraph

if TYPE_CHECKING:  # spaCy and the engines load when documents are built
    from spacy.language import Language

__all__ = [
    "Failure",
    "InputDocument",
    "build_one",
    "default_jobs",
    "iter_outcomes",
    "one_thread_each",
    "pickled_pipeline",
]

#: (doc_id, text, source): one document to build, as
#: `kgraph.inputs.files.read_documents` reads it
InputDocument = tuple[str, str, str]
#: documents per task when the number of inputs is not known up front
_DEFAULT_CHUNK = 4
_MAX_CHUNK = 16


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be built: the error names it.

    ``traceback`` is the formatted traceback (from the worker process when it
    was built in one), for an error log.
    """

    doc_id: str
    source: str
    error: KGraphError
    traceback: str


def default_jobs() -> int:
    """The cores this process may run on (``--jobs`` by default).

    Examples
    --------
    >>> default_jobs() >= 1
    True
    """
    count = getattr(os, "process_cpu_count", None)  # Python 3.13
    if count is not None:
        return int(count() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def one_thread_each(nlp: Language) -> Language:
    """Give ``nlp``'s LAC engines one onnxruntime thread each; return ``nlp``.

    Only engines left at onnxruntime's default, and only if `THREADS_ENV` is
    not set (the user's own choice wins). Workers side by side (processes,
    Dask) are faster with one thread each than with a thread per core each.

    Examples
    --------
    >>> import kgraph
    >>> one_thread_each(kgraph.load()).get_pipe("kgraph_ner").engine.threads
    1
    """
    from kgraph.extract.engines import THREADS_ENV, LacEngine

    if os.environ.get(THREADS_ENV):
        return nlp
    for _, component in nlp.pipeline:
        engine = getattr(component, "engine", None)
        if isinstance(engine, LacEngine) and engine.threads is None:
            engine.threads = 1
    return nlp


def build_one(
    document: InputDocument, nlp: Language, divisions: bool
) -> KnowledgeGraph | Failure:
    """Build one ``(doc_id, text, source)`` document: its graph or its `Failure`."""
    # kgraph.run.pipeline's build() runs this loop: import its unit of work late
    from kgraph.run.pipeline import extract_document

    doc_id, text, source = document
    try:
        return extract_document(
            text, doc_id=doc_id, source=source, nlp=nlp, divisions=divisions
        )
    except KGraphError as err:
        return Failure(doc_id, source, err, "".join(traceback.format_exception(err)))


def pickled_pipeline(nlp: Language) -> bytes:
    """``nlp`` pickled, to load in workers; `InvalidInputError` if it cannot be."""
    try:
        return pickle.dumps(nlp)
    except Exception as err:
        raise InvalidInputError(
            f"the pipeline cannot be sent to worker processes ({type(err).__name__}: "
            f"{err}); give its components module-level, picklable classes, or "
            "build with n_process=1"
        ) from err


def iter_outcomes(
    documents: Iterable[InputDocument],
    *,
    nlp: Language,
    n_process: int = 1,
    divisions: bool = True,
    chunk_size: int | None = None,
) -> Iterator[tuple[InputDocument, KnowledgeGraph | Failure]]:
    """Build each document; yield it with its graph or `Failure`, in input order.

    Parameters
    ----------
    documents
        ``(doc_id, text, source)`` triples.
    nlp
        The pipeline (`kgraph.load`). With ``n_process > 1`` it is pickled
        once and loaded once in each worker, so a custom pipeline works if its
        components pickle; one that does not raises `InvalidInputError`.
    n_process
        Worker processes; ``1`` builds here, in this process. Never more
        workers than documents (when their number is known).
    divisions
        Link places to official divisions.
    chunk_size
        Documents per task; by default a few per worker, at most 16.

    Raises
    ------
    InvalidInputError
        If ``n_process < 1`` or the pipeline cannot be sent to workers.
    WorkerError
        If the workers cannot load the pipeline (one line, the run ends).

    Examples
    --------
    >>> import kgraph
    >>> docs = [("a", "南湖实验室位于嘉兴市。", "a.txt")]
    >>> [(doc[0], type(out).__name__) for doc, out in iter_outcomes(
    ...     docs, nlp=kgraph.load(engine="jieba"))]
    [('a', 'KnowledgeGraph')]
    """
    if isinstance(n_process, bool) or not isinstance(n_process, int) or n_process < 1:
        raise InvalidInputError(f"n_process must be 1 or more, got {n_process!r}")
    workers = n_process
    if isinstance(documents, Sequence):
        workers = min(workers, len(documents))
    if workers <= 1:
        for document in documents:
            yield document, build_one(document, nlp, divisions)
        return
    if chunk_size is None:
        chunk_size = _DEFAULT_CHUNK
        if isinstance(documents, Sequence):
            chunk_size = max(1, min(_MAX_CHUNK, len(documents) // (workers * 4)))
    from kgraph.run.workers import in_workers  # multiprocessing: only when needed

    yield from in_workers(documents, nlp, workers, divisions, chunk_size)
