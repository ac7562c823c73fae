"""Tests for kgraph.viz.html: a self-contained page, checked in headless Chromium."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kgraph.errors import MissingDependencyError
from kgraph.types import Entity, EntityType, KnowledgeGraph
from kgraph.viz.html import NetworkPage, show, to_html, write_html
from kgraph.viz.style import TYPE_COLOURS

pytest.importorskip("pyvis")

CHROMIUM = shutil.which("chromium")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)


class _Resources(HTMLParser):
    """Collects every attribute that could make a browser fetch something."""

    def __init__(self) -> None:
        super().__init__()
        self.fetches: list[tuple[str, str, str]] = []
        self.csp: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("src", "href", "srcset", "data", "poster", "action"):
            if values.get(name):
                self.fetches.append((tag, name, values[name] or ""))
        if tag == "meta" and values.get("http-equiv") == "Content-Security-Policy":
            self.csp = values.get("content")


def _page_data(page: str) -> dict[str, object]:
    match = re.search(r"^const DATA = (.*);$", page, flags=re.MULTILINE)
    assert match is not None
    data: dict[str, object] = json.loads(match.group(1))
    return data


def test_html_page_loads_nothing_from_the_network(small_kg: KnowledgeGraph) -> None:
    page = to_html(small_kg)
    parser = _Resources()
    parser.feed(page)
    assert parser.fetches == []
    assert parser.csp is not None and "default-src 'none'" in parser.csp
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", page)


def test_html_page_inlines_vis_network(small_kg: KnowledgeGraph) -> None:
    page = to_html(small_kg, embed_font=False)
    assert "@version 9.1.2" in page
    assert "new vis.Network(" in page


def test_html_nodes_coloured_by_type_sized_by_mentions(
    small_kg: KnowledgeGraph,
) -> None:
    nodes = {
        n["id"]: n for n in _page_data(to_html(small_kg, embed_font=False))["nodes"]
    }
    area = next(e for e in small_kg.entities if e.label == "湘家荡区域")  # 2 mentions
    city = next(e for e in small_kg.entities if e.label == "嘉兴市")  # 1 mention
    assert nodes[area.id]["color"] == TYPE_COLOURS[EntityType.PLACE]
    assert nodes[area.id]["type"] == "PLACE"
    assert nodes[area.id]["size"] > nodes[city.id]["size"]
    assert "aliases: 七星街道" in nodes[area.id]["title"]


def test_html_edges_carry_relation_and_evidence(small_kg: KnowledgeGraph) -> None:
    edges = _page_data(to_html(small_kg, embed_font=False))["edges"]
    works_for = next(e for e in edges if e["relation"] == "works_for")
    assert works_for["label"] == "works_for (负责人)"
    assert "万托科技(嘉兴)有限公司负责人陈学金期待满满。" in works_for["title"]
    assert len(edges) == len(small_kg.relations)


def test_html_filters_list_types_and_relations(small_kg: KnowledgeGraph) -> None:
    data = _page_data(to_html(small_kg, embed_font=False))
    assert [t["name"] for t in data["types"]] == [
        "PERSON",
        "ORG",
        "PLACE",
        "MONEY",
        "PROJECT",
        "ARTICLE",
    ]
    assert {r["name"]: r["count"] for r in data["relations"]}["part_of"] == 2


def test_html_labels_cannot_close_the_script() -> None:
    evil = "</script><script>alert(1)</script>"
    kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, evil),))
    page = to_html(kg, title=evil, embed_font=False)
    assert evil not in page
    assert _page_data(page)["title"] == evil


def test_html_embeds_the_cjk_font_subset(small_kg: KnowledgeGraph) -> None:
    page = to_html(small_kg)
    assert "@font-face { font-family: kgraph-cjk;" in page
    assert _page_data(page)["font_embedded"] is True
    assert "@font-face" not in to_html(small_kg, embed_font=False)


def test_html_page_is_the_same_at_any_date(
    small_kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1000000000")  # the embedded font's date
    first = to_html(small_kg)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert to_html(small_kg) == first


def test_html_page_seeds_the_browser_layout(small_kg: KnowledgeGraph) -> None:
    assert "layout: { randomSeed: 1 }" in to_html(small_kg, embed_font=False)


def test_html_write_html_to_a_path_and_a_stream(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    write_html(small_kg, tmp_path / "graph.html", embed_font=False)
    buf = io.BytesIO()
    write_html(small_kg, buf, embed_font=False)
    assert (tmp_path / "graph.html").read_bytes() == buf.getvalue()


def test_html_show_is_an_iframe_in_a_notebook(small_kg: KnowledgeGraph) -> None:
    page = show(small_kg, height="500px", embed_font=False)
    assert isinstance(page, NetworkPage)
    shown = page._repr_html_()
    assert shown.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    assert "height: 500px" in shown
    assert "<script>" not in shown


def test_html_without_pyvis_names_the_extra(
    small_kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyvis", None)
    with pytest.raises(MissingDependencyError, match=r"kgraph-zh\[viz\]"):
        to_html(small_kg)


def _screenshot(page: Path, shot: Path, profile: Path) -> None:
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            "--window-size=1280,900",
            "--virtual-time-budget=15000",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


def _dump_dom(page: Path, profile: Path) -> str:
    """The page's DOM after ten seconds of virtual time in headless Chromium."""
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            "--window-size=1280,900",
            "--virtual-time-budget=10000",
            "--dump-dom",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=180,
    ).stdout


