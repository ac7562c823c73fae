"""Publication dates read from the corpus texts against the dates of ``sources.tsv``.

    python scripts/eval_dates.py            # figures, test split first
    python scripts/eval_dates.py --details  # + the dev split's misses

`kgraph.extract.datelines.publication_date` on every article of ``eval/corpus``;
``sources.tsv`` holds each page's date as its site gives it (``-`` where none).
A text that names no full date (``11月16日讯`` has no year) should give None:
"right" counts equal dates, "none" texts given no date though the page has one,
"wrong" a date that differs from the page's (or one where the page has none).
The test split's texts and misses are not printed.
"""

from __future__ import annotations

import argparse
import csv
from datetime import date
from pathlib import Path

from kgraph.extract.datelines import publication_date

CORPUS = Path(__file__).resolve().parents[1] / "eval" / "corpus"


def _rows(name: str) -> list[dict[str, str]]:
    with (CORPUS / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list dev misses")
    args = parser.parse_args()
    split = {row["id"]: row["split"] for row in _rows("split.tsv")}
    page_date = {row["id"]: row["date"] for row in _rows("sources.tsv")}
    for which in ("test", "dev"):
        counts = {"right": 0, "none": 0, "wrong": 0, "undated right": 0, "undated": 0}
        misses = []
        for doc_id in sorted(d for d, s in split.items() if s == which):
            text = (CORPUS / "articles" / f"{doc_id}.txt").read_text(encoding="utf-8")
            got = publication_date(text)
            written = page_date.get(doc_id, "-")
            want = None if written in ("", "-") else date.fromisoformat(written)
            if want is None:
                counts["undated"] += 1
                counts["undated right" if got is None else "wrong"] += 1
            elif got == want:
                counts["right"] += 1
            else:
                counts["none" if got is None else "wrong"] += 1
            if got != want:
                misses.append(f"  {doc_id}: page {want}, read {got}")
        dated = (
            counts["right"]
            + counts["none"]
            + counts["wrong"]
            - (counts["undated"] - counts["undated right"])
        )
        print(
            f"{which}: {dated} pages dated: {counts['right']} read right, "
            f"{counts['none']} not read, {counts['wrong']} wrong; "
            f"{counts['undated']} undated pages, {counts['undated right']} given none"
        )
        if which == "dev" and args.details:
            print("\n".join(misses))


if __name__ == "__main__":
    main()
