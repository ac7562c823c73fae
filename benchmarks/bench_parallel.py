"""Throughput of 2 processes against 1, and of 2 Dask workers against 1, same texts.

    python benchmarks/bench_parallel.py                 # 48 documents
    python benchmarks/bench_parallel.py --docs 200      # the issue's 200 articles
    python benchmarks/bench_parallel.py --no-dask

The documents are the synthetic articles of ``examples/``, ``eval/articles/``
and ``tests/data/corpus/``, repeated (each copy its own doc id) to ``--docs``.
Processes: `kgraph.build` with ``n_process=1`` (in this process, onnxruntime's
default threads: what ``--jobs 1`` does) and ``n_process=2`` (start-up of the
workers included). Dask: `kgraph.run.dask.build_dask` on two
``distributed.LocalCluster``\\ s on loopback, of 1 and of 2 single-thread worker
processes, both started and warmed before the timing. Runs take turns
``--repeats`` times, the best counting, so load from other processes hits each
alike; the figures are the ratios (target: at least 1.7 each, with 2 cores
free) and whether every output is the graph of one process.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import kgraph

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("examples", "eval/articles", "tests/data/corpus")
TARGET_RATIO = 1.7


def corpus_texts(root: Path = ROOT) -> list[tuple[str, str]]:
    """The synthetic articles shipped with the repository, as (name, text).

    Examples
    --------
    >>> names = [name for name, _ in corpus_texts()]
    >>> "a1_xiangjiadang" in names and len(names) >= 5
    True
    """
    texts = []
    for folder in FOLDERS:
        for path in sorted((root / folder).glob("*.txt")):
            texts.append((path.stem, path.read_text(encoding="utf-8")))
    return texts


def make_documents(texts: list[tuple[str, str]], count: int) -> list[tuple[str, str]]:
    """``count`` documents cycling through ``texts``, each with its own id.

    Examples
    --------
    >>> make_documents([("a", "甲"), ("b", "乙")], 3)
    [('a-0', '甲'), ('b-1', '乙'), ('a-2', '甲')]
    """
    cycle = itertools.islice(itertools.cycle(texts), count)
    return [(f"{name}-{number}", text) for number, (name, text) in enumerate(cycle)]


def time_turns(
    runs: dict[str, Callable[[], kgraph.KnowledgeGraph]], repeats: int
) -> tuple[dict[str, float], dict[str, kgraph.KnowledgeGraph]]:
    """Best wall-clock seconds of each run over ``repeats`` turns; last outputs."""
    best = dict.fromkeys(runs, float("inf"))
    outputs: dict[str, kgraph.KnowledgeGraph] = {}
    for _ in range(repeats):
        for name, run in runs.items():
            start = time.perf_counter()
            outputs[name] = run()
            best[name] = min(best[name], time.perf_counter() - start)
    return best, outputs


def _dask_runs(
    documents: list[tuple[str, str]], nlp: object, stack: list[object]
) -> dict[str, Callable[[], kgraph.KnowledgeGraph]]:
    import dask.bag
    import distributed

    from kgraph.run.dask import build_dask

    runs = {}
    for workers in (1, 2):
        cluster = distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=":0",  # any free port
            silence_logs=logging.WARNING,
        )
        client = distributed.Client(cluster)
        stack += [client, cluster]
        warm = dask.bag.from_sequence(documents[: 2 * workers], partition_size=1)
        build_dask(warm, client=client, nlp=nlp)  # every worker loads its pipeline

        def run(client: object = client) -> kgraph.KnowledgeGraph:
            bag = dask.bag.from_sequence(documents, partition_size=4)
            return build_dask(bag, client=client, nlp=nlp)  # type: ignore[arg-type]

        runs[f"dask {workers} worker{'s' if workers > 1 else ''}"] = run
    return runs


def main(argv: list[str] | None = None) -> int:
    """Time the runs, print chars/s, the ratios and whether outputs are identical."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=48)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args(argv)
    documents = make_documents(corpus_texts(), args.docs)
    chars = sum(len(text) for _, text in documents)
    load_before = os.getloadavg()[0]
    nlp = kgraph.load()
    kgraph.build(documents[:2], nlp=nlp)  # the session of this process, warm
    runs: dict[str, Callable[[], kgraph.KnowledgeGraph]] = {
        "1 process": lambda: kgraph.build(documents, nlp=nlp, n_process=1),
        "2 processes": lambda: kgraph.build(documents, nlp=nlp, n_process=2),
    }
    stack: list[object] = []
    try:
        if not args.no_dask:
            runs.update(_dask_runs(documents, nlp, stack))
        best, outputs = time_turns(runs, args.repeats)
    finally:
        for thing in stack:
            thing.close()  # type: ignore[attr-defined]
    print(
        f"{len(documents)} documents, {chars:,} characters; {os.cpu_count()} cores, "
        f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after"
    )
    for name, seconds in best.items():
        print(f"  {name:<16} {seconds:6.2f} s  {chars / seconds:9,.0f} chars/s")
    reference = outputs["1 process"]
    pairs = [("2 processes", "1 process")]
    if not args.no_dask:
        pairs.append(("dask 2 workers", "dask 1 worker"))
    for fast, slow in pairs:
        ratio = best[slow] / best[fast]
        verdict = "ok" if ratio >= TARGET_RATIO else "BELOW TARGET"
        print(
            f"ratio {fast} / {slow}: {ratio:.2f}x (target >= {TARGET_RATIO}) {verdict}"
        )
    same = all(kg == reference for kg in outputs.values())
    print(f"outputs identical to 1 process: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
