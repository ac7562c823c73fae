"""The worker processes behind `kgraph.run.parallel.iter_outcomes` (``n_process > 1``).

Workers start from a ``forkserver`` that has imported kgraph once (``spawn``
where there is none): never a bare ``fork`` of a process that may already run
onnxruntime's threads. Each loads the pipeline once, sent pickled, with LAC on
one onnxruntime thread, and builds chunks of documents; the parent takes the
results in input order. A worker that dies breaks the pool: the documents of
the chunks it may have held are built again one at a time in a fresh worker,
so the one that kills it is named and the others are built, and the run goes
on with a new pool.
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import pickle
import signal
import traceback
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from spacy.language import Language

from kgraph.errors import DocumentError, WorkerError
from kgraph.extract.extensions import register_extensions
from kgraph.run.parallel import (
    Failure,
    InputDocument,
    build_one,
    one_thread_each,
    pickled_pipeline,
)
from kgraph.types import KnowledgeGraph

__all__ = ["in_workers"]

#: chunks in flight per worker: enough to keep each busy, few to hold in memory
_IN_FLIGHT = 2


class _RemoteTracebackError(Exception):
    """The traceback of an error raised in a worker process, as text."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return self.text


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
        context.set_forkserver_preload(["kgraph.run.workers", "kgraph.run.pipeline"])
        return context
    return multiprocessing.get_context("spawn")


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
            # one check per worker, submitted at once: every worker is started
            # now (a pool starts them as tasks wait), not while documents run
            for check in [executor.submit(_ready) for _ in range(self.workers)]:
                check.result()
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


def in_workers(
    documents: Iterable[InputDocument],
    nlp: Language,
    workers: int,
    divisions: bool,
    chunk_size: int,
) -> Iterator[tuple[InputDocument, KnowledgeGraph | Failure]]:
    """Build ``documents`` in ``workers`` processes; yield them in input order.

    Raises
    ------
    InvalidInputError
        If ``nlp`` cannot be pickled.
    WorkerError
        If worker processes cannot start or load the pipeline.
    """
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
