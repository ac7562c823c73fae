"""Run the command line with ``python -m kgraph`` (see `kgraph.cli`)."""

from __future__ import annotations

from kgraph.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
