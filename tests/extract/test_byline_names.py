"""Tests for kgraph.extract.byline_names: runs of names, places and credits."""

from __future__ import annotations

import pytest

from kgraph.extract.byline_names import (
    EDITOR_RE,
    PHOTO_RE,
    is_credit,
    is_place,
    split_run,
)


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("吴静岚陈岩", ["吴静岚", "陈岩"]),
        ("陈岩吴静岚", ["陈岩", "吴静岚"]),
        ("王丽李娜", ["王丽", "李娜"]),
        ("李明", ["李明"]),
        ("欧阳文华", None),  # a compound surname is one name
        ("陈虹瑾福州", None),  # a name run into a place
        ("阿依古丽", None),  # no surname starts it
    ],
)
def test_byline_names_split_run(word: str, want: list[str] | None) -> None:
    assert split_run(word) == want


def test_byline_names_places_and_credits() -> None:
    assert is_place("香港") and is_place("台北") and not is_place("俞涛")
    assert is_credit("记者 高远 摄") and is_credit("宣传部供图")
    assert not is_credit("记者 高远")
    assert EDITOR_RE.search("值班编辑 赵四海") and EDITOR_RE.search("来源:青禾网")
    assert PHOTO_RE.search("图/记者 何方") and not PHOTO_RE.search("文/图 张明")
