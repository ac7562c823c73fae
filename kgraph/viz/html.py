"""An interactive network page (vis-network) that works offline: `to_html`, `show`.

pyvis 0.3.2 can inline vis-network (``cdn_resources="in_line"``), but its page
template still loads Bootstrap from a CDN in every mode, so kgraph writes its own
page around the vis-network build that ships inside the pyvis wheel. The page
carries a Content-Security-Policy that forbids any network load, and a subset of
the CJK font (`kgraph.viz.fonts`) so that Chinese labels render on machines
without one.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from typing import Any, BinaryIO

from kgraph._optional import import_optional
from kgraph.export.names import article_id
from kgraph.export.serialize import _write_bytes
from kgraph.link.areas import CITY, areas_at_level
from kgraph.types import Entity, EntityType, KnowledgeGraph, Predicate
from kgraph.viz.fonts import font_face_css
from kgraph.viz.style import (
    EDGE_COLOUR,
    TYPE_COLOURS,
    edge_caption,
    entity_caption,
    node_weight,
    relation_caption,
    short_label,
)

__all__ = ["ISOLATED_LIMIT", "NetworkPage", "show", "to_html", "write_html"]

#: where vis-network lies inside the pyvis package
_VIS_DIR = ("templates", "lib", "vis-9.1.2")
_FONT_FAMILY = "kgraph-cjk"
#: past this many entities the page leaves out those with no relation
ISOLATED_LIMIT = 150
#: canvas font stack: the embedded subset, then common system CJK fonts
_FONT_STACK = (
    f'{_FONT_FAMILY}, "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", '
    '"Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif'
)
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


@dataclass(frozen=True, slots=True, repr=False)
class NetworkPage:
    """A written network page; a notebook shows it in an iframe.

    Examples
    --------
    >>> page = NetworkPage("<!DOCTYPE html><p>hi</p>", height="300px")
    >>> page._repr_html_().startswith("<iframe srcdoc="), page
    (True, NetworkPage(<24 characters of HTML>, height='300px'))
    """

    html: str
    height: str = "640px"

    def __repr__(self) -> str:
        size = f"<{len(self.html)} characters of HTML>"
        return f"NetworkPage({size}, height={self.height!r})"

    def _repr_html_(self) -> str:
        """The page inside an iframe, so its scripts and styles stay apart."""
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" '
            f'style="width: 100%; height: {html.escape(self.height)}; border: 0" '
            'sandbox="allow-scripts"></iframe>'
        )

    def __str__(self) -> str:
        return self.html

    def save(self, dest: str | os.PathLike[str] | BinaryIO) -> None:
        """Write the page to ``dest`` (a path, or a stream opened ``"wb"``) as UTF-8."""
        _write_bytes(dest, self.html.encode("utf-8"))


def _vis_assets() -> tuple[str, str]:
    """The JavaScript and CSS of vis-network, read from the pyvis package."""
    pyvis = import_optional("pyvis", purpose="interactive pages")
    folder = resources.files(pyvis).joinpath(*_VIS_DIR)
    js = folder.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = folder.joinpath("vis-network.css").read_text(encoding="utf-8")
    return js, css


def _cities(kg: KnowledgeGraph) -> dict[str, str]:
    """Entity id -> the prefecture-level city it lies in, else its neighbours' most."""
    placed = {
        k: d.name
        for k, d in areas_at_level(kg, (e.id for e in kg.entities), CITY).items()
    }
    near: dict[str, Counter[str]] = {}
    for rel in kg.relations:
        for one, other in ((rel.subject, rel.object), (rel.object, rel.subject)):
            if one not in placed and other in placed:
                near.setdefault(one, Counter())[placed[other]] += 1
    for entity_id, counts in near.items():  # a person, by the place of the employer
        placed[entity_id] = min(counts, key=lambda c: (-counts[c], c))
    return placed


def _main_document(ent: Entity) -> str | None:
    """The document that mentions ``ent`` most (the first of a tie): its group."""
    counts = Counter(m.provenance.doc_id for m in ent.mentions)
    return max(counts, key=counts.__getitem__) if counts else None


def _page_data(kg: KnowledgeGraph, title: str) -> dict[str, Any]:
    """Nodes, edges and filter groups, in the shape vis-network and the page read."""
    degree: Counter[str] = Counter()
    for rel in kg.relations:
        degree[rel.subject] += 1
        degree[rel.object] += 1
    cities = _cities(kg)
    articles = {article_id(d.doc_id): d.doc_id for d in kg.documents}
    nodes = [
        {
            "id": ent.id,
            "label": short_label(ent.label),
            "title": entity_caption(ent),
            "type": ent.type.value,
            "color": TYPE_COLOURS[ent.type],
            "size": round(8 + 6 * node_weight(ent), 1),
            "mass": 1 + degree[ent.id] / 2,
            "search": " ".join((ent.label, *ent.aliases)),  # the search box reads it
            "place": cities.get(ent.id),  # the groups of the page
            "article": articles.get(ent.id) or _main_document(ent),
        }
        for ent in kg.entities
    ]
    edges = [
        {
            "id": f"e{number}",
            "from": rel.subject,
            "to": rel.object,
            "label": relation_caption(rel),
            "title": edge_caption(kg, rel),
            "relation": rel.predicate.value,
        }
        for number, rel in enumerate(kg.relations)
    ]
    types = Counter(ent.type for ent in kg.entities)
    relations = Counter(rel.predicate for rel in kg.relations)
    return {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "types": [
            {"name": t.value, "colour": TYPE_COLOURS[t], "count": types[t]}
            for t in EntityType
            if types[t]
        ],
        "relations": [
            {"name": p.value, "count": relations[p]} for p in Predicate if relations[p]
        ],
        "edge_colour": EDGE_COLOUR,
        "font": _FONT_STACK,
        "titles": {d.doc_id: short_label(d.title or d.doc_id) for d in kg.documents},
    }


