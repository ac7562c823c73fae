"""Build documents on every core: worker processes, results back in input order.

`iter_outcomes` is the one loop behind `kgraph.build` and ``kgraph build``: it
yields, for each input document in order, its graph or a `Failure` naming it,
in this process (``n_process=1``) or in worker processes. Each worker loads the
pipeline once (sent to it pickled: the LAC engine drops its onnxruntime session
and reopens it there) with a one-thread onnxruntime session
(`kgraph.extract.engines.THREADS_ENV`), and receives documents in chunks.
Workers start from a ``forkserver`` that has imported kgraph once (``spawn``
where there is none): never a bare ``fork`` of a process that may already run
onnxruntime's threads.

A worker that dies (killed, out of memory, a crash in native code) breaks the
pool: the documents it may have held are built again one at a time in a fresh
worker, so the one that kills it is named (`kgraph.errors.WorkerError`) and the
others are built; the run goes on with a new pool.
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import os
import pickle
import signal
import traceback
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from spacy.language import Language

from kgraph.errors import DocumentError, InvalidInputError, KGraphError, WorkerError
from kgraph.extract.engines import THREADS_ENV, LacEngine
from kgraph.extract.extensions import register_extensions
from kgraph.types import KnowledgeGraph

__all__ = [
    "Failure",
    "InputDocument",
    "build_one",
    "default_jobs",
    "iter_outcomes",
    "one_thread_each",
    "pickled_pipeline",
]

#: (doc_id, text, source): one document to build, as `kgraph.io.read_documents` reads it
InputDocument = tuple[str, str, str]
#: documents per task when the number of inputs is not known up front
_DEFAULT_CHUNK = 4
_MAX_CHUNK = 16
#: chunks in flight per worker: enough to keep each busy, few to hold in memory
_IN_FLIGHT = 2


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


class _RemoteTracebackError(Exception):
    """The traceback of an error raised in a worker process, as text."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return self.text


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
    # kgraph.pipeline's build() runs this loop: import its unit of work late
    from kgraph.pipeline import extract_document

    doc_id, text, source = document
    try:
        return extract_document(
            text, doc_id=doc_id, source=source, nlp=nlp, divisions=divisions
        )
    except KGraphError as err:
        return Failure(doc_id, source, err, "".join(traceback.format_exception(err)))


# --- in a worker process ---------------------------------------------------

_WORKER: dict[str, Any] = {}


def _start_worker(pipeline: bytes, divisions: bool) -> None:
    """Load the pipeline once per worker process, onnxruntime on one thread."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    register_extensions()
    try:
        _WORKER["nlp"] = one_thread_each(pickle.loads(pipeline))
    except Exception as err:  # reported on the first task, as one line
        _WORKER["error"] = f"{type(err).__name__}: {err}"
    _WORKER["divisions"] = divisions


def _ready() -> None:
    """The first task of a pool: the worker started and loaded its pipeline."""
    if "error" in _WORKER:
        raise WorkerError(
            "cannot load the pipeline in a worker process "
            f"({_WORKER['error']}); build with n_process=1 (--jobs 1)"
        )


def _build_chunk(chunk: list[InputDocument]) -> list[KnowledgeGraph | Failure]:
    _ready()
    results = []
    for document in chunk:
        outcome = build_one(document, _WORKER["nlp"], _WORKER["divisions"])
        if isinstance(outcome, Failure):
            try:  # it travels back pickled: make sure it can
                pickle.dumps(outcome.error)
            except Exception:
                error = DocumentError(outcome.doc_id, outcome.error)
                outcome = Failure(
                    outcome.doc_id, outcome.source, error, outcome.traceback
                )
        results.append(outcome)
    return results


# --- in the parent ---------------------------------------------------------


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # workers fork from a server that has imported kgraph once (no effect
        # if this program's forkserver already runs)
        context.set_forkserver_preload(["kgraph.parallel", "kgraph.pipeline"])
        return context
    return multiprocessing.get_context("spawn")


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


class _Pool:
    """A process pool that is started again when a worker dies."""

    def __init__(self, workers: int, pipeline: bytes, divisions: bool) -> None:
        self.workers = workers
        self._initargs = (pipeline, divisions)
        self._executor: ProcessPoolExecutor | None = None

    def submit(self, chunk: list[InputDocument]) -> Future[list[Any]]:
        if self._executor is None:
            self._executor = self._start()
        try:
            return self._executor.submit(_build_chunk, chunk)
        except BrokenProcessPool:
            self.restart()
            return self.submit(chunk)

    def _start(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(
            self.workers,
            mp_context=_context(),
            initializer=_start_worker,
            initargs=self._initargs,
        )
        try:
            executor.submit(_ready).result()
        except BrokenProcessPool as err:
            executor.shutdown(wait=True, cancel_futures=True)
            raise WorkerError(
                "worker processes could not start (their error is above); a "
                "script that builds with n_process > 1 must do so under "
                '`if __name__ == "__main__":`, or build with n_process=1'
            ) from err
        except BaseException:
            executor.shutdown(wait=True, cancel_futures=True)
            raise
        return executor

    def restart(self) -> None:
        self.close()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def _chunks(
    documents: Iterable[InputDocument], size: int
) -> Iterator[list[InputDocument]]:
    items = iter(documents)
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def _result(future: Future[list[Any]]) -> list[KnowledgeGraph | Failure]:
    outcomes: list[KnowledgeGraph | Failure] = future.result()
    for outcome in outcomes:
        if isinstance(outcome, Failure):
            outcome.error.__cause__ = _RemoteTracebackError(outcome.traceback)
    return outcomes


def _alone(document: InputDocument, pool: _Pool) -> KnowledgeGraph | Failure:
    """Build one document in a worker of its own; name it if the worker dies."""
    try:
        return _result(pool.submit([document]))[0]
    except BrokenProcessPool as err:
        pool.restart()
        doc_id, _, source = document
        cause = WorkerError(
            "the worker process building it died (killed, out of memory or a "
            "crash in native code)"
        )
        error = DocumentError(doc_id, cause)
        return Failure(doc_id, source, error, "".join(traceback.format_exception(err)))


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
    yield from _in_workers(documents, nlp, workers, divisions, chunk_size)


def _in_workers(
    documents: Iterable[InputDocument],
    nlp: Language,
    workers: int,
    divisions: bool,
    chunk_size: int,
) -> Iterator[tuple[InputDocument, KnowledgeGraph | Failure]]:
    pipeline = pickled_pipeline(nlp)
    pool = _Pool(workers, pipeline, divisions)
    single = _Pool(1, pipeline, divisions)  # for documents lost with a worker
    chunks = _chunks(documents, chunk_size)
    pending: collections.deque[tuple[list[InputDocument], Future[list[Any]]]]
    pending = collections.deque()
    try:
        while True:
            while len(pending) < workers * _IN_FLIGHT:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, pool.submit(chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                outcomes = _result(future)
            except BrokenProcessPool:
                pool.restart()
                outcomes = [_alone(document, single) for document in chunk]
            yield from zip(chunk, outcomes, strict=True)
    finally:
        for _, future in pending:
            future.cancel()
        pool.close()
        single.close()
