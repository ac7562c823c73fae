"""Never lose a document: invariants over documents assembled from real fragments.

Hypothesis puts together documents from pieces of the genre (repeated amounts and
names, brackets, quotes, PDF line breaks, traditional characters, markup, bare
punctuation) and checks that every one builds and that its graph keeps the
invariants: unique ids, offsets inside the original text, every relation's
evidence span holding a mention of both its ends. A second test runs the sweep
of ``benchmarks/sweep.py`` on a 300-document sample of the public sets.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgraph.link.places import ADMIN_EXTRACTOR
from kgraph.run.pipeline import extract_document
from kgraph.types import EntityType, KnowledgeGraph

REPO = Path(__file__).resolve().parent.parent

FRAGMENTS = [
    "今年争取销售额3亿元,满负荷生产后预计年产值能达3亿元。",
    "万托科技(嘉兴)有限公司负责人陈学金说。",
    "万托科技（嘉兴）有限公司",
    "南湖实验室位于嘉兴市南湖区湘家荡区域。",
    "湘家荡区域(七星街道)",
    "“青山·绿谷”项目总投资约54亿元",
    "该公司",
    "该项目计划总投资1.2亿元,",
    "本报讯(记者 汪燕鸣 通讯员 王佳萱)",
    "冯静 摄",
    "湖州市委常委、南太湖新区党工委书记张明",
    "县委副书记、县长李华出席签约仪式。",
    "東湖、西嶺、南山3個村",
    "總投資逾5億元的項目落戶台州市黃岩區東城街道。",
    "<p>签约仪式在<b>杭州</b>举行。</p>",
    "近千万元",
    "数亿元",
    "3至5亿元",
    "他说",
    "后者",
    "湘\n\n城社区",
    "\n\n",
    "\n",
    "。",
    "(",
    ")",
    "、",
    "“",
    "2024年",
    "300万元",
    "嘉兴",
    "嘉兴市",
]


def _check(kg: KnowledgeGraph, text: str) -> None:
    ids = [e.id for e in kg.entities]
    assert len(ids) == len(set(ids))
    by_id = {e.id: e for e in kg.entities}
    for entity in kg.entities:
        for mention in entity.mentions:
            p = mention.provenance
            assert 0 <= p.start < p.end <= len(text)
    for rel in kg.relations:
        p = rel.provenance
        assert 0 <= p.start < p.end <= len(text)
        if rel.provenance.extractor.startswith(ADMIN_EXTRACTOR):
            continue  # the official chain: not read from a sentence
        for end in (rel.subject, rel.object):
            entity = by_id[end]
            if entity.type is EntityType.ARTICLE:
                continue
            assert any(
                p.start <= m.provenance.start and m.provenance.end <= p.end
                for m in entity.mentions
            ), (rel, entity.label, text[p.start : p.end])


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=0, max_size=40))
def test_robustness_assembled_documents_build(nlp_lac, parts: list[str]) -> None:  # type: ignore[no-untyped-def]
    text = "".join(parts)
    kg = extract_document(text, doc_id="assembled", nlp=nlp_lac)
    _check(kg, text)


def _sweep_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "sweep", REPO / "benchmarks" / "sweep.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sweep"] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def test_robustness_sweep_sample_of_real_text() -> None:
    sweep = _sweep_module()
    if not sweep.DATA.is_dir():
        pytest.skip(f"the public sets are not at {sweep.DATA}")
    documents = sweep.sample(sweep.make_documents(sweep.DATA, long_chars=0), 300)
    assert len(documents) == 300
    report = sweep.sweep(documents)
    assert report.documents == 300
    assert report.failed == 0, dict(report.failures)
