"""The shared dev article, scored by the shared scorer: the issue's accuracy floor.

Skipped when ``../shared/eval`` is not beside the repository.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import kgraph
from kgraph.export import write_graph

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
pytestmark = pytest.mark.skipif(not EVAL.is_dir(), reason="../shared/eval not present")


def test_eval_dev_article_scores(nlp_lac, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = EVAL / "articles" / "a1_xiangjiadang.txt"
    kg = kgraph.build(
        [(article.stem, article.read_text(encoding="utf-8"))], nlp=nlp_lac
    )
    write_graph(kg, tmp_path / f"{article.stem}.json")
    result = subprocess.run(
        [
            sys.executable,
            str(EVAL / "score.py"),
            str(EVAL / "gold_dev.py"),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    micro = json.loads(result.stdout.strip().splitlines()[-1].removeprefix("MICRO "))
    assert micro["ent"]["f"] >= 0.90, result.stdout
    assert micro["money"]["f"] == 1.0, result.stdout
    assert micro["rel"]["f"] >= 0.70, result.stdout
    assert micro["byline"]["r"] == 1.0, result.stdout
