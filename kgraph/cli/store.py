"""The triple-store commands of ``kgraph``: ``load``, ``query``, ``push``, ``validate``.

`add_store_commands` registers them on the ``kgraph`` parser (`kgraph.cli`);
each sets ``run`` to its handler, which returns the exit status.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kgraph.errors import InvalidInputError

__all__ = ["QUERY_FORMATS", "add_store_commands", "format_table"]

#: Output formats of ``kgraph query``.
QUERY_FORMATS = ("table", "json", "csv", "tsv", "xml")

_OK, _FAILED, _PROG = 0, 1, "kgraph"
_STORE_HELP = "folder of the on-disk Oxigraph store (created by load)"


def _say(message: str) -> None:
    sys.stderr.write(f"{_PROG}: {message}\n")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def add_store_commands(commands: Any) -> None:
    """Add the ``load``, ``query``, ``push`` and ``validate`` sub-commands.

    Parameters
    ----------
    commands : argparse._SubParsersAction
        What ``parser.add_subparsers()`` returned.
    """
    load = commands.add_parser(
        "load",
        help="load RDF files into an on-disk triple store",
        description="Load kgraph RDF (.ttl .nt .jsonld .trig .nq) into an on-disk "
        "Oxigraph store; TriG/N-Quads keep one named graph per article. Needs "
        "pip install 'kgraph-zh[store]'.",
    )
    load.add_argument("files", nargs="+", metavar="FILE", help="RDF file to load")
    load.add_argument("--store", required=True, metavar="DIR", help=_STORE_HELP)
    load.add_argument(
        "--graph",
        metavar="IRI",
        help="named graph for triples files (default: the default graph)",
    )
    load.add_argument("-q", "--quiet", action="store_true", help="no summary")
    load.set_defaults(run=_load)

    query = commands.add_parser(
        "query",
        help="run a SPARQL query on an on-disk triple store",
        description="Run a SPARQL 1.1 query on a store made by `kgraph load` and "
        "print the result. The store is opened read-only (no lock): updates are "
        "refused, and so is SERVICE unless --allow-service. Patterns without GRAPH "
        "see the union of all graphs. "
        "Prefixes kg, kgid, schema, rdf, rdfs, skos, org, prov, xsd are predeclared.",
    )
    query.add_argument(
        "sparql",
        nargs="?",
        metavar="SPARQL",
        help="the query text; '-' reads it from standard input",
    )
    query.add_argument("-f", "--query-file", metavar="FILE", help="read the query")
    query.add_argument("--store", required=True, metavar="DIR", help=_STORE_HELP)
    query.add_argument(
        "--format",
        choices=QUERY_FORMATS,
        default="table",
        help="output format (default: %(default)s); json, csv, tsv and xml are "
        "the W3C SPARQL 1.1 query results formats (CONSTRUCT: N-Triples)",
    )
    query.add_argument(
        "--read-only",
        action="store_true",
        help="open a read-only snapshot (the default; kept for old scripts)",
    )
    query.add_argument(
        "--allow-service",
        action="store_true",
        help="run SERVICE clauses (they send requests to other servers)",
    )
    query.add_argument(
        "--no-union",
        action="store_true",
        help="patterns without GRAPH see only the default graph",
    )
    query.set_defaults(run=_query)

    push = commands.add_parser(
        "push",
        help="upload RDF to a SPARQL server (Graph Store Protocol)",
        description="PUT each graph of an RDF file to a SPARQL 1.1 Graph Store "
        "Protocol endpoint: ENDPOINT?graph=IRI for each named graph of TriG/N-Quads, "
        "ENDPOINT?default (or --graph) for triples files. Credentials come from "
        "KGRAPH_ENDPOINT_TOKEN, or KGRAPH_ENDPOINT_USER and KGRAPH_ENDPOINT_PASSWORD.",
    )
    push.add_argument(
        "file", metavar="FILE", help="RDF file (.ttl .nt .jsonld .trig .nq)"
    )
    push.add_argument(
        "--endpoint",
        required=True,
        metavar="URL",
        help="Graph Store Protocol URL, e.g. http://localhost:7878/store",
    )
    push.add_argument("--graph", metavar="IRI", help="put everything in this graph")
    push.add_argument(
        "--merge",
        action="store_true",
        help="POST (add to the graphs) instead of PUT (replace them)",
    )
    push.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        metavar="S",
        help="seconds allowed for each request as a whole (default: %(default)g)",
    )
    push.add_argument("-q", "--quiet", action="store_true", help="no summary")
    push.set_defaults(run=_push)

    validate = commands.add_parser(
        "validate",
        help="check RDF files against kgraph's SHACL shapes",
        description="Validate kgraph RDF files with pyshacl against "
        "kgraph/data/shapes.ttl; each named graph of TriG/N-Quads on its own. "
        "Exit status 0 when all conform, 1 otherwise.",
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="RDF file")
    validate.set_defaults(run=_validate)


def _load(args: argparse.Namespace) -> int:
    from kgraph.store.graph_store import GraphStore

    with GraphStore(args.store) as store:
        for name in args.files:
            added = store.load(name, graph=args.graph)
            if not args.quiet:
                _say(f"loaded {name}: {_plural(added, 'new quad')}")
        if not args.quiet:
            graphs = _plural(len(store.graphs()), "named graph")
            _say(f"{args.store}: {_plural(len(store), 'quad')} in {graphs}")
    return _OK


def _query_text(args: argparse.Namespace) -> str:
    if args.query_file is not None:
        if args.sparql is not None:
            raise InvalidInputError(
                "give the query as SPARQL or --query-file, not both"
            )
        return Path(args.query_file).read_text(encoding="utf-8")
    if args.sparql is None:
        raise InvalidInputError("no query: pass SPARQL, '-' or --query-file FILE")
    return sys.stdin.read() if args.sparql == "-" else str(args.sparql)


def _compact(value: Any) -> Any:
    """An IRI as ``prefix:local`` when it starts with a known namespace."""
    if not isinstance(value, str):
        return "" if value is None else value
    from kgraph.export.rdf import _PREFIXES, DEFAULT_BASE

    for prefix, namespace in (("kgid", DEFAULT_BASE), *_PREFIXES.items()):
        if value.startswith(namespace) and len(value) > len(namespace):
            return f"{prefix}:{value[len(namespace) :]}"
    return value


def format_table(frame: Any) -> str:
    """Render a query result as an aligned text table, IRIs compacted.

    Parameters
    ----------
    frame : pandas.DataFrame
        What `kgraph.store.graph_store.GraphStore.query` returned.

    Returns
    -------
    str
        The table, Chinese characters counted as two columns wide, ending in
        a line with the row count.

    Examples
    --------
    >>> import pandas as pd
    >>> from kgraph.export import DEFAULT_BASE
    >>> lines = format_table(pd.DataFrame({"org": [DEFAULT_BASE + "org-1"]}))
    >>> [line.strip() for line in lines.splitlines()]
    ['org', 'kgid:org-1', '(1 row)']
    """
    import pandas as pd

    count = f"({len(frame)} row{'' if len(frame) == 1 else 's'})"
    if frame.empty:
        return " ".join(map(str, frame.columns)) + "\n" + count
    shown = frame.map(_compact)
    with pd.option_context(
        "display.unicode.east_asian_width",
        True,
        "display.max_colwidth",
        None,
        "display.width",
        None,
        "display.max_rows",
        None,
        "display.max_columns",
        None,
    ):
        return str(shown.to_string(index=False)) + "\n" + count


def _query(args: argparse.Namespace) -> int:
    from kgraph.store.graph_store import query

    table = args.format == "table"
    result = query(
        args.store,
        _query_text(args),
        format=None if table else args.format,
        union_default_graph=not args.no_union,
        allow_service=args.allow_service,
    )
    if table:
        sys.stdout.write(format_table(result) + "\n")
    else:
        sys.stdout.buffer.write(result)
        sys.stdout.flush()
    return _OK


def _push(args: argparse.Namespace) -> int:
    from kgraph.store.push import push

    results = push(
        args.file,
        args.endpoint,
        graph=args.graph,
        replace=not args.merge,
        timeout=args.timeout,
    )
    if not args.quiet:
        verb = "posted" if args.merge else "put"
        triples = _plural(sum(r.triples for r in results), "triple")
        _say(f"{verb} {triples} in {_plural(len(results), 'graph')} to {args.endpoint}")
    return _OK


def _validate(args: argparse.Namespace) -> int:
    from kgraph.export.validate import validate

    status = _OK
    for name in args.files:
        report = validate(name)
        sys.stdout.write(f"{name}: conforms: {report.conforms}\n")
        if not report.conforms:
            sys.stdout.write(report.text + "\n")
            status = _FAILED
    return status
