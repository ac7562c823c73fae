"""A user's entity dictionary: read from a file, saved inside the pipeline.

`read_user_dictionary` reads ``name<TAB>TYPE`` lines. `SavedEntries` gives the
``kgraph_entities`` component spaCy's serialisation methods, so the entries
travel with ``nlp.to_disk`` / ``spacy.load`` and ``nlp.to_bytes`` (as
``span_ruler`` keeps its patterns), not as a path that breaks when a file moves.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import srsly

from kgraph.errors import InvalidInputError
from kgraph.types import EntityType

__all__ = ["ENTRIES_FILE", "SavedEntries", "read_user_dictionary"]

#: the file, in the component's folder of a saved pipeline, holding the entries
ENTRIES_FILE = "user_entries.jsonl"


def read_user_dictionary(path: str | Path) -> list[tuple[str, EntityType]]:
    """Read a user entity dictionary: one ``name<TAB>TYPE`` per line.

    TYPE is PERSON, ORG, PLACE or PROJECT (ORG when left out); blank lines and
    lines starting with ``#`` are skipped. Names may contain spaces only if
    the type is given after a TAB.

    Raises
    ------
    InvalidInputError
        If a line names an unknown type; the message gives file and line.

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
    ...     _ = f.write("# my names\\n南湖实验室\\tORG\\n湘家荡\\tPLACE\\n衍视\\n")
    >>> read_user_dictionary(f.name)[1]
    ('湘家荡', <EntityType.PLACE: 'PLACE'>)
    >>> os.unlink(f.name)
    """
    entries: list[tuple[str, EntityType]] = []
    allowed = {"PERSON", "ORG", "PLACE", "PROJECT"}
    text = Path(path).read_text(encoding="utf-8")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, _, kind = line.partition("\t") if "\t" in line else (line, "", "ORG")
        kind = kind.strip().upper() or "ORG"
        if kind not in allowed:
            raise InvalidInputError(
                f"{path}:{number}: unknown entity type {kind!r}; use one of "
                f"{', '.join(sorted(allowed))} after a TAB"
            )
        entries.append((name.strip(), EntityType(kind)))
    return entries


class SavedEntries:
    """``to_disk``/``from_disk``/``to_bytes``/``from_bytes`` of ``user_entries``.

    Examples
    --------
    >>> import kgraph
    >>> nlp = kgraph.load(engine="jieba")
    >>> nlp.get_pipe("kgraph_entities").user_entries = [("衍视", EntityType.ORG)]
    >>> copy = kgraph.load(engine="jieba").from_bytes(nlp.to_bytes())
    >>> copy.get_pipe("kgraph_entities").user_entries
    [('衍视', <EntityType.ORG: 'ORG'>)]
    """

    user_entries: list[tuple[str, EntityType]]
    _matcher: Any

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the entries in folder ``path`` (called by ``nlp.to_disk``)."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(folder / ENTRIES_FILE, self._entry_rows())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Any:
        """Load the entries `to_disk` saved (called by ``spacy.load``)."""
        file = Path(path) / ENTRIES_FILE
        if file.is_file():
            self._set_entries(srsly.read_jsonl(file))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The entries as bytes (called by ``nlp.to_bytes``)."""
        return bytes(srsly.msgpack_dumps(self._entry_rows()))

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Any:
        """Load the entries `to_bytes` gave (called by ``nlp.from_bytes``)."""
        self._set_entries(srsly.msgpack_loads(data))
        return self

    def _entry_rows(self) -> list[list[str]]:
        return [[name, kind.value] for name, kind in self.user_entries]

    def _set_entries(self, rows: Iterable[list[str]]) -> None:
        self.user_entries = [(name, EntityType(kind)) for name, kind in rows]
        self._matcher = None
