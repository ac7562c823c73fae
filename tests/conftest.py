"""Shared, small, hand-built fixtures for the kgraph test suite."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import strategies as st

from kgraph.export.names import article_id
from kgraph.ids import mint_id
from kgraph.types import (
    Document,
    Entity,
    EntityType,
    InvestmentEvent,
    InvestmentStatus,
    KnowledgeGraph,
    Measure,
    Mention,
    Merge,
    Money,
    MoneyQualifier,
    Predicate,
    Provenance,
    Relation,
)

# ---------------------------------------------------------------------------
# small_kg: a hand-built KnowledgeGraph for the exporters (tests/export).
# Everything below is prefixed _SMALL_KG / _small_kg so that fixtures added
# later by other modules do not collide with it. Regenerate the golden Turtle
# with scripts/regenerate_golden.py after changing it on purpose.
# ---------------------------------------------------------------------------

_SMALL_KG_DOC_ID = "a1"
_SMALL_KG_TITLE = "嘉兴市南湖区湘家荡区域(七星街道): 建创新平台 聚创新要素 优创新生态"
# the sentences of document "a1" (abridged from examples/a1_xiangjiadang.txt,
# plus one made-up investment sentence), joined by newlines
_SMALL_KG_SENTENCES = (
    _SMALL_KG_TITLE,
    "汪燕鸣 王佳萱",
    "炎炎酷暑,在嘉兴市南湖区湘家荡区域(七星街道),各大项目工地一派热火朝天的景象。",
    "随着年产65条智能装备生产流水线及15000吨防热精密型钢项目投产,"
    "万托科技(嘉兴)有限公司负责人陈学金期待满满。",
    "南湖实验室和南湖研究院正是这几年湘家荡区域(七星街道)的两大创新平台。",
    "腾讯天美电竞度假村项目总投资2亿元。",
)
_SMALL_KG_TEXT = "\n".join(_SMALL_KG_SENTENCES)


def _small_kg_sentence(index: int, extractor: str) -> Provenance:
    """Provenance of the whole sentence ``index`` of document "a1"."""
    sentence = _SMALL_KG_SENTENCES[index]
    start = _SMALL_KG_TEXT.index(sentence)
    return Provenance(
        _SMALL_KG_DOC_ID,
        start,
        start + len(sentence),
        extractor=extractor,
        sentence=sentence,
    )


def _small_kg_mention(text: str, index: int, extractor: str) -> Mention:
    """A mention of ``text`` inside sentence ``index`` of document "a1"."""
    sentence = _SMALL_KG_SENTENCES[index]
    start = _SMALL_KG_TEXT.index(sentence) + sentence.index(text)
    prov = Provenance(
        _SMALL_KG_DOC_ID,
        start,
        start + len(text),
        extractor=extractor,
        sentence=sentence,
    )
    return Mention(text, prov)


def _small_kg_entity(
    entity_type: EntityType,
    label: str,
    index: int,
    *,
    aliases: tuple[str, ...] = (),
    money: Money | None = None,
) -> Entity:
    """An entity mentioned by ``label`` (and each alias) in sentence ``index``."""
    extractor = "kgraph_money" if money is not None else "kgraph_entities"
    scope = _SMALL_KG_DOC_ID if money is not None else ""
    mentions = tuple(
        _small_kg_mention(text, index, extractor) for text in (label, *aliases)
    )
    return Entity(
        mint_id(entity_type, label, scope=scope),
        entity_type,
        label,
        aliases=aliases,
        mentions=mentions,
        money=money,
    )


def build_small_kg() -> KnowledgeGraph:
    """Return the small hand-built graph behind the ``small_kg`` fixture.

    Ten entities (ORG 南湖实验室 and 万托科技(嘉兴)有限公司; PLACE 湘家荡区域
    alias 七星街道, 南湖区, 嘉兴市; PERSON 陈学金 and the reporter 汪燕鸣; PROJECT
    腾讯天美电竞度假村项目; MONEY 2亿元; ARTICLE "a1") and six relations
    (located_in, part_of x2, works_for with role 负责人, has_investment,
    reported_by), each with its evidence sentence.
    """
    e = EntityType
    lab = _small_kg_entity(e.ORG, "南湖实验室", 4)
    area = _small_kg_entity(e.PLACE, "湘家荡区域", 2, aliases=("七星街道",))
    district = _small_kg_entity(e.PLACE, "南湖区", 2)
    city = _small_kg_entity(e.PLACE, "嘉兴市", 2)
    person = _small_kg_entity(e.PERSON, "陈学金", 3)
    company = _small_kg_entity(e.ORG, "万托科技(嘉兴)有限公司", 3)
    project = _small_kg_entity(e.PROJECT, "腾讯天美电竞度假村项目", 5)
    money = _small_kg_entity(e.MONEY, "2亿元", 5, money=Money(Decimal("200000000")))
    reporter = _small_kg_entity(e.PERSON, "汪燕鸣", 1)
    article = Entity(
        mint_id(e.ARTICLE, _SMALL_KG_DOC_ID),
        e.ARTICLE,
        _SMALL_KG_TITLE,
        mentions=(_small_kg_mention(_SMALL_KG_TITLE, 0, "kgraph"),),
    )
    rel = "kgraph_relations"
    relations = (
        Relation(lab.id, Predicate.LOCATED_IN, area.id, _small_kg_sentence(4, rel)),
        Relation(area.id, Predicate.PART_OF, district.id, _small_kg_sentence(2, rel)),
        Relation(district.id, Predicate.PART_OF, city.id, _small_kg_sentence(2, rel)),
        Relation(
            person.id,
            Predicate.WORKS_FOR,
            company.id,
            _small_kg_sentence(3, rel),
            confidence=0.9,
            role="负责人",
        ),
        Relation(
            project.id,
            Predicate.HAS_INVESTMENT,
            money.id,
            _small_kg_sentence(5, rel),
            confidence=0.85,
        ),
        Relation(
            article.id, Predicate.REPORTED_BY, reporter.id, _small_kg_sentence(1, rel)
        ),
    )
    document = Document(
        _SMALL_KG_DOC_ID,
        source="examples/a1_xiangjiadang.txt",
        title=_SMALL_KG_TITLE,
        n_chars=len(_SMALL_KG_TEXT),
    )
    entities = (lab, area, district, city, person, company, project, money)
    return KnowledgeGraph(
        entities=(*entities, reporter, article),
        relations=relations,
        documents=(document,),
    )


@pytest.fixture(scope="session")
def small_kg() -> KnowledgeGraph:
    """A small hand-built KnowledgeGraph (see `build_small_kg`); do not mutate."""
    return build_small_kg()


# ---------------------------------------------------------------------------
# Pipelines: a blank Chinese pipeline (char tokens, no download) and the real
# kgraph pipelines. The LAC one loads the bundled model once per session.
# ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def nlp_zh():  # type: ignore[no-untyped-def]
    """``spacy.blank("zh")``: the char segmenter, nothing downloaded."""
    import spacy

    return spacy.blank("zh")


@pytest.fixture(scope="session")
def nlp_lac():  # type: ignore[no-untyped-def]
    """The default kgraph pipeline (Baidu LAC engine)."""
    import kgraph

    return kgraph.load()


@pytest.fixture(autouse=True)
def _kgraph_extensions():  # type: ignore[no-untyped-def]
    """Doc extensions are global state: make sure kgraph's are registered."""
    from kgraph.extract.extensions import register_extensions

    register_extensions()
    yield


