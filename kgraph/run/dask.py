"""Build a corpus on a Dask cluster: a `dask.bag` of documents in, one graph out.

`extract_bag` maps `kgraph.extract_document` over a bag of ``(doc_id, text)``
pairs; `merge_bag` merges the graphs as a tree reduction (each partition's
graphs into a `kgraph.link.merge.GraphMerger`, those joined in order, a few at a
time), so the merged graph is the one `kgraph.build` gives; `build_dask` adds
reading files and entity resolution at the end. Each worker thread loads the
pipeline once (sent pickled, cached by its bytes) with LAC on one onnxruntime
thread (`kgraph.run.parallel.one_thread_each`).

Needs the ``dask`` extra: ``pip install 'kgraph-zh[dask]'``. The command line
uses it with ``kgraph build ... --scheduler tcp://host:8786``.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language

from kgraph.errors import DocumentError, InvalidInputError, MissingDependencyError
from kgraph.extract.extensions import register_extensions
from kgraph.inputs.files import read_documents
from kgraph.link.merge import GraphMerger
from kgraph.link.resolve import Overrides, read_overrides, resolve_entities
from kgraph.run.parallel import Failure, build_one, one_thread_each, pickled_pipeline
from kgraph.run.pipeline import DocumentWarning, _default_nlp
from kgraph.types import KnowledgeGraph

if TYPE_CHECKING:
    import dask.bag
    import distributed

__all__ = ["bag_of_documents", "build_dask", "connect", "extract_bag", "merge_bag"]

#: documents per partition when `build_dask` makes the bag from files
PARTITION_SIZE = 16
#: partial merges joined at a time in the tree reduction
SPLIT_EVERY = 8

_CACHE = threading.local()  # one pipeline per worker thread


def _import_bag() -> Any:
    try:
        import dask.bag
    except ImportError as err:
        raise MissingDependencyError(
            "kgraph.run.dask needs Dask: pip install 'kgraph-zh[dask]'"
        ) from err
    return dask.bag


def connect(address: str) -> distributed.Client:
    """A ``distributed.Client`` of the scheduler at ``address`` (``tcp://host:8786``).

    Raises
    ------
    InvalidInputError
        If the scheduler cannot be reached within 30 seconds.
    MissingDependencyError
        If ``distributed`` is not installed.
    """
    try:
        import distributed
    except ImportError as err:
        raise MissingDependencyError(
            "a Dask cluster needs distributed: pip install 'kgraph-zh[dask]'"
        ) from err
    try:
        client: distributed.Client = distributed.Client(address, timeout="30s")  # type: ignore[no-untyped-call]
    except (OSError, ValueError) as err:
        raise InvalidInputError(
            f"cannot reach the Dask scheduler at {address!r}: {err}"
        ) from err
    return client


def bag_of_documents(
    documents: Sequence[tuple[str, str, str]], *, partition_size: int = PARTITION_SIZE
) -> dask.bag.Bag:
    """A bag of ``(doc_id, text, source)`` documents, ``partition_size`` a partition.

    Examples
    --------
    >>> bag_of_documents([("a", "甲", "a.txt")] * 3, partition_size=2).npartitions
    2
    """
    bag: dask.bag.Bag = _import_bag().from_sequence(
        documents, partition_size=partition_size
    )
    return bag


def _pipeline(pipeline: bytes) -> Language:
    """The pipeline of these bytes, loaded once per worker thread."""
    key = hashlib.sha256(pipeline).hexdigest()
    cached: dict[str, Language] = getattr(_CACHE, "pipelines", {})
    if key not in cached:
        register_extensions()
        cached = {key: one_thread_each(pickle.loads(pipeline))}  # the latest only
        _CACHE.pipelines = cached
    return cached[key]


def _document(item: object) -> tuple[str, str, str]:
    if (
        isinstance(item, tuple | list)
        and len(item) in (2, 3)
        and isinstance(item[0], str | int)
        and not isinstance(item[0], bool)
        and all(isinstance(part, str) for part in item[1:])
    ):
        source = str(item[2]) if len(item) == 3 else ""
        return str(item[0]), str(item[1]), source
    raise TypeError(
        "a kgraph.run.dask bag holds (doc_id, text) pairs or (doc_id, text, source) "
        f"triples, got {item!r:.80}"
    )


def _outcomes(
    partition: Iterable[object], pipeline: bytes, divisions: bool
) -> list[KnowledgeGraph | Failure]:
    nlp = _pipeline(pipeline)
    return [build_one(_document(item), nlp, divisions) for item in partition]


def _graphs(
    partition: Iterable[object], pipeline: bytes, divisions: bool
) -> list[KnowledgeGraph]:
    graphs = []
    for outcome in _outcomes(partition, pipeline, divisions):
        if isinstance(outcome, Failure):
            raise outcome.error
        graphs.append(outcome)
    return graphs


def _merge_partition(
    outcomes: Iterable[KnowledgeGraph | Failure],
) -> tuple[GraphMerger, list[Failure]]:
    merger, failures = GraphMerger(), []
    for outcome in outcomes:
        if isinstance(outcome, Failure):
            failures.append(outcome)
        else:
            merger.add(outcome)
    return merger, failures


def _join(
    parts: Sequence[tuple[GraphMerger, list[Failure]]],
) -> tuple[GraphMerger, list[Failure]]:
    merger, failures = GraphMerger(), []
    for other, failed in parts:  # in input order
        merger.join(other)
        failures += failed
    return merger, failures


def _shared(pipeline: Language | None) -> Any:
    """The pipeline's bytes, one key of the task graph that every task reads."""
    from dask.delayed import delayed

    if pipeline is None:
        pipeline = _default_nlp()
    return delayed(pickled_pipeline(pipeline), pure=True)


def extract_bag(
    bag: dask.bag.Bag, *, nlp: Language | None = None, divisions: bool = True
) -> dask.bag.Bag:
    """Map `kgraph.extract_document` over a bag of ``(doc_id, text)`` pairs.

    Parameters
    ----------
    bag
        ``(doc_id, text)`` pairs, or ``(doc_id, text, source)`` triples.
    nlp
        A pipeline from `kgraph.load` (the default LAC one if not given): it is
        pickled into the task graph once and loaded once per worker thread.
    divisions
        Link places to official divisions.

    Returns
    -------
    dask.bag.Bag
        One `KnowledgeGraph` per document, in order. A document that cannot be
        built raises its error (`kgraph.errors.DocumentError` naming it) when
        the bag is computed; `merge_bag` and `build_dask` collect them instead.

    Examples
    --------
    >>> import dask.bag, kgraph
    >>> docs = dask.bag.from_sequence([("a", "南湖实验室位于嘉兴市。")])
    >>> graphs = extract_bag(docs, nlp=kgraph.load(engine="jieba"))
    >>> [kg.documents[0].doc_id for kg in graphs.compute(scheduler="sync")]
    ['a']
    """
    _import_bag()
    untyped: Any = bag  # dask's Bag methods carry no types
    graphs: dask.bag.Bag = untyped.map_partitions(_graphs, _shared(nlp), divisions)
    return graphs


def merge_bag(
    bag: dask.bag.Bag,
    *,
    nlp: Language | None = None,
    divisions: bool = True,
    client: distributed.Client | None = None,
    split_every: int = SPLIT_EVERY,
) -> tuple[KnowledgeGraph, list[Failure]]:
    """Build and merge a bag of documents: the merged graph and what failed.

    The graphs are merged as a tree reduction (``split_every`` partial merges
    at a time), in input order: the graph is the one `kgraph.merge_graphs`
    gives in one pass, before entity resolution. ``client`` runs it on that
    cluster, else Dask's current scheduler does.

    Returns
    -------
    graph : KnowledgeGraph
        The merged graph of the documents that were built.
    failures : list of kgraph.run.parallel.Failure
        One per document that could not be built, in input order.
    """
    _import_bag()
    untyped: Any = bag  # dask's Bag methods carry no types
    outcomes = untyped.map_partitions(_outcomes, _shared(nlp), divisions)
    reduced = outcomes.reduction(_merge_partition, _join, split_every=split_every)
    merger, failures = reduced.compute(**({"scheduler": client} if client else {}))
    return merger.result(), failures


def _bag_of_files(paths: Iterable[str | os.PathLike[str]], on_error: str) -> Any:
    documents, errors = read_documents(paths)
    for error in errors:
        message = f"{error.source}: {error.message}"
        if on_error == "raise":
            raise InvalidInputError(message)
        warnings.warn(f"{message} (not built)", DocumentWarning, stacklevel=3)
    return bag_of_documents(documents)


def build_dask(
    paths_or_bag: dask.bag.Bag
    | str
    | os.PathLike[str]
    | Iterable[str | os.PathLike[str]],
    *,
    client: distributed.Client | None = None,
    nlp: Language | None = None,
    divisions: bool = True,
    overrides: Overrides | str | Path | None = None,
    on_error: str = "raise",
    split_every: int = SPLIT_EVERY,
) -> KnowledgeGraph:
    """Build one resolved knowledge graph from files or a bag, on Dask.

    Parameters
    ----------
    paths_or_bag
        Files and folders (read here with `kgraph.inputs.files.read_documents`, then
        sent in partitions of `PARTITION_SIZE` documents), or a `dask.bag`
        of ``(doc_id, text)`` pairs (e.g. read on the workers).
    client
        A ``distributed.Client`` of the cluster to use; by default Dask's
        current scheduler.
    nlp, divisions, overrides, on_error
        As for `kgraph.build`: with ``on_error="warn"`` every document that
        cannot be read or built is named in a `kgraph.run.pipeline.DocumentWarning`
        and the others are built; ``"raise"`` raises the first such error once
        the corpus is built.
    split_every
        Partial merges joined at a time (see `merge_bag`).

    Returns
    -------
    KnowledgeGraph
        The graph `kgraph.build` gives for the same documents in the same order.
    """
    if on_error not in ("raise", "warn"):
        raise InvalidInputError(f"on_error must be 'raise' or 'warn', got {on_error!r}")
    if isinstance(overrides, str | Path):
        overrides = read_overrides(overrides)
    bag_type = _import_bag().Bag
    if isinstance(paths_or_bag, bag_type):
        bag = paths_or_bag
    else:
        paths = (
            [paths_or_bag]
            if isinstance(paths_or_bag, str | os.PathLike)
            else paths_or_bag
        )
        bag = _bag_of_files(paths, on_error)
    kg, failures = merge_bag(
        bag, nlp=nlp, divisions=divisions, client=client, split_every=split_every
    )
    for failure in failures:
        if on_error == "raise" or not isinstance(
            failure.error, DocumentError | InvalidInputError
        ):
            raise failure.error
        message = str(failure.error)
        if failure.doc_id not in message:
            message = f"document {failure.doc_id!r}: {message}"
        warnings.warn(f"{message} (not built)", DocumentWarning, stacklevel=2)
    return resolve_entities(kg, overrides=overrides)
