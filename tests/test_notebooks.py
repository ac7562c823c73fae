"""The notebooks run in a Jupyter kernel (nbclient), from the notebooks folder.

Notebooks are committed without outputs; this executes each one top to bottom in
a fresh ``python3`` kernel of this environment (ipykernel), with a bounded time
per cell, and fails on the first cell that raises.
"""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

FOLDER = Path(__file__).parent.parent / "notebooks"
NOTEBOOKS = sorted(FOLDER.glob("*.ipynb"))
#: files the notebooks write next to themselves, removed after the run
WRITTEN = ("a1.ttl", "a1.png", "a1.html")
CELL_TIMEOUT = 300  # seconds; loading LAC and building a few articles take ~10


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebooks_are_stripped(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code, f"{path.name} has no code"
    assert all(not c.outputs and c.execution_count is None for c in code), (
        f"{path.name} has outputs: strip them"
    )


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebooks_run(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as err:
        pytest.fail(f"{path.name}: {err}")
    finally:
        for name in WRITTEN:
            (path.parent / name).unlink(missing_ok=True)
    errors = [
        o
        for c in notebook.cells
        for o in c.get("outputs", ())
        if o.output_type == "error"
    ]
    assert not errors