# ---------------------------------------------------------------------------
# The sample article's graph, for the pictures and tables (tests/viz,
# tests/tables): built once per session with the LAC pipeline.
# ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def sample_article_kg(nlp_lac) -> KnowledgeGraph:  # type: ignore[no-untyped-def]
    """The graph of examples/a1_xiangjiadang.txt (LAC engine); do not mutate."""
    from pathlib import Path

    import kgraph

    path = Path(__file__).parent.parent / "examples" / "a1_xiangjiadang.txt"
    return kgraph.build([(path.stem, path.read_text(encoding="utf-8"))], nlp=nlp_lac)


# ---------------------------------------------------------------------------
# Triple stores (tests/store/test_graph_store.py, tests/store/test_push.py,
# tests/export/test_validate.py):
# the sample article as TriG, and a live Oxigraph server on a free loopback port.
# ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def sample_trig(sample_article_kg, tmp_path_factory):  # type: ignore[no-untyped-def]
    """The sample article's graph (`sample_article_kg`) written as TriG; a Path."""
    from kgraph.export import write_graph

    out = tmp_path_factory.mktemp("sample") / "a1_xiangjiadang.trig"
    write_graph(sample_article_kg, out)
    return out


def _oxigraph_binary() -> str | None:
    """The ``oxigraph`` server of the ``oxigraph`` wheel: next to python, or on PATH."""
    import shutil
    import sys
    from pathlib import Path

    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):  # type: ignore[no-untyped-def]
    """A live ``oxigraph serve`` on 127.0.0.1:<free port>; yields its base URL.

    Skipped only when the ``oxigraph`` binary is missing outside CI (the test
    extra installs it); under CI=true a missing binary fails the tests.
    """
    import os
    import socket
    import subprocess
    import time
    import urllib.error
    import urllib.request

    binary = _oxigraph_binary()
    if binary is None:
        reason = "the oxigraph server binary is missing: pip install oxigraph"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    folder = tmp_path_factory.mktemp("oxigraph")
    log = (folder / "server.log").open("wb")  # a file: a full pipe would block it
    bind = f"127.0.0.1:{port}"
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(folder / "db"), "--bind", bind],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + 20
    try:
        while True:
            if proc.poll() is not None:
                err = (folder / "server.log").read_text(errors="replace")
                pytest.fail(f"oxigraph serve exited with {proc.returncode}: {err}")
            try:
                with no_proxy.open(base + "/query?query=ASK%7B%7D", timeout=1):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail(f"oxigraph serve not ready on {base} after 20 s")
                time.sleep(0.05)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


