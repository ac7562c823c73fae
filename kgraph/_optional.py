"""Import optional dependencies inside functions, naming the extra to install."""

from __future__ import annotations

import importlib
from types import ModuleType

from kgraph.errors import MissingDependencyError

__all__ = ["DISTRIBUTION", "import_optional"]

#: the distribution name to put in ``pip install`` hints
DISTRIBUTION = "kgraph-zh"


def import_optional(name: str, *, extra: str = "viz", purpose: str = "") -> ModuleType:
    """Import module ``name``, or say which extra of kgraph installs it.

    Parameters
    ----------
    name : str
        A dotted module name such as ``"pandas"`` or ``"matplotlib.figure"``.
    extra : str
        The optional-dependency group of kgraph that provides it.
    purpose : str
        What needs it, for the message (``"tables"``, ``"the static figure"``).

    Returns
    -------
    module
        The imported module.

    Raises
    ------
    MissingDependencyError
        If the module cannot be imported; it is also an ``ImportError``.

    Examples
    --------
    >>> import_optional("json").__name__
    'json'
    >>> import_optional("no_such_module", purpose="pictures")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kgraph.errors.MissingDependencyError: pictures need 'no_such_module', ...
    """
    try:
        return importlib.import_module(name)
    except ImportError as err:
        top = name.partition(".")[0]
        needs = f"{purpose} need" if purpose else "this needs"
        raise MissingDependencyError(
            f"{needs} {top!r}, which is not installed: "
            f"pip install '{DISTRIBUTION}[{extra}]'"
        ) from err
