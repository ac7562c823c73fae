"""An embedded on-disk triple store (pyoxigraph): load kgraph RDF, query it with SPARQL.

Files and graphs go in through Oxigraph's bulk loader, which writes its
index files directly instead of one transaction: fast, in memory that does not
grow with the input (a load that fails half-way keeps what it had loaded).
Query results are pandas DataFrames: that needs the ``store`` extra, ``pip
install 'kgraph-zh[store]'``. Oxigraph lets one process at a time open a store
for writing; a second one (another notebook kernel, ``oxigraph serve`` on the
same folder) gets a `kgraph.errors.StoreLockedError` saying what to do.
`query` opens a read-only snapshot, which needs no lock. Queries never change
the store (SPARQL UPDATE is refused) and do not reach other servers
(``SERVICE`` is refused unless ``allow_service=True``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any

from kgraph.errors import InvalidInputError, StoreLockedError
from kgraph.export.rdf import _PREFIXES, DEFAULT_BASE
from kgraph.store.sparql import check_query, result_frame, serialize_results
from kgraph.types import KnowledgeGraph

__all__ = ["BULK_QUADS", "LOAD_FORMATS", "GraphStore", "load", "query"]

#: File suffix -> pyoxigraph ``RdfFormat`` attribute name, for `GraphStore.load`.
LOAD_FORMATS: dict[str, str] = {
    ".ttl": "TURTLE",
    ".nt": "N_TRIPLES",
    ".jsonld": "JSON_LD",
    ".trig": "TRIG",
    ".nq": "N_QUADS",
    ".rdf": "RDF_XML",
}
_QUAD_FORMATS = {"TRIG", "N_QUADS"}

#: quads handed to Oxigraph's bulk loader at a time by `GraphStore.add`
BULK_QUADS = 200_000


def _pyoxigraph() -> ModuleType:
    import pyoxigraph  # a core dependency, imported when a store is used

    return pyoxigraph


def _chunks(lines: Iterable[bytes], size: int) -> Iterator[bytes]:
    """``lines`` joined ``size`` at a time."""
    it = iter(lines)
    while chunk := b"".join(islice(it, size)):
        yield chunk


def _is_store(path: Path) -> bool:
    """True if ``path`` holds an Oxigraph (RocksDB) store: it has a CURRENT file."""
    return (path / "CURRENT").is_file()


class GraphStore:
    """An on-disk Oxigraph store in folder ``path``, opened for writing or reading.

    Parameters
    ----------
    path : str or os.PathLike
        The store's folder. It is created when opened for writing, unless
        ``create`` is False.
    read_only : bool, optional
        Open a read-only snapshot instead; it needs no lock, but must not be
        used while another process writes to the store.
    create : bool, optional
        Create a new store if ``path`` holds none (default True). With False,
        a folder without a store is an error.

    Raises
    ------
    StoreLockedError
        If the store is open for writing elsewhere (another kernel or process).
    InvalidInputError
        If there is no store at ``path`` and it may not be created.

    Examples
    --------
    >>> import tempfile
    >>> from kgraph.types import Entity, EntityType
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     with GraphStore(folder) as store:
    ...         store.add(kg)
    ...         table = store.query(
    ...             "SELECT ?label WHERE { ?org rdfs:label ?label }"
    ...         )
    3
    >>> table["label"].tolist()
    ['华为']
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        create: bool = True,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        ox = _pyoxigraph()
        if (read_only or not create) and not _is_store(self.path):
            raise InvalidInputError(
                f"no triple store at {str(self.path)!r}; create one with "
                "`kgraph load FILE --store DIR` or GraphStore(path).load(FILE)"
            )
        try:
            if read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self._store = ox.Store(str(self.path))
        except OSError as err:
            if "LOCK" in str(err) or "lock" in str(err):
                raise StoreLockedError.of_store(self.path, err) from err
            raise

    # -- lifecycle ----------------------------------------------------------

    def close(self) -> None:
        """Flush and release the store (and its lock); the object is then unusable."""
        store = getattr(self, "_store", None)
        if store is not None:
            if not self.read_only:
                store.flush()
            self._store = None

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = (
            "closed"
            if self._store is None
            else "read-only"
            if self.read_only
            else "open"
        )
        return f"GraphStore({str(self.path)!r}, {state})"

    def __len__(self) -> int:
        """The number of quads in the store."""
        return len(self._open())

    def _open(self) -> Any:
        if self._store is None:
            raise InvalidInputError(f"the store {str(self.path)!r} is closed")
        return self._store

    def _writable(self) -> Any:
        if self.read_only:
            raise InvalidInputError(
                f"the store {str(self.path)!r} is open read-only; open it with "
                "read_only=False to load data"
            )
        return self._open()

    # -- writing ------------------------------------------------------------

    def load(
        self,
        source: str | os.PathLike[str],
        *,
        format: str | None = None,
        graph: str | None = None,
    ) -> int:
        """Load an RDF file into the store with Oxigraph's bulk loader.

        The file is streamed, not read into memory, and indexed straight into
        new files of the store; a file that fails to parse half-way leaves the
        quads read before the error in the store.

        Parameters
        ----------
        source : str or os.PathLike
            An RDF file: ``.ttl``, ``.nt``, ``.jsonld``, ``.trig``, ``.nq`` or
            ``.rdf``.
        format : str, optional
            A `LOAD_FORMATS` value such as ``"TRIG"``, instead of the suffix.
        graph : str, optional
            IRI of the named graph to load a triples file (Turtle, N-Triples,
            JSON-LD) into; by default the default graph. TriG and N-Quads keep
            their own graph names.

        Returns
        -------
        int
            The number of quads the store gained (quads already there are not
            counted: loading twice adds nothing).

        Raises
        ------
        InvalidInputError
            For an unknown format, ``graph`` given with a quads file, or a file
            that is not valid RDF (the message has the parser's line and column).
        """
        ox = _pyoxigraph()
        store = self._writable()
        path = Path(source)
        name = format or LOAD_FORMATS.get(path.suffix.lower())
        if name is None or name not in LOAD_FORMATS.values():
            known = ", ".join(sorted(LOAD_FORMATS))
            raise InvalidInputError(
                f"cannot tell the RDF format of {str(path)!r}; use a file ending "
                f"in one of {known}, or pass format="
            )
        if graph is not None and name in _QUAD_FORMATS:
            raise InvalidInputError(
                f"{str(path)!r} is a quads file whose graphs are named in it; "
                "load it without a graph IRI"
            )
        to_graph = ox.NamedNode(graph) if graph is not None else None
        before = len(store)
        try:
            store.bulk_load(
                path=str(path), format=getattr(ox.RdfFormat, name), to_graph=to_graph
            )
        except SyntaxError as err:
            raise InvalidInputError(f"{str(path)!r} is not valid RDF: {err}") from err
        return len(store) - before

    def add(
        self,
        kg: KnowledgeGraph,
        *,
        base: str = DEFAULT_BASE,
        graphs: Iterable[str] | None = None,
    ) -> int:
        """Add ``kg`` with one named graph per article (as `to_rdflib_dataset`).

        The quads are those `kgraph.export.write_dataset` writes, streamed to
        Oxigraph's bulk loader `BULK_QUADS` at a time: the RDF of ``kg`` is never
        all in memory at once.

        Parameters
        ----------
        kg : KnowledgeGraph
            The graph to add; it is not modified.
        base : str, optional
            Prefix of the minted IRIs, by default `DEFAULT_BASE`.
        graphs : iterable of str, optional
            Only these graphs (IRIs, ``""`` the default graph), emptied first.

        Returns
        -------
        int
            The number of quads the store gained.

        Raises
        ------
        InvalidInputError
            If an entity id or ``base`` makes no valid IRI; the quads of the
            batches before the one holding it stay in the store.
        """
        from kgraph.export.fastrdf import iter_nquads_lines

        ox = _pyoxigraph()
        store = self._writable()
        before = len(store)
        chosen = None if graphs is None else {f"<{g}>" if g else "" for g in graphs}
        for graph in chosen or ():  # emptied, then written again
            if graph:
                store.remove_graph(ox.NamedNode(graph[1:-1]))
            else:
                store.clear_graph(ox.DefaultGraph())
        lines = (
            line
            for g, line in iter_nquads_lines(kg, base=base)
            if chosen is None or g in chosen
        )
        for chunk in _chunks(lines, BULK_QUADS):
            # the terms were written by pyoxigraph: no need to check them twice
            store.bulk_load(input=chunk, format=ox.RdfFormat.N_QUADS, lenient=True)
        return len(store) - before

    # -- reading ------------------------------------------------------------

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs in the store, sorted."""
        return sorted(g.value for g in self._open().named_graphs())

    def query(
        self,
        sparql: str,
        *,
        format: str | None = None,
        union_default_graph: bool = True,
        allow_service: bool = False,
    ) -> Any:
        """Run a SPARQL 1.1 query: its result as a pandas DataFrame, or W3C bytes.

        The prefixes ``kg``, ``kgid``, ``schema``, ``rdf``, ``rdfs``, ``skos``,
        ``org``, ``prov`` and ``xsd`` are predeclared.

        Parameters
        ----------
        sparql : str
            A SELECT, ASK, CONSTRUCT or DESCRIBE query (not an update).
        union_default_graph : bool, optional
            Query the union of all graphs when a pattern names no graph (the
            default, like Fuseki's ``unionDefaultGraph``); with False, only the
            default graph (``GRAPH ?g { … }`` still reaches named graphs).
        allow_service : bool, optional
            Run ``SERVICE <IRI> { … }`` clauses, which send requests to other
            servers; refused by default.
        format : str, optional
            ``"json"``, ``"csv"``, ``"tsv"`` or ``"xml"``: the result as bytes in
            that SPARQL 1.1 Query Results format (``json`` is
            ``application/sparql-results+json``; CONSTRUCT gives N-Triples), see
            `kgraph.store.sparql.serialize_results`. By default a DataFrame.

        Returns
        -------
        pandas.DataFrame or bytes
            SELECT: one column per variable, unbound values None. ASK: one
            column ``ask`` with one bool. CONSTRUCT/DESCRIBE: columns
            ``subject``, ``predicate``, ``object``. IRIs and text are str,
            ``xsd:decimal`` `decimal.Decimal`, ``xsd:integer`` int.

        Raises
        ------
        InvalidInputError
            If the query does not parse (the message says where), is a SPARQL
            UPDATE, or has ``SERVICE`` without ``allow_service``.
        """
        result = self._run(sparql, union_default_graph, allow_service)
        return (
            result_frame(result)
            if format is None
            else serialize_results(result, format)
        )

    def _run(self, sparql: str, union_default_graph: bool, allow_service: bool) -> Any:
        check_query(sparql, allow_service=allow_service)
        prefixes = {**_PREFIXES, "kgid": DEFAULT_BASE}
        try:
            return self._open().query(
                sparql,
                prefixes=prefixes,
                use_default_graph_as_union=union_default_graph,
            )
        except SyntaxError as err:
            raise InvalidInputError(f"SPARQL syntax error: {err}") from err


def load(
    store: str | os.PathLike[str],
    source: str | os.PathLike[str],
    *,
    format: str | None = None,
    graph: str | None = None,
) -> int:
    """Open the store in folder ``store``, load ``source`` into it, and close it.

    See `GraphStore.load` for the parameters; returns the number of quads added.
    """
    with GraphStore(store) as opened:
        return opened.load(source, format=format, graph=graph)


def query(
    store: str | os.PathLike[str],
    sparql: str,
    *,
    format: str | None = None,
    read_only: bool = True,
    union_default_graph: bool = True,
    allow_service: bool = False,
) -> Any:
    """Open the store in folder ``store``, run ``sparql``, close it; the result.

    See `GraphStore.query`. The store is opened as a read-only snapshot (no
    lock: it works while another process holds the store open for writing,
    showing what was written when it opened); ``read_only=False`` takes the
    write lock instead.
    """
    with GraphStore(store, read_only=read_only, create=False) as opened:
        return opened.query(
            sparql,
            format=format,
            union_default_graph=union_default_graph,
            allow_service=allow_service,
        )
