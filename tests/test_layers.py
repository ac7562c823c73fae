"""The package is laid out as the stages data flows through; imports only go down.

Read from the source (``ast``), so the test sees every ``import`` statement,
whether or not a test run happens to execute it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "kgraph"

#: stage of each top-level module or subpackage, bottom (0) to top
STAGES: dict[str, int] = {
    # the data model and what it needs
    "kgraph": 0,
    "kgraph.types": 0,
    "kgraph.errors": 0,
    "kgraph.ids": 0,
    "kgraph._optional": 0,
    "kgraph.cache": 0,
    # reference data and reading inputs
    "kgraph.divisions": 1,
    "kgraph.inputs": 1,
    # extraction: text -> Doc -> document graph
    "kgraph.extract": 2,
    # linking: document graphs -> corpus graph
    "kgraph.link": 3,
    # running builds: pipeline, processes, Dask, updates
    "kgraph.run": 4,
    # what a built graph becomes
    "kgraph.export": 5,
    "kgraph.store": 5,
    "kgraph.tables": 5,
    "kgraph.viz": 5,
    # the command line
    "kgraph.cli": 6,
    "kgraph.__main__": 6,
}

#: a lazy import (inside a function) may reach up only from these modules: the
#: data model's convenience methods (``kg.to_networkx()``, ``kg.show()``) and
#: the package's own lazy names (``kgraph.build``)
LAZY_UPWARD_OK = {"kgraph", "kgraph.types"}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _stage(module: str) -> int:
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        if ".".join(parts[:n]) in STAGES:
            return STAGES[".".join(parts[:n])]
    raise AssertionError(f"{module} is in no stage: add it to a stage's package")


def _is_type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(path: Path) -> tuple[set[str], set[str]]:
    """kgraph modules imported at module level, and inside functions."""
    eager: set[str] = set()
    lazy: set[str] = set()

    def targets(node: ast.Import | ast.ImportFrom) -> set[str]:
        if isinstance(node, ast.Import):
            names = {a.name for a in node.names}
        else:
            base = node.module or ""
            names = {base} | {f"{base}.{a.name}" for a in node.names}
        return {n for n in names if n in MODULES}

    def visit(nodes: list[ast.stmt], into: set[str]) -> None:
        for node in nodes:
            if isinstance(node, ast.Import | ast.ImportFrom):
                into |= targets(node)
            elif isinstance(node, ast.If) and _is_type_checking(node):
                continue  # annotations only: no import at run time
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(node.body, lazy)
            else:
                for field in ("body", "orelse", "finalbody", "handlers"):
                    block = getattr(node, field, None)
                    if isinstance(block, list):
                        visit(
                            [
                                s
                                for s in block
                                if isinstance(s, ast.stmt | ast.ExceptHandler)
                            ],
                            into,
                        )
                for case in getattr(node, "cases", []):  # match statements
                    visit(case.body, into)

    visit(ast.parse(path.read_text(encoding="utf-8")).body, eager)
    return eager, lazy


IMPORTS = {module: _imports(path) for module, path in MODULES.items()}


def test_layers_every_module_has_a_stage() -> None:
    assert all(_stage(module) >= 0 for module in MODULES)


def test_layers_few_modules_sit_flat_in_the_package() -> None:
    flat = {
        m for m in MODULES if m.count(".") == 1 and MODULES[m].name != "__init__.py"
    }
    assert flat <= {
        "kgraph.types",
        "kgraph.errors",
        "kgraph.ids",
        "kgraph._optional",
        "kgraph.cache",
        "kgraph.__main__",
    }


@pytest.mark.parametrize("module", sorted(MODULES))
def test_layers_imports_go_down(module: str) -> None:
    eager, lazy = IMPORTS[module]
    up = sorted(m for m in eager if _stage(m) > _stage(module))
    assert not up, f"{module} (stage {_stage(module)}) imports {up}"
    if module not in LAZY_UPWARD_OK:
        up = sorted(m for m in lazy if _stage(m) > _stage(module))
        assert not up, f"{module} imports {up} inside a function"


def test_layers_the_data_model_imports_no_stage() -> None:
    eager, _ = IMPORTS["kgraph.types"]
    assert eager <= {"kgraph.errors"}


def test_layers_no_import_circle() -> None:
    graph = {m: {t for t in IMPORTS[m][0] if t != m} for m in MODULES}
    done: set[str] = set()

    def walk(module: str, path: list[str]) -> None:
        if module in path:
            circle = [*path[path.index(module) :], module]
            raise AssertionError("import circle: " + " -> ".join(circle))
        if module in done:
            return
        for target in sorted(graph[module]):
            walk(target, [*path, module])
        done.add(module)

    for module in sorted(graph):
        walk(module, [])


def test_layers_the_reader_sees_imports() -> None:
    """The import reader itself: eager, lazy and TYPE_CHECKING imports told apart."""
    eager, lazy = IMPORTS["kgraph.types"]
    assert "kgraph.errors" in eager
    assert "kgraph.export.nxgraph" in lazy  # KnowledgeGraph.to_networkx
    assert "kgraph.extract.document_graph" not in IMPORTS["kgraph"][0]  # lazy name


def test_layers_modules_are_small() -> None:
    """One job per module: 400 lines at most."""
    long = {
        module: n
        for module, path in MODULES.items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert not long
