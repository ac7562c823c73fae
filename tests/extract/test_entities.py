"""Tests for kgraph.extract.entities: genre rules over a hand-tagged Doc."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from kgraph.errors import InvalidInputError, MissingAnnotationError
from kgraph.extract.entities import EntityRefiner, read_user_dictionary
from kgraph.extract.extensions import SPANS_KEY
from kgraph.types import EntityType

_LABELS = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}


def tagged_doc(nlp, tagged: str) -> Doc:  # type: ignore[no-untyped-def]
    """A Doc as kgraph_ner leaves it, from ``word/TAG …`` (``_``: space, ``|``: LF)."""
    words, spans, pos = [], [], 0
    for item in tagged.split():
        word, _, tag = item.rpartition("/")
        word = word.replace("_", " ").replace("|", "\n")
        words.append((pos, pos + len(word), tag))
        if tag in _LABELS:
            spans.append((pos, pos + len(word), _LABELS[tag]))
        pos += len(word)
    text = "".join(
        w.rpartition("/")[0].replace("_", " ").replace("|", "\n")
        for w in tagged.split()
    )
    doc = nlp.make_doc(text)
    doc._.kg_words = words
    doc.spans[SPANS_KEY] = [doc.char_span(s, e, label) for s, e, label in spans]
    return doc


def entities(doc: Doc) -> set[tuple[str, str]]:
    return {(s.text, s.label_) for s in doc.spans[SPANS_KEY]}


@pytest.mark.parametrize(
    ("tagged", "expected"),
    [
        # organisation grown over a bracketed place up to its suffix
        (
            "，/w 万托科技/ORG (/w 嘉兴/LOC )/w 有限公司/n 负责人/n",
            ("万托科技(嘉兴)有限公司", "ORG"),
        ),
        # a split organisation name joined (engine error in this genre)
        (
            "在/p 国网/ORG 台州市/LOC 黄岩区/LOC 供电/vn 公司/n 联合/v",
            ("国网台州市黄岩区供电公司", "ORG"),
        ),
        # an organisation unit ending in 纪委
        ("据/p 钦堂乡/LOC 纪委/n 介绍/v", ("钦堂乡纪委", "ORG")),
        # a place by a park suffix, joined over two engine places
        ("的/u 亿科/LOC 欧洲工业园/LOC ,/w", ("亿科欧洲工业园", "PLACE")),
        # a place by an area suffix
        ("在/p 湘家荡/LOC 区域/n ,/w", ("湘家荡区域", "PLACE")),
        # an organisation whose name ends like a park is a place
        ("北创产业园/ORG", ("北创产业园", "PLACE")),
        # a project with a named core
        (
            "在/p 腾讯/ORG 天美/nz 电竞/n 度假村/n 项目/n 现场/s",
            ("腾讯天美电竞度假村项目", "PROJECT"),
        ),
        # a verb's last character is no name's start (增 + 资)
        (
            "汇出/v 八千万美元/m 增/v 资/ORG 友达光电/ORG (/w 厦门/LOC )/w 有限公司/n",
            ("友达光电(厦门)有限公司", "ORG"),
        ),
        # a place prefix after a verb stays (出席 泛 珠三角 区域)
        ("出席/v 泛/LOC 珠三角/LOC 区域/n 合作/vn", ("泛珠三角", "PLACE")),
    ],
)
def test_entities_rules_find(nlp_zh, tagged: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in entities(EntityRefiner()(tagged_doc(nlp_zh, tagged)))


@pytest.mark.parametrize(
    ("tagged", "unwanted"),
    [
        # a generic company after 的 is no name
        ("的/u 高科技/n 公司/n", ("高科技公司", "ORG")),
        # adjacent administrative places stay apart
        (
            "在/p 嘉兴市/LOC 南湖区/LOC 湘家荡/LOC 区域/n",
            ("嘉兴市南湖区湘家荡区域", "PLACE"),
        ),
        # a bracketed alias is not part of the next name
        (
            "湘家荡/LOC 区域/n (/w 七星街道/LOC )/w 东进路/LOC",
            ("湘家荡区域(七星街道)东进路", "PLACE"),
        ),
        # a literary reduplication is no person (炎炎酷暑)
        ("炎炎/PER 酷暑/n", ("炎炎", "PERSON")),
        # a bare suffix is no name; 局 inside 当局 is no suffix
        ("印度/LOC 当局/n 表示/v", ("印度当局", "ORG")),
        # 盟 inside the engine's 欧盟 does not make a place
        ("欧盟/ORG 首脑/n", ("欧盟", "PLACE")),
        ("这/r 两个/m 园区/n", ("园区", "PLACE")),
    ],
)
def test_entities_rules_refuse(nlp_zh, tagged: str, unwanted: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert unwanted not in entities(EntityRefiner()(tagged_doc(nlp_zh, tagged)))


def test_entities_byline_and_credit_people(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    doc = tagged_doc(
        nlp_zh, "标题/n ||/w 汪燕鸣/n _/w 王佳萱/n ||/w 风景/n |/w 冯静/n _/w 摄/v"
    )
    found = entities(EntityRefiner()(doc))
    assert {("汪燕鸣", "PERSON"), ("王佳萱", "PERSON"), ("冯静", "PERSON")} <= found


def test_entities_person_that_starts_an_org_is_org(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    # (``敏华未来工厂`` would be a facility's name of its own: the project grammar)
    doc = tagged_doc(nlp_zh, "对接/v 敏华汽车/ORG 。/w 敏华/PER 未来/n 三年/m 扩产/v")
    found = entities(EntityRefiner()(doc))
    assert ("敏华", "ORG") in found
    assert ("敏华", "PERSON") not in found


def test_entities_user_dictionary_wins(nlp_zh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "names.txt"
    path.write_text("# 自定义\n七星服务\tORG\n", encoding="utf-8")
    refiner = EntityRefiner(user_entries=read_user_dictionary(path))
    doc = refiner(tagged_doc(nlp_zh, "品牌/n “/w 七星/m 服务/vn ”/w"))
    assert ("七星服务", "ORG") in entities(doc)


def test_entities_user_dictionary_bad_type(tmp_path: Path) -> None:
    path = tmp_path / "names.txt"
    path.write_text("南湖实验室\tLAB\n", encoding="utf-8")
    with pytest.raises(
        InvalidInputError, match=r"names.txt:1: unknown entity type 'LAB'"
    ):
        read_user_dictionary(path)


def test_entities_doc_ents_have_no_overlap(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    doc = EntityRefiner()(
        tagged_doc(nlp_zh, "嘉兴市/LOC 第二/m 医院/n 整体/n 迁建/vn 项目/n")
    )
    assert [e.text for e in doc.ents] == ["嘉兴市第二医院"]
    assert {s.label_ for s in doc.spans[SPANS_KEY]} == {"ORG", "PROJECT"}


def test_entities_needs_ner(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(MissingAnnotationError, match="kgraph_ner"):
        EntityRefiner()(nlp_zh.make_doc("你好"))


def test_entities_types_are_the_closed_set(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    doc = EntityRefiner()(
        tagged_doc(nlp_zh, "万托科技/ORG 有限公司/n 负责人/n 陈学金/PER")
    )
    assert {s.label_ for s in doc.spans[SPANS_KEY]} <= {t.value for t in EntityType}


def test_entities_company_short_names_from_full_name(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    doc = tagged_doc(
        nlp_zh,
        "走进/v 安徽鼎新电路科技有限公司/ORG 。/w 在/p 鼎新/LOC 电路/n 上班/v 。/w "
        "鼎新/ORG 董事长/n 程立军/PER",
    )
    found = entities(EntityRefiner()(doc))
    assert ("鼎新电路", "ORG") in found
    assert ("鼎新", "ORG") in found
    assert not any(label == "PLACE" for text, label in found if "鼎新" in text)


def test_entities_short_names_skip_place_prefix(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    # 安徽 starts the company's name but is a province, never its short name
    doc = tagged_doc(nlp_zh, "安徽鼎新电路科技有限公司/ORG 在/p 安徽/LOC 。/w")
    assert ("安徽", "PLACE") in entities(EntityRefiner()(doc))


def test_entities_descriptor_trimmed(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    doc = tagged_doc(
        nlp_zh, "园区/n 运营方/n 缙云县/LOC 壶镇/LOC 工业/n 投资/vn 发展/vn 有限公司/n"
    )
    found = entities(EntityRefiner()(doc))
    assert ("缙云县壶镇工业投资发展有限公司", "ORG") in found


def test_entities_industrial_park_keeps_its_town(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    doc = tagged_doc(nlp_zh, "迁至/v 壶镇镇/LOC 小微/n 企业园/n 二期/m")
    assert ("壶镇镇小微企业园", "PLACE") in entities(EntityRefiner()(doc))


@pytest.mark.parametrize(
    ("tagged", "named"),
    [
        ("丹灶镇/LOC 新动工/n 项目/n 18个/m", False),
        ("凤凰人才公寓/LOC 项目/n", True),
        ("腾讯/ORG 天美/nz 电竞/n 度假村/n 项目/n", True),
    ],
)
def test_entities_projects_need_a_name(nlp_zh, tagged: str, named: bool) -> None:  # type: ignore[no-untyped-def]
    doc = EntityRefiner()(tagged_doc(nlp_zh, tagged))
    assert any(s.label_ == "PROJECT" for s in doc.spans[SPANS_KEY]) is named


@pytest.mark.parametrize(
    ("tagged", "expected"),
    [
        # a town's unit by its suffix
        ("与/p 桃浦/ORG 市场/n 监管所/vn 、/w", ("桃浦市场监管所", "ORG")),
        # an association by its suffix
        ("、/w 陕西/ORG 海外/n 联谊会/n 主办/v", ("陕西海外联谊会", "ORG")),
    ],
)
def test_entities_units_and_associations_by_their_suffix(  # type: ignore[no-untyped-def]
    nlp_zh, tagged: str, expected: tuple[str, str]
) -> None:
    assert expected in entities(EntityRefiner()(tagged_doc(nlp_zh, tagged)))
