"""Add a new batch of articles to the corpus, splitting only the new ones, once.

    python eval/corpus/extend_split.py e      # the rows of sources_e.tsv

The articles already in ``split.tsv`` keep their split. The new batch's rows are
split by the rule of ``make_split.py`` (grouped by script, ordered by province and
then by a hash of the id, every third to ``test``), which was fixed before the
batch's texts were written, and it reads only the metadata rows, never the texts.
A batch already in ``split.tsv`` is refused.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from make_split import COLUMNS, HERE, _order


def main(letter: str) -> int:
    split_path = HERE / "split.tsv"
    known = dict(
        line.split("\t") for line in split_path.read_text(encoding="utf-8").splitlines()[1:]
    )
    batch = HERE / f"sources_{letter}.tsv"
    with batch.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    if any(r["id"] in known for r in rows):
        print(f"{batch.name}: already split", file=sys.stderr)
        return 1
    new: dict[str, str] = {}
    for script in sorted({r["script"] for r in rows}):
        group = sorted((r for r in rows if r["script"] == script), key=_order)
        for i, row in enumerate(group):
            new[row["id"]] = "test" if i % 3 == 2 else "dev"
    split = {**known, **new}
    with split_path.open("w", encoding="utf-8") as f:
        f.write("id\tsplit\n")
        for article_id in sorted(split):
            f.write(f"{article_id}\t{split[article_id]}\n")
    with (HERE / "sources.tsv").open(encoding="utf-8", newline="") as f:
        sources = list(csv.DictReader(f, delimiter="\t"))
    with (HERE / "sources.tsv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: r.get(k, "-") for k in COLUMNS} for r in sources + rows)
    counts = {s: sum(v == s for v in new.values()) for s in ("dev", "test")}
    print(f"batch {letter}: {len(rows)} articles, {counts['dev']} dev, {counts['test']} test")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
