"""The ``kgraph`` command line: ``kgraph build PATH... -o OUT``."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kgraph import __version__
from kgraph.cli_store import add_store_commands
from kgraph.errors import DocumentError, InvalidInputError, KGraphError
from kgraph.export import FORMATS
from kgraph.io import DEFAULT_SUFFIXES

# the pipeline (spaCy, LAC), the writers (rdflib) and tqdm are imported where a
# command runs, so that ``kgraph --help`` and usage errors answer at once
if TYPE_CHECKING:
    from spacy.language import Language

    from kgraph.resolve import Overrides
    from kgraph.types import KnowledgeGraph

__all__ = [
    "EXIT_ERROR",
    "EXIT_FAILED_INPUTS",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "main",
]

#: every input was built and the output written
EXIT_OK = 0
#: some inputs could not be read or built; the others were written
EXIT_FAILED_INPUTS = 1
#: bad usage or a fatal error (unknown format, bad dictionary, cannot write)
EXIT_ERROR = 2

#: stopped with Ctrl-C (128 + SIGINT, as shells report it)
EXIT_INTERRUPTED = 130

_PROG = "kgraph"
_PROGRESS_MIN_DOCS = 5  # show a progress bar above this many documents
_MAX_LISTED = 10  # failed inputs named in the summary line
_PER_DOCUMENT_SUFFIX = ".json"  # node-link JSON, what the evaluation scorer reads
_SUFFIX_OF = {fmt: suffix for suffix, fmt in FORMATS.items()}
#: the keys of `kgraph.pipeline.ENGINES`, named here without importing spaCy
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
        required=True,
        metavar="OUT",
        help="output file; its suffix picks the format: " + ", ".join(sorted(FORMATS)),
    )
    build.add_argument(
        "--format",
        choices=sorted(set(FORMATS.values())),
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
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar and no summary on success (errors are still shown)",
    )
    # triple stores: load, query, push, validate (kgraph.cli_store)
    add_store_commands(commands)
    return parser


def _say(message: str) -> None:
    """Write one ``kgraph: …`` line to stderr, above any progress bar."""
    from tqdm import tqdm

    tqdm.write(f"{_PROG}: {message}", file=sys.stderr)


def _plural(count: int, noun: str, nouns: str = "") -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {nouns or noun + 's'}"


def _output_format(output: Path, chosen: str | None, *, per_document: bool) -> str:
    """The format to write, checked before any work is done."""
    if chosen is not None:
        return chosen
    if per_document:
        return FORMATS[_PER_DOCUMENT_SUFFIX]
    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        hint = ""
        if not suffix:
            hint = " (or --per-document to write one file per document into it)"
        raise InvalidInputError(
            f"cannot tell the output format of {str(output)!r} from its suffix "
            f"{suffix!r}; use one of {known}, or pass --format{hint}"
        )
    return FORMATS[suffix]


def _prepare_output(output: Path, *, per_document: bool) -> None:
    """Create the output's directory up front, so a bad OUT fails before any work."""
    if per_document:
        if output.exists() and not output.is_dir():
            raise InvalidInputError(
                f"--per-document writes into a directory, but {str(output)!r} is a file"
            )
        if not output.exists() and output.suffix.lower() in FORMATS:
            raise InvalidInputError(
                f"--per-document writes into a directory, but {str(output)!r} looks "
                "like a file name; pass a directory and --format instead"
            )
        _mkdir(output)
        return
    if output.is_dir():
        raise InvalidInputError(
            f"cannot write {str(output)!r}: it is a directory (pass --per-document "
            "to write one file per document into it)"
        )
    _mkdir(output.parent)


def _mkdir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InvalidInputError(
            f"cannot create directory {str(folder)!r}: {err.strerror or err}"
        ) from err