# ---------------------------------------------------------------------------
# rich_kg: two articles with every kind of statement, for the RDF writers
# ---------------------------------------------------------------------------


@pytest.fixture
def rich_kg() -> KnowledgeGraph:
    """Two articles: a shared org, a traditional-script person with an alias,
    amounts (Decimal, a range), relations with provenance and a role, an
    investment event, a merge and an entity in no article."""
    s1 = "华越有限公司位于嘉兴市，总投资3.5亿元。"
    s2 = "華越有限公司董事長陳學金表示，投资3至5亿元。"
    org = Entity(
        mint_id(EntityType.ORG, "华越有限公司"),
        EntityType.ORG,
        "华越有限公司",
        aliases=("华越公司",),
        mentions=(
            Mention("华越有限公司", Provenance("d1", 0, 6, "kgraph_ner", s1)),
            Mention("華越有限公司", Provenance("d2", 0, 6, "kgraph_ner", s2)),
        ),
    )
    person = Entity(
        mint_id(EntityType.PERSON, "陳學金"),
        EntityType.PERSON,
        "陳學金",
        aliases=("陈学金",),
        mentions=(Mention("陳學金", Provenance("d2", 9, 12, "kgraph_ner", s2)),),
    )
    city = Entity(
        mint_id(EntityType.PLACE, "嘉兴市"),
        EntityType.PLACE,
        "嘉兴市",
        code="330400",
        mentions=(Mention("嘉兴市", Provenance("d1", 8, 11)),),
    )
    money = Entity(
        mint_id(EntityType.MONEY, "3.5亿元", scope="d1"),
        EntityType.MONEY,
        "3.5亿元",
        mentions=(Mention("3.5亿元", Provenance("d1", 15, 20)),),
        money=Money(Decimal("3.5E+8"), qualifier=MoneyQualifier.APPROX),
    )
    span = Entity(
        mint_id(EntityType.MONEY, "3至5亿元", scope="d2"),
        EntityType.MONEY,
        "3至5亿元",
        mentions=(Mention("3至5亿元", Provenance("d2", 17, 22)),),
        money=Money(
            Decimal("300000000"),
            qualifier=MoneyQualifier.RANGE,
            value_max=Decimal("5E+8"),
            period="今年",
        ),
    )
    lonely = Entity("org-lonely", EntityType.ORG, "无名公司")
    articles = tuple(
        Entity(article_id(d), EntityType.ARTICLE, f"标题{d}", aliases=(d,))
        for d in ("d1", "d2")
    )
    relations = (
        Relation(
            org.id,
            Predicate.LOCATED_IN,
            city.id,
            Provenance("d1", 0, 11, "kgraph_relations", s1),
            0.8,
        ),
        Relation(
            person.id,
            Predicate.WORKS_FOR,
            org.id,
            Provenance("d2", 0, 12, "kgraph_relations", s2),
            role="董事長",
        ),
        Relation(org.id, Predicate.HAS_INVESTMENT, span.id, Provenance("d2", 0, 22)),
    )
    event = InvestmentEvent(
        "event-1",
        money.id,
        Provenance("d1", 0, 20, sentence=s1),
        investor=org.id,
        place=city.id,
        status=InvestmentStatus.PLANNED,
    )
    return KnowledgeGraph(
        entities=(org, person, city, money, span, lonely, *articles),
        relations=relations,
        documents=(
            Document("d1", "in/d1.txt", "标题d1", len(s1)),
            Document("d2", "in/d2.txt", "标题d2", len(s2)),
        ),
        merges=(Merge(org.id, "华越", "org-prefix", "华越 starts 华越有限公司"),),
        events=(event,),
    )


