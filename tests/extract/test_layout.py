"""Tests for kgraph.extract.layout: bylines, photo credits, headline."""

from __future__ import annotations

import pytest

from kgraph.extract.layout import iter_bylines, iter_credits, title_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("标题\n\n汪燕鸣 王佳萱\n\n正文。", ["汪燕鸣", "王佳萱"]),
        ("标题\n记者 张小明 通讯员 李四\n正文。", ["张小明", "李四"]),
        ("标题\n\n本报记者 王五\n\n正文。", ["王五"]),
        # the names after 图/ took the pictures: no reporter
        ("标题\n文/张小明 图/李四\n正文。", ["张小明"]),
        # a caption and its photographer (摄影 before the name): no reporter
        ("标题\n大会现场 摄影 李四\n正文。", []),
        # a sentence is no byline
        ("标题\n\n今天天气很好,大家都来了。\n\n正文。", []),
        # the headline itself is never the byline
        ("汪燕鸣 王佳萱\n\n正文。", []),
    ],
)
def test_layout_bylines(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in iter_bylines(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("湘家荡科创湖区\n\n王佳萱 摄\n", ["王佳萱"]),
        ("图片说明\n冯静 张三 摄\n", ["冯静", "张三"]),
        ("他在现场拍摄了照片。\n", []),
        ("标题\n文/张小明 图/李四\n正文。", ["李四"]),
        ("标题\n大会现场 摄影 李四\n正文。", ["李四"]),
        ("标题\n记者 张小明 通讯员 李四\n正文。", []),
    ],
)
def test_layout_credits(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in iter_credits(text)] == names


def test_layout_title_of_blank() -> None:
    assert title_of("  \n\n ") == ""


def test_layout_byline_line_closed_by_baodao() -> None:
    text = "标题\n张建国 李明华 报道\n日前,签约仪式举行。"
    assert [text[s:e] for s, e in iter_bylines(text)] == ["张建国", "李明华"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("资料图。中新社发 杨雪岚 摄\n正文。", ["杨雪岚"]),
        ("开工现场。记者 陈永杰 摄\n正文。", ["陈永杰"]),
        ("采访团合影。(中评社 郑一菲摄)\n正文。", ["郑一菲"]),
        ("图:开工现场。/大公报记者帅成摄\n正文。", ["帅成"]),
    ],
)
def test_layout_credits_closing_a_caption(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in iter_credits(text)] == names


def test_layout_byline_line_stops_at_editor() -> None:
    text = "标题\n正文。\n编辑 李华 审核 赵明\n"
    assert [text[s:e] for s, e in iter_bylines(text)] == []


def test_layout_reporter_keeps_no_post_at_the_outlet() -> None:
    from kgraph.extract.extensions import RelationMention
    from kgraph.extract.layout import without_reporter_posts
    from kgraph.types import Predicate

    by = RelationMention(Predicate.REPORTED_BY, None, (6, 9), (0, 20))
    post = RelationMention(Predicate.WORKS_FOR, (6, 9), (1, 4), (0, 20), role="记者")
    # the same person's other post, and another person's 记者 post, stay
    other = RelationMention(Predicate.WORKS_FOR, (6, 9), (12, 15), (0, 20), role="主任")
    quoted = RelationMention(
        Predicate.WORKS_FOR, (30, 33), (1, 4), (25, 40), role="记者"
    )
    kept = without_reporter_posts([by, post, other, quoted])
    assert kept == [by, other, quoted]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("拓宽思路\n广西日报 2020-05-17\n秦崇广叶超平\n正文。", ["秦崇广", "叶超平"]),
        # a prefixed role on a byline line is no name
        ("标题\n县里召开会议。\n特约记者 王明", ["王明"]),
        # six characters that do not open with two surnames are no byline
        ("拓宽思路\n广西日报 2020-05-17\n经济翻身有道\n正文。", []),
    ],
)
def test_layout_two_names_run_together(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in iter_bylines(text)] == names


@pytest.mark.parametrize("line", ["常州市金坛区", "高新区管委会"])
def test_layout_a_place_or_body_is_no_pair_of_names(line: str) -> None:
    text = f"标题\n广西日报 2020-05-17\n{line}\n正文。"
    assert list(iter_bylines(text)) == []