def _share_near(pixels, colour: str) -> float:  # type: ignore[no-untyped-def]
    import numpy as np

    rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    return float((np.abs(pixels[..., :3] - rgb).max(axis=-1) < 0.04).mean())


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_html_page_draws_a_network_in_headless_chromium(
    sample_article_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    image = pytest.importorskip("matplotlib.image")
    page, shot = tmp_path / "graph.html", tmp_path / "shot.png"
    write_html(sample_article_kg, page)
    _screenshot(page, shot, tmp_path / "profile")
    pixels = image.imread(shot)
    assert pixels.shape[:2] == (900, 1280)
    canvas = pixels[200:, :, :3]  # below the heading and the filter boxes
    assert canvas.std() > 0.02, "the network area is blank"
    distinct = {tuple(p) for p in (canvas[::7, ::7] * 255).astype(int).reshape(-1, 3)}
    assert len(distinct) > 50
    # the nodes are drawn in their type colours (legend swatches are above y=200)
    for kind in (EntityType.PLACE, EntityType.ORG, EntityType.PERSON):
        assert _share_near(canvas, TYPE_COLOURS[kind]) > 1e-4, kind


#: run in the page after the layout: hide ARTICLE nodes, hover over works_for
_PROBE = """<script>
setTimeout(() => {
  const box = document.querySelector('input[data-kind="type"][value="ARTICLE"]');
  box.checked = false;
  box.dispatchEvent(new Event("change"));
  const net = window.kgraphNetwork;
  const edge = DATA.edges.find((e) => e.relation === "works_for");
  const a = net.getPosition(edge.from), b = net.getPosition(edge.to);
  const at = net.canvasToDOM({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  const canvas = document.querySelector("#network canvas");
  const r = canvas.getBoundingClientRect();
  const move = { clientX: r.left + at.x, clientY: r.top + at.y, bubbles: true };
  canvas.dispatchEvent(new MouseEvent("mousemove", move));
  document.body.dataset.shown = nodes.get({ filter: (n) => !n.hidden }).length;
}, 3000);
</script>
</body>"""


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_html_filters_and_hover_work_in_headless_chromium(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    page = tmp_path / "probe.html"
    page.write_text(to_html(small_kg).replace("</body>", _PROBE, 1), encoding="utf-8")
    dom = _dump_dom(page, tmp_path / "profile")
    articles = sum(e.type is EntityType.ARTICLE for e in small_kg.entities)
    assert f'data-shown="{len(small_kg.entities) - articles}"' in dom
    tooltip = re.search(r'<div class="vis-tooltip"[^>]*>(.*?)</div>', dom, re.S)
    assert tooltip is not None
    assert "visibility: visible" in tooltip.group(0)
    assert "陈学金 —works_for (负责人)→ 万托科技(嘉兴)有限公司" in tooltip.group(1)
    assert "负责人陈学金期待满满。" in tooltip.group(1)


def test_html_a_corpus_page_leaves_out_isolated_nodes(small_kg: KnowledgeGraph) -> None:
    """Past ISOLATED_LIMIT entities the unlinked ones would ring the network."""
    from kgraph.viz.html import ISOLATED_LIMIT

    lonely = tuple(
        Entity(f"org-{i}", EntityType.ORG, f"孤立公司{i}")
        for i in range(ISOLATED_LIMIT)
    )
    big = KnowledgeGraph(
        entities=small_kg.entities + lonely,
        relations=small_kg.relations,
        documents=small_kg.documents,
    )

    def labels(page: str) -> set[str]:
        return {str(n["label"]) for n in _page_data(page)["nodes"]}  # type: ignore[attr-defined,index]

    shown = labels(to_html(big, embed_font=False))
    assert "孤立公司0" not in shown and "南湖实验室" in shown
    assert "孤立公司0" in labels(to_html(big, embed_font=False, hide_isolated=False))
    small = labels(to_html(small_kg, embed_font=False))
    assert small == labels(to_html(small_kg, embed_font=False, hide_isolated=False))


#: run in the page after the layout: search for a name, then group by article
_TOOLS_PROBE = """<script>
setTimeout(() => {
  const search = document.getElementById("search");
  search.value = "万托";
  search.dispatchEvent(new Event("input"));
  document.body.dataset.selected = window.kgraphNetwork.getSelectedNodes().join(",");
  const group = document.getElementById("cluster");
  group.value = "article";
  group.dispatchEvent(new Event("change"));
  document.body.dataset.grouped = window.kgraphNetwork.body.nodeIndices.length;
  document.body.dataset.groups = document.body.dataset.clusters;
  group.value = "";
  group.dispatchEvent(new Event("change"));
  document.body.dataset.opened = window.kgraphNetwork.body.nodeIndices.length;
}, 3000);
</script>
</body>"""


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_html_search_and_groups_work_in_headless_chromium(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    page = tmp_path / "tools.html"
    page.write_text(
        to_html(small_kg).replace("</body>", _TOOLS_PROBE, 1), encoding="utf-8"
    )
    dom = _dump_dom(page, tmp_path / "profile")
    wanted = [e.id for e in small_kg.entities if "万托" in e.label]
    assert wanted
    assert f'data-found="{len(wanted)}"' in dom
    assert f'data-selected="{",".join(wanted)}"' in dom
    grouped = int(re.search(r'data-grouped="(\d+)"', dom).group(1))  # type: ignore[union-attr]
    opened = int(re.search(r'data-opened="(\d+)"', dom).group(1))  # type: ignore[union-attr]
    assert opened == len(small_kg.entities)
    assert grouped < opened  # each article's entities became one group node
    assert re.search(r'data-groups="[1-9]', dom)
    assert 'data-clusters="0"' in dom  # none left once "no grouping" is chosen


#: run in the page: hide one type, group by article, then search a grouped name
_FILTERED_GROUPS_PROBE = """<script>
setTimeout(() => {
  const net = window.kgraphNetwork;
  const box = document.querySelector('input[data-kind="type"][value="MONEY"]');
  box.checked = false;
  box.dispatchEvent(new Event("change"));
  const group = document.getElementById("cluster");
  group.value = "article";
  group.dispatchEvent(new Event("change"));
  const members = [].concat(...clusterIds.map((id) => net.getNodesInCluster(id)));
  document.body.dataset.members = members.length;
  document.body.dataset.hiddenMembers = members.filter((id) => !isShown(id)).length;
  const search = document.getElementById("search");
  search.value = "万托";
  search.dispatchEvent(new Event("input"));
  document.body.dataset.selected = net.getSelectedNodes().join(",");
}, 3000);
</script>
</body>"""


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_html_groups_hold_only_what_the_filters_show(
    small_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    page = tmp_path / "groups.html"
    page.write_text(
        to_html(small_kg).replace("</body>", _FILTERED_GROUPS_PROBE, 1),
        encoding="utf-8",
    )
    dom = _dump_dom(page, tmp_path / "profile")
    assert any(e.type is EntityType.MONEY for e in small_kg.entities)
    members = int(re.search(r'data-members="(\d+)"', dom).group(1))  # type: ignore[union-attr]
    assert members > 0
    assert 'data-hidden-members="0"' in dom  # no hidden MONEY node in a group
    # the name found inside a group: the group is selected, the count says so
    assert 'data-found-grouped="1"' in dom
    assert re.search(r'data-selected="cluster:article:[^",]+"', dom)


def test_html_nodes_carry_their_search_text_and_groups(
    dated_kg: KnowledgeGraph,
) -> None:
    data = _page_data(to_html(dated_kg, embed_font=False))
    by_id = {n["id"]: n for n in data["nodes"]}  # type: ignore[union-attr]
    assert by_id["place-zone"]["place"] == "嘉兴市"  # part_of 南湖区
    assert by_id["project-1"]["place"] == "台州市"
    assert by_id["money-1"]["article"] == "a"
    assert by_id["place-zone"]["search"] == "湘家荡区域"
    assert data["titles"] == {"a": "甲", "b": "乙", "c": "丙"}
