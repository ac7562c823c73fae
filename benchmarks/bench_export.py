"""Exports against the RDF toolkit underneath: kgraph's writers vs pyoxigraph's.

A synthetic KnowledgeGraph of about ``--triples`` triples (built from the data
model, not by extraction: articles with shared and own entities, mentions
with evidence, relations with provenance, amounts, a few traditional labels,
merges) is written by `kgraph.export.write_graph` in Turtle, N-Triples, TriG
and N-Quads; pyoxigraph then serialises the very same quads (parsed back from
kgraph's output, built once before the clock starts) in the same format. Each
line prints both times and their ratio, measured in the same run, so the
machine's load cancels out as far as it can; the target is each ratio <= 4.

Then the TriG writer's time per quad at ``--small`` articles against
``--large`` articles (target: within 1.3x), and the peak memory of each write
(tracemalloc: Python allocations, which is what the writers hold; and the
process's peak RSS from ``resource.getrusage``).

    python benchmarks/bench_export.py                 # ~1M triples, a few minutes
    python benchmarks/bench_export.py --triples 100000
"""

from __future__ import annotations

import argparse
import gc
import io
import random
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kgraph.export import article_id, write_graph  # noqa: E402
from kgraph.ids import mint_id  # noqa: E402
from kgraph.types import (  # noqa: E402
    Document,
    Entity,
    EntityType,
    KnowledgeGraph,
    Mention,
    Merge,
    Money,
    MoneyQualifier,
    Predicate,
    Provenance,
    Relation,
)

#: format name -> pyoxigraph format of the same serialisation
FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}
TRIPLES_PER_ARTICLE = 330  # about what `synthetic_kg` makes per article
_SHARED = ("中国", "浙江省", "嘉兴市", "南湖区", "杭州市", "國家發展改革委")
_PREDICATES = (Predicate.LOCATED_IN, Predicate.PART_OF, Predicate.PARTNER_OF)


def synthetic_kg(n_articles: int, *, seed: int = 0) -> KnowledgeGraph:
    """A corpus-like graph of ``n_articles`` articles, built from the data model.

    Each article has its ARTICLE entity and document, ~20 mentions of 6 shared
    and 8 own entities (the shared ones recur in many articles, as 中国 does),
    an amount, 8 relations with evidence (two of them ``works_for`` with a
    role) and a byline.
    """
    rng = random.Random(seed)
    shared = [(mint_id(EntityType.PLACE, name), name) for name in _SHARED]
    mentions: dict[str, list[Mention]] = {}
    entities: dict[str, tuple[EntityType, str, Money | None]] = {}
    relations: list[Relation] = []
    documents: list[Document] = []
    for ent_id, name in shared:
        entities[ent_id] = (EntityType.PLACE, name, None)
    for a in range(n_articles):
        doc_id = f"doc{a:05d}"
        sentence = f"第{a}篇报道：某某科技有限公司{a}在嘉兴市南湖区投资建设新项目。"
        documents.append(Document(doc_id, f"corpus/{doc_id}.txt", f"标题{a}", 800))
        art = article_id(doc_id)
        entities[art] = (EntityType.ARTICLE, f"标题{a}", None)
        own: list[str] = []
        for k in range(8):
            kind = (EntityType.ORG, EntityType.PERSON, EntityType.PROJECT)[k % 3]
            name = f"{kind.value}{a}-{k}号单位"
            ent_id = mint_id(kind, name)
            entities[ent_id] = (kind, name, None)
            own.append(ent_id)
        money_name = f"{a % 97 + 1}.5亿元"
        money_id = mint_id(EntityType.MONEY, money_name, scope=doc_id)
        value = Decimal(a % 97 + 1) * Decimal("1.5E+8")
        money = Money(value, qualifier=MoneyQualifier.APPROX)
        entities[money_id] = (EntityType.MONEY, money_name, money)
        pool = [*own, money_id, *(i for i, _ in shared)]
        for m in range(20):
            ent_id = pool[m % len(pool)]
            start = 10 * m + 1
            prov = Provenance(doc_id, start, start + 4, "kgraph_ner", sentence)
            mentions.setdefault(ent_id, []).append(Mention(entities[ent_id][1], prov))
        for r in range(8):
            subject, obj = rng.sample(own, 2)
            predicate = Predicate.WORKS_FOR if r < 2 else _PREDICATES[r % 3]
            if r == 7:
                obj = shared[a % len(shared)][0]
            prov = Provenance(doc_id, 20 * r, 20 * r + 9, "kgraph_relations", sentence)
            role = "董事长" if predicate is Predicate.WORKS_FOR else None
            relations.append(Relation(subject, predicate, obj, prov, 0.9, role))
        byline = Provenance(doc_id, 700, 703, "kgraph_byline")
        relations.append(Relation(art, Predicate.REPORTED_BY, own[1], byline))
    built = tuple(
        Entity(
            ent_id,
            kind,
            label,
            aliases=(label + "公司",) if kind is EntityType.ORG else (),
            mentions=tuple(mentions.get(ent_id, ())),
            money=money,
        )
        for ent_id, (kind, label, money) in entities.items()
    )
    merges = tuple(Merge(shared[0][0], f"中华{n}", "alias", "简称") for n in range(5))
    return KnowledgeGraph(
        entities=built,
        relations=tuple(relations),
        documents=tuple(documents),
        merges=merges,
    )


