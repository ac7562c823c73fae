"""Exceptions raised by kgraph; every custom exception lives here."""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "DocumentError",
    "InvalidInputError",
    "KGraphError",
    "MissingAnnotationError",
    "MissingDependencyError",
    "PushError",
    "StoreLockedError",
    "WorkerError",
]


class KGraphError(Exception):
    """Base class of every error kgraph raises on purpose."""


class InvalidInputError(KGraphError, ValueError):
    """An argument or a record has a value kgraph cannot work with."""


class MissingAnnotationError(KGraphError, ValueError):
    """A Doc lacks an annotation that an earlier pipeline component should add."""


class MissingDependencyError(KGraphError, ImportError):
    """An optional dependency (or a CJK font) is not installed; the message says how."""


class DecodeError(KGraphError, ValueError):
    """A file is binary or in an encoding kgraph cannot detect."""


class StoreLockedError(KGraphError, OSError):
    """An on-disk triple store is already open for writing by another process."""

    @classmethod
    def of_store(cls, path: object, err: OSError) -> StoreLockedError:
        """The error for the store at ``path`` whose lock ``err`` reports held.

        Examples
        --------
        >>> e = StoreLockedError.of_store("kg", OSError("lock held"))
        >>> "another process holds its lock" in str(e)
        True
        """
        if "current process" in str(err):
            where = (
                "it is already open in this process: close the other GraphStore "
                "first (store.close(), or leave its with-block)"
            )
        else:
            where = (
                "another process holds its lock (a second notebook kernel, a "
                "running `kgraph load`, or `oxigraph serve --location` on it); "
                "close the store there (store.close() or restart that kernel) "
                "and retry"
            )
        return cls(
            f"cannot open the triple store {str(path)!r} for writing: Oxigraph "
            f"allows one writer at a time and {where}. To read a snapshot "
            "meanwhile, open it read-only: GraphStore(path, read_only=True), as "
            "`kgraph query` does"
        )


class PushError(KGraphError, OSError):
    """A SPARQL Graph Store Protocol request failed or the server is unreachable."""


class DocumentError(KGraphError):
    """One document could not be built; ``doc_id`` names it, ``__cause__`` says why.

    An unexpected internal error (a bug) in one document is raised as this, so a
    corpus run can report the document and go on with the others.
    """

    def __init__(self, doc_id: str, cause: BaseException) -> None:
        detail = str(cause).splitlines()[0] if str(cause) else ""
        kind = type(cause).__name__
        #: the cause in one line (``KeyError: 'a bug'``), without the document id
        self.cause_line = f"{kind}: {detail}" if detail else kind
        super().__init__(f"document {doc_id!r}: {self.cause_line}")
        self.doc_id = doc_id
        self.internal = not isinstance(cause, KGraphError)

    def __reduce__(self) -> tuple[object, tuple[str, str, bool]]:
        # back from a worker process: the cause travels as its line (its
        # traceback as text, see kgraph.run.parallel), not as an object
        return _restore_document_error, (self.doc_id, self.cause_line, self.internal)


def _restore_document_error(
    doc_id: str, cause_line: str, internal: bool
) -> DocumentError:
    error = DocumentError.__new__(DocumentError)
    Exception.__init__(error, f"document {doc_id!r}: {cause_line}")
    error.doc_id, error.cause_line, error.internal = doc_id, cause_line, internal
    return error


class WorkerError(KGraphError, RuntimeError):
    """A worker process died while building a document, or could not start."""