# ---------------------------------------------------------------------------
# kg_strategy: a hypothesis strategy of whole KnowledgeGraphs, for the reader
# round trips (tests/export/test_readers.py, tests/store/test_reader.py). Draw
# with ``data.draw(kg_strategy)`` in a test given ``data=st.data()``.
# ---------------------------------------------------------------------------

# any character a file can hold (no surrogates, no controls but tab and line break),
# with the ones that matter to the writers often: separators, quotes, markup
_GEN_CHARS = st.one_of(
    st.sampled_from('华越嘉兴陳學金公司区|"\\<>&\n 😀ab'),
    st.characters(exclude_categories=("Cs", "Cc", "Cn"), include_characters="\n\t"),
)
_GEN_TEXT = st.text(_GEN_CHARS, min_size=1, max_size=8)
_GEN_NAME = _GEN_TEXT.filter(str.strip)
_GEN_MAYBE_TEXT = st.one_of(st.none(), _GEN_TEXT)
#: a period: the genre's phrases (normalised, so RDF and tables carry dates) or any
_GEN_PERIOD = st.one_of(
    _GEN_MAYBE_TEXT,
    st.sampled_from(["今年上半年", "截至2023年底", "去年以来", "1至9月", "截至目前"]),
)
_GEN_OFFSET = st.integers(0, 5000)


@st.composite
def _gen_provenance(draw: st.DrawFn, doc_ids: list[str]) -> Provenance:
    start = draw(_GEN_OFFSET)
    return Provenance(
        draw(st.sampled_from(doc_ids)),
        start,
        start + draw(st.integers(1, 80)),
        extractor=draw(st.sampled_from(["kgraph", "kgraph_ner", "kgraph_relations"])),
        sentence=draw(st.one_of(st.just(""), _GEN_TEXT)),
    )


@st.composite
def _gen_money(draw: st.DrawFn) -> Money:
    value = draw(st.decimals(0, 10**12, places=2, allow_nan=False))
    upper = draw(st.one_of(st.none(), st.decimals(0, 10**6, places=1)))
    return Money(
        value,
        currency=draw(st.sampled_from(["CNY", "USD"])),
        qualifier=draw(st.sampled_from(MoneyQualifier)),
        value_max=None if upper is None else value + upper,
        measure=draw(st.one_of(st.none(), st.sampled_from(Measure))),
        period=draw(_GEN_PERIOD),
    )


