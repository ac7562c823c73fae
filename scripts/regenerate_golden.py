"""Rewrite tests/data/golden/small_kg.ttl from the ``small_kg`` test fixture.

Run it only on purpose, after changing the exporter or the fixture, then review
the diff before committing::

    python scripts/regenerate_golden.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden" / "small_kg.ttl"


def main() -> int:
    """Write the golden Turtle file and print its path."""
    if str(ROOT) not in sys.path:  # run from a checkout without installing
        sys.path.insert(0, str(ROOT))
    from kgraph.export.rdf import write_rdf

    spec = importlib.util.spec_from_file_location(
        "_kgraph_conftest", ROOT / "tests" / "conftest.py"
    )
    if spec is None or spec.loader is None:
        raise FileNotFoundError(ROOT / "tests" / "conftest.py")
    conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conftest)
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    write_rdf(conftest.build_small_kg(), GOLDEN, format="turtle")
    sys.stdout.write(f"wrote {GOLDEN.relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
