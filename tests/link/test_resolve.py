"""Tests for kgraph.link.resolve: one node per real thing across documents."""

from __future__ import annotations

from pathlib import Path

import pytest

import kgraph
from kgraph.errors import InvalidInputError
from kgraph.ids import mint_id
from kgraph.link.resolve import Overrides, read_overrides, resolve_entities
from kgraph.types import Entity, EntityType, KnowledgeGraph

CORPUS = Path(__file__).parents[1] / "data" / "corpus"


def org(name: str, *aliases: str) -> Entity:
    return Entity(mint_id(EntityType.ORG, name), EntityType.ORG, name, aliases=aliases)


def labels(kg: KnowledgeGraph) -> list[str]:
    return sorted(e.label for e in kg.entities)


@pytest.mark.parametrize(
    ("full", "short", "rule"),
    [
        ("杭州科百特过滤器有限公司", "科百特过滤器有限公司", "org-place-prefix"),
        ("国网台州市黄岩区供电公司", "台州市黄岩区供电公司", "org-prefix"),
    ],
)
def test_resolve_org_rules(full: str, short: str, rule: str) -> None:
    resolved = resolve_entities(KnowledgeGraph(entities=(org(full), org(short))))
    assert labels(resolved) == [full]
    (merge,) = resolved.merges
    assert (merge.merged, merge.rule) == (short, rule)
    assert short in resolved.entities[0].aliases


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("南湖实验室", "南湖研究院"),  # different suffix: different things
        ("嘉兴市第二医院", "第二医院"),  # too short to stand for the other
        ("华越科技有限公司", "有限公司"),  # a bare suffix
        ("天津市人民政府", "市人民政府"),  # every city's government
    ],
)
def test_resolve_near_misses_stay_apart(a: str, b: str) -> None:
    kg = KnowledgeGraph(entities=(org(a), org(b)))
    assert resolve_entities(kg) is kg


def test_resolve_alias_across_documents() -> None:
    kg = KnowledgeGraph(entities=(org("嘉兴衍视电子科技有限公司", "衍视"), org("衍视")))
    resolved = resolve_entities(kg)
    assert labels(resolved) == ["嘉兴衍视电子科技有限公司"]
    assert resolved.merges[0].rule == "alias"


def test_resolve_overrides_veto_and_force(tmp_path: Path) -> None:
    path = tmp_path / "merges.tsv"
    path.write_text(
        "different\t杭州科百特过滤器有限公司\t科百特过滤器有限公司\nsame\t敏华\t敏华汽车\n",
        encoding="utf-8",
    )
    overrides = read_overrides(path)
    kg = KnowledgeGraph(
        entities=(
            org("杭州科百特过滤器有限公司"),
            org("科百特过滤器有限公司"),
            org("敏华"),
            org("敏华汽车"),
        )
    )
    resolved = resolve_entities(kg, overrides=overrides)
    assert labels(resolved) == [
        "敏华汽车",
        "杭州科百特过滤器有限公司",
        "科百特过滤器有限公司",
    ]
    assert [m.rule for m in resolved.merges] == ["forced"]


def test_resolve_overrides_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "merges.tsv"
    path.write_text("merge A B\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"merges.tsv:1: expected"):
        read_overrides(path)


def test_resolve_relations_follow_the_merge() -> None:
    from kgraph.types import Predicate, Provenance, Relation

    a, b = org("杭州科百特过滤器有限公司"), org("科百特过滤器有限公司")
    person = Entity(mint_id(EntityType.PERSON, "吴海峰"), EntityType.PERSON, "吴海峰")
    rel = Relation(person.id, Predicate.WORKS_FOR, b.id, Provenance("d", 0, 3))
    resolved = resolve_entities(
        KnowledgeGraph(entities=(a, b, person), relations=(rel,))
    )
    assert resolved.relations[0].object == a.id


def test_resolve_corpus_built_together(nlp_lac) -> None:  # type: ignore[no-untyped-def]
    docs = [
        (p.stem, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))
    ]
    kg = kgraph.build(docs, nlp=nlp_lac, overrides=Overrides())
    by_label: dict[str, list[Entity]] = {}
    for e in kg.entities:
        by_label.setdefault(e.label, []).append(e)
    # across articles: one company, one utility, one district (黄岩 and 黄岩区)
    keboite = by_label["杭州科百特过滤器有限公司"]
    assert len(keboite) == 1 and "科百特过滤器有限公司" in keboite[0].aliases
    assert {m.provenance.doc_id for m in keboite[0].mentions} == {
        "c1_huangyan",
        "c2_keboite",
    }
    assert "台州市黄岩区供电公司" in by_label["国网台州市黄岩区供电公司"][0].aliases
    assert "黄岩" in by_label["黄岩区"][0].aliases and len(by_label["黄岩区"]) == 1
    assert "建德" in by_label["建德市"][0].aliases
    # near misses: two streets called 东城街道, the lab and the institute
    assert sorted(e.code for e in by_label["东城街道"]) == ["330324002", "331003001"]
    assert "南湖实验室" in by_label and "南湖研究院" in by_label
    rules = {m.rule for m in kg.merges}
    assert {"org-place-prefix", "org-prefix"} <= rules


def test_resolve_a_generic_alias_joins_no_bodies() -> None:
    """市委 is the alias of each city's committee: it must not chain them into one."""

    def org(name: str, *aliases: str) -> Entity:
        return Entity(mint_id(EntityType.ORG, name), EntityType.ORG, name, aliases)

    kg = KnowledgeGraph(
        entities=(org("天津市委", "市委"), org("天水市委", "市委"), org("市委"))
    )
    resolved = resolve_entities(kg)
    assert sorted(e.label for e in resolved.entities) == [
        "天水市委",
        "天津市委",
        "市委",
    ]
    assert resolved.merges == ()
    # a proper alias still merges
    named = KnowledgeGraph(
        entities=(org("嘉兴南湖实验室", "南湖实验室"), org("南湖实验室"))
    )
    assert [e.label for e in resolve_entities(named).entities] == ["嘉兴南湖实验室"]


def test_resolve_a_generic_body_joins_no_governments() -> None:
    """A bare 市人民政府 is no hub: two cities' governments stay two."""
    kg = KnowledgeGraph(
        entities=(org("天津市人民政府"), org("重庆市人民政府"), org("市人民政府"))
    )
    assert labels(resolve_entities(kg)) == [
        "天津市人民政府",
        "市人民政府",
        "重庆市人民政府",
    ]