@st.composite
def _gen_entity(
    draw: st.DrawFn, entity_id: str, entity_type: EntityType, doc_ids: list[str]
) -> Entity:
    provenances = draw(
        st.lists(
            _gen_provenance(doc_ids),
            max_size=3,
            unique_by=lambda p: (p.doc_id, p.start, p.end),
        )
    )
    return Entity(
        entity_id,
        entity_type,
        draw(_GEN_NAME),
        aliases=tuple(draw(st.lists(_GEN_TEXT, max_size=3, unique=True))),
        mentions=tuple(Mention(draw(_GEN_TEXT), p) for p in provenances),
        money=draw(_gen_money()) if entity_type is EntityType.MONEY else None,
        code=draw(st.one_of(st.none(), st.from_regex(r"\d{6}|\d{9}", fullmatch=True))),
    )


@st.composite
def _knowledge_graphs(draw: st.DrawFn) -> KnowledgeGraph:
    """Entities of every type (aliases, mentions, money, codes), relations with
    provenance, one or two documents (with or without their ARTICLE entity),
    investment events and merges.

    What RDF cannot tell apart (see `kgraph.read_graph`) is drawn once: repeated
    aliases, an empty role or period, two relations alike in subject,
    predicate, object, document and offsets.
    """
    documents = draw(
        st.lists(
            st.builds(
                Document,
                _GEN_TEXT,
                source=st.one_of(st.just(""), _GEN_TEXT),
                title=st.one_of(st.just(""), _GEN_TEXT),
                n_chars=st.integers(0, 10**6),
                date=st.one_of(st.none(), st.dates()),
            ),
            min_size=1,
            max_size=2,
            unique_by=lambda d: article_id(d.doc_id),
        )
    )
    doc_ids = [d.doc_id for d in documents]
    types = draw(st.lists(st.sampled_from(EntityType), min_size=2, max_size=7))
    entities = [
        draw(_gen_entity(f"{t.value.lower()}-{n}", t, doc_ids))
        for n, t in enumerate(types)
    ]
    for doc in documents:  # as kgraph builds them, or a bare Document
        if draw(st.booleans()):
            entities.append(
                draw(_gen_entity(article_id(doc.doc_id), EntityType.ARTICLE, doc_ids))
            )
    ids = [e.id for e in entities]
    pairs = st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True)
    relations = [
        Relation(
            a,
            draw(st.sampled_from(Predicate)),
            b,
            draw(_gen_provenance(doc_ids)),
            confidence=draw(st.floats(0, 1, exclude_min=True)),
            role=draw(st.one_of(st.none(), _GEN_TEXT)),
        )
        for a, b in draw(st.lists(pairs, max_size=5))
    ]
    unique = {
        (
            r.subject,
            r.predicate,
            r.object,
            r.provenance.doc_id,
            r.provenance.start,
            r.provenance.end,
        ): r
        for r in relations
    }
    amounts = [e.id for e in entities if e.type is EntityType.MONEY]
    part = st.one_of(st.none(), st.sampled_from(ids))
    events = [
        InvestmentEvent(
            f"event-{n}",
            draw(st.sampled_from(amounts)),
            draw(_gen_provenance(doc_ids)),
            project=draw(part),
            investor=draw(part),
            place=draw(part),
            status=draw(st.sampled_from(InvestmentStatus)),
            period=draw(_GEN_PERIOD),
        )
        for n in range(draw(st.integers(0, 2 if amounts else 0)))
    ]
    merges = draw(
        st.lists(
            st.builds(
                Merge,
                st.sampled_from(ids),
                _GEN_NAME,
                st.sampled_from(["alias", "org-prefix", "same-division"]),
                st.one_of(st.just(""), _GEN_TEXT),
            ),
            max_size=2,
            unique_by=lambda m: (m.kept, m.merged, m.rule),
        )
    )
    return KnowledgeGraph(
        entities=tuple(entities),
        relations=tuple(unique.values()),
        documents=tuple(documents),
        merges=tuple(merges),
        events=tuple(events),
    )


