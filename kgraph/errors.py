"""Exceptions raised by kgraph; every custom exception lives here."""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "InvalidInputError",
    "KGraphError",
    "MissingAnnotationError",
]


class KGraphError(Exception):
    """Base class of every error kgraph raises on purpose."""


class InvalidInputError(KGraphError, ValueError):
    """An argument or a record has a value kgraph cannot work with."""


class MissingAnnotationError(KGraphError, ValueError):
    """A Doc lacks an annotation that an earlier pipeline component should add."""


class DecodeError(KGraphError, ValueError):
    """A file is binary or in an encoding kgraph cannot detect."""