def _script_json(data: dict[str, Any]) -> str:
    """JSON that is safe inside ``<script>``: no ``<``, no JS line separators."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return (
        text.replace("<", "\\u003c")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _default_title(kg: KnowledgeGraph) -> str:
    titles = [doc.title or doc.doc_id for doc in kg.documents]
    if len(titles) == 1:
        return titles[0]
    return f"{len(titles)} documents" if titles else "knowledge graph"


def to_html(
    kg: KnowledgeGraph,
    *,
    title: str | None = None,
    embed_font: bool = True,
    hide_isolated: bool | None = None,
) -> str:
    """Return a self-contained HTML page drawing ``kg`` as an interactive network.

    Nodes are coloured by type and sized by mentions; edges are labelled by
    relation; hovering shows a node's aliases and amount, or an edge's evidence
    sentence with its document and offsets. Check boxes filter by entity type
    and by relation. The page loads nothing from the network: vis-network is
    inlined and a Content-Security-Policy forbids any other load.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to draw; it is not modified.
    title : str, optional
        The page's heading; by default the document's title (or the number of
        documents).
    embed_font : bool
        Embed the CJK font (`kgraph.viz.fonts.find_cjk_font`), cut down to the
        characters the page uses (~100 KB), so Chinese renders on machines with
        no CJK font. Without it the reader's system fonts are used.
    hide_isolated : bool, optional
        Leave out the entities with no relation; by default done for a graph of
        more than `ISOLATED_LIMIT` entities, where they would ring the network.
        (`kgraph.export.views.subgraph` keeps any other part.)

    Returns
    -------
    str
        The page, about 700 KB (vis-network is most of it).

    Raises
    ------
    MissingDependencyError
        If pyvis, which carries the vis-network files, is not installed.

    Examples
    --------
    >>> from kgraph.types import Entity
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> page = to_html(kg, title="示例", embed_font=False)
    >>> "<title>示例</title>" in page, '"label": "华为"' in page
    (True, True)
    """
    title = _default_title(kg) if title is None else title
    if hide_isolated or (hide_isolated is None and len(kg.entities) > ISOLATED_LIMIT):
        kg = kg.subgraph(min_degree=1)
    data = _page_data(kg, title)
    font_face = ""
    if embed_font:
        text = (
            title
            + "".join(n["label"] + n["title"] for n in data["nodes"])
            + "".join(e["label"] + e["title"] for e in data["edges"])
            + "".join(data["titles"].values())  # the labels of the groups
            + "".join(n["place"] or "" for n in data["nodes"])
        )
        font_face = font_face_css(text, family=_FONT_FAMILY)
        data["font_sample"] = "".join(sorted({c for c in text if ord(c) > 0x2E80}))[:50]
    data["font_embedded"] = bool(font_face)
    js, css = _vis_assets()
    values = {
        "title": html.escape(title),
        "vis_css": css,
        "vis_js": js,
        "font_face": font_face,
        "data": _script_json(data),
    }
    template = resources.files("kgraph.viz").joinpath("network.html")
    page = template.read_text(encoding="utf-8")
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], page)


def write_html(
    kg: KnowledgeGraph,
    dest: str | os.PathLike[str] | BinaryIO,
    *,
    title: str | None = None,
    embed_font: bool = True,
    hide_isolated: bool | None = None,
) -> None:
    """Write `to_html` of ``kg`` to ``dest`` (a path, or a stream opened ``"wb"``).

    Examples
    --------
    >>> import io
    >>> from kgraph.types import Entity
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> buf = io.BytesIO()
    >>> write_html(kg, buf, embed_font=False)
    >>> buf.getvalue().startswith(b"<!DOCTYPE html>")
    True
    """
    page = to_html(kg, title=title, embed_font=embed_font, hide_isolated=hide_isolated)
    _write_bytes(dest, page.encode("utf-8"))


def show(
    kg: KnowledgeGraph,
    *,
    title: str | None = None,
    height: str = "640px",
    embed_font: bool = True,
    hide_isolated: bool | None = None,
) -> NetworkPage:
    """Return the network page of ``kg``; in a notebook it is drawn inline.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to draw.
    title : str, optional
        The heading (see `to_html`).
    height : str
        The CSS height of the notebook frame.
    embed_font, hide_isolated
        See `to_html`.

    Returns
    -------
    NetworkPage
        ``.html`` is the page, ``.save(path)`` writes it.

    Examples
    --------
    >>> from kgraph.types import Entity
    >>> kg = KnowledgeGraph(entities=(Entity("org-1", EntityType.ORG, "华为"),))
    >>> show(kg, embed_font=False).height
    '640px'
    """
    page = to_html(kg, title=title, embed_font=embed_font, hide_isolated=hide_isolated)
    return NetworkPage(page, height=height)
