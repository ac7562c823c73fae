"""Exceptions raised by kgraph; every custom exception lives here."""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "InvalidInputError",
    "KGraphError",
    "MissingAnnotationError",
    "MissingDependencyError",
    "PushError",
    "StoreLockedError",
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


class PushError(KGraphError, OSError):
    """A SPARQL Graph Store Protocol request failed or the server is unreachable."""
