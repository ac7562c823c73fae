"""Tests for kgraph.inputs.files: decoding Chinese text files, inputs, doc ids."""

from __future__ import annotations

import codecs
import dataclasses
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kgraph.errors import DecodeError, InvalidInputError, KGraphError
from kgraph.inputs.files import (
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
SAMPLE = (Path(__file__).parents[2] / "examples" / "a1_xiangjiadang.txt").read_text(
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
    with pytest.raises(InvalidInputError, match=r"nope.*no such file or directory"):
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


@pytest.mark.filterwarnings("ignore:.*too short to tell")  # "甲" in GBK or Big5
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


# -- short texts: GB18030/GBK or Big5 (or UTF-8) ---------------------------------


@pytest.mark.filterwarnings("error")  # read right, not with a doubt
@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("臺灣區域", "big5"),  # GB18030 reads it as 籓芖跋办
        ("臺灣", "big5"),
        ("臺北市政府表示", "big5"),
        (TRADITIONAL, "big5"),
        (FULL_WIDTH_TRADITIONAL, "cp950"),
        ("嘉兴", "gbk"),  # Big5 reads it as 樁倓
        ("南湖实验室", "gbk"),
        ("湘家荡区域", "gb2312"),
        (SIMPLIFIED, "gbk"),
        ("王䶮", "gb18030"),
        (GB18030_ONLY, "gb18030"),
        ("臺灣區域", "gbk"),  # traditional characters saved as GBK
        ("臺灣區域", "utf-8"),
        ("嘉兴", "utf-8"),
    ],
)
def test_io_read_text_tells_big5_from_gbk(
    tmp_path: Path, text: str, encoding: str
) -> None:
    assert read_text(_write(tmp_path, "a.txt", text.encode(encoding))) == text


@pytest.mark.parametrize(
    ("text", "encoding"), [("为什么", "gbk"), ("学知识", "gb18030")]
)
def test_io_read_text_gbk_that_is_also_utf8(
    tmp_path: Path, text: str, encoding: str
) -> None:
    path = _write(tmp_path, "a.txt", text.encode(encoding))  # also UTF-8: Ϊʲô
    with pytest.warns(UserWarning, match=r"a\.txt: valid UTF-8 but no Chinese"):
        assert read_text(path) == text


def test_io_read_text_warns_when_too_short_to_tell(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "大会".encode("gbk"))  # Big5: 湮頗, as common
    with pytest.warns(UserWarning, match=r"a\.txt: too short to tell GB18030 from"):
        assert read_text(path) == "大会"


# -- HTML ---------------------------------------------------------------------------

_PAGE = """<!DOCTYPE html>
<html><head><meta charset="gbk"><title>湘家荡_嘉兴日报</title>
<style>p { color: red }</style><script>var x = "<p>不是正文</p>";</script></head>
<body><div class="nav"><a href="/">首页</a></div>
<h1>南湖实验室落户湘家荡</h1>
<p>南湖实验室位于嘉兴市南湖区
湘家荡区域,陈学金&amp;王佳萱报道。</p><!-- 注释 -->
<p>总投资约54亿元。<br>第二行</p></body></html>
"""
_PAGE_TEXT = (
    "首页\n\n南湖实验室落户湘家荡\n\n南湖实验室位于嘉兴市南湖区湘家荡区域,"
    "陈学金&王佳萱报道。\n\n总投资约54亿元。\n第二行"
)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("page.html", _PAGE.encode("gbk"), _PAGE_TEXT),
        ("page.HTM", _PAGE.encode("utf-8"), _PAGE_TEXT),
        ("page.txt", _PAGE.encode("utf-8"), _PAGE_TEXT),  # markup in a text file
        ("cms.txt", "<p>甲</p><p>乙</p>".encode(), "甲\n\n乙"),
        ("plain.txt", "a<b 与 c>d\n".encode(), "a<b 与 c>d\n"),
        ("notes.md", "<br>\n# 标题\n\n- 甲\n".encode(), "<br>\n# 标题\n\n- 甲\n"),
    ],
    ids=["html-gbk", "htm-utf8", "txt-page", "txt-fragment", "not-markup", "markdown"],
)
def test_io_read_text_reduces_html_to_text(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    assert read_text(_write(tmp_path, name, data)) == expected


def test_io_read_documents_reduces_html(tmp_path: Path) -> None:
    page = _write(tmp_path, "page.html", _PAGE)
    docs, errors = read_documents([page, "-"], stdin=io.BytesIO(b"<p>\xe7\x94\xb2</p>"))
    assert errors == []
    assert docs == [("page", _PAGE_TEXT, str(page)), ("stdin", "甲", "<stdin>")]


# -- links that lead nowhere, file names that are not UTF-8 -------------------------


def test_io_read_documents_names_a_symlink_loop(tmp_path: Path) -> None:
    loop, other = tmp_path / "loop.txt", tmp_path / "other.txt"
    loop.symlink_to(other)
    other.symlink_to(loop)
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "gone.txt")
    docs, errors = read_documents([loop, broken])
    assert docs == []
    assert errors == [
        InputError(str(loop), "symbolic link loop (the link leads back to itself)"),
        InputError(
            str(broken),
            f"broken symbolic link (to {str(tmp_path / 'gone.txt')!r}, "
            "which does not exist)",
        ),
    ]
    with pytest.raises(InvalidInputError, match=r"loop\.txt.*symbolic link loop"):
        list(iter_input_files([loop]))


def test_io_read_documents_reports_links_to_nowhere_in_folders(tmp_path: Path) -> None:
    good = _write(tmp_path, "corpus/good.txt", "甲")
    loop = tmp_path / "corpus" / "loop.txt"
    loop.symlink_to(loop)
    (tmp_path / "corpus" / "skip.csv").symlink_to(tmp_path / "gone")  # not wanted
    docs, errors = read_documents([tmp_path / "corpus"])
    assert [source for _, _, source in docs] == [str(good)]
    assert [(e.source, e.message.split(" (")[0]) for e in errors] == [
        (str(loop), "symbolic link loop")
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
def test_io_read_documents_file_name_not_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(b"\xe5\x98-a1.txt")  # a GBK-era name: lone surrogates
    _write(tmp_path / "corpus", name, "南湖实验室")
    docs, errors = read_documents([tmp_path / "corpus", tmp_path / "corpus" / name])
    assert errors == []
    [(doc_id, text, source)] = docs
    assert (doc_id, text) == ("\\xe5\\x98-a1", "南湖实验室")
    assert source == str(tmp_path / "corpus") + "/\\xe5\\x98-a1.txt"
    assert doc_id_for(tmp_path / name) == "\\xe5\\x98-a1"
    doc_id.encode("utf-8"), source.encode("utf-8")  # writable in every format


def test_io_doctests_leave_no_folders(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    run = (
        "import doctest, sys\n"
        "import kgraph.inputs.files, kgraph.inputs.charsets, kgraph.inputs.markup\n"
        "mods = (kgraph.inputs.files, kgraph.inputs.charsets, kgraph.inputs.markup)\n"
        "sys.exit(sum(doctest.testmod(m).failed for m in mods))"
    )
    env = {**os.environ, "TMPDIR": str(temp)}
    done = subprocess.run(
        [sys.executable, "-c", run], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.name for p in temp.iterdir()) == []
