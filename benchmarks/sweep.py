"""Run the whole pipeline over every document that can be made from real text.

    python benchmarks/sweep.py                 # all (~2,700 documents + long ones)
    python benchmarks/sweep.py --sample 300    # an even sample, no long documents
    python benchmarks/sweep.py --long-chars 0  # no 1.2M-character documents

Documents: the public sets in ``../shared/data`` (People's Daily 1998 dev+test,
MSRA test, CLUENER train+dev, DuIE 2.0), 15 sentences a document; the real
articles of the repository (``eval/corpus/articles``, ``eval/articles``) and the
shared development article; and each source concatenated into one document of
``--long-chars`` characters. Each is built with `kgraph.extract_document`; an
exception is a failure, counted by kind with its first document. Prints the
documents built, the failures, chars/s by document length and the peak RSS;
exit status 1 when any document failed.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from ner_data import read_bio  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
SENTENCES_PER_DOCUMENT = 15
#: length buckets for the speed table: (upper bound in characters, name)
BUCKETS = (
    (1_000, "<1k"),
    (10_000, "1k-10k"),
    (100_000, "10k-100k"),
    (10**12, ">=100k"),
)


@dataclass
class SweepReport:
    """What one sweep saw."""

    documents: int = 0
    characters: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    first_failure: dict[str, str] = field(default_factory=dict)
    seconds_by_bucket: dict[str, float] = field(
        default_factory=lambda: defaultdict(float)
    )
    chars_by_bucket: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    @property
    def failed(self) -> int:
        return sum(self.failures.values())


def _lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as f:
        yield from f


def public_sentences(data: Path) -> dict[str, list[str]]:
    """Sentences of each public set, by set name (missing sets are left out)."""
    bio = {
        "peoples_daily": [
            "peoples_daily_1998_ner/example.dev",
            "peoples_daily_1998_ner/example.test",
        ],
        "msra": ["msra_ner/msra_test_bio.txt"],
    }
    jsonl = {
        "cluener": ["cluener2020/train.json", "cluener2020/dev.json"],
        "duie": ["duie2_subset/train_data_5000.json"],
    }
    out: dict[str, list[str]] = {}
    for name, files in bio.items():
        paths = [data / f for f in files if (data / f).is_file()]
        if paths:
            out[name] = [
                s.text for p in paths for s in read_bio(_lines(p), source=str(p))
            ]
    for name, files in jsonl.items():
        paths = [data / f for f in files if (data / f).is_file()]
        if paths:
            out[name] = [
                json.loads(line)["text"]
                for p in paths
                for line in _lines(p)
                if line.strip()
            ]
    return out


def real_articles() -> list[tuple[str, str]]:
    """``(doc_id, text)`` of the real and synthetic articles kept in the repository."""
    folders = [
        ROOT / "eval" / "corpus" / "articles",
        ROOT / "eval" / "articles",
        ROOT.parent / "shared" / "eval" / "articles",
    ]
    return [
        (f"article-{p.stem}", p.read_text(encoding="utf-8"))
        for folder in folders
        if folder.is_dir()
        for p in sorted(folder.glob("*.txt"))
    ]


def make_documents(data: Path, *, long_chars: int) -> list[tuple[str, str]]:
    """Every sweep document as ``(doc_id, text)``."""
    documents: list[tuple[str, str]] = []
    sources = public_sentences(data)
    for name, sentences in sources.items():
        for i in range(0, len(sentences), SENTENCES_PER_DOCUMENT):
            chunk = sentences[i : i + SENTENCES_PER_DOCUMENT]
            documents.append(
                (f"{name}-{i // SENTENCES_PER_DOCUMENT}", "\n\n".join(chunk))
            )
    articles = real_articles()
    documents += articles
    if long_chars > 0:
        texts = {name: "\n\n".join(s) for name, s in sources.items()}
        texts["articles"] = "\n\n".join(text for _, text in articles)
        for name, text in texts.items():
            if text:
                repeated = (text + "\n\n") * (long_chars // (len(text) + 2) + 1)
                documents.append((f"{name}-long", repeated[:long_chars]))
    return documents


def sample(documents: list[tuple[str, str]], n: int) -> list[tuple[str, str]]:
    """An even sample of ``n`` documents (all when ``n`` is 0 or too large)."""
    if n <= 0 or n >= len(documents):
        return documents
    step = len(documents) / n
    return [documents[int(i * step)] for i in range(n)]


def sweep(documents: list[tuple[str, str]], *, verbose: bool = False) -> SweepReport:
    """Build every document with one pipeline; count failures and time by length."""
    import kgraph
    from kgraph.run.pipeline import extract_document

    nlp = kgraph.load()
    report = SweepReport()
    for doc_id, text in documents:
        bucket = next(name for bound, name in BUCKETS if len(text) < bound)
        started = time.process_time()
        try:
            extract_document(text, doc_id=doc_id, nlp=nlp)
        except Exception as err:  # a failure is what the sweep is looking for
            detail = str(err).splitlines()[0][:120] if str(err) else ""
            kind = f"{type(err).__name__}: {detail}"
            report.failures[kind] += 1
            report.first_failure.setdefault(kind, doc_id)
            if verbose:
                traceback.print_exc()
        report.seconds_by_bucket[bucket] += time.process_time() - started
        report.chars_by_bucket[bucket] += len(text)
        report.documents += 1
        report.characters += len(text)
    return report


def print_report(report: SweepReport) -> None:
    print(f"documents: {report.documents} ({report.characters:,} characters)")
    print(f"failures: {report.failed}")
    for kind, count in report.failures.most_common():
        print(f"  {count} x {kind}  (first: {report.first_failure[kind]})")
    print("chars per CPU-second by document length:")
    for _, name in BUCKETS:
        seconds = report.seconds_by_bucket.get(name, 0.0)
        if seconds:
            chars = report.chars_by_bucket[name]
            print(f"  {name:>9}: {chars / seconds:>9,.0f}  ({chars:,} chars)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=DATA, help="the public sets' folder"
    )
    parser.add_argument(
        "--sample", type=int, default=0, help="an even sample of N documents"
    )
    parser.add_argument(
        "--long-chars",
        type=int,
        default=1_200_000,
        help="length of the concatenated documents (0: none; "
        "none either with --sample)",
    )
    parser.add_argument("--verbose", action="store_true", help="print each traceback")
    args = parser.parse_args(argv)
    long_chars = 0 if args.sample else args.long_chars
    documents = sample(make_documents(args.data, long_chars=long_chars), args.sample)
    report = sweep(documents, verbose=args.verbose)
    print_report(report)
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
