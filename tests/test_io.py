"""Tests for kgraph.io: decoding Chinese text files, walking inputs, doc ids."""

from __future__ import annotations

import codecs
import dataclasses
import io
import sys
from pathlib import Path

import pytest

from kgraph.errors import DecodeError, InvalidInputError, KGraphError
from kgraph.io import (
    InputError,
    doc_id_for,
    iter_input_files,
    read_documents,
    read_text,
)

SIMPLIFIED = "南湖实验室位于嘉兴市南湖区湘家荡区域,陈学金担任负责人。\n"
TRADITIONAL = "臺灣積體電路製造股份有限公司董事長魏哲家表示,公司將在高雄興建新廠。\n"
# 䶮 (U+4DAE, CJK Extension A) is a four-byte sequence in GB18030, absent from GBK
GB18030_ONLY = "南湖实验室位于嘉兴市南湖区湘家荡区域,王䶮担任主任。\n"
FULL_WIDTH = "嘉兴市南湖区“喜结金顶”，（ＰＡＣＫ）项目总投资２亿元。\n"
FULL_WIDTH_TRADITIONAL = (
    "臺灣積體電路公司表示，將在高雄興建新廠，投資約２億元（ＴＳＭＣ）。\n"
)
SAMPLE = (Path(__file__).parent.parent / "examples" / "a1_xiangjiadang.txt").read_text(
    encoding="utf-8"
)
# private-use code points: what a binary file starting with a UTF-16 BOM decodes to
_PRIVATE_USE = "".join(chr(0xE041 + i) for i in range(64))


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    """Write ``data`` (str as UTF-8) to ``folder/name``, creating parents."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED),
        (SIMPLIFIED.encode("utf-8-sig"), SIMPLIFIED),
        (GB18030_ONLY.encode("gb18030"), GB18030_ONLY),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED),
        (SIMPLIFIED.encode("gb2312"), SIMPLIFIED),
        (TRADITIONAL.encode("big5"), TRADITIONAL),
        (TRADITIONAL.encode("utf-8"), TRADITIONAL),
        (SIMPLIFIED.encode("utf-16"), SIMPLIFIED),  # with a byte-order mark
        ("全角ＡＢＣ，半角ABC,".encode("gbk"), "全角ＡＢＣ，半角ABC,"),
        (FULL_WIDTH.encode("gbk"), FULL_WIDTH),
        (FULL_WIDTH_TRADITIONAL.encode("big5"), FULL_WIDTH_TRADITIONAL),
        (SAMPLE.encode("gb18030"), SAMPLE),
        ("嘉兴".encode("gbk"), "嘉兴"),  # also valid Big5: GB18030 wins the tie
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "gb18030",
        "gbk",
        "gb2312",
        "big5",
        "utf8-traditional",
        "utf16-bom",
        "gbk-fullwidth-short",
        "gbk-fullwidth",
        "big5-fullwidth",
        "gb18030-article",
        "gbk-two-chars",
    ],
)
def test_io_read_text_decodes(tmp_path: Path, data: bytes, expected: str) -> None:
    assert read_text(_write(tmp_path, "a.txt", data)) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("甲\r\n乙\r\n".encode(), "甲\n乙\n"),
        ("甲\r乙\r".encode(), "甲\n乙\n"),
        ("甲\r\n乙\r\n".encode("gbk"), "甲\n乙\n"),
        (b"", ""),
        (b" \n\t\n", " \n\t\n"),
    ],
    ids=["crlf", "cr", "gbk-crlf", "empty", "blank"],
)
def test_io_read_text_newlines_and_blank(
    tmp_path: Path, data: bytes, expected: str
) -> None:
    assert read_text(_write(tmp_path, "a.txt", data)) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04\x00\x00\x08\x00" + SIMPLIFIED.encode(), "contains NUL bytes"),
        (bytes(range(1, 9)) * 20 + b"text", "are not text"),
        (bytes(range(0x80, 0x100)) * 4, "not UTF-8"),
        ("café au lait, naïve résumé, déjà vu".encode("latin-1"), "not UTF-8"),
        (codecs.BOM_UTF16_LE + _PRIVATE_USE.encode("utf-16-le"), "are not text"),
    ],
    ids=["nul-bytes", "control-bytes", "high-bytes", "latin-1", "utf16-garbage"],
)
def test_io_read_text_rejects(tmp_path: Path, data: bytes, reason: str) -> None:
    path = _write(tmp_path, "data.bin", data)
    with pytest.raises(DecodeError) as info:
        read_text(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert "\n" not in message


def test_io_decode_error_is_value_error() -> None:
    assert issubclass(DecodeError, ValueError)
    assert issubclass(DecodeError, KGraphError)


def test_io_read_text_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_text(tmp_path / "nope.txt")


def _tree(root: Path) -> None:
    for name in [
        "b.txt",
        "a/z.md",
        "a/b/c.txt",
        "a/notes.csv",
        "a/UPPER.TXT",
        ".hidden.txt",
        ".git/x.txt",
        "a/.cache/y.txt",
        "c.txt",
    ]:
        _write(root, name, "文本")


def test_io_iter_input_files_walks_sorted_and_skips_hidden(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_input_files([tmp_path])]
    assert found == ["a/UPPER.TXT", "a/b/c.txt", "a/z.md", "b.txt", "c.txt"]


def test_io_iter_input_files_takes_named_files_as_given(tmp_path: Path) -> None:
    _tree(tmp_path)
    named = [tmp_path / "a/notes.csv", tmp_path / ".hidden.txt", tmp_path / "c.txt"]
    assert list(iter_input_files(named)) == named


def test_io_iter_input_files_custom_suffixes(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = list(iter_input_files([tmp_path / "a"], suffixes=(".csv",)))
    assert found == [tmp_path / "a" / "notes.csv"]


def test_io_iter_input_files_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(InvalidInputError, match=r"nope.*does not exist"):
        list(iter_input_files([missing]))


@pytest.mark.parametrize(
    ("path", "root", "expected"),
    [
        ("corpus/2024/05/a1.txt", "corpus", "2024/05/a1"),
        ("corpus/a1.txt", "corpus", "a1"),
        ("corpus/a1.v2.md", "corpus", "a1.v2"),
        ("news/a1.txt", None, "a1"),
        ("a1", None, "a1"),
        ("新闻/嘉兴.txt", "新闻", "嘉兴"),
    ],
)
def test_io_doc_id_for(path: str, root: str | None, expected: str) -> None:
    assert doc_id_for(path, root) == expected


def test_io_doc_id_for_outside_root() -> None:
    with pytest.raises(InvalidInputError, match="not inside"):
        doc_id_for("elsewhere/a.txt", "corpus")


def test_io_read_documents_ids_texts_sources(tmp_path: Path) -> None:
    _write(tmp_path, "corpus/2024/a1.txt", "甲".encode("gbk"))
    _write(tmp_path, "corpus/b.md", "乙")
    given = _write(tmp_path, "extra/c.txt", "丙".encode("utf-8-sig"))
    docs, errors = read_documents([tmp_path / "corpus", given])
    assert errors == []
    assert docs == [
        ("2024/a1", "甲", str(tmp_path / "corpus/2024/a1.txt")),
        ("b", "乙", str(tmp_path / "corpus/b.md")),
        ("c", "丙", str(given)),
    ]


def test_io_read_documents_disambiguates_ids(tmp_path: Path) -> None:
    first = _write(tmp_path, "a/x.txt", "一")
    second = _write(tmp_path, "b/x.txt", "二")
    third = _write(tmp_path, "c/x.md", "三")
    fourth = _write(tmp_path, "d/x-2.txt", "四")
    docs, _ = read_documents([first, second, third, fourth])
    assert [doc_id for doc_id, _, _ in docs] == ["x", "x-2", "x-3", "x-2-2"]
    again, _ = read_documents([first, second, third, fourth])
    assert again == docs


def test_io_read_documents_reads_a_file_once(tmp_path: Path) -> None:
    path = _write(tmp_path, "corpus/a.txt", "甲")
    docs, errors = read_documents([tmp_path / "corpus", path, path])
    assert [doc_id for doc_id, _, _ in docs] == ["a"]
    assert errors == []


def test_io_read_documents_empty_and_blank_are_documents(tmp_path: Path) -> None:
    _write(tmp_path, "empty.txt", b"")
    _write(tmp_path, "blank.txt", b"  \r\n\n")
    docs, errors = read_documents([tmp_path])
    assert docs == [
        ("blank", "  \n\n", str(tmp_path / "blank.txt")),
        ("empty", "", str(tmp_path / "empty.txt")),
    ]
    assert errors == []


def test_io_read_documents_accounts_for_every_path(tmp_path: Path) -> None:
    good = _write(tmp_path, "corpus/good.txt", "甲")
    binary = _write(tmp_path, "corpus/bad.txt", b"\x00\x01\x02\x03")
    (tmp_path / "empty-dir").mkdir()
    missing = tmp_path / "missing.txt"
    paths = [tmp_path / "corpus", tmp_path / "empty-dir", missing]
    docs, errors = read_documents(paths)
    assert [source for _, _, source in docs] == [str(good)]
    assert errors == [
        InputError(str(binary), "binary file (contains NUL bytes)"),
        InputError(str(tmp_path / "empty-dir"), "directory has no *.md or *.txt files"),
        InputError(str(missing), "no such file or directory"),
    ]


def test_io_read_documents_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = "南湖实验室\r\n".encode("gbk")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    path = _write(tmp_path, "stdin.txt", "文件")
    docs, errors = read_documents(["-", path, "-"])
    assert docs == [
        ("stdin", "南湖实验室\n", "<stdin>"),
        ("stdin-2", "文件", str(path)),
    ]
    assert errors == []


def test_io_read_documents_binary_stdin() -> None:
    docs, errors = read_documents(["-"], stdin=io.BytesIO(b"\x00\x00"))
    assert docs == []
    assert errors == [InputError("<stdin>", "binary file (contains NUL bytes)")]


def test_io_input_error_is_frozen() -> None:
    error = InputError("a.txt", "binary file")
    with pytest.raises(dataclasses.FrozenInstanceError):
        error.message = "other"  # type: ignore[misc]