@pytest.fixture(scope="session")
def kg_strategy():  # type: ignore[no-untyped-def]
    """A hypothesis strategy of KnowledgeGraphs (see `_knowledge_graphs`)."""
    return _knowledge_graphs()


def _dated_money(entity_id: str, doc_id: str, value: int, **money: Any) -> Entity:
    return Entity(
        entity_id,
        EntityType.MONEY,
        f"{value}元",
        mentions=(Mention(f"{value}元", Provenance(doc_id, 0, 5, sentence="句。")),),
        money=Money(Decimal(value), **money),
    )


@pytest.fixture(scope="session")
def dated_kg() -> KnowledgeGraph:
    """Investment events in dated articles: places with codes and without.

    Counted by county and year: 南湖区 2024 (3e8 + 1e8, a zone part_of the
    district, 今年上半年 of a 2024 article), 黄岩区 2023 (2e8: no place, the
    holder project located_in a town, 去年), 南湖区 2022 (5e7: no period, the
    article's date); left out: a city-level place, dollars, a revenue.
    """
    from datetime import date

    def prov(doc_id: str) -> Provenance:
        return Provenance(doc_id, 0, 5, extractor="kgraph_relations", sentence="句。")

    places = (
        Entity("place-zone", EntityType.PLACE, "湘家荡区域"),
        # mentioned in two articles: described in both their named graphs
        Entity(
            "place-nanhu",
            EntityType.PLACE,
            "南湖区",
            mentions=(Mention("南湖区", prov("a")), Mention("南湖区", prov("c"))),
            code="330402",
        ),
        Entity("place-jiaxing", EntityType.PLACE, "嘉兴市", code="330400"),
        Entity("place-town", EntityType.PLACE, "东城街道", code="331003001"),
        Entity("place-huangyan", EntityType.PLACE, "黄岩区", code="331003"),
        Entity("project-1", EntityType.PROJECT, "新能源项目"),
    )
    amounts = (
        _dated_money("money-1", "a", 300_000_000, measure=Measure.INVESTMENT),
        _dated_money("money-2", "a", 100_000_000, measure=Measure.INVESTMENT),
        _dated_money("money-3", "b", 200_000_000, measure=Measure.INVESTMENT),
        _dated_money("money-4", "c", 50_000_000, measure=Measure.INVESTMENT),
        _dated_money("money-5", "a", 70_000_000, measure=Measure.INVESTMENT),
        _dated_money("money-6", "a", 9_000, measure=Measure.INVESTMENT, currency="USD"),
        _dated_money("money-7", "a", 8_000, measure=Measure.REVENUE),
    )
    relations = (
        Relation("place-zone", Predicate.PART_OF, "place-nanhu", prov("a")),
        Relation("project-1", Predicate.LOCATED_IN, "place-town", prov("b")),
        # the chain link_divisions adds above a linked place
        Relation("place-town", Predicate.PART_OF, "place-huangyan", prov("b")),
        Relation("project-1", Predicate.HAS_INVESTMENT, "money-3", prov("b")),
    )
    events = (
        InvestmentEvent(
            "event-1", "money-1", prov("a"), place="place-zone", period="今年上半年"
        ),
        InvestmentEvent(
            "event-2", "money-2", prov("a"), place="place-nanhu", period="1至6月"
        ),
        InvestmentEvent("event-3", "money-3", prov("b"), period="去年"),
        InvestmentEvent("event-4", "money-4", prov("c"), place="place-nanhu"),
        InvestmentEvent("event-5", "money-5", prov("a"), place="place-jiaxing"),
        InvestmentEvent("event-6", "money-6", prov("a"), place="place-nanhu"),
        InvestmentEvent("event-7", "money-7", prov("a"), place="place-nanhu"),
    )
    return KnowledgeGraph(
        entities=(*places, *amounts),
        relations=relations,
        documents=(
            Document("a", title="甲", date=date(2024, 7, 15)),
            Document("b", title="乙", date=date(2024, 3, 1)),
            Document("c", title="丙", date=date(2022, 5, 5)),
        ),
        events=events,
    )
