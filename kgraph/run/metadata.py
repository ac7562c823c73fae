"""What the caller knows about a document: its publication date, title and source.

`kgraph.build` and `kgraph.update` take ``doc_meta={doc_id: {"date": …}}``;
``kgraph build`` takes ``--date`` (every input) and ``--meta FILE`` (a CSV or
TSV table with a ``doc_id`` column and ``date``, ``title`` or ``source``
columns). What the caller gives replaces what was read from the text
(`kgraph.extract.datelines`), so a corpus with a sources table is dated even
where its texts carry no date. `with_document_meta` applies it to any graph, one
document's or a merged one, so it runs after extraction, in the merging step.
"""

from __future__ import annotations

import csv
import datetime
import os
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from kgraph.errors import InvalidInputError
from kgraph.link.periods import calendar_date
from kgraph.types import KnowledgeGraph

__all__ = [
    "META_FIELDS",
    "DocMeta",
    "MetadataWarning",
    "normalise_meta",
    "read_meta",
    "unmatched_ids",
    "unmatched_message",
    "warn_unmatched",
    "with_document_meta",
]

#: the fields of a `kgraph.types.Document` the caller may give
META_FIELDS = ("date", "title", "source")
#: doc_id -> field -> value
DocMeta = Mapping[str, Mapping[str, Any]]
_ID_COLUMNS = ("doc_id", "id")
#: a table cell that gives nothing
_BLANK = (None, "", "-")


def _date(value: Any, doc_id: str) -> datetime.date | None:
    try:
        return calendar_date(value)
    except ValueError as err:
        raise InvalidInputError(f"document {doc_id!r}: bad date ({err})") from None


def normalise_meta(meta: DocMeta) -> dict[str, dict[str, Any]]:
    """Check ``meta`` and turn its dates into `datetime.date`.

    Raises
    ------
    InvalidInputError
        For a field other than `META_FIELDS` or a date that is not one.

    Examples
    --------
    >>> normalise_meta({"a1": {"date": "2024-07-15", "title": "标题"}})
    {'a1': {'date': datetime.date(2024, 7, 15), 'title': '标题'}}
    >>> normalise_meta({"a1": {"when": "2024"}})
    Traceback (most recent call last):
    ...
    kgraph.errors.InvalidInputError: document 'a1': unknown metadata field 'when' ...
    """
    if not isinstance(meta, Mapping):
        raise InvalidInputError(
            f"doc_meta must map doc ids to fields, got {type(meta).__name__}"
        )
    out: dict[str, dict[str, Any]] = {}
    for doc_id, fields in meta.items():
        doc_id = str(doc_id)
        if not isinstance(fields, Mapping):
            raise InvalidInputError(
                f"document {doc_id!r}: metadata must be a mapping of fields, "
                f"got {fields!r:.40}"
            )
        unknown = sorted(set(fields) - set(META_FIELDS))
        if unknown:
            raise InvalidInputError(
                f"document {doc_id!r}: unknown metadata field {unknown[0]!r} "
                f"(known: {', '.join(META_FIELDS)})"
            )
        checked = dict(fields)
        if "date" in checked:
            checked["date"] = _date(checked["date"], doc_id)
        for name in ("title", "source"):
            if name in checked and not isinstance(checked[name], str):
                raise InvalidInputError(f"document {doc_id!r}: {name} must be a str")
        out[doc_id] = checked
    return out


def with_document_meta(
    kg: KnowledgeGraph,
    meta: DocMeta | None = None,
    *,
    date: datetime.date | None = None,
) -> KnowledgeGraph:
    """``kg`` with its documents given the caller's fields (``date`` for the rest).

    ``meta`` is checked as `normalise_meta` does; a field with an empty value
    (None, ``""``) leaves what was read. Documents not named keep theirs, or
    get ``date`` if it is given.

    Examples
    --------
    >>> from kgraph.types import Document
    >>> kg = KnowledgeGraph(documents=(Document("a"), Document("b")))
    >>> kg = with_document_meta(kg, {"a": {"date": "2024-07-15"}},
    ...                         date=datetime.date(2020, 1, 1))
    >>> [str(d.date) for d in kg.documents]
    ['2024-07-15', '2020-01-01']
    """
    given = normalise_meta(meta or {})
    if not given and date is None:
        return kg
    documents = []
    for doc in kg.documents:
        fields = {
            k: v for k, v in given.get(doc.doc_id, {}).items() if v not in (None, "")
        }
        if date is not None and "date" not in fields:
            fields["date"] = date
        documents.append(replace(doc, **fields) if fields else doc)
    return replace(kg, documents=tuple(documents))


