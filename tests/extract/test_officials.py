"""Tests for kgraph.extract.officials: each post of a chain, with its body and role."""

from __future__ import annotations

import pytest

import kgraph


def _posts(text: str) -> list[tuple[str, str, str | None]]:
    kg = kgraph.extract_document(text, doc_id="d")
    return sorted(
        (kg.entity(r.subject).label, kg.entity(r.object).label, r.role)
        for r in kg.relations
        if r.predicate.value == "works_for"
    )


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        # the body written whole, then a post of another body
        (
            "青州市委常委、东湖新区党工委书记周立平出席。",
            [
                ("周立平", "东湖新区党工委", "书记"),
                ("周立平", "青州市委", "常委"),
            ],
        ),
        # a government post takes the place of the body written before it
        (
            "淄博市委常委、副市长周立平出席。",
            [("周立平", "淄博市人民政府", "副市长"), ("周立平", "淄博市委", "常委")],
        ),
        # a government's head written after the name: the article's government
        (
            "海南省推进自贸港建设。罗保铭省长与客人见面。",
            [("罗保铭", "海南省人民政府", "省长")],
        ),
        # a bare post takes the city the article writes without its level
        (
            "市委副书记、市长周立平出席。周立平指出,淮南正处于转型期,淮南优势明显。",
            [
                ("周立平", "淮南市人民政府", "市长"),
                ("周立平", "淮南市委", "市委副书记"),
            ],
        ),
        (
            "縣委書記周立平出席。周立平指出,鳳臺正處於轉型期,鳳臺優勢明顯。",
            [("周立平", "鳳臺縣委", "县委书记")],
        ),
        # a bare post takes the place heading another organisation's name
        (
            "辽阳市代表团出访。市委副书记、市长周立平致辞。",
            [
                ("周立平", "辽阳市人民政府", "市长"),
                ("周立平", "辽阳市委", "市委副书记"),
            ],
        ),
        ("嘉兴市人大常委会主任周立平出席。", [("周立平", "嘉兴市人大常委会", "主任")]),
        # the place written before a government post: the role is the whole post
        ("嘉兴市副市长周立平出席。", [("周立平", "嘉兴市人民政府", "副市长")]),
        # a bare post takes the place of its chain's written body, not the
        # article's place of that level
        (
            "绵阳市举行大会,绵阳市各界出席,绵阳市欢迎。雅安市委常委、常务副市长周立平致辞。",
            [
                ("周立平", "雅安市人民政府", "常务副市长"),
                ("周立平", "雅安市委", "常委"),
            ],
        ),
        # the government written whole before the post is the body itself
        (
            "绵阳市举行大会。绵阳市人民政府副市长周立平推介。",
            [("周立平", "绵阳市人民政府", "副市长")],
        ),
        ("四川省人民政府副省长周立平出席。", [("周立平", "四川省人民政府", "副省长")]),
        # the article names no prefecture: the chain's party committee does, by
        # its full name (中共 + place + 委) and the place's short form (阿坝州)
        (
            "中共阿坝州委常委、副州长周立平代表签约。",
            [
                ("周立平", "中共阿坝州委", "常委"),
                ("周立平", "阿坝州人民政府", "副州长"),
            ],
        ),
        (
            "綿陽市舉行大會。綿陽市人民政府副市長周立平推介。",
            [("周立平", "綿陽市人民政府", "副市长")],
        ),
    ],
)
def test_officials_every_post_of_a_chain(
    text: str, posts: list[tuple[str, str, str]]
) -> None:
    assert _posts(text) == sorted(posts)


def test_officials_department_of_the_committee_in_a_chain() -> None:
    posts = _posts("青州市委常委、宣传部部长周立平，市委常委、副市长林一舟出席。")
    assert ("周立平", "青州市委宣传部", "宣传部部长") in posts
    assert ("周立平", "青州市委", "常委") in posts
    # the committee stays a body of its own beside its department
    assert ("林一舟", "青州市委", "市委常委") in posts


def test_officials_discipline_commission_is_the_places() -> None:
    posts = _posts("青州县委常委、纪委书记李华讲话。")
    assert ("李华", "青州县纪委", "纪委书记") in posts


