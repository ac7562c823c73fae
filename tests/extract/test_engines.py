"""Tests for kgraph.extract.engines: the engine interface, LAC, jieba, a spaCy model."""

from __future__ import annotations

import itertools
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

import kgraph
from kgraph.errors import InvalidInputError
from kgraph.extract.engines import (
    CACHE_ENV,
    THREADS_ENV,
    JiebaEngine,
    LacEngine,
    SpacyModelEngine,
    _chunks,
)
from kgraph.types import EntityType


@pytest.fixture(scope="module")
def user_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's own spaCy NER pipeline on disk (an entity ruler: no training)."""
    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "华越科技有限公司"},
            {"label": "GPE", "pattern": "湖州市"},
            {"label": "PERSON", "pattern": "李明"},
        ]
    )
    path = tmp_path_factory.mktemp("model") / "ner"
    nlp.to_disk(path)
    return path


def test_engines_spacy_model_labels(user_model: Path) -> None:
    analysis = SpacyModelEngine(str(user_model)).analyse(
        "华越科技有限公司落户湖州市,李明说。"
    )
    found = {(s, e, t) for s, e, t in analysis.entities}
    assert (0, 8, EntityType.ORG) in found
    assert (10, 13, EntityType.PLACE) in found
    assert (14, 16, EntityType.PERSON) in found


def test_engines_spacy_model_in_pipeline(user_model: Path) -> None:
    kg = kgraph.build(
        "华越科技有限公司落户湖州市。", nlp=kgraph.load(spacy_model=user_model)
    )
    labels = {(e.label, e.type) for e in kg.entities}
    assert ("华越科技有限公司", EntityType.ORG) in labels


def test_engines_spacy_model_missing(tmp_path: Path) -> None:
    engine = SpacyModelEngine(str(tmp_path / "nope"))
    with pytest.raises(InvalidInputError, match="cannot load the spaCy NER model"):
        engine.analyse("你好")


@pytest.mark.parametrize("engine", [LacEngine(), JiebaEngine()], ids=["lac", "jieba"])
def test_engines_words_cover_the_text(engine) -> None:  # type: ignore[no-untyped-def]
    text = "万托科技(嘉兴)有限公司负责人陈学金说。\n\n第二段在嘉兴市。"
    words = engine.analyse(text).words
    assert "".join(text[s:e] for s, e, _ in words) == text
    assert all(a[1] == b[0] for a, b in itertools.pairwise(words))


def test_engines_lac_pickles_without_session() -> None:
    engine = LacEngine()
    engine.analyse("张三在北京市工作")
    clone = pickle.loads(pickle.dumps(engine))
    assert clone._lac is None
    assert (
        clone.analyse("张三在北京市工作").entities
        == engine.analyse("张三在北京市工作").entities
    )


@pytest.mark.parametrize("from_env", [False, True], ids=["argument", "env"])
def test_engines_lac_session_threads(
    monkeypatch: pytest.MonkeyPatch, from_env: bool
) -> None:
    if from_env:
        monkeypatch.setenv(THREADS_ENV, "1")
    engine = LacEngine() if from_env else LacEngine(threads=1)
    tagged = engine.analyse("张三在北京市工作")
    options = engine._lac._session.get_session_options()
    assert (options.intra_op_num_threads, options.inter_op_num_threads) == (1, 1)
    assert tagged == LacEngine().analyse("张三在北京市工作")
    assert pickle.loads(pickle.dumps(engine)).threads == (None if from_env else 1)


def test_engines_lac_bad_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InvalidInputError, match="at least 1"):
        LacEngine(threads=0)
    monkeypatch.setenv(THREADS_ENV, "many")
    with pytest.raises(InvalidInputError, match="KGRAPH_ONNX_THREADS='many'"):
        LacEngine().analyse("张三")


def test_engines_long_paragraph_is_cut_at_sentence_ends() -> None:
    text = "甲" * 600 + "。" + "乙" * 600
    pieces = _chunks(text)
    assert "".join(p for _, p in pieces) == text
    assert pieces[0][1].endswith("。") and all(len(p) <= 1000 for _, p in pieces)


_JIEBA_RUN = """
from kgraph.extract.engines import JiebaEngine
print([t.value for _, _, t in JiebaEngine().analyse("我在北京工作").entities])
"""


def _run_jieba(tmp_path: Path, cache: Path) -> tuple[Path, str]:
    """Run the jieba engine in a fresh process; its temp folder and output."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, CACHE_ENV: str(cache), "TMPDIR": str(temp)}
    done = subprocess.run(
        [sys.executable, "-c", _JIEBA_RUN],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return temp, done.stdout.strip()


def test_engines_jieba_caches_in_the_user_cache_dir(tmp_path: Path) -> None:
    temp, out = _run_jieba(tmp_path, tmp_path / "cache")
    assert out == "['PLACE']"
    assert (tmp_path / "cache" / "jieba.cache").is_file()
    assert list(temp.iterdir()) == []  # no /tmp/jieba.cache


def test_engines_jieba_without_a_cache_dir_keeps_it_in_memory(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    temp, out = _run_jieba(tmp_path, tmp_path / "file" / "cache")
    assert out == "['PLACE']"
    assert list(temp.iterdir()) == []
