"""One report of kgraph's accuracy on real articles, test split first.

    python scripts/eval_articles.py                 # every set, figures only
    python scripts/eval_articles.py --details dev   # + the dev split's errors

Sets: the real corpus's ``test`` split (``eval/corpus``; its texts and errors are
not read while developing, so only its figures are printed), its ``dev`` split,
its traditional and simplified articles and its later batches (e–f, collected
after the rules of batches a–d were written, and g, after those of a–f; test and
dev apart), the shared
development article (``../shared/eval``), the synthetic articles (``eval/articles``),
each set's MONEY nodes without a holder (``has_investment`` or ``has_amount``),
DuIE 2.0 relation recall (``../shared/eval/duie_rel.py``) unless ``--no-duie``,
and the public NER sets beside raw LAC (``scripts/eval_ner.py``) unless ``--no-ner``.
Each article is built with `kgraph.extract_document`, written as node-link JSON
and scored by the shared scorer (``../shared/eval/score.py``).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "eval" / "corpus"
KINDS = ("ent", "money", "rel", "byline")
#: corpus batches by when they were collected: e–f on 2026-12-02, after the
#: rules of batches a–d were written; g on 2026-12-03, after those of a–f; h
#: in session 14, after those of a–g; i in session 15 and j in session 16, each
#: split before its texts were written (k after the first rules of session 16,
#: l after nearly all of them, m after all of them)
BATCH_GROUPS = {
    "a–d": "abcd",
    "e–f": "ef",
    "g": "g",
    "h": "h",
    "i": "i",
    "j": "j",
    "k": "k",
    "l": "l",
    "m": "m",
    "n": "n",
}


def _module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _corpus_sets() -> dict[str, tuple[Path, dict[str, Any]]]:
    """The corpus split into test/dev, and each by script."""
    gold_split = _module(CORPUS / "gold_split.py", "gold_split")
    with (CORPUS / "sources.tsv").open(encoding="utf-8", newline="") as f:
        script = {r["id"]: r["script"] for r in csv.DictReader(f, delimiter="\t")}
    sets: dict[str, tuple[Path, dict[str, Any]]] = {}
    for split in ("test", "dev"):
        gold = gold_split.gold_of(split)
        sets[f"corpus {split}"] = (CORPUS / "articles", gold)
        for kind in ("traditional", "simplified"):
            part = {k: v for k, v in gold.items() if script.get(k) == kind}
            sets[f"corpus {split} {kind}"] = (CORPUS / "articles", part)
        # each later batch was collected after the rules of the earlier ones were
        # written: text no earlier rule saw
        for name, letters in BATCH_GROUPS.items():
            part = {k: v for k, v in gold.items() if k[0] in letters}
            if part:
                label = "batch" if len(letters) == 1 else "batches"
                sets[f"corpus {split} {label} {name}"] = (CORPUS / "articles", part)
    return sets


def _other_sets() -> dict[str, tuple[Path, dict[str, Any]]]:
    sets: dict[str, tuple[Path, dict[str, Any]]] = {}
    dev_gold = SHARED / "eval" / "gold_dev.py"
    if dev_gold.is_file():
        gold = _module(dev_gold, "gold_dev_article").GOLD
        sets["development article"] = (SHARED / "eval" / "articles", gold)
    gold = _module(ROOT / "eval" / "gold_heldout.py", "gold_synthetic").GOLD
    sets["synthetic (eval/articles)"] = (ROOT / "eval" / "articles", gold)
    return sets


def _converted(
    sets: dict[str, tuple[Path, dict[str, Any]]], out: Path
) -> dict[str, tuple[Path, dict[str, Any]]]:
    """The simplified articles of each split written in traditional characters.

    OpenCC's ``s2twp`` (Taiwan characters and phrasing) and ``s2hk`` convert the
    text and every gold name (the converted name beside the written one); amounts
    stay. This measures what the script alone costs, on the very same articles.
    """
    import opencc

    converted: dict[str, tuple[Path, dict[str, Any]]] = {}
    for split in ("test", "dev"):
        folder, gold = sets[f"corpus {split} simplified"]
        for config in ("s2twp", "s2hk"):
            cc = opencc.OpenCC(config)
            target = out / f"{split}_{config}"
            target.mkdir(parents=True)
            part: dict[str, Any] = {}
            for article_id, items in gold.items():
                text = (folder / f"{article_id}.txt").read_text(encoding="utf-8")
                (target / f"{article_id}.txt").write_text(
                    cc.convert(text), encoding="utf-8"
                )
                part[article_id] = _convert_gold(items, cc.convert)
            converted[f"corpus {split} simplified → {config}"] = (target, part)
    return converted


def _convert_gold(items: dict[str, Any], convert: Any) -> dict[str, Any]:
    def names(tup: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*(convert(n) for n in tup), *tup)))

    return {
        "entities": [{**e, "names": names(e["names"])} for e in items["entities"]],
        "relations": [
            {**r, "heads": names(r["heads"]), "tails": names(r["tails"])}
            for r in items["relations"]
        ],
        "money": list(items["money"]),
    }


def _build(folder: Path, ids: list[str], out: Path, nlp: Any) -> None:
    from kgraph.export import write_graph
    from kgraph.run.pipeline import extract_document

    for article_id in ids:
        text = (folder / f"{article_id}.txt").read_text(encoding="utf-8")
        try:
            kg = extract_document(text, doc_id=article_id, nlp=nlp)
        except Exception as err:  # an article that fails scores as empty, named
            print(f"  {article_id}: not built: {type(err).__name__}: {err}")
            (out / f"{article_id}.json").write_text('{"nodes": [], "edges": []}')
            continue
        write_graph(kg, out / f"{article_id}.json")


def _score(
    scorer: ModuleType, gold: dict[str, Any], pred: Path, details: bool
) -> dict[str, list[int]]:
    totals = {k: [0, 0, 0, 0] for k in KINDS}
    for article_id in sorted(gold):
        res = scorer.score_article(
            gold[article_id], scorer.load_pred(pred / f"{article_id}.json")
        )
        for k in KINDS:
            totals[k] = [a + b for a, b in zip(totals[k], res[k], strict=True)]
        if details:
            print(f"  ## {article_id}")
            for key in ("ent_fp", "ent_miss", "rel_fp", "rel_miss"):
                print(f"    {key}: {res[key]}")
    return totals


def _holders(pred: Path, ids: list[str]) -> tuple[int, int, int]:
    """MONEY nodes: all, with a holder, with a holder the sentence names."""
    holds = {"has_investment", "has_amount"}
    total = held = stated = 0
    for article_id in ids:
        data = json.loads((pred / f"{article_id}.json").read_text(encoding="utf-8"))
        amounts = {n["id"] for n in data["nodes"] if n.get("type") == "MONEY"}
        into = [
            e
            for e in data.get("edges", data.get("links", []))
            if e.get("relation") in holds and e["target"] in amounts
        ]
        total += len(amounts)
        held += len({e["target"] for e in into})
        stated += len({e["target"] for e in into if e.get("confidence", 1) >= 0.8})
    return total, held, stated


def _line(name: str, scorer: ModuleType, totals: dict[str, list[int]], n: int) -> str:
    parts = []
    for k in KINDS:
        _, n_pred, _, n_gold = totals[k]
        if not n_pred and not n_gold:  # nothing of the kind in gold or output
            parts.append(f"{k} F1   –   (P  –   R  – )")
            continue
        p, r, f = scorer.prf(*totals[k])
        parts.append(f"{k} F1 {f:.3f} (P {p:.2f} R {r:.2f})")
    return f"{name:34s} {n:3d} art.  " + "  ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--details",
        nargs="*",
        default=[],
        help="sets whose per-article errors to print (never 'test')",
    )
    parser.add_argument(
        "--no-duie", action="store_true", help="skip DuIE relation recall"
    )
    parser.add_argument(
        "--no-ner", action="store_true", help="skip the public NER sets (~1 min)"
    )
    args = parser.parse_args(argv)
    if any("test" in d for d in args.details):
        parser.error("the test split's errors are not read while developing")
    import kgraph

    scorer = _module(SHARED / "eval" / "score.py", "kgraph_shared_score")
    nlp = kgraph.load()
    sets = {**_corpus_sets(), **_other_sets()}
    with tempfile.TemporaryDirectory() as tmp:
        sets |= _converted(sets, Path(tmp) / "converted")
        for name, (folder, gold) in sets.items():
            if not gold:
                continue
            out = Path(tmp) / name.replace(" ", "_")
            out.mkdir(parents=True)
            _build(folder, sorted(gold), out, nlp)
            details = any(d and d in name for d in args.details)
            totals = _score(scorer, gold, out, details)
            print(_line(name, scorer, totals, len(gold)), flush=True)
            total, held, stated = _holders(out, sorted(gold))
            print(
                f"{'':34s} money without a holder {total - held}/{total}"
                f" (holder named in its sentence: {stated}/{total})"
            )
    duie = SHARED / "data" / "duie2_subset" / "train_data_5000.json"
    if not args.no_duie and duie.is_file():
        result = subprocess.run(
            [sys.executable, str(SHARED / "eval" / "duie_rel.py"), str(duie)],
            capture_output=True,
            text=True,
            check=False,
        )
        lines = result.stdout.strip().splitlines()
        print("DuIE 2.0:", lines[-1] if lines else result.stderr.strip()[-300:])
    if not args.no_ner:
        result = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "eval_ner.py")],
            capture_output=True,
            text=True,
            check=False,
        )
        table = [line for line in result.stdout.splitlines() if line.startswith("|")]
        print("Public NER sets (test splits), kgraph beside raw LAC:")
        print("\n".join(table) if table else result.stderr.strip()[-300:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
