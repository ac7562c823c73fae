"""Tests for kgraph.export.readers: read_graph is the inverse of write_graph."""

from __future__ import annotations

import json
import tempfile
import warnings
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgraph.errors import InvalidInputError
from kgraph.export import READ_FORMATS, canonical, read_graph, write_graph
from kgraph.export.names import article_id
from kgraph.types import Document, Entity, EntityType, KnowledgeGraph

# rdflib's JSON-LD parser still calls its deprecated ConjunctiveGraph API
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")

SUFFIXES = sorted(READ_FORMATS)
ROOT = Path(__file__).resolve().parent.parent.parent


def _round_trip(kg: KnowledgeGraph, folder: Path, suffix: str) -> KnowledgeGraph:
    path = folder / ("graph" + suffix)
    write_graph(kg, path)
    return read_graph(path)


def _difference(got: KnowledgeGraph, want: KnowledgeGraph) -> str:
    """What differs, field by field, for the failure message."""
    lines = []
    for name in ("entities", "relations", "documents", "merges", "events"):
        a, b = getattr(got, name), getattr(want, name)
        if a != b:
            lines.append(f"{name}: read {[x for x in a if x not in b][:2]}")
            lines.append(f"{name}: lost {[x for x in b if x not in a][:2]}")
    return "\n".join(lines)


def test_readers_formats_are_the_data_formats_written() -> None:
    from kgraph.export import FORMATS, PICTURE_FORMATS

    written = {s for s, f in FORMATS.items() if f not in PICTURE_FORMATS}
    assert set(READ_FORMATS) == written - {".gexf"}
    assert all(FORMATS[s] == f for s, f in READ_FORMATS.items())


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_readers_small_kg_round_trips(
    small_kg: KnowledgeGraph, tmp_path: Path, suffix: str
) -> None:
    got = _round_trip(small_kg, tmp_path, suffix)
    assert got == canonical(small_kg), _difference(got, canonical(small_kg))


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_readers_rich_kg_round_trips(
    rich_kg: KnowledgeGraph, tmp_path: Path, suffix: str
) -> None:
    got = _round_trip(rich_kg, tmp_path, suffix)
    assert got == canonical(rich_kg), _difference(got, canonical(rich_kg))


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_readers_canonical_graph_comes_back_exactly(
    rich_kg: KnowledgeGraph, tmp_path: Path, suffix: str
) -> None:
    kg = canonical(rich_kg)
    assert _round_trip(kg, tmp_path, suffix) == kg


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_readers_document_without_article_entity_stays_a_document(
    tmp_path: Path, suffix: str
) -> None:
    doc = Document("a1", title="标题")
    bare = KnowledgeGraph(documents=(doc,))
    article = Entity(article_id("a1"), EntityType.ARTICLE, "标题")
    with_entity = KnowledgeGraph(entities=(article,), documents=(doc,))
    assert _round_trip(bare, tmp_path, suffix) == bare
    assert _round_trip(with_entity, tmp_path, suffix) == with_entity


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_readers_empty_graph_round_trips(tmp_path: Path, suffix: str) -> None:
    assert _round_trip(KnowledgeGraph(), tmp_path, suffix) == KnowledgeGraph()


@pytest.mark.parametrize("suffix", [".graphml", ".json"])
def test_readers_alias_holding_the_separator_comes_back(
    tmp_path: Path, suffix: str
) -> None:
    ent = Entity("org-1", EntityType.ORG, "华为", aliases=("A|B", "C"))
    kg = KnowledgeGraph(entities=(ent,))
    assert _round_trip(kg, tmp_path, suffix).entities[0].aliases == ("A|B", "C")


@pytest.mark.parametrize("suffix", [s for s in SUFFIXES if s != ".graphml"])
def test_readers_carriage_returns_come_back(tmp_path: Path, suffix: str) -> None:
    kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华\r\n为\r"),))
    assert _round_trip(kg, tmp_path, suffix) == kg


def test_readers_graphml_carriage_return_becomes_a_line_break(tmp_path: Path) -> None:
    kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华\r\n为\r"),))
    assert _round_trip(kg, tmp_path, ".graphml").entities[0].label == "华\n为\n"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), suffix=st.sampled_from(SUFFIXES))
def test_readers_any_graph_round_trips(
    kg_strategy: st.SearchStrategy[KnowledgeGraph], data: st.DataObject, suffix: str
) -> None:
    kg = data.draw(kg_strategy)
    with tempfile.TemporaryDirectory() as folder:
        got = _round_trip(kg, Path(folder), suffix)
    assert got == canonical(kg), _difference(got, canonical(kg))


# -- a real corpus: five documents built by the pipeline ---------------------


@pytest.fixture(scope="module")
def corpus_kg(nlp_lac) -> KnowledgeGraph:  # type: ignore[no-untyped-def]
    """The graph of tests/data/corpus plus the sample article cut in two."""
    import kgraph

    corpus = sorted((ROOT / "tests" / "data" / "corpus").glob("*.txt"))
    docs = [(p.stem, p.read_text(encoding="utf-8")) for p in corpus]
    sample = (ROOT / "examples" / "a1_xiangjiadang.txt").read_text(encoding="utf-8")
    paragraphs = sample.split("\n\n")
    half = len(paragraphs) // 2
    docs.append(("a1-0", "\n\n".join(paragraphs[:half])))
    docs.append(("a1-1", "\n\n".join(paragraphs[half:])))
    return kgraph.build(docs, nlp=nlp_lac)


