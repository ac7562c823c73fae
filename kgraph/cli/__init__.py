"""The ``kgraph`` command line: ``kgraph build PATH... -o OUT`` and the store commands.

The parser is built here without importing spaCy, rdflib or pandas: ``kgraph
--help`` answers at once; each command imports what it needs when it runs
(``kgraph build``: `kgraph.cli.build`; the store commands: `kgraph.cli.store`).
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import warnings
from collections.abc import Sequence

from kgraph import __version__
from kgraph.cli.figures import add_figures_option
from kgraph.cli.into import add_into_option
from kgraph.cli.messages import (
    EXIT_ERROR,
    EXIT_FAILED_INPUTS,
    EXIT_INTERRUPTED,
    EXIT_OK,
    say,
)
from kgraph.cli.messages import (
    PROG as _PROG,
)
from kgraph.cli.store import add_store_commands
from kgraph.cli.views import add_view_options
from kgraph.errors import KGraphError
from kgraph.export import FORMAT_NAMES, FORMATS
from kgraph.inputs.files import DEFAULT_SUFFIXES
from kgraph.run.parallel import default_jobs

__all__ = [
    "EXIT_ERROR",
    "EXIT_FAILED_INPUTS",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "main",
]

#: the keys of `kgraph.run.pipeline.ENGINES`, named here without importing spaCy
_ENGINE_NAMES = ("lac", "jieba")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Chinese news text in, a linked knowledge graph out.",
    )
    parser.add_argument("--version", action="version", version=__version__)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    build = commands.add_parser(
        "build",
        help="build one knowledge graph from text files",
        description=(
            "Build one knowledge graph from text files and write it to OUT. "
            "Directories are read recursively (their "
            + " and ".join(f"*{s}" for s in DEFAULT_SUFFIXES)
            + " files, hidden ones skipped); '-' reads standard input. Files "
            "may be UTF-8, GB18030/GBK or Big5."
        ),
        epilog=(
            "exit status: 0 all built, 1 some inputs failed (the rest is "
            "written), 2 usage or fatal error"
        ),
    )
    build.add_argument("paths", nargs="+", metavar="PATH", help="file or directory")
    build.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="output file, '-' for standard output (Turtle unless --format), "
        "or --into STORE; its suffix picks the format: " + ", ".join(sorted(FORMATS)),
    )
    build.add_argument(
        "--format",
        choices=FORMAT_NAMES,
        metavar="FMT",
        help="output format, overriding the suffix of OUT: %(choices)s",
    )
    build.add_argument(
        "--engine",
        choices=_ENGINE_NAMES,
        default="lac",
        help="NER engine (default: %(default)s; jieba is faster, less accurate)",
    )
    build.add_argument(
        "--user-dict",
        metavar="FILE",
        help="dictionary of name<TAB>TYPE lines that are always tagged",
    )
    build.add_argument(
        "--merges",
        metavar="FILE",
        help="merges to force or forbid: lines 'same<TAB>A<TAB>B' or "
        "'different<TAB>A<TAB>B'",
    )
    build.add_argument(
        "--date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="publication date of every input without one in --meta (replaces "
        "the date read from the text); periods such as 今年上半年 are read "
        "against it",
    )
    build.add_argument(
        "--meta",
        metavar="FILE",
        help="table of what is known of each document: CSV (TSV if FILE ends "
        ".tsv) with a doc_id column (the file's path inside the folder given, "
        "without suffix) and date, title or source columns",
    )
    build.add_argument(
        "--no-divisions",
        action="store_true",
        help="do not link places to official divisions (codes, chain to province)",
    )
    build.add_argument(
        "--per-document",
        action="store_true",
        help="write one file per document into directory OUT, named "
        "DOC_ID.json (or the --format's suffix), instead of one merged graph",
    )
    build.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="worker processes building documents side by side (default: the "
        f"cores there are, {default_jobs()} here); 1 builds in this process. "
        "The output is the same whatever N",
    )
    build.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="build on the Dask cluster of this scheduler (tcp://host:8786) "
        "instead of local processes; needs the dask extra: "
        "pip install 'kgraph-zh[dask]'",
    )
    build.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar and no summary on success (errors are still shown)",
    )
    add_figures_option(build)  # --figures parts|places (kgraph.cli.figures)
    add_into_option(build)  # --into STORE (kgraph.cli.into)
    add_view_options(build)  # --around, --place, --types ... (kgraph.cli.views)
    # triple stores: load, query, push, validate (kgraph.cli.store)
    add_store_commands(commands)
    return parser


def _date(value: str) -> datetime.date:
    """``--date``: an ISO date."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from err


def _jobs(value: str) -> int:
    """``--jobs``: a number of processes, 1 or more."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more processes, got {value!r}")
    return int(value)


def _run_build(args: argparse.Namespace) -> int:
    from kgraph.cli.build import run_build

    return run_build(args)


def _describe(err: KGraphError | OSError) -> str:
    """One line for a fatal error: ``out.ttl: Permission denied`` for OSErrors."""
    if isinstance(err, OSError) and err.strerror:
        where = f"{os.fsdecode(err.filename)}: " if err.filename is not None else ""
        return where + err.strerror
    return str(err).splitlines()[0] if str(err) else type(err).__name__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kgraph`` command line and return its exit status.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments after the program name; by default ``sys.argv[1:]``.

    Returns
    -------
    int
        `EXIT_OK` (0) when every input was built, `EXIT_FAILED_INPUTS` (1) when
        some could not be read or built (the others are still written), and
        `EXIT_ERROR` (2) for bad usage or a fatal error such as an unknown
        output suffix or an output that cannot be written.

    Examples
    --------
    >>> main(["build", "article.txt", "-o", "graph.xlsx"])
    2
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version and usage errors
        return exit_.code if isinstance(exit_.code, int) else EXIT_ERROR
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    with warnings.catch_warnings(record=True) as caught:
        try:
            status = getattr(args, "run", _run_build)(args)  # sub-commands set run
        except (KGraphError, OSError) as err:
            say(f"error: {_describe(err)}")
            status = EXIT_ERROR
        except KeyboardInterrupt:
            say("interrupted")
            status = EXIT_INTERRUPTED
    for message in dict.fromkeys(str(w.message) for w in caught):
        say(f"warning: {message}")
    return status