def read_meta(path: str | os.PathLike[str]) -> dict[str, dict[str, Any]]:
    """Read a metadata table: CSV, or TSV if the name ends ``.tsv``, with a header.

    The header names the id column ``doc_id`` (or ``id``) and any of
    `META_FIELDS`; other columns (``url``, ``outlet`` …) are ignored, and so
    are empty cells and ``-``.

    Raises
    ------
    InvalidInputError
        Naming the file: it cannot be read or is not UTF-8 text, no id column,
        and, with their line, a bad date or an id given twice.
    """
    path = Path(path)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    table: dict[str, dict[str, Any]] = {}
    first_line: dict[str, int] = {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f, delimiter=delimiter)
            header = reader.fieldnames or []
            id_column = next((c for c in _ID_COLUMNS if c in header), None)
            if id_column is None:
                raise InvalidInputError(
                    f"{path}: no doc_id (or id) column in the header {header!r:.80}"
                )
            wanted = [c for c in META_FIELDS if c in header]
            for row in reader:
                doc_id = (row.get(id_column) or "").strip()
                if not doc_id:
                    continue
                line = reader.line_num
                if doc_id in first_line:
                    raise InvalidInputError(
                        f"{path}, line {line}: document {doc_id!r} is given twice "
                        f"(first on line {first_line[doc_id]})"
                    )
                first_line[doc_id] = line
                fields = {c: row[c] for c in wanted if row.get(c) not in _BLANK}
                try:
                    table.update(normalise_meta({doc_id: fields}))
                except InvalidInputError as err:
                    raise InvalidInputError(f"{path}, line {line}: {err}") from None
    except UnicodeDecodeError:
        raise InvalidInputError(f"{path}: not UTF-8 text") from None
    except csv.Error as err:
        raise InvalidInputError(f"{path}: not a CSV/TSV table ({err})") from None
    except OSError as err:
        raise InvalidInputError(f"{path}: cannot read it ({err.strerror})") from None
    return table


def unmatched_ids(meta: DocMeta, doc_ids: Iterable[str]) -> list[str]:
    """The ids ``meta`` names that are none of ``doc_ids``, sorted.

    A metadata row whose id matches no document is a typo or a missing input;
    the builders warn of it (`MetadataWarning`, a line of ``kgraph build``)
    rather than drop it silently.

    Examples
    --------
    >>> unmatched_ids({"a1": {}, "a2": {}, "b": {}}, ["a1"])
    ['a2', 'b']
    """
    known = set(doc_ids)
    return sorted(str(doc_id) for doc_id in meta if str(doc_id) not in known)


def unmatched_message(ids: Sequence[str], *, limit: int = 5) -> str:
    """One line naming the metadata ids no document has.

    Examples
    --------
    >>> unmatched_message(["a2", "b"])
    'metadata names 2 documents matching no input: a2, b'
    """
    shown = ", ".join(ids[:limit]) + (
        f" and {len(ids) - limit} more" if len(ids) > limit else ""
    )
    noun = "document" if len(ids) == 1 else "documents"
    return f"metadata names {len(ids)} {noun} matching no input: {shown}"


class MetadataWarning(UserWarning):
    """The caller's metadata names documents that are not in the build."""


def warn_unmatched(meta: DocMeta, doc_ids: Iterable[str]) -> None:
    """Warn (`MetadataWarning`, at the builder's caller) of ids in ``meta`` that
    are none of ``doc_ids``."""
    ids = unmatched_ids(meta, doc_ids)
    if ids:
        warnings.warn(unmatched_message(ids), MetadataWarning, stacklevel=3)