@pytest.mark.slow
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_readers_built_corpus_round_trips(
    corpus_kg: KnowledgeGraph, tmp_path: Path, suffix: str
) -> None:
    assert len(corpus_kg.documents) == 5 and corpus_kg.events and corpus_kg.merges
    got = _round_trip(corpus_kg, tmp_path, suffix)
    assert got == canonical(corpus_kg), _difference(got, canonical(corpus_kg))


# -- bad input: one line naming the file and what is missing -------------------


def _one_line_error(path: Path, **options: str) -> str:
    with pytest.raises(InvalidInputError) as info:
        read_graph(path, **options)
    message = str(info.value)
    assert "\n" not in message, message
    assert str(path) in message, message
    return message


_FOREIGN_TURTLE = """@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<http://example.org/alice> a foaf:Person ; foaf:name "Alice" .
"""


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".trig", ".nq"])
def test_readers_foreign_rdf_is_refused(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / ("foreign" + suffix)
    if suffix == ".ttl":
        path.write_text(_FOREIGN_TURTLE, encoding="utf-8")
    else:
        path.write_text(
            "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n"
        )
    assert "not a kgraph graph" in _one_line_error(path)


def test_readers_foreign_json_ld_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "foreign.jsonld"
    path.write_text(
        json.dumps({"@id": "http://example.org/a", "http://example.org/b": "c"}),
        encoding="utf-8",
    )
    assert "not a kgraph graph" in _one_line_error(path)


def test_readers_rdf_syntax_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    assert "not valid turtle" in _one_line_error(path)


def test_readers_statement_missing_a_property_is_named(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    path = tmp_path / "graph.nt"
    write_graph(small_kg, path)
    kept = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if "stmt-" not in line.split(" ", 1)[0] or "#docId>" not in line
    ]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    message = _one_line_error(path)
    assert "stmt-" in message and "docId" in message, message


def test_readers_other_base_is_named(small_kg: KnowledgeGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    write_graph(small_kg, path)
    assert "base=" in _one_line_error(path, base="urn:other:")


@pytest.mark.parametrize(
    "data",
    [
        {"rows": [1, 2]},
        [1, 2, 3],
        {"nodes": [{"id": "a"}], "edges": []},
        {"nodes": [{"id": "a", "type": "CITY", "label": "x"}], "edges": []},
        {"nodes": [], "edges": [{"source": "a", "target": "b"}]},
        {"nodes": [{"id": "a", "type": "ORG", "label": "x", "mentions": 2}]},
    ],
    ids=["no-nodes", "a-list", "untyped-node", "unknown-type", "bare-edge", "counts"],
)
def test_readers_foreign_json_is_refused(tmp_path: Path, data: object) -> None:
    path = tmp_path / "foreign.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    _one_line_error(path)


def test_readers_json_that_is_no_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{nodes: [", encoding="utf-8")
    assert "not JSON" in _one_line_error(path)


def test_readers_foreign_graphml_is_refused(tmp_path: Path) -> None:
    import networkx as nx

    path = tmp_path / "foreign.graphml"
    nx.write_graphml(nx.path_graph(3), path)
    _one_line_error(path)


def test_readers_xml_that_is_no_graphml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.graphml"
    path.write_text("<graphml><graph>", encoding="utf-8")
    assert "not GraphML" in _one_line_error(path)


@pytest.mark.parametrize("name", ["graph.gexf", "graph.xlsx", "graph"])
def test_readers_format_not_read_back_is_named(tmp_path: Path, name: str) -> None:
    message = _one_line_error(tmp_path / name)
    assert ".trig" in message, message


def test_readers_missing_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "missing.ttl"
    with pytest.raises(FileNotFoundError, match=r"missing\.ttl"):
        read_graph(path)


def test_readers_unknown_format_name_is_refused(tmp_path: Path) -> None:
    assert "reads back" in _one_line_error(tmp_path / "g.ttl", format="gexf")


def test_readers_node_link_keeps_the_scorer_contract(
    rich_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    path = tmp_path / "graph.json"
    write_graph(rich_kg, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    by_id = {n["id"]: n for n in data["nodes"]}
    for ent in rich_kg.entities:
        node = by_id[ent.id]
        assert node["mentions"] == len(ent.mentions) == len(node["mention_spans"])
        assert {"id", "label", "type"} <= node.keys()
    assert all({"source", "target", "relation"} <= e.keys() for e in data["edges"])


def test_readers_graphml_with_xml_illegal_text_warns_and_differs(
    tmp_path: Path,
) -> None:
    kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华\x01为"),))
    path = tmp_path / "graph.graphml"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        write_graph(kg, path)
    assert caught
    assert read_graph(path) == KnowledgeGraph(
        entities=(replace(kg.entities[0], label="华\ufffd为"),)
    )
