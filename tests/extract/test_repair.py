"""Tests for kgraph.extract.repair: PDF line-break repair with source offsets."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from kgraph.extract.repair import TextRepairer, repair_text, source_span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word cut by the page column
        (
            "傍晚,湘家荡区域湘\n\n城社区广场热闹非凡。",
            "傍晚,湘家荡区域湘城社区广场热闹非凡。",
        ),
        # a sentence cut before its end
        (
            "全力以赴拼经济。湘家荡采取多种方式相结合形\n\n式,陆续对接。",
            "全力以赴拼经济。湘家荡采取多种方式相结合形式,陆续对接。",
        ),
        # a real paragraph break after a full stop stays
        ("第一段话说完了。\n\n第二段开始了。", "第一段话说完了。\n\n第二段开始了。"),
        # headline and byline stay on their own lines
        (
            "嘉兴市南湖区: 建创新平台 聚创新要素\n\n汪燕鸣 王佳萱\n\n正文。",
            "嘉兴市南湖区: 建创新平台 聚创新要素\n\n汪燕鸣 王佳萱\n\n正文。",
        ),
        # a byline or credit in traditional characters is read as one too
        (
            "標題\n(星島日報報道)記者王建國\n11月16日,全市開工。",
            "標題\n\n(星島日報報道)記者王建國\n\n11月16日,全市開工。",
        ),
        (
            "開工現場\n\n王建國 攝\n\n11月16日,全市開工。",
            "開工現場\n\n王建國 攝\n\n11月16日,全市開工。",
        ),
    ],
)
def test_repair_rejoins_broken_sentences(text: str, expected: str) -> None:
    assert repair_text(text)[0] == expected


def test_repair_moves_caption_out_of_a_sentence() -> None:
    text = (
        "标题\n\n嘉兴衍视电子科技有限公司是一\n\n\n\n孩子们正在玩游戏。"
        "\n\n陈惠芳 摄\n\n家高科技公司,入驻园区。"
    )
    fixed, _ = repair_text(text)
    assert "嘉兴衍视电子科技有限公司是一家高科技公司" in fixed
    assert "孩子们正在玩游戏。\n\n陈惠芳 摄" in fixed


def test_repair_keeps_caption_at_article_end() -> None:
    text = "居民王奶奶说:“今年这里游乐\n\n\n\n敏华未来工厂\n\n李巧辉 摄"
    fixed, _ = repair_text(text)
    assert "游乐敏华" not in fixed
    assert fixed.endswith("敏华未来工厂\n\n李巧辉 摄")


def test_repair_empty_text() -> None:
    assert repair_text("") == ("", [0])


@given(st.text(alphabet="湘城社区。,\n 摄王佳", max_size=60))
def test_repair_offsets_point_at_same_characters(text: str) -> None:
    fixed, offsets = repair_text(text)
    assert len(offsets) == len(fixed) + 1
    for i, char in enumerate(fixed):
        if char != "\n":
            assert text[offsets[i]] == char


def test_repair_component_keeps_source(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    source = "傍晚,湘\n\n城社区热闹。"
    doc = TextRepairer()(nlp_zh.make_doc(source))
    start = doc.text.index("湘城社区")
    assert doc._.kg_source == source
    assert source_span(doc, start, start + 4) == (3, 9)
    assert len(doc) == len(doc.text)


def test_repair_keeps_the_doc_when_nothing_changes() -> None:
    nlp = spacy.blank("zh")
    doc = nlp.make_doc("湘城社区热闹。")
    out = TextRepairer()(doc)
    assert out is doc and out._.kg_source == "湘城社区热闹。"
    assert out._.kg_offsets == repair_text("湘城社区热闹。")[1]


@pytest.mark.parametrize(
    "text", ["傍晚,湘\n\n城社区热闹。", "臺灣的學校"], ids=["repaired", "traditional"]
)
def test_repair_builds_a_new_doc_when_the_text_changes(text: str) -> None:
    doc = spacy.blank("zh").make_doc(text)
    out = TextRepairer()(doc)
    assert out is not doc and out.text != text


def test_repair_builds_a_new_doc_when_spans_are_set() -> None:
    doc = spacy.blank("zh").make_doc("湘城社区热闹。")
    doc.spans["kgraph"] = [doc[0:2]]
    assert TextRepairer()(doc) is not doc
