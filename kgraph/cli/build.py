"""``kgraph build``: read text files, extract, merge, resolve, write the graph.

The command's parser is in `kgraph.cli`; this module runs it. The pipeline
(spaCy, LAC), the writers and tqdm are imported when the command runs, so
``kgraph --help`` and usage errors answer at once. ``-o -`` writes the graph to
standard output (Turtle unless ``--format`` says otherwise) and ends quietly
when the reader closes the pipe.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from kgraph.cli.figures import (
    FIGURE_FORMATS,
    check_figures,
    note_crowded,
    write_parts,
)
from kgraph.cli.into import check_into, write_into
from kgraph.cli.messages import (
    EXIT_FAILED_INPUTS,
    EXIT_OK,
)
from kgraph.cli.messages import (
    PROG as _PROG,
)
from kgraph.cli.messages import (
    plural as _plural,
)
from kgraph.cli.messages import (
    say as _say,
)
from kgraph.cli.views import view_filters
from kgraph.errors import DocumentError, InvalidInputError
from kgraph.export import FOLDER_FORMATS, FORMATS

if TYPE_CHECKING:
    from spacy.language import Language

    from kgraph.link.resolve import Overrides
    from kgraph.run.parallel import Failure
    from kgraph.types import KnowledgeGraph

__all__ = ["run_build"]

_PROGRESS_MIN_DOCS = 5  # show a progress bar above this many documents
_MAX_LISTED = 10  # failed inputs named in the summary line
_PER_DOCUMENT_SUFFIX = ".json"  # node-link JSON, what the evaluation scorer reads
_SUFFIX_OF = {fmt: suffix for suffix, fmt in FORMATS.items()}
_STDOUT = "-"  # -o -: standard output
_STDOUT_FORMAT = "turtle"


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


def _prepare_output(output: Path, *, per_document: bool, fmt: str) -> None:
    """Create the output's directory up front, so a bad OUT fails before any work."""
    if fmt in FOLDER_FORMATS:  # neo4j: a folder of import files
        if per_document:
            raise InvalidInputError(
                f"--format {fmt} writes one folder: no --per-document"
            )
        if output.exists() and not output.is_dir():
            raise InvalidInputError(
                f"--format {fmt} writes a folder, but {str(output)!r} is a file"
            )
        _mkdir(output)
        return
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

    def write(self, source: str, trace: str) -> None:
        """Log the traceback ``trace`` of the error that stopped ``source``."""
        if self._file is None:
            self._file = self.path.open("w", encoding="utf-8")
        self._file.write(f"== {source}\n")
        self._file.write(trace)
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
    jobs: int = 1,
) -> Iterator[KnowledgeGraph]:
    """Yield one graph per document, in input order; a failed one is reported.

    With ``jobs > 1`` the documents are built in worker processes
    (`kgraph.run.parallel.iter_outcomes`). An internal error (a bug) in one
    document is one line naming the document and the error; its traceback
    goes to ``log``; the other documents go on.
    """
    from tqdm import tqdm

    from kgraph.run.parallel import Failure, iter_outcomes

    quiet = quiet or len(documents) <= _PROGRESS_MIN_DOCS
    progress = tqdm(
        total=len(documents),
        desc=_PROG,
        unit="doc",
        file=sys.stderr,
        disable=True if quiet else None,  # None: only on a terminal
    )
    outcomes = iter_outcomes(documents, nlp=nlp, n_process=jobs, divisions=divisions)
    with progress:
        for (_, _, source), outcome in outcomes:
            progress.update()
            if isinstance(outcome, Failure):
                _report(outcome, log)
                failed.append(source)
            else:
                yield outcome


def _cluster_graph(
    address: str,
    documents: list[tuple[str, str, str]],
    nlp: Language,
    failed: list[str],
    *,
    divisions: bool,
    log: _ErrorLog,
) -> Iterator[KnowledgeGraph]:
    """Build on the Dask cluster at ``address``; yield the merged graph.

    The documents travel in partitions, are merged there as a tree
    (`kgraph.run.dask.merge_bag`) and come back as one graph, still to resolve.
    """
    from kgraph.run.dask import bag_of_documents, connect, merge_bag

    with connect(address) as client:
        kg, failures = merge_bag(
            bag_of_documents(documents), nlp=nlp, divisions=divisions, client=client
        )
    for failure in failures:
        _report(failure, log)
        failed.append(failure.source)
    yield kg


def _report(failure: Failure, log: _ErrorLog | None) -> None:
    """One line for a document that failed; an internal error's traceback to log."""
    err, source = failure.error, failure.source
    if isinstance(err, DocumentError):
        if err.internal and log is not None:
            log.write(source, failure.traceback)
            _say(
                f"error: {source}: internal error, {err.cause_line} "
                f"(traceback in {log.path})"
            )
        else:
            _say(f"error: {source}: {err.cause_line}")
    else:
        _say(f"error: {source}: {err}")


def _write_merged(
    graphs: Iterator[KnowledgeGraph],
    output: Path | BinaryIO,
    fmt: str,
    overrides: Overrides | None = None,
    view: dict[str, Any] | None = None,
) -> tuple[int, int, int]:
    """Merge and resolve ``graphs`` into one file; return the counts written."""
    from kgraph.export import write_graph
    from kgraph.link.merge import merge_graphs
    from kgraph.link.resolve import resolve_entities

    kg = resolve_entities(merge_graphs(graphs), overrides=overrides)
    if view:
        kg = kg.subgraph(**view)
    if fmt in FIGURE_FORMATS:
        note_crowded(kg)
    write_graph(kg, output, format=fmt)
    return len(kg.documents), len(kg.entities), len(kg.relations)