def test_officials_bare_province_is_the_one_the_articles_places_lie_in() -> None:
    """陕西 is named more often, but 天水市 and 甘肃省's bureau lie in 甘肃."""
    text = (
        "陕、甘、川、宁四省经联会在天水市召开。陕西代表发言，陕西客商签约。"
        "省政协副主席周立平，甘肃省经济合作局局长林一舟出席。天水市介绍投资环境。"
    )
    posts = _posts(text)
    assert ("周立平", "甘肃省政协", "省政协副主席") in posts
    assert not any(org == "陕西省政协" for _, org, _ in posts)


def test_officials_unwritten_province_pinned_by_the_articles_places() -> None:
    """A provincial paper names its cities, not its province: 太原 and 忻州 lie in
    山西 alone, so the bare 省委 and 副省长 are 山西's."""
    posts = _posts("开工活动在太原、忻州两地举行。省委常委、副省长周立平出席。")
    assert ("周立平", "山西省委", "省委常委") in posts
    assert ("周立平", "山西省人民政府", "副省长") in posts


@pytest.mark.parametrize(
    "places",
    ["在太原举行", "在太原、郑州两地举行"],  # one place; places of two provinces
)
def test_officials_unwritten_province_needs_places_of_one_province(
    places: str,
) -> None:
    posts = _posts(f"开工活动{places}。省委常委、副省长周立平出席。")
    assert not any(org.endswith("省委") and len(org) > 2 for _, org, _ in posts)


def test_officials_bare_province_never_a_municipality() -> None:
    """A municipality (北京) has no 省: a bare 省 post finds no body there."""
    posts = _posts("北京市委书记周立平出席。省长林一舟讲话。")
    assert not any(org.startswith("北京省") for _, org, _ in posts)


def test_officials_posts_joined_by_and() -> None:
    posts = _posts("青州市委书记周立平、市委副书记和市长林一舟出席。")
    assert ("林一舟", "青州市委", "市委副书记") in posts
    assert ("林一舟", "青州市人民政府", "市长") in posts
    # no post reads across the 和, with the place named or not
    assert not any("和" in (role or "") for _, _, role in posts)
    assert ("林一舟", "省委", "副书记") in _posts("省委副书记和省长林一舟出席。")


def test_officials_government_a_post_implies_is_no_mention() -> None:
    kg = kgraph.extract_document(
        "雅安市副市长王强出席。区政府副区长张三讲话。", doc_id="d"
    )
    (implied,) = [e for e in kg.entities if e.label == "雅安市人民政府"]
    assert implied.mentions == ()  # the text writes 副市长, not the government
    (written,) = [e for e in kg.entities if e.label == "区政府"]
    assert [m.text for m in written.mentions] == ["区政府"]
    assert ("王强", "雅安市人民政府", "副市长") in _posts("雅安市副市长王强出席。")


def test_officials_a_heads_post_written_into_the_units_name() -> None:
    assert _posts("外交部长王毅表示。") == [("王毅", "外交部", "部长")]
    assert _posts("陆委会主委王郁琦表示。") == [("王郁琦", "陆委会", "主委")]


def test_officials_a_mayor_after_the_secretary_is_no_committee_post() -> None:
    posts = _posts("青州市委书记周立平和市长林一舟出席。")
    assert ("林一舟", "青州市人民政府", "市长") in posts
    assert not any(p == "林一舟" and o == "青州市委" for p, o, _ in posts)
    assert _posts("市委副书记、市长白英致辞。") == [("白英", "市委", "副书记")]


@pytest.mark.parametrize(
    "text",
    [
        "嘉兴市发展快。王明市长助理说。",  # an assistant is no head
        "王明省长说。",  # no province named: no government
    ],
)
def test_officials_no_head_after_the_name_without_its_government(text: str) -> None:
    assert [p for p in _posts(text) if p[0] == "王明"] == []


def test_officials_no_head_after_the_name_where_two_provinces_are_named() -> None:
    text = "广东省代表团访问海南省。会见时,马兴瑞省长表示感谢。海南省发展快。"
    assert [p for p in _posts(text) if p[0] == "马兴瑞"] == []
