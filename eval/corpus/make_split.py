"""Gather the batches' source rows into sources.tsv and split the corpus ONCE into dev and test.

    python eval/corpus/make_split.py          # refuses to run again once split.tsv exists

The split is by article, stratified: articles are grouped by script (simplified,
traditional), ordered within a group by province and then by a hash of the id, and
every third goes to ``test``; so both splits hold traditional articles and most
provinces. It reads only the metadata rows, never the texts.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["id", "url", "outlet", "date", "province", "script", "style", "annotator", "checker"]


def _rows() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in sorted(HERE.glob("sources_*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            rows += list(csv.DictReader(f, delimiter="\t"))
    return sorted(rows, key=lambda r: r["id"])


def _order(row: dict[str, str]) -> tuple[str, str]:
    return row["province"], hashlib.sha1(row["id"].encode()).hexdigest()


def main() -> int:
    split_path = HERE / "split.tsv"
    if split_path.exists():
        print(f"{split_path} exists: the corpus is split once", file=sys.stderr)
        return 1
    rows = _rows()
    with (HERE / "sources.tsv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: r.get(k, "-") for k in COLUMNS} for r in rows)
    split: dict[str, str] = {}
    for script in sorted({r["script"] for r in rows}):
        group = sorted((r for r in rows if r["script"] == script), key=_order)
        for i, row in enumerate(group):
            split[row["id"]] = "test" if i % 3 == 2 else "dev"
    with split_path.open("w", encoding="utf-8") as f:
        f.write("id\tsplit\n")
        for article_id in sorted(split):
            f.write(f"{article_id}\t{split[article_id]}\n")
    counts = {s: sum(v == s for v in split.values()) for s in ("dev", "test")}
    print(f"{len(rows)} articles: {counts['dev']} dev, {counts['test']} test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