class _ErrorLog:
    """Tracebacks of internal errors, written to one file opened on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: TextIO | None = None

    def write(self, source: str, err: BaseException) -> None:
        if self._file is None:
            self._file = self.path.open("w", encoding="utf-8")
        self._file.write(f"== {source}\n")
        self._file.write("".join(traceback.format_exception(err)))
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


def _error_log_path(output: Path, *, per_document: bool) -> Path:
    """``OUT.errors.log`` beside a file output, ``OUT/errors.log`` in a folder one."""
    return output / "errors.log" if per_document else Path(f"{output}.errors.log")


def _document_graphs(
    documents: list[tuple[str, str, str]],
    nlp: Language,
    failed: list[str],
    *,
    quiet: bool,
    divisions: bool = True,
    log: _ErrorLog | None = None,
) -> Iterator[KnowledgeGraph]:
    """Yield one graph per document; a document that fails is reported and skipped.

    An internal error (a bug) in one document is one line naming the document
    and the error; its traceback goes to ``log``; the other documents go on.
    """
    from tqdm import tqdm

    from kgraph.pipeline import extract_document

    quiet = quiet or len(documents) <= _PROGRESS_MIN_DOCS
    progress = tqdm(
        documents,
        desc=_PROG,
        unit="doc",
        file=sys.stderr,
        disable=True if quiet else None,  # None: only on a terminal
    )
    with progress:
        for doc_id, text, source in progress:
            try:
                yield extract_document(
                    text, doc_id=doc_id, source=source, nlp=nlp, divisions=divisions
                )
            except DocumentError as err:
                if err.internal and log is not None:
                    log.write(source, err)
                    _say(
                        f"error: {source}: internal error, {err.cause_line} "
                        f"(traceback in {log.path})"
                    )
                else:
                    _say(f"error: {source}: {err.cause_line}")
                failed.append(source)
            except KGraphError as err:
                _say(f"error: {source}: {err}")
                failed.append(source)


def _write_merged(
    graphs: Iterator[KnowledgeGraph],
    output: Path,
    fmt: str,
    overrides: Overrides | None = None,
) -> tuple[int, int, int]:
    """Merge and resolve ``graphs`` into one file; return the counts written."""
    from kgraph.export import write_graph
    from kgraph.graph import merge_graphs
    from kgraph.resolve import resolve_entities

    kg = resolve_entities(merge_graphs(graphs), overrides=overrides)
    write_graph(kg, output, format=fmt)
    return len(kg.documents), len(kg.entities), len(kg.relations)


def _write_each(
    graphs: Iterator[KnowledgeGraph],
    output: Path,
    fmt: str,
    overrides: Overrides | None = None,
) -> tuple[int, int, int]:
    """Write each graph to ``output/<doc_id><suffix>``; return the summed counts."""
    from kgraph.export import write_graph

    suffix = _SUFFIX_OF[fmt]
    documents = entities = relations = 0
    for kg in graphs:
        path = output / f"{kg.documents[0].doc_id}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_graph(kg, path, format=fmt)
        documents += 1
        entities += len(kg.entities)
        relations += len(kg.relations)
    return documents, entities, relations


def _summary_of_failures(built: int, failed: list[str]) -> str:
    listed = ", ".join(failed[:_MAX_LISTED])
    if len(failed) > _MAX_LISTED:
        listed += f" and {len(failed) - _MAX_LISTED} more"
    return f"built {_plural(built, 'document')}, {len(failed)} failed: {listed}"


def _build(args: argparse.Namespace) -> int:
    output = Path(args.output)
    per_document: bool = args.per_document
    fmt = _output_format(output, args.format, per_document=per_document)
    _prepare_output(output, per_document=per_document)
    from kgraph.io import read_documents
    from kgraph.pipeline import load
    from kgraph.resolve import read_overrides

    nlp = load(engine=args.engine, user_dictionary=args.user_dict)
    overrides = read_overrides(args.merges) if args.merges else None
    documents, errors = read_documents(args.paths)
    for error in errors:
        _say(f"error: {error.source}: {error.message}")
    failed = [error.source for error in errors]
    if not documents:
        _say(f"error: no document could be read; nothing written to {output}")
        _say(_summary_of_failures(0, failed))
        return EXIT_FAILED_INPUTS
    log = _ErrorLog(_error_log_path(output, per_document=per_document))
    graphs = _document_graphs(
        documents,
        nlp,
        failed,
        quiet=args.quiet,
        divisions=not args.no_divisions,
        log=log,
    )
    write = _write_each if per_document else _write_merged
    try:
        built, entities, relations = write(graphs, output, fmt, overrides)
    finally:
        log.close()
    counts = (
        f"{_plural(built, 'document')}, {_plural(entities, 'entity', 'entities')}, "
        f"{_plural(relations, 'relation')}"
    )
    where = f"{output} ({_plural(built, 'file')})" if per_document else str(output)
    if failed:
        _say(f"wrote {where}: {counts}")
        _say(_summary_of_failures(built, failed))
        return EXIT_FAILED_INPUTS
    if not args.quiet:
        _say(f"built {counts} -> {where}")
    return EXIT_OK


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
            status = getattr(args, "run", _build)(args)  # sub-commands set run
        except (KGraphError, OSError) as err:
            _say(f"error: {_describe(err)}")
            status = EXIT_ERROR
        except KeyboardInterrupt:
            _say("interrupted")
            status = EXIT_INTERRUPTED
    for message in dict.fromkeys(str(w.message) for w in caught):
        _say(f"warning: {message}")
    return status
