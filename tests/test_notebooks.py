"""The notebooks run: their code cells are executed in order, in the notebooks folder.

Notebooks are committed without outputs; this runs their code (no Jupyter needed).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).parent.parent / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebooks_run(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert code, f"{path.name} has no code"
    stripped = all(not c.get("outputs") for c in code)
    assert stripped, f"{path.name} has outputs: strip them"
    monkeypatch.chdir(path.parent)
    namespace: dict[str, object] = {}
    for number, cell in enumerate(code, start=1):
        source = "".join(cell["source"])
        try:
            exec(compile(source, f"{path.name}[{number}]", "exec"), namespace)
        except Exception as err:  # pragma: no cover - the message is the point
            raise AssertionError(f"{path.name} cell {number} failed: {err!r}") from err
    (path.parent / "a1.ttl").unlink(missing_ok=True)