def _write_each(
    graphs: Iterator[KnowledgeGraph],
    output: Path | BinaryIO,
    fmt: str,
    overrides: Overrides | None = None,
    view: dict[str, Any] | None = None,
) -> tuple[int, int, int]:
    """Write each graph to ``output/<doc_id><suffix>``; return the summed counts."""
    from kgraph.export import write_graph

    assert isinstance(output, Path)  # run_build refuses --per-document with -o -
    suffix = _SUFFIX_OF[fmt]
    documents = entities = relations = 0
    for kg in graphs:
        path = output / f"{kg.documents[0].doc_id}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_graph(kg.subgraph(**view) if view else kg, path, format=fmt)
        documents += 1
        entities += len(kg.entities)
        relations += len(kg.relations)
    return documents, entities, relations


def _summary_of_failures(built: int, failed: list[str]) -> str:
    listed = ", ".join(failed[:_MAX_LISTED])
    if len(failed) > _MAX_LISTED:
        listed += f" and {len(failed) - _MAX_LISTED} more"
    return f"built {_plural(built, 'document')}, {len(failed)} failed: {listed}"


def _stdout_format(chosen: str | None, *, per_document: bool) -> str:
    """The format of ``-o -``: ``--format``, Turtle by default; one graph only."""
    fmt = chosen or _STDOUT_FORMAT
    if per_document or fmt in FOLDER_FORMATS:
        what = "--per-document" if per_document else f"--format {fmt}"
        raise InvalidInputError(
            f"-o - writes one graph to standard output; {what} writes a folder"
        )
    return fmt


def run_build(args: argparse.Namespace) -> int:
    """Run ``kgraph build``: read, extract, merge and write; the exit status."""
    store = check_into(args)
    view = view_filters(args)
    to_stdout = store is None and args.output == _STDOUT
    output = Path(args.output) if store is None else store.path
    per_document: bool = args.per_document
    if per_document and args.scheduler is not None:
        raise InvalidInputError(
            "--per-document cannot be used with --scheduler: a cluster build "
            "writes one merged graph"
        )
    fmt = ""  # --into: the target says its format
    if args.figures:
        fmt = check_figures(args)
        _mkdir(output)
    elif to_stdout:
        fmt = _stdout_format(args.format, per_document=per_document)
        output = Path(_PROG)  # only names the error log: kgraph.errors.log
    elif store is None:
        fmt = _output_format(output, args.format, per_document=per_document)
        _prepare_output(output, per_document=per_document, fmt=fmt)
    from kgraph.inputs.files import read_documents
    from kgraph.link.resolve import read_overrides
    from kgraph.run.metadata import (
        read_meta,
        unmatched_ids,
        unmatched_message,
        with_document_meta,
    )
    from kgraph.run.parallel import default_jobs
    from kgraph.run.pipeline import load

    meta = read_meta(args.meta) if args.meta else {}
    nlp = load(engine=args.engine, user_dictionary=args.user_dict)
    overrides = read_overrides(args.merges) if args.merges else None
    documents, errors = read_documents(args.paths)
    for error in errors:
        _say(f"error: {error.source}: {error.message}")
    failed = [error.source for error in errors]
    unmatched = unmatched_ids(meta, (doc_id for doc_id, _, _ in documents))
    if unmatched:  # a typo, or an input missing: said, not dropped silently
        _say(f"warning: {args.meta}: {unmatched_message(unmatched)}")
    if not documents:
        _say(f"error: no document could be read; nothing written to {output}")
        _say(_summary_of_failures(0, failed))
        return EXIT_FAILED_INPUTS
    in_folder = per_document or fmt in FOLDER_FORMATS
    log = _ErrorLog(_error_log_path(output, per_document=in_folder))
    if args.scheduler is not None:
        graphs = _cluster_graph(
            args.scheduler,
            documents,
            nlp,
            failed,
            divisions=not args.no_divisions,
            log=log,
        )
    else:
        graphs = _document_graphs(
            documents,
            nlp,
            failed,
            quiet=args.quiet,
            divisions=not args.no_divisions,
            log=log,
            jobs=default_jobs() if args.jobs is None else args.jobs,
        )
    if meta or args.date is not None:  # the caller's dates replace the texts'
        graphs = (with_document_meta(g, meta, date=args.date) for g in graphs)
    write = _write_each if per_document else _write_merged
    if args.figures:
        write = functools.partial(write_parts, by=args.figures)
    wrote = ""  # what --into wrote
    try:
        if store is not None:
            built, entities, relations, wrote = write_into(graphs, store, overrides)
        elif to_stdout:
            built, entities, relations = _write_merged(
                graphs, sys.stdout.buffer, fmt, overrides, view
            )
            sys.stdout.flush()
        else:
            built, entities, relations = write(graphs, output, fmt, overrides, view)
    except BrokenPipeError:
        # the reader went away (| head): end quietly, as a filter does; stdout
        # is pointed at devnull so the interpreter's own flush at exit is quiet
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    finally:
        log.close()
    counts = (
        f"{_plural(built, 'document')}, {_plural(entities, 'entity', 'entities')}, "
        f"{_plural(relations, 'relation')}"
    )
    where = f"{output} ({_plural(built, 'file')})" if per_document else str(output)
    if to_stdout:
        where = "standard output"
    elif store is not None:
        where = f"{output} (wrote {wrote})"
    if failed:
        _say(f"wrote {where}: {counts}")
        _say(_summary_of_failures(built, failed))
        return EXIT_FAILED_INPUTS
    if not args.quiet:
        _say(f"built {counts} -> {where}")
    return EXIT_OK
