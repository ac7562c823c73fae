"""``kgraph build --date`` and ``--meta``: publication dates from the caller."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgraph.cli import EXIT_ERROR, EXIT_OK, main

JIEBA = ("--engine", "jieba", "-q")
TEXTS = {
    "a.txt": "今年上半年,桐乡市完成固定资产投资30亿元。\n",
    "b.txt": "发布时间:2021-03-02\n去年,南湖区完成投资12亿元。\n",
}


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _dates(path: Path) -> dict[str, str | None]:
    graph = json.loads(path.read_text(encoding="utf-8"))["graph"]
    return {d["doc_id"]: d["date"] for d in graph["documents"]}


def test_cli_dates_read_from_the_text_else_none(tmp_path: Path) -> None:
    out = tmp_path / "kg.json"
    assert main(["build", str(_corpus(tmp_path)), "-o", str(out), *JIEBA]) == EXIT_OK
    assert _dates(out) == {"a": None, "b": "2021-03-02"}


def test_cli_dates_meta_table_then_date_for_the_rest(tmp_path: Path) -> None:
    meta = tmp_path / "sources.tsv"
    meta.write_text("id\tdate\turl\nb\t2020-01-05\thttps://x\n", encoding="utf-8")
    out = tmp_path / "kg.json"
    args = ["build", str(_corpus(tmp_path)), "-o", str(out), "--meta", str(meta)]
    assert main([*args, "--date", "2024-07-15", *JIEBA]) == EXIT_OK
    assert _dates(out) == {"a": "2024-07-15", "b": "2020-01-05"}
    nodes = json.loads(out.read_text(encoding="utf-8"))["nodes"]
    ends = sorted(n["period_end"] for n in nodes if n["type"] == "MONEY")
    assert ends == ["2019-12-31", "2024-06-30"]  # 去年 of 2020, 上半年 of 2024


def test_cli_dates_meta_rows_matching_no_input_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meta = tmp_path / "sources.tsv"
    meta.write_text("id\tdate\nb\t2020-01-05\nzz\t2020-01-05\n", encoding="utf-8")
    out = tmp_path / "kg.json"
    args = ["build", str(_corpus(tmp_path)), "-o", str(out), "--meta", str(meta)]
    assert main([*args, *JIEBA]) == EXIT_OK
    err = capsys.readouterr().err
    assert "sources.tsv: metadata names 1 document matching no input: zz" in err
    assert _dates(out)["b"] == "2020-01-05"


def test_cli_dates_per_document_files_are_dated(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    args = ["build", str(_corpus(tmp_path)), "-o", str(out), "--per-document"]
    assert main([*args, "--date", "2024-07-15", *JIEBA]) == EXIT_OK
    assert _dates(out / "a.json") == {"a": "2024-07-15"}


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("doc_id,date\na,2024/07/15\n", "bad date (expected a date or YYYY-MM-DD"),
        ("name,date\na,2024-07-15\n", "no doc_id (or id) column"),
    ],
)
def test_cli_dates_bad_meta_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str, message: str
) -> None:
    meta = tmp_path / "meta.csv"
    meta.write_text(table, encoding="utf-8")
    args = ["build", str(_corpus(tmp_path)), "-o", str(tmp_path / "kg.ttl")]
    assert main([*args, "--meta", str(meta), *JIEBA]) == EXIT_ERROR
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err and "meta.csv" in err


def test_cli_dates_bad_date_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", str(_corpus(tmp_path)), "--date", "15.7.2024"]) == EXIT_ERROR
    assert "--date: expected YYYY-MM-DD, got '15.7.2024'" in capsys.readouterr().err
