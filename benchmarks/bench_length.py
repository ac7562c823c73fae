"""Cost against document length: chars/s on one long document against a short one.

    python benchmarks/bench_length.py                 # 30k and 300k characters
    python benchmarks/bench_length.py --long 1200000  # and a 1.2M-character one

The text is People's Daily 1998 test sentences (``../shared/data``), a paragraph
each, cut to each length; each document is built once with
`kgraph.extract_document` after a warm-up, timed in CPU seconds, in this one
process. Prints chars/s for each and the ratio long/short (target ≥ 0.7).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from ner_data import read_bio  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "peoples_daily_1998_ner" / "example.test"
TARGET = 0.7


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", type=int, default=30_000)
    parser.add_argument("--long", type=int, default=300_000)
    args = parser.parse_args(argv)
    import kgraph
    from kgraph.run.pipeline import extract_document

    with DATA.open(encoding="utf-8") as f:
        text = "\n\n".join(s.text for s in read_bio(f, source=str(DATA)))
    text = (text + "\n\n") * (args.long // len(text) + 1)
    nlp = kgraph.load()
    extract_document(text[:5_000], doc_id="warm-up", nlp=nlp)
    speed = {}
    for n in (args.short, args.long):
        started = time.process_time()
        extract_document(text[:n], doc_id=f"doc-{n}", nlp=nlp)
        speed[n] = n / (time.process_time() - started)
        print(f"{n:>9,} chars: {speed[n]:>8,.0f} chars/CPU-s")
    ratio = speed[args.long] / speed[args.short]
    print(f"ratio long/short: {ratio:.2f} (target >= {TARGET})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
