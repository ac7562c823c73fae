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
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from kgraph.errors import InvalidInputError
from kgraph.types import KnowledgeGraph

__all__ = [
    "META_FIELDS",
    "DocMeta",
    "normalise_meta",
    "read_meta",
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
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidInputError(
        f"document {doc_id!r}: date must be a datetime.date or YYYY-MM-DD, "
        f"got {value!r:.40}"
    )


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
        Naming the file: no id column, or a bad date (with its line).
    """
    path = Path(path)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f, delimiter=delimiter)
        header = reader.fieldnames or []
        id_column = next((c for c in _ID_COLUMNS if c in header), None)
        if id_column is None:
            raise InvalidInputError(
                f"{path}: no doc_id (or id) column in the header {header!r:.80}"
            )
        wanted = [c for c in META_FIELDS if c in header]
        table = {
            row[id_column]: {c: row[c] for c in wanted if row.get(c) not in _BLANK}
            for row in reader
            if row.get(id_column)
        }
    try:
        return normalise_meta(table)
    except InvalidInputError as err:
        raise InvalidInputError(f"{path}: {err}") from err
