"""Readers for the NER evaluation sets: character-per-line BIO files and CLUENER.

Every reader yields `Sentence` records whose spans use EXCLUSIVE end offsets
and the labels ``PER``/``LOC``/``ORG``. The data itself lives outside the repo
(``../shared/data``, see its README); nothing here is packaged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "CLUENER_LABELS",
    "DATASETS",
    "LABELS",
    "Dataset",
    "Sentence",
    "Span",
    "bio_spans",
    "read_bio",
    "read_cluener",
    "read_dataset",
]

#: (start, end, label) with ``end`` exclusive
Span = tuple[int, int, str]
#: the labels scored
LABELS = ("PER", "LOC", "ORG")
#: CLUENER type -> scored label; the other CLUENER types are not scored
CLUENER_LABELS = {
    "name": "PER",
    "address": "LOC",
    "scene": "LOC",
    "company": "ORG",
    "government": "ORG",
    "organization": "ORG",
}


@dataclass(frozen=True, slots=True)
class Sentence:
    """One evaluation sentence, its gold spans and (CLUENER) its unscored ones."""

    text: str
    spans: frozenset[Span]
    unscored: frozenset[Span] = frozenset()  # with the dataset's own type names


@dataclass(frozen=True, slots=True)
class Dataset:
    """Where a dataset's splits are (relative to the data folder) and its format."""

    name: str
    test: str
    dev: str | None  # the split for tuning; None if the set has none
    format: str  # "bio" or "cluener"


DATASETS = (
    Dataset("msra", "msra_ner/msra_test_bio.txt", None, "bio"),
    Dataset(
        "peoples_daily",
        "peoples_daily_1998_ner/example.test",
        "peoples_daily_1998_ner/example.dev",
        "bio",
    ),
    Dataset("cluener", "cluener2020/dev.json", "cluener2020/train.json", "cluener"),
)


def bio_spans(tags: Sequence[str]) -> list[Span]:
    """Return the entity spans of a BIO tag sequence.

    An ``I-`` tag that does not continue an entity of its type starts a new
    one (as conlleval does).

    Examples
    --------
    >>> bio_spans(["B-ORG", "I-ORG", "O", "B-PER", "I-PER", "I-LOC"])
    [(0, 2, 'ORG'), (3, 5, 'PER'), (5, 6, 'LOC')]
    >>> bio_spans(["O", "I-LOC", "I-LOC"])
    [(1, 3, 'LOC')]
    """
    spans: list[Span] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if label and (prefix != "I" or kind != label):
            spans.append((start, i, label))
            label = ""
        if prefix == "B" or (prefix == "I" and not label):
            start, label = i, kind
    return spans


def read_bio(lines: Iterable[str], *, source: str = "<lines>") -> Iterator[Sentence]:
    """Read ``char<TAB or SPACE>tag`` lines, a blank line between sentences.

    The character is the line's first character (so a space can be one).

    Raises
    ------
    ValueError
        For a line that is not one character, a separator and a tag.

    Examples
    --------
    >>> lines = ["中\\tB-ORG", "国\\tI-ORG", "队 O", "", "张 B-PER", "三 I-PER", ""]
    >>> [(s.text, sorted(s.spans)) for s in read_bio(lines)]
    [('中国队', [(0, 2, 'ORG')]), ('张三', [(0, 2, 'PER')])]
    """
    chars: list[str] = []
    tags: list[str] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if chars:
                yield Sentence("".join(chars), frozenset(bio_spans(tags)))
                chars, tags = [], []
            continue
        tag = line[1:].strip()
        if len(line) < 3 or line[1] not in " \t" or not tag:
            raise ValueError(f"{source}:{number}: expected 'char tag', got {raw!r}")
        chars.append(line[0])
        tags.append(tag)
    if chars:
        yield Sentence("".join(chars), frozenset(bio_spans(tags)))


def read_cluener(
    lines: Iterable[str],
    *,
    labels: dict[str, str] = CLUENER_LABELS,
    source: str = "<lines>",
) -> Iterator[Sentence]:
    """Read CLUENER JSON lines; their ``[start, end]`` positions are INCLUSIVE.

    The CLUENER types in ``labels`` are renamed to its values; the others go
    to `Sentence.unscored` under their own names.

    Raises
    ------
    ValueError
        If a position does not cover its entity text.

    Examples
    --------
    >>> line = json.dumps({"text": "温格执教阿森纳", "label": {
    ...     "name": {"温格": [[0, 1]]}, "organization": {"阿森纳": [[4, 6]]},
    ...     "position": {"执教": [[2, 3]]}}})
    >>> [(sorted(s.spans), sorted(s.unscored)) for s in read_cluener([line])]
    [([(0, 2, 'PER'), (4, 7, 'ORG')], [(2, 4, 'position')])]
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        text = record["text"]
        spans: set[Span] = set()
        unscored: set[Span] = set()
        for kind, entities in record.get("label", {}).items():
            for surface, positions in entities.items():
                for start, last in positions:
                    if text[start : last + 1] != surface:
                        raise ValueError(
                            f"{source}:{number}: {kind} {surface!r} at "
                            f"[{start}, {last}] reads {text[start : last + 1]!r}"
                        )
                    if kind in labels:
                        spans.add((start, last + 1, labels[kind]))
                    else:
                        unscored.add((start, last + 1, kind))
        yield Sentence(text, frozenset(spans), frozenset(unscored))


def read_dataset(dataset: Dataset, data_dir: Path, *, split: str) -> list[Sentence]:
    """Read ``split`` ("test" or "dev") of ``dataset`` from ``data_dir``.

    Raises
    ------
    ValueError
        If ``dataset`` has no such split.
    """
    relative = dataset.test if split == "test" else dataset.dev
    if relative is None:
        raise ValueError(f"{dataset.name} has no {split!r} split")
    path = data_dir / relative
    with path.open(encoding="utf-8") as f:
        if dataset.format == "bio":
            return list(read_bio(f, source=str(path)))
        return list(read_cluener(f, source=str(path)))
