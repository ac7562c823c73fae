"""Tests for kgraph.run.dask: a LocalCluster of two workers gives build's graph."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

import kgraph
from kgraph.cli import EXIT_FAILED_INPUTS, main
from kgraph.run.pipeline import DocumentWarning

distributed = pytest.importorskip("distributed")
dask_bag = pytest.importorskip("dask.bag")

from kgraph.run.dask import build_dask, extract_bag  # noqa: E402

TEXTS = [
    ("a", "南湖实验室位于嘉兴市南湖区。万托科技(嘉兴)有限公司负责人陈学金说。"),
    ("b", "南湖\udc80实验室"),  # a lone surrogate: named, not built
    ("c", "浙江大学位于杭州市西湖区。校长张三说，学校投资2亿元建设新校区。"),
    ("d", "嘉兴市南湖区湘家荡区域(七星街道)的南湖研究院负责人李四说。"),
    ("e", "嘉兴市南湖区的南湖实验室。"),
]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """Two single-thread worker processes on loopback (start-up costs seconds)."""
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=":0",  # any free port
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _warned(build: object) -> tuple[kgraph.KnowledgeGraph, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        kg = build()  # type: ignore[operator]
    return kg, [str(w.message) for w in caught if w.category is DocumentWarning]


def test_dask_two_workers_give_the_graph_of_build(
    client: object, nlp_lac: Language
) -> None:
    bag = dask_bag.from_sequence(TEXTS, partition_size=1)  # five partitions
    got, got_warned = _warned(
        lambda: build_dask(
            bag, client=client, nlp=nlp_lac, on_error="warn", split_every=2
        )
    )
    want, want_warned = _warned(
        lambda: kgraph.build(TEXTS, nlp=nlp_lac, on_error="warn")
    )
    assert got == want
    assert got_warned == want_warned and "document 'b'" in got_warned[0]
    graphs = extract_bag(dask_bag.from_sequence(TEXTS[2:], partition_size=1))
    built = graphs.compute(scheduler=client)
    assert [kg.documents[0].doc_id for kg in built] == ["c", "d", "e"]
    assert len(client.scheduler_info()["workers"]) == 2  # type: ignore[attr-defined]


def test_dask_cli_scheduler_writes_the_bytes_of_one_process(
    client: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for doc_id, text in TEXTS:
        if doc_id != "b":
            (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01binary")
    address = client.scheduler.address  # type: ignore[attr-defined]
    outputs = []
    for flags in (("--jobs", "1"), ("--scheduler", address)):
        out = tmp_path / f"graph{len(outputs)}.ttl"
        status = main(["build", str(folder), "-o", str(out), *flags])
        assert status == EXIT_FAILED_INPUTS
        lines = capsys.readouterr().err.splitlines()
        assert lines[-1] == f"kgraph: built 4 documents, 1 failed: {folder / 'b.txt'}"
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_dask_build_from_files_names_what_cannot_be_read(tmp_path: Path) -> None:
    import dask

    for doc_id, text in TEXTS:
        if doc_id != "b":
            (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    nlp = kgraph.load(engine="jieba")
    with dask.config.set(scheduler="sync"):
        got, warned = _warned(lambda: build_dask(tmp_path, nlp=nlp, on_error="warn"))
        with pytest.raises(kgraph.errors.InvalidInputError, match=r"b\.txt: binary"):
            build_dask([tmp_path], nlp=nlp)
    want = kgraph.build([(i, text) for i, text in TEXTS if i != "b"], nlp=nlp)
    assert (got.entities, got.relations) == (want.entities, want.relations)
    assert [d.source for d in got.documents] == [
        str(tmp_path / f"{i}.txt") for i in "acde"
    ]
    assert len(warned) == 1 and "b.txt: binary" in warned[0]


def test_dask_cli_scheduler_and_per_document_do_not_mix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_text(TEXTS[0][1], encoding="utf-8")
    argv = ["build", str(source), "-o", str(tmp_path / "out"), "--per-document"]
    assert main([*argv, "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--per-document cannot be used with --scheduler" in capsys.readouterr().err


def test_dask_extract_bag_raises_naming_the_document() -> None:
    import dask

    nlp = kgraph.load(engine="jieba")
    graphs = extract_bag(dask_bag.from_sequence(TEXTS[:3], partition_size=1), nlp=nlp)
    with (
        dask.config.set(scheduler="sync"),
        pytest.raises(kgraph.errors.InvalidInputError, match=r"document 'b'"),
    ):
        graphs.compute()
