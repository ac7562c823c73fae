"""Tests for kgraph.run.parallel: worker processes give the graph of one process."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import kgraph
from kgraph.errors import DocumentError, InvalidInputError
from kgraph.export import write_graph
from kgraph.run.parallel import Failure, default_jobs, iter_outcomes
from kgraph.run.pipeline import DocumentWarning

TEXTS = [
    (
        "a",
        "南湖实验室位于嘉兴市南湖区湘家荡区域。万托科技(嘉兴)有限公司负责人陈学金说。",
    ),
    ("b", "南湖\udc80实验室"),  # a lone surrogate: named, not built
    ("c", "浙江大学位于杭州市西湖区。校长张三说，学校投资2亿元建设新校区。"),
    ("d", ""),
    ("e", "嘉兴市南湖区湘家荡区域(七星街道)的南湖研究院负责人李四说。"),
]
#: a document that kills the worker process building it
CRASH = "崩溃"


@Language.component("test_parallel_crash")
def _crash(doc: Doc) -> Doc:
    """Exit the process, as a crash in native code would, on `CRASH`."""
    if CRASH in doc.text:
        os._exit(3)
    return doc


def _build_quietly(**options: object) -> tuple[kgraph.KnowledgeGraph, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        kg = kgraph.build(TEXTS, on_error="warn", **options)  # type: ignore[arg-type]
    return kg, [str(w.message) for w in caught if w.category is DocumentWarning]


def test_parallel_two_processes_give_the_graph_and_bytes_of_one(
    nlp_lac: Language, tmp_path: Path
) -> None:
    one, one_warned = _build_quietly(nlp=nlp_lac)
    two, two_warned = _build_quietly(nlp=nlp_lac, n_process=2)
    assert two == one
    assert [d.doc_id for d in two.documents] == ["a", "c", "d", "e"]
    assert one_warned == two_warned
    assert len(two_warned) == 1 and "document 'b'" in two_warned[0]
    for name, kg in (("one.ttl", one), ("two.ttl", two)):
        write_graph(kg, tmp_path / name, format="turtle")
    written = (tmp_path / "two.ttl").read_bytes()
    assert written == (tmp_path / "one.ttl").read_bytes()


def test_parallel_raise_names_the_document(nlp_lac: Language) -> None:
    with pytest.raises(InvalidInputError, match=r"document 'b'.*surrogate"):
        kgraph.build(TEXTS, nlp=nlp_lac, n_process=2)


def test_parallel_a_dying_worker_costs_only_its_document() -> None:
    nlp = kgraph.load(engine="jieba")
    nlp.add_pipe("test_parallel_crash", first=True)
    docs = [(f"d{n}", f"第{n}篇：嘉兴市南湖区。", "") for n in range(6)]
    docs[2] = ("d2", f"这篇{CRASH}了。", "")
    outcomes = list(iter_outcomes(docs, nlp=nlp, n_process=2, chunk_size=2))
    assert [doc for doc, _ in outcomes] == docs
    failed = [out for _, out in outcomes if isinstance(out, Failure)]
    assert [f.doc_id for f in failed] == ["d2"]
    assert isinstance(failed[0].error, DocumentError)
    assert "worker process building it died" in str(failed[0].error)
    built = kgraph.merge_graphs(
        out for _, out in outcomes if not isinstance(out, Failure)
    )
    alone = kgraph.merge_graphs(
        out for _, out in iter_outcomes(docs[:2] + docs[3:], nlp=nlp)
    )
    assert built == alone


def test_parallel_pipeline_that_does_not_pickle_is_refused() -> None:
    nlp = kgraph.load(engine="jieba")
    local = []

    def remember(doc: Doc) -> Doc:  # a closure: cannot be pickled
        local.append(doc)
        return doc

    Language.component("test_parallel_closure", func=remember)
    nlp.add_pipe("test_parallel_closure")
    with pytest.raises(InvalidInputError, match="cannot be sent to worker processes"):
        list(iter_outcomes([("a", "甲", ""), ("b", "乙", "")], nlp=nlp, n_process=2))


@pytest.mark.parametrize("n_process", [0, -1, True, 1.5])
def test_parallel_bad_number_of_processes(n_process: object) -> None:
    nlp = kgraph.load(engine="jieba")
    with pytest.raises(InvalidInputError, match="n_process must be 1 or more"):
        list(iter_outcomes([("a", "甲", "")], nlp=nlp, n_process=n_process))  # type: ignore[arg-type]


def test_parallel_default_jobs_are_the_cores_there_are() -> None:
    if hasattr(os, "sched_getaffinity"):
        assert default_jobs() == len(os.sched_getaffinity(0))
    else:
        assert default_jobs() >= 1
