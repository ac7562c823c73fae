"""Tests for kgraph.extract.script: traditional characters read as simplified."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kgraph.extract.script import language_tag, to_simplified
from kgraph.types import EntityType, Predicate

TRADITIONAL = (
    "總投資逾5億元的項目落戶台州市黃岩區東城街道。"
    "萬托科技(嘉興)有限公司負責人陳學金說。"
)


def test_script_traditional_text_is_read_as_simplified() -> None:
    simplified = to_simplified(TRADITIONAL)
    assert simplified is not None and len(simplified) == len(TRADITIONAL)
    assert "总投资逾5亿元" in simplified and "黄岩区" in simplified


def test_script_simplified_text_is_left_alone() -> None:
    assert to_simplified("总投资逾5亿元的项目落户台州市黄岩区东城街道。") is None


@given(st.text(alphabet="總投資億萬元區縣鎮項目簽約產業園台州黃岩东城", max_size=60))
def test_script_conversion_keeps_length(text: str) -> None:
    simplified = to_simplified(text)
    assert simplified is None or len(simplified) == len(text)


def test_script_language_tags() -> None:
    assert language_tag("黃岩區") == "zh-Hant"
    assert language_tag("黄岩区") == "zh"


def test_script_graph_keeps_what_the_text_wrote(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    import kgraph

    kg = kgraph.build([("t", TRADITIONAL)], nlp=nlp_lac)
    by_label = {e.label: e for e in kg.entities}
    person = by_label["陳學金"]
    assert "陈学金" in person.aliases and person.type is EntityType.PERSON
    p = person.mentions[0].provenance
    assert TRADITIONAL[p.start : p.end] == "陳學金"
    company = by_label["萬托科技(嘉興)有限公司"]
    (rel,) = [r for r in kg.relations if r.predicate is Predicate.WORKS_FOR]
    assert (rel.subject, rel.object) == (person.id, company.id)
    assert "負責人" in rel.provenance.sentence
    money = [e for e in kg.entities if e.type is EntityType.MONEY]
    assert [m.money.value for m in money if m.money] == [Decimal("500000000")]
    # the division table (simplified) still links the places
    assert by_label["黃岩區"].code == "331003"
    # one node whichever script: the id is the simplified name's
    simplified = kgraph.build([("s", "陈学金说。")], nlp=nlp_lac)
    assert person.id in {e.id for e in simplified.entities}


def test_script_rdf_labels_are_tagged_zh_hant(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    from rdflib import RDFS, Literal

    import kgraph
    from kgraph.export import to_rdflib

    graph = to_rdflib(kgraph.build([("t", TRADITIONAL)], nlp=nlp_lac))
    labels = set(graph.objects(None, RDFS.label))
    assert Literal("陳學金", lang="zh-Hant") in labels
    assert Literal("陳學金", lang="zh") not in labels


def test_script_hong_kong_variants_convert_one_for_one() -> None:
    text = "衞生署署長衹說會議"
    simplified = to_simplified(text)
    assert simplified == "卫生署署长只说会议"


def test_script_qian_of_a_division_is_kept() -> None:
    assert to_simplified("乾安縣經濟發展") == "乾安县经济发展"
    # a simplified text naming 乾安县 is no traditional text
    assert to_simplified("乾安县、乾安县和乾安县的乾安镇") is None


def test_script_simplified_reading_of_short_labels() -> None:
    from kgraph.extract.lexicon import admin_level
    from kgraph.extract.script import simplified_reading

    # too few changed characters for to_simplified, still read for the tables
    assert to_simplified("城關鎮") is None
    assert simplified_reading("城關鎮") == "城关镇"
    assert admin_level(simplified_reading("南湖區")) == admin_level("南湖区") > 0


def test_taiwan_word_for_project_reads_as_mainland_head() -> None:
    assert to_simplified("嘉禾縣鋰電池專案開工，總投資5億元") == (
        "嘉禾县锂电池项目开工，总投资5亿元"
    )


def test_taiwan_phrasing_of_ordinary_words_is_left() -> None:
    # tw2sp would read 通訊員 as 通信员 and 建立 as 创建: neither is a name head
    assert (
        to_simplified("本報訊 通訊員 王小東 建立園區")
        == "本报讯 通讯员 王小东 建立园区"
    )
