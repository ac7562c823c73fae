"""Tests for kgraph.extract.zones: zones named after the place they lie in."""

from __future__ import annotations

import pytest

from kgraph.extract.zones import find_zones, zone_heads


def _words(tagged: str) -> tuple[str, list[tuple[int, int, str]]]:
    words, pos, text = [], 0, ""
    for item in tagged.split():
        word, _, tag = item.rpartition("/")
        words.append((pos, pos + len(word), tag))
        text += word
        pos += len(word)
    return text, words


def _zones(tagged: str) -> list[str]:
    text, words = _words(tagged)
    spans = [(s, e, "PLACE") for s, e, tag in words if tag == "LOC"]
    return [text[s:e] for s, e, _ in find_zones(text, words, spans)]


@pytest.mark.parametrize(
    ("tagged", "zone"),
    [
        ("项目/n 落户/v 云溪县/LOC 纺织/n 基地/n ,/w", "云溪县纺织基地"),
        ("在/p 青禾市/LOC 游艇/n 小镇/n ,/w", "青禾市游艇小镇"),
        (
            "落户/v 青禾高新技术产业开发区/LOC 站/v 北/f 片区/n 。/w",
            "青禾高新技术产业开发区站北片区",
        ),
        (
            "于/p 青禾高新技术产业开发区石/LOC 坝化工园/v 内/f",
            "青禾高新技术产业开发区石坝化工园",
        ),
        ("青禾市/LOC 云溪区/LOC 工业园区/LOC 举行/v", "青禾市云溪区工业园区"),
        ("仪式/n 在/p 松岚科技/n 产业/n 基地/n 举行/v", "松岚科技产业基地"),
    ],
)
def test_zone_found(tagged: str, zone: str) -> None:
    assert _zones(tagged) == [zone]


@pytest.mark.parametrize(
    "tagged",
    [
        "建设/v 一批/m 产业/n 基地/n 。/w",  # a bare zone word
        "在/p 云溪县/LOC 建设/v 基地/n 。/w",  # a verb is no descriptor
        "云溪县/LOC 松岚/LOC 小镇/n 。/w",  # a zone with a name of its own
        "云溪县/LOC 纺织/n 产业园/n 项目/n 开工/v",  # the zone opens a project
    ],
)
def test_zone_refused(tagged: str) -> None:
    assert _zones(tagged) == []


def test_zone_heads_and_links(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    text = "项目落户嘉兴市南湖区纺织基地。"
    doc = nlp_zh.make_doc(text)
    zone = doc.char_span(4, 14, "PLACE")
    places, links = zone_heads(doc, [zone])
    assert [p.text for p in places] == ["嘉兴市", "南湖区"]
    assert {(text[slice(*r.subject)], text[slice(*r.object)]) for r in links} == {
        ("南湖区", "嘉兴市"),
        ("嘉兴市南湖区纺织基地", "南湖区"),
    }


def test_zone_heads_of_a_park(nlp_zh) -> None:  # type: ignore[no-untyped-def]
    text = "落户青禾经济技术开发区东片区。"
    doc = nlp_zh.make_doc(text)
    places, links = zone_heads(doc, [doc.char_span(2, 14, "PLACE")])
    assert [p.text for p in places] == ["青禾经济技术开发区"]
    assert len(links) == 1