def _seconds(action: Callable[[], object], *, repeat: int) -> float:
    """The best of ``repeat`` runs of ``action``, in CPU seconds of this process.

    CPU time, not wall time: the other processes of a shared machine then
    slow both sides of a ratio less unevenly. The garbage collector stays on.
    """
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        action()
        best = min(best, time.process_time() - start)
    return best


def _peak_mib(action: Callable[[], object]) -> float:
    """The peak of Python allocations while ``action`` runs, in MiB."""
    gc.collect()
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def _kgraph_bytes(kg: KnowledgeGraph, fmt: str) -> bytes:
    buf = io.BytesIO()
    write_graph(kg, buf, format=fmt)
    return buf.getvalue()


def compare_formats(kg: KnowledgeGraph, *, repeat: int) -> list[float]:
    """Print kgraph vs pyoxigraph per format; return the ratios."""
    ratios = []
    print("CPU seconds of this process, best of the runs; MiB: peak Python allocations")
    print(
        f"{'format':8} {'quads':>9} {'kgraph s':>9} {'pyoxigraph s':>12} "
        f"{'ratio':>6} {'kgraph MiB':>10} {'oxigraph MiB':>12}"
    )
    for fmt, ox_format in FORMATS.items():
        data = _kgraph_bytes(kg, fmt)
        quads = list(ox.parse(data, format=ox_format))  # the same quads, built once
        ours = _seconds(lambda fmt=fmt: _kgraph_bytes(kg, fmt), repeat=repeat)
        theirs = _seconds(
            lambda quads=quads, ox_format=ox_format: ox.serialize(
                quads, format=ox_format
            ),
            repeat=repeat,
        )
        ours_mib = _peak_mib(lambda fmt=fmt: _kgraph_bytes(kg, fmt))
        theirs_mib = _peak_mib(
            lambda quads=quads, ox_format=ox_format: ox.serialize(
                quads, format=ox_format
            )
        )
        ratios.append(ours / theirs)
        print(
            f"{fmt:8} {len(quads):9d} {ours:9.2f} {theirs:12.2f} "
            f"{ours / theirs:6.1f} {ours_mib:10.0f} {theirs_mib:12.0f}"
        )
        del quads
    return ratios


def trig_scaling(small: int, large: int, *, repeat: int) -> float:
    """Print the TriG writer's µs per quad at ``small`` and ``large`` articles."""
    per_quad = []
    for n in (small, large):
        kg = synthetic_kg(n)
        count = _kgraph_bytes(kg, "nquads").count(b"\n")
        # the small graph is written in a blink: best of more runs
        runs = repeat if n == large else max(repeat, repeat * large // small // 4)
        seconds = _seconds(lambda kg=kg: _kgraph_bytes(kg, "trig"), repeat=runs)
        per_quad.append(seconds / count * 1e6)
        print(f"TriG {n:5d} articles: {count:8d} quads, {per_quad[-1]:.2f} µs/quad")
    ratio = per_quad[1] / per_quad[0]
    print(
        f"TriG µs per quad, {large} vs {small} articles: {ratio:.2f}x (target <= 1.3)"
    )
    return ratio


def store_load(kg: KnowledgeGraph) -> float:
    """Print `GraphStore.load` (bulk) vs one transaction, on the same N-Quads file."""
    import tempfile

    from kgraph.store.graph_store import GraphStore

    with tempfile.TemporaryDirectory() as folder:
        nq = Path(folder) / "kg.nq"
        write_graph(kg, nq)
        start = time.perf_counter()
        with GraphStore(Path(folder) / "bulk") as store:
            count = store.load(nq)
        bulk = time.perf_counter() - start
        start = time.perf_counter()
        plain = ox.Store(str(Path(folder) / "plain"))
        plain.load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        plain.flush()
        transaction = time.perf_counter() - start
        del plain
    print(
        f"store load of {count} quads: bulk {bulk:.1f} s, one transaction "
        f"{transaction:.1f} s ({transaction / bulk:.1f}x faster)"
    )
    return transaction / bulk


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=100, help="articles")
    parser.add_argument("--large", type=int, default=3000, help="articles")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = parser.parse_args(argv)
    load = ", ".join(f"{x:.2f}" for x in __import__("os").getloadavg())
    print(f"load average {load} (timings are noisy; the ratios are what count)")
    kg = synthetic_kg(max(1, args.triples // TRIPLES_PER_ARTICLE))
    ratios = compare_formats(kg, repeat=args.repeat)
    store_load(kg)
    del kg
    trig = trig_scaling(args.small, args.large, repeat=args.repeat)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {rss:.0f} MiB")
    worst = max(ratios)
    print(
        f"worst kgraph/pyoxigraph ratio {worst:.1f} (target <= 4); "
        f"TriG scaling {trig:.2f} (target <= 1.3)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
