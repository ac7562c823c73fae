"""Tests for kgraph.link.places: codes, chains to the province, places kept apart."""

from __future__ import annotations

import kgraph
from kgraph.link.merge import merge_graphs
from kgraph.types import EntityType, Predicate


def places(kg):  # type: ignore[no-untyped-def]
    return {e.label: e for e in kg.entities if e.type is EntityType.PLACE}


def test_places_chain_to_province(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    kg = kgraph.extract_document(
        "昨天,台州市黄岩区东城街道举行了签约仪式。", doc_id="d1", nlp=nlp_lac
    )
    found = places(kg)
    assert found["东城街道"].code == "331003001"
    assert found["浙江省"].code == "330000"
    by_id = {e.id: e.label for e in kg.entities}
    part_of = {
        (by_id[r.subject], by_id[r.object])
        for r in kg.relations
        if r.predicate is Predicate.PART_OF
    }
    assert {
        ("东城街道", "黄岩区"),
        ("黄岩区", "台州市"),
        ("台州市", "浙江省"),
    } <= part_of


def test_places_same_street_name_in_two_districts_stays_apart(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    a = kgraph.extract_document(
        "台州市黄岩区东城街道新建了公园。", doc_id="a", nlp=nlp_lac
    )
    b = kgraph.extract_document(
        "温州市永嘉县东城街道新建了学校。", doc_id="b", nlp=nlp_lac
    )
    merged = merge_graphs([a, b])
    streets = [e for e in merged.entities if e.label == "东城街道"]
    assert sorted(e.code for e in streets) == ["330324002", "331003001"]


def test_places_text_contradicting_the_table_stays_unlinked(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    # 平阳县 has no 东城街道: linking it to 永嘉县's would contradict the text
    kg = kgraph.extract_document(
        "温州市平阳县东城街道新建了学校。", doc_id="b", nlp=nlp_lac
    )
    assert places(kg)["东城街道"].code is None


def test_places_ambiguous_street_is_scoped_to_its_document(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    a = kgraph.extract_document("东城街道新建了公园。", doc_id="a", nlp=nlp_lac)
    b = kgraph.extract_document("东城街道新建了学校。", doc_id="b", nlp=nlp_lac)
    streets = [e for e in merge_graphs([a, b]).entities if e.label == "东城街道"]
    assert len(streets) == 2 and all(e.code is None for e in streets)


def test_places_same_city_merges_across_documents(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    a = kgraph.extract_document("嘉兴市南湖区举行活动。", doc_id="a", nlp=nlp_lac)
    b = kgraph.extract_document("嘉兴市启动了新项目。", doc_id="b", nlp=nlp_lac)
    cities = [e for e in merge_graphs([a, b]).entities if e.label == "嘉兴市"]
    assert len(cities) == 1 and cities[0].code == "330400"


def test_places_can_be_switched_off(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    kg = kgraph.extract_document(
        "台州市黄岩区举行活动。", doc_id="d", nlp=nlp_lac, divisions=False
    )
    assert "浙江省" not in places(kg)


def test_places_label_is_what_the_text_wrote(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    # 芜湖 alone: linked to 芜湖市 (code, alias) but labelled as written
    kg = kgraph.extract_document("企业落户芜湖,总部设在芜湖。", doc_id="d", nlp=nlp_lac)
    wuhu = places(kg)["芜湖"]
    assert wuhu.code == "340200" and "芜湖市" in wuhu.aliases


def test_places_traditional_town_stays_with_its_document() -> None:
    from kgraph.link.places import needs_document_scope

    assert needs_document_scope("城關鎮") == needs_document_scope("城关镇") is True
    assert needs_document_scope("黃岩區") == needs_document_scope("黄岩区") is False
