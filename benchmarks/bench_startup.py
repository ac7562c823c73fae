"""Start-up of ``kgraph``: ``--help``, ``import kgraph`` and a build's first document.

    python benchmarks/bench_startup.py                        # this checkout
    python benchmarks/bench_startup.py --baseline ../main     # + another, same run

Each figure is the median of ``--repeats`` fresh interpreters, taking turns with
the baseline checkout when one is given (its figures and the ratios are
printed, so machine load hits both alike). ``build`` runs
``kgraph build SAMPLE -o x.ttl`` in-process after timing ``import kgraph.cli``
and ``import kgraph.run.pipeline`` (everything a build imports before its first
document: spaCy, the components, the writers' front), and records when the
first document starts; the division table is timed cold in its own process
(``kgraph.divisions.table.load_divisions``; this checkout's from its cache file). The
modules' bytecode is cached in a temporary folder, as an installed package
has it (even where ``PYTHONDONTWRITEBYTECODE`` is set), after an untimed first
round. Interpreter start-up (``python -c pass``) is printed for scale and not
subtracted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "a1_xiangjiadang.txt"

_BUILD = """
import json, sys, time
started = time.perf_counter()
import kgraph.cli
import kgraph.run.pipeline as pipeline
imported = time.perf_counter()
first = []
extract = pipeline.extract_document
def timed(*args, **kwargs):
    if not first:
        first.append(time.perf_counter())
    return extract(*args, **kwargs)
pipeline.extract_document = timed
if hasattr(kgraph.cli, "extract_document"):  # a CLI that imports it up front
    kgraph.cli.extract_document = timed
status = kgraph.cli.main(["build", sys.argv[1], "-o", sys.argv[2], "-q"])
done = time.perf_counter()
print(json.dumps({"imports": imported - started, "first": first[0] - started,
                  "total": done - started, "status": status}))
"""
_IMPORT = """
import json, time
started = time.perf_counter()
import kgraph
print(json.dumps({"import": time.perf_counter() - started}))
"""
_TABLE = """
import json, time
import kgraph.divisions.table
started = time.perf_counter()
kgraph.divisions.table.load_divisions()
print(json.dumps({"table": time.perf_counter() - started}))
"""


def _run(
    checkout: Path, args: list[str], pycache: Path
) -> tuple[float, dict[str, float]]:
    """Wall seconds of ``python ARGS`` run in ``checkout`` (first on the path),
    and the JSON it printed last (empty when it printed none)."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    # bytecode as an installed package has it, kept out of the checkouts
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache / checkout.name)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args],
        env=env,
        cwd=checkout,  # ``-c`` and ``-m`` put the working folder first on the path
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - started
    lines = done.stdout.strip().splitlines()
    payload = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    return wall, payload


def measure(checkout: Path, out: Path, pycache: Path) -> dict[str, float]:
    """One round of every figure for ``checkout`` (seconds)."""
    figures: dict[str, float] = {}
    figures["python -c pass"], _ = _run(checkout, ["-c", "pass"], pycache)
    figures["kgraph --help"], _ = _run(checkout, ["-m", "kgraph", "--help"], pycache)
    _, got = _run(checkout, ["-c", _IMPORT], pycache)
    figures["import kgraph"] = got["import"]
    _, got = _run(checkout, ["-c", _TABLE], pycache)
    figures["division table"] = got["table"]
    wall, got = _run(checkout, ["-c", _BUILD, str(SAMPLE), str(out)], pycache)
    figures["build: imports"] = got["imports"]
    figures["build: to first document"] = got["first"]
    figures["build: whole run"] = wall
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="rounds (median)")
    parser.add_argument(
        "--baseline", type=Path, help="another kgraph checkout to time alongside"
    )
    args = parser.parse_args(argv)
    checkouts = {"this": ROOT}
    if args.baseline is not None:
        checkouts["baseline"] = args.baseline.resolve()
    load = os.getloadavg()[0]
    print(f"median of {args.repeats} fresh interpreters; load average {load:.2f}")
    rounds: dict[str, list[dict[str, float]]] = {name: [] for name in checkouts}
    with tempfile.TemporaryDirectory() as folder:
        for number in range(args.repeats + 1):  # round 0 writes the bytecode
            for name, checkout in checkouts.items():
                out = Path(folder) / f"{name}.ttl"
                figures = measure(checkout, out, Path(folder))
                if number:
                    rounds[name].append(figures)
    medians = {
        name: {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        for name, runs in rounds.items()
    }
    header = f"{'':28}{'this':>10}"
    if "baseline" in medians:
        header += f"{'baseline':>10}{'ratio':>8}"
    print(header)
    for key, value in medians["this"].items():
        line = f"{key:28}{value * 1000:8.0f}ms"
        if "baseline" in medians:
            base = medians["baseline"][key]
            line += f"{base * 1000:8.0f}ms{base / value:7.2f}x"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
