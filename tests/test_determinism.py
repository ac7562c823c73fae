"""Byte-identical output: every format, two runs with different hash seeds and clocks.

One child process per run builds the sample article's graph (split into three
documents, so TriG and N-Quads hold several named graphs) and writes it in every
format; the two runs differ in ``PYTHONHASHSEED`` and in ``SOURCE_DATE_EPOCH``
(the date matplotlib and fontTools stamp into files), and must write the same
bytes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kgraph.export import FORMATS, PICTURE_FORMATS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "a1_xiangjiadang.txt"
DATA_SUFFIXES = sorted(s for s, f in FORMATS.items() if f not in PICTURE_FORMATS)
PICTURE_SUFFIXES = sorted(
    [".pdf", *(s for s, f in FORMATS.items() if f in PICTURE_FORMATS)]
)
#: (PYTHONHASHSEED, SOURCE_DATE_EPOCH) of the two runs
RUNS = (("1", "1000000000"), ("2", "1700000000"))

# the child: build, then write every format (pictures need the viz extra)
_CHILD = """
import sys
from pathlib import Path

import kgraph
from kgraph.errors import MissingDependencyError
from kgraph.export import write_graph
from kgraph.viz.static import write_figure

example, out = Path(sys.argv[1]), Path(sys.argv[2])
paragraphs = [p for p in example.read_text(encoding="utf-8").split("\\n\\n") if p]
third = (len(paragraphs) + 2) // 3
docs = [
    (f"{example.stem}-{n}", "\\n\\n".join(paragraphs[n * third : (n + 1) * third]))
    for n in range(3)
]
kg = kgraph.build(docs)
for suffix in sys.argv[3].split(","):
    write_graph(kg, out / ("graph" + suffix))
for suffix in sys.argv[4].split(","):
    write = write_figure if suffix == ".pdf" else write_graph
    try:
        write(kg, out / ("graph" + suffix))
    except MissingDependencyError:  # no viz extra: the test skips this picture
        pass
"""


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Run the child twice, side by side; the two output folders."""
    outs, children = [], []
    for seed, epoch in RUNS:
        out = tmp_path_factory.mktemp(f"seed{seed}")
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": epoch}
        argv = [sys.executable, "-c", _CHILD, str(EXAMPLE), str(out)]
        argv += [",".join(DATA_SUFFIXES), ",".join(PICTURE_SUFFIXES)]
        children.append(
            subprocess.Popen(
                argv, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
        )
        outs.append(out)
    for child in children:
        _, err = child.communicate(timeout=300)
        assert child.returncode == 0, err.decode("utf-8", "replace")
    return outs[0], outs[1]


def _first_difference(a: bytes, b: bytes) -> str:
    at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)
    at = min(len(a), len(b)) if at is None else at
    return f"{len(a)} vs {len(b)} bytes, first difference at byte {at}: " + repr(
        (a[max(at - 40, 0) : at + 40], b[max(at - 40, 0) : at + 40])
    )


def _assert_same(runs: tuple[Path, Path], name: str) -> None:
    first, second = (out / name for out in runs)
    if not first.exists():
        pytest.skip(f"{name} not written (the viz extra is missing)")
    a, b = first.read_bytes(), second.read_bytes()
    assert a, f"{name} is empty"
    assert a == b, f"{name} differs between hash seeds: " + _first_difference(a, b)


@pytest.mark.slow
@pytest.mark.parametrize("suffix", DATA_SUFFIXES)
def test_determinism_data_formats_are_byte_identical(
    runs: tuple[Path, Path], suffix: str
) -> None:
    _assert_same(runs, "graph" + suffix)


@pytest.mark.slow
@pytest.mark.parametrize("suffix", PICTURE_SUFFIXES)
def test_determinism_pictures_are_byte_identical(
    runs: tuple[Path, Path], suffix: str
) -> None:
    _assert_same(runs, "graph" + suffix)
