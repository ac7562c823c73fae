"""kgraph's per-user cache folder (jieba's dictionary, the division table)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["CACHE_ENV", "cache_dir"]

#: Environment variable naming kgraph's cache folder
CACHE_ENV = "KGRAPH_CACHE_DIR"


def cache_dir() -> Path:
    """The folder where kgraph keeps caches: one per user, never a shared /tmp.

    `CACHE_ENV` if set, else ``platformdirs.user_cache_dir("kgraph")`` when
    platformdirs is installed, else ``$XDG_CACHE_HOME/kgraph`` or
    ``~/.cache/kgraph``.

    Examples
    --------
    >>> cache_dir().name
    'kgraph'
    """
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    try:
        import platformdirs
    except ImportError:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return Path(base) / "kgraph"
    return Path(platformdirs.user_cache_dir("kgraph", appauthor=False))
