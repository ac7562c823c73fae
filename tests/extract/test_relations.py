"""Tests for kgraph.extract.relations: one cue per test, on hand-annotated Docs."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kgraph.errors import MissingAnnotationError
from kgraph.extract.extensions import SPANS_KEY
from kgraph.extract.relations import RelationExtractor


def annotated_doc(nlp, text: str, spans: list[tuple[str, str]]) -> Doc:  # type: ignore[no-untyped-def]
    """A Doc of ``text`` with each ``(surface, label)`` span at every occurrence."""
    doc = nlp.make_doc(text)
    found = []
    for surface, label in spans:
        start = text.find(surface)
        assert start >= 0, surface
        while start >= 0:
            found.append(doc.char_span(start, start + len(surface), label))
            start = text.find(surface, start + 1)
    doc.spans[SPANS_KEY] = found
    return doc


def relations(doc: Doc) -> set[tuple[str, str, str]]:
    """``(subject, relation, object)`` names; a reference (该公司) by its antecedent."""
    doc = RelationExtractor()(doc)
    names = {
        (s.start_char, s.end_char): s.kb_id_ or s.text for s in doc.spans[SPANS_KEY]
    }
    out = set()
    for rel in doc._.kg_relations:
        subject = "ARTICLE" if rel.subject is None else names[rel.subject]
        out.add((subject, rel.predicate.value, names[rel.object]))
    return out


CASES = [
    (
        "炎炎酷暑,在嘉兴市南湖区湘家荡区域(七星街道),各大项目工地一派热火朝天。",
        [
            ("嘉兴市", "PLACE"),
            ("南湖区", "PLACE"),
            ("湘家荡区域", "PLACE"),
            ("七星街道", "PLACE"),
        ],
        {
            ("南湖区", "part_of", "嘉兴市"),
            ("湘家荡区域", "part_of", "南湖区"),
            ("七星街道", "alias_of", "湘家荡区域"),
        },
    ),
    (
        "万托科技(嘉兴)有限公司负责人陈学金期待满满。",
        [("万托科技(嘉兴)有限公司", "ORG"), ("陈学金", "PERSON")],
        {("陈学金", "works_for", "万托科技(嘉兴)有限公司")},
    ),
    (
        "衍视公司是一家高科技公司,今年年初入驻亿科欧洲工业园,预计年产值达数亿元。",
        [("衍视公司", "ORG"), ("亿科欧洲工业园", "PLACE")],
        {("衍视公司", "located_in", "亿科欧洲工业园")},
    ),
    (
        "南湖实验室和南湖研究院正是这几年湘家荡区域(七星街道)的两大创新平台。",
        [
            ("南湖实验室", "ORG"),
            ("南湖研究院", "ORG"),
            ("湘家荡区域", "PLACE"),
            ("七星街道", "PLACE"),
        ],
        {
            ("南湖实验室", "located_in", "湘家荡区域"),
            ("南湖研究院", "located_in", "湘家荡区域"),
            ("七星街道", "alias_of", "湘家荡区域"),
        },
    ),
    (
        "湘家荡区域采取多种方式招商,37个项目签约,涉及总投资约54亿元。",
        [("湘家荡区域", "PLACE"), ("约54亿元", "MONEY")],
        {("湘家荡区域", "has_investment", "约54亿元")},
    ),
    (
        # the investment verb after the amount: a capital increase
        "青禾股份有限公司申请汇出1050万美元增资上海青禾有限公司。",
        [
            ("青禾股份有限公司", "ORG"),
            ("1050万美元", "MONEY"),
            ("上海青禾有限公司", "ORG"),
        ],
        {("青禾股份有限公司", "has_investment", "1050万美元")},
    ),
    (
        "今年计划总投资3亿元的腾讯天美电竞度假村项目开工。",
        [("3亿元", "MONEY"), ("腾讯天美电竞度假村项目", "PROJECT")],
        {("腾讯天美电竞度假村项目", "has_investment", "3亿元")},
    ),
    (
        "浙江大学与黄岩区政府签约合作共建研究院。",
        [("浙江大学", "ORG"), ("黄岩区政府", "ORG")],
        {("浙江大学", "partner_of", "黄岩区政府")},
    ),
    (
        "国网台州市黄岩区供电公司联合浙江大学开展检修。",
        [("国网台州市黄岩区供电公司", "ORG"), ("浙江大学", "ORG")],
        {("国网台州市黄岩区供电公司", "partner_of", "浙江大学")},
    ),
    (
        "项目位于河上镇膜力产业社区。",
        [("河上镇", "PLACE"), ("膜力产业社区", "PLACE")],
        {("膜力产业社区", "part_of", "河上镇")},
    ),
    (
        # a list of officials carries on a unit's post, not another body's
        "青禾集团董事长王一、财务部经理李二,中总副会长赵三出席。",
        [
            ("青禾集团", "ORG"),
            ("王一", "PERSON"),
            ("李二", "PERSON"),
            ("中总", "ORG"),
            ("赵三", "PERSON"),
        ],
        {
            ("王一", "works_for", "青禾集团"),
            ("李二", "works_for", "青禾集团"),
            ("赵三", "works_for", "中总"),
        },
    ),
    (
        # one post of two bodies listed with 、 before it
        "青禾商会、青禾同乡会会长王明出席。",
        [("青禾商会", "ORG"), ("青禾同乡会", "ORG"), ("王明", "PERSON")],
        {("王明", "works_for", "青禾同乡会"), ("王明", "works_for", "青禾商会")},
    ),
    (
        # 与 joins the other party, not a second employer
        "青禾商会与青禾同乡会会长王明会谈。",
        [("青禾商会", "ORG"), ("青禾同乡会", "ORG"), ("王明", "PERSON")],
        {("王明", "works_for", "青禾同乡会")},
    ),
    (
        # the project reaching the cue is what settles, not the company in its name
        "青禾集团西北饮料生产基地落户青岭县。",
        [
            ("青禾集团西北饮料生产基地", "PROJECT"),
            ("青禾集团", "ORG"),
            ("青岭县", "PLACE"),
        ],
        {("青禾集团西北饮料生产基地", "located_in", "青岭县")},
    ),
    (
        "青岭区工业园区今年新开工项目。",
        [("青岭区", "PLACE"), ("工业园区", "PLACE")],
        set(),
    ),
    (
        "标题\n\n汪燕鸣 王佳萱\n\n正文。\n\n风景\n\n冯静 摄",
        [("汪燕鸣", "PERSON"), ("王佳萱", "PERSON"), ("冯静", "PERSON")],
        {
            ("ARTICLE", "reported_by", "汪燕鸣"),
            ("ARTICLE", "reported_by", "王佳萱"),
            ("ARTICLE", "photographed_by", "冯静"),
        },
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_relations_cues(nlp_zh, text: str, spans, expected) -> None:  # type: ignore[no-untyped-def]
    assert relations(annotated_doc(nlp_zh, text, spans)) == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # an investment with no subject stays silent (prefer silence to a wrong edge)
        ("推介重大项目47个,完成固定资产投资19.06亿元。", [("19.06亿元", "MONEY")]),
        # R&D spending is not an investment
        (
            "今年上半年,湘家荡区域研发投入超1.34亿元。",
            [("湘家荡区域", "PLACE"), ("超1.34亿元", "MONEY")],
        ),
        # a road after an area is not a part_of chain
        ("湘家荡区域东进路交叉口。", [("湘家荡区域", "PLACE"), ("东进路", "PLACE")]),
        # an area lying on a road belt is not located in it
        (
            "湘家荡区域位于亚太路科创带北端。",
            [("湘家荡区域", "PLACE"), ("亚太路", "PLACE")],
        ),
        # a person and a company with no title between them
        (
            "陈学金见证了万托科技有限公司的变化。",
            [("陈学金", "PERSON"), ("万托科技有限公司", "ORG")],
        ),
    ],
)
def test_relations_silent_without_cue(nlp_zh, text: str, spans) -> None:  # type: ignore[no-untyped-def]
    assert relations(annotated_doc(nlp_zh, text, spans)) == set()


def test_relations_keep_role(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    doc = annotated_doc(
        nlp_zh, "万托公司营销部主任李明说。", [("万托公司", "ORG"), ("李明", "PERSON")]
    )
    (rel,) = RelationExtractor()(doc)._.kg_relations
    assert rel.role == "营销部主任"


def test_relations_need_spans(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(MissingAnnotationError, match="kgraph_entities"):
        RelationExtractor()(nlp_zh.make_doc("你好"))


COREF_AND_PLACE_CASES = [
    (
        "华越公司新建的智能工厂项目开工。该项目计划总投资3亿元。",
        [("华越公司", "ORG"), ("智能工厂项目", "PROJECT"), ("3亿元", "MONEY")],
        {("智能工厂项目", "has_investment", "3亿元")},
    ),
    (
        "嘉兴衍视电子科技有限公司研发显示技术。今年年初,该公司入驻亿科欧洲工业园。",
        [("嘉兴衍视电子科技有限公司", "ORG"), ("亿科欧洲工业园", "PLACE")],
        {("嘉兴衍视电子科技有限公司", "located_in", "亿科欧洲工业园")},
    ),
    (
        "位于湘家荡大道北侧的亿科欧洲工业园投入运营。",
        [("湘家荡大道", "PLACE"), ("亿科欧洲工业园", "PLACE")],
        {("亿科欧洲工业园", "located_in", "湘家荡大道")},
    ),
    (
        # a clause describing what follows it: the visitors are not located there
        "香港代表团考察了位于川姜镇的南通家纺城和南通四建集团有限公司。",
        [
            ("香港", "PLACE"),
            ("川姜镇", "PLACE"),
            ("南通家纺城", "ORG"),
            ("南通四建集团有限公司", "ORG"),
        ],
        {
            ("南通家纺城", "located_in", "川姜镇"),
            ("南通四建集团有限公司", "located_in", "川姜镇"),
        },
    ),
    (
        "在湘家荡区域的南湖实验室挂牌。",
        [("湘家荡区域", "PLACE"), ("南湖实验室", "ORG")],
        {("南湖实验室", "located_in", "湘家荡区域")},
    ),
    (
        "河上镇党委书记、镇长王强介绍。",
        [("河上镇党委", "ORG"), ("王强", "PERSON")],
        # the town's government, its place read from the party committee's name
        {("王强", "works_for", "河上镇党委"), ("王强", "works_for", "河上镇人民政府")},
    ),
    (
        "湘家荡区域(七星街道)主要负责人张华表示。",
        [("湘家荡区域", "PLACE"), ("七星街道", "PLACE"), ("张华", "PERSON")],
        {("七星街道", "alias_of", "湘家荡区域"), ("张华", "works_for", "七星街道")},
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), COREF_AND_PLACE_CASES)
def test_relations_coreference_and_place_phrases(nlp_zh, text, spans, expected) -> None:  # type: ignore[no-untyped-def]
    assert relations(annotated_doc(nlp_zh, text, spans)) == expected


def test_relations_no_title_no_place_employer(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    doc = annotated_doc(
        nlp_zh,
        "湘家荡区域工程师李明说。",
        [("湘家荡区域", "PLACE"), ("李明", "PERSON")],
    )
    assert relations(doc) == set()


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (
            # 投入 that builds something is an investment
            "去年,恒丰有限公司投入近千万元引进激光切割生产线。",
            [("恒丰有限公司", "ORG"), ("近千万元", "MONEY")],
            {("恒丰有限公司", "has_investment", "近千万元")},
        ),
        (
            # the employer is the organisation the title follows, across a place
            "迅捷精密华东基地总经理邱海鸣说。",
            [("迅捷精密", "ORG"), ("华东", "PLACE"), ("邱海鸣", "PERSON")],
            {("邱海鸣", "works_for", "迅捷精密")},
        ),
        (
            # a zone signs with a company
            "今年4月,姜堰经济开发区与上海沪江产业投资集团有限公司签署战略合作协议。",
            [("姜堰经济开发区", "PLACE"), ("上海沪江产业投资集团有限公司", "ORG")],
            {("姜堰经济开发区", "partner_of", "上海沪江产业投资集团有限公司")},
        ),
        (
            # an adverb before 与
            "华锐公司正与泰越新能源合作开发结构件。",
            [("华锐公司", "ORG"), ("泰越新能源", "ORG")],
            {("华锐公司", "partner_of", "泰越新能源")},
        ),
        (
            # a town is never located in a park
            "丹灶镇位于金沙片区。",
            [("丹灶镇", "PLACE"), ("金沙片区", "PLACE")],
            set(),
        ),
    ],
)
def test_relations_more_cues(nlp_zh, text, spans, expected) -> None:  # type: ignore[no-untyped-def]
    assert relations(annotated_doc(nlp_zh, text, spans)) == expected


def test_relations_officials_chained_posts_name_their_bodies(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    import kgraph

    kg = kgraph.build(
        "辽阳市委、辽阳市政府在辽阳市召开会议。市委副书记、市长白英致辞。"
        "淄博市委书记江敦涛出席。",
        nlp=nlp_lac,
    )
    posts = {
        (kg.entity(r.subject).label, kg.entity(r.object).label)
        for r in kg.relations
        if r.predicate.value == "works_for"
    }
    assert ("白英", "辽阳市委") in posts
    assert ("白英", "辽阳市人民政府") in posts  # 市长: the city's government
    (government,) = [e for e in kg.entities if e.label == "辽阳市人民政府"]
    assert "辽阳市政府" in government.aliases  # as the text wrote it
    assert ("江敦涛", "淄博市委") in posts
    assert not any(org == "淄博市" for _, org in posts)  # the place is no employer


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "2016年3月，张锐钢任天津港集团有限公司董事长。",
            "张锐钢",
            "天津港集团有限公司",
        ),
        (
            "缪建民现任中国人民保险集团股份有限公司董事长。",
            "缪建民",
            "中国人民保险集团股份有限公司",
        ),
        ("2001年蒋柏荣成立百荣集团，进军商业地产。", "蒋柏荣", "百荣集团"),
        ("中远海运集团董事长许立荣、总经理付刚峰出席。", "付刚峰", "中远海运集团"),
    ],
)
def test_relations_posts_written_after_the_person(  # type: ignore[no-untyped-def]
    nlp_lac, text: str, person: str, org: str
) -> None:
    import kgraph

    kg = kgraph.build(text, nlp=nlp_lac)
    posts = {
        (kg.entity(r.subject).label, kg.entity(r.object).label)
        for r in kg.relations
        if r.predicate.value == "works_for"
    }
    assert (person, org) in posts


@pytest.mark.parametrize(
    "text",
    ["欧司朗是光源制造商,总部设在慕尼黑。", "巨人教育成立于1994年,总部在北京。"],
)
def test_relations_headquarters_cues(nlp_lac, text: str) -> None:  # type: ignore[no-untyped-def]
    import kgraph

    kg = kgraph.build(text, nlp=nlp_lac)
    assert any(r.predicate.value == "located_in" for r in kg.relations)


def test_relations_signing_totals_are_investments(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    import kgraph

    kg = kgraph.build("哈尔滨市共签约项目39个,签约额1383.9亿元。", nlp=nlp_lac)
    investments = [r for r in kg.relations if r.predicate.value == "has_investment"]
    assert [kg.entity(r.subject).label for r in investments] == ["哈尔滨市"]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (  # an aside after the organisation, before the post
            "华东理工大学(上海)校长林一舟出席。",
            [("华东理工大学", "ORG"), ("上海", "PLACE"), ("林一舟", "PERSON")],
            {("林一舟", "works_for", "华东理工大学")},
        ),
        (  # a colon between the post and the name
            "青禾能源集团有限公司董事长：周立言",
            [("青禾能源集团有限公司", "ORG"), ("周立言", "PERSON")],
            {("周立言", "works_for", "青禾能源集团有限公司")},
        ),
        (  # a space on one side of the post
            "欢迎青禾证券董事长 周立言致辞。",
            [("青禾证券", "ORG"), ("周立言", "PERSON")],
            {("周立言", "works_for", "青禾证券")},
        ),
        (  # posts joined by 、 and 兼, a Latin title among them
            "青禾集团有限公司党委书记、董事长兼CEO周立言讲话。",
            [("青禾集团有限公司", "ORG"), ("周立言", "PERSON")],
            {("周立言", "works_for", "青禾集团有限公司")},
        ),
        (  # the post after the name
            "青禾控股有限公司周立言董事长等出席。",
            [("青禾控股有限公司", "ORG"), ("周立言", "PERSON")],
            {("周立言", "works_for", "青禾控股有限公司")},
        ),
    ],
)
def test_relations_post_before_the_person_variants(  # type: ignore[no-untyped-def]
    nlp_zh, text, spans, expected
) -> None:
    assert relations(annotated_doc(nlp_zh, text, spans)) == expected


def test_relations_spaces_on_both_sides_are_columns(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    doc = annotated_doc(
        nlp_zh, "青禾证券 董事长 周立言", [("青禾证券", "ORG"), ("周立言", "PERSON")]
    )
    assert relations(doc) == set()


def test_relations_post_role_is_the_post(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    doc = annotated_doc(
        nlp_zh,
        "青禾能源集团有限公司董事长：周立言",
        [("青禾能源集团有限公司", "ORG"), ("周立言", "PERSON")],
    )
    (rel,) = RelationExtractor()(doc)._.kg_relations
    assert rel.role == "董事长"


@pytest.mark.parametrize("join", ["、", "和", "及", "，"])
def test_relations_post_role_across_a_list_of_officials(nlp_zh, join: str) -> None:  # type: ignore[no-untyped-def]
    text = f"青禾能源集团有限公司总经理周立言{join}副总经理王海出席。"
    doc = annotated_doc(
        nlp_zh,
        text,
        [("青禾能源集团有限公司", "ORG"), ("周立言", "PERSON"), ("王海", "PERSON")],
    )
    roles = {
        doc.text[r.subject[0] : r.subject[1]]: r.role
        for r in RelationExtractor()(doc)._.kg_relations
    }
    assert roles == {"周立言": "总经理", "王海": "副总经理"}


def test_relations_chained_posts_of_a_press_group(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    import kgraph

    kg = kgraph.build(
        [("d", "青禾传媒集团董事长、社长王立新出席签约仪式。")], divisions=False
    )
    pairs = {
        (kg.entity(r.subject).label, kg.entity(r.object).label)
        for r in kg.relations
        if r.predicate.value == "works_for"
    }
    assert ("王立新", "青禾传媒集团") in pairs


def test_relations_a_place_inside_an_of_description_is_not_the_site() -> None:
    """位于“江南三大古镇”之一的白石镇: the site is 白石镇, not 江南."""
    import kgraph

    kg = kgraph.build("青禾酒业有限公司，位于“江南三大古镇”之一的白石镇，历史悠久。")
    sites = {
        kg.entity(r.object).label
        for r in kg.relations
        if r.predicate.value == "located_in"
    }
    assert "江南" not in sites


def test_relations_a_counted_sets_total_is_no_projects() -> None:
    """总投资X亿元的48个项目: the total of a set, not the named project's."""
    import kgraph

    kg = kgraph.build("随着青山隧道工程的奠基，总投资达7亿元的48个项目集中开工。")
    assert not [
        r
        for r in kg.relations
        if r.predicate.value == "has_investment"
        and kg.entity(r.subject).label == "青山隧道工程"
    ]


def test_relations_an_amount_of_investment_returns_is_no_investment(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    text = "青禾股份有限公司实现3亿元投资收益。"
    spans = [("青禾股份有限公司", "ORG"), ("3亿元", "MONEY")]
    found = relations(annotated_doc(nlp_zh, text, spans))
    assert not any(r[1] == "has_investment" for r in found)
