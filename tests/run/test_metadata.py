"""What the caller knows about a document (kgraph.run.metadata)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from kgraph.errors import InvalidInputError
from kgraph.run.metadata import (
    MetadataWarning,
    normalise_meta,
    read_meta,
    unmatched_ids,
    unmatched_message,
    warn_unmatched,
    with_document_meta,
)
from kgraph.tables import money_frame
from kgraph.types import Document, KnowledgeGraph


def test_metadata_dates_from_strings_dates_and_datetimes() -> None:
    got = normalise_meta(
        {
            "a": {"date": "2024-07-15"},
            "b": {"date": datetime.date(2020, 1, 2)},
            "c": {"date": datetime.datetime(2021, 3, 4, 5, 6)},
            7: {"title": "标题"},
        }
    )
    assert got == {
        "a": {"date": datetime.date(2024, 7, 15)},
        "b": {"date": datetime.date(2020, 1, 2)},
        "c": {"date": datetime.date(2021, 3, 4)},
        "7": {"title": "标题"},
    }


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        ({"a": {"date": "15/07/2024"}}, "document 'a': bad date"),
        ({"a": {"date": 20240715}}, "document 'a': bad date"),
        ({"a": {"published": "2024-07-15"}}, "unknown metadata field 'published'"),
        ({"a": "2024-07-15"}, "metadata must be a mapping"),
        ({"a": {"title": 3}}, "title must be a str"),
        (["a"], "doc_meta must map doc ids"),
    ],
)
def test_metadata_bad_fields_are_one_clear_error(meta: object, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        normalise_meta(meta)  # type: ignore[arg-type]


def test_metadata_caller_replaces_what_the_text_gave() -> None:
    kg = KnowledgeGraph(
        documents=(
            Document("a", title="读到的", date=datetime.date(2019, 1, 1)),
            Document("b", date=datetime.date(2019, 1, 1)),
            Document("c"),
        )
    )
    got = with_document_meta(
        kg,
        {"a": {"date": "2024-07-15", "title": ""}, "b": {"source": "web"}},
        date=datetime.date(2000, 1, 1),
    )
    a, b, c = got.documents
    assert (a.date, a.title) == (datetime.date(2024, 7, 15), "读到的")  # "" keeps
    assert (b.date, b.source) == (datetime.date(2000, 1, 1), "web")
    assert c.date == datetime.date(2000, 1, 1)
    assert with_document_meta(kg) is kg


def test_metadata_read_a_tsv_sources_table(tmp_path: Path) -> None:
    table = tmp_path / "sources.tsv"
    table.write_text(
        "id\turl\tdate\n"
        "a01\thttps://example.org/1\t2022-06-30\n"
        "a02\thttps://example.org/2\t-\n",
        encoding="utf-8",
    )
    assert read_meta(table) == {"a01": {"date": datetime.date(2022, 6, 30)}, "a02": {}}


def test_metadata_read_a_csv_with_bom_and_titles(tmp_path: Path) -> None:
    table = tmp_path / "meta.csv"
    table.write_text("doc_id,title,date\nx,标题,2021-01-02\n", encoding="utf-8-sig")
    assert read_meta(table) == {
        "x": {"title": "标题", "date": datetime.date(2021, 1, 2)}
    }


def test_metadata_table_errors_name_the_file(tmp_path: Path) -> None:
    table = tmp_path / "meta.csv"
    table.write_text("name,date\nx,2021-01-02\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"meta\.csv: no doc_id"):
        read_meta(table)
    table.write_text("doc_id,date\nx,2021-13-02\n", encoding="utf-8")
    with pytest.raises(
        InvalidInputError, match=r"meta\.csv, line 2: document 'x': bad date"
    ):
        read_meta(table)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"doc_id,date\na,2021-01-02\nb,-\na,2021-01-03\n",
            r"line 4: .*'a' is given twice \(first on line 2\)",
        ),
        (b"doc_id,date\na,\xff\xfe\n", "not UTF-8 text"),
        (
            b"doc_id,date\na," + b"9" * 200_000 + b"\n",
            "not a CSV/TSV table",
        ),  # past the field limit,
    ],
)
def test_metadata_table_faults_are_one_clear_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    table = tmp_path / "meta.csv"
    table.write_bytes(content)
    with pytest.raises(InvalidInputError, match=message):
        read_meta(table)
    with pytest.raises(InvalidInputError, match="cannot read it"):
        read_meta(tmp_path / "missing.csv")


def test_metadata_unmatched_ids_are_named() -> None:
    assert unmatched_ids({"a": {}, "b": {}, 3: {}}, ["a"]) == ["3", "b"]
    many = [f"x{i}" for i in range(7)]
    assert unmatched_message(many).endswith("x0, x1, x2, x3, x4 and 2 more")
    with pytest.warns(MetadataWarning, match="1 document matching no input: b"):
        warn_unmatched({"a": {}, "b": {}}, ["a"])


@pytest.mark.slow
def test_metadata_build_and_update_take_doc_meta(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    import kgraph

    text = "今年上半年,桐乡市完成固定资产投资30亿元。"
    kg = kgraph.build(
        [("a", text)], nlp=nlp_lac, doc_meta={"a": {"date": "2023-08-01"}}
    )
    assert kg.documents[0].date == datetime.date(2023, 8, 1)
    frame = money_frame(kg)
    assert frame["period_end"].iloc[0] == datetime.datetime(2023, 6, 30)
    assert frame["year"].iloc[0] == 2023
    grown = kgraph.update(
        kg, [("b", text)], nlp=nlp_lac, doc_meta={"b": {"date": "2024-08-01"}}
    )
    assert [d.date.year for d in grown.documents if d.date] == [2023, 2024]
    with pytest.raises(InvalidInputError, match="unknown metadata field"):
        kgraph.build([("a", text)], nlp=nlp_lac, doc_meta={"a": {"day": "x"}})
    with pytest.warns(MetadataWarning, match="matching no input: c"):
        kgraph.build([("a", text)], nlp=nlp_lac, doc_meta={"c": {"date": "2023-01-01"}})
    with pytest.warns(MetadataWarning, match="matching no input: a"):
        kgraph.update(kg, [("b", text)], nlp=nlp_lac, doc_meta={"a": {"title": "t"}})
