"""One look for every picture: colour by entity type, size by mentions, short labels."""

from __future__ import annotations

import math
from types import MappingProxyType
from typing import Any

from kgraph._optional import import_optional
from kgraph.types import Entity, EntityType, KnowledgeGraph, Relation

__all__ = [
    "EDGE_COLOUR",
    "TYPE_COLOURS",
    "draw_legend",
    "edge_caption",
    "entity_caption",
    "node_weight",
    "relation_caption",
    "short_label",
]

#: node colour of each entity type (Tableau 10: distinct, readable on white)
TYPE_COLOURS = MappingProxyType(
    {
        EntityType.PERSON: "#e15759",
        EntityType.ORG: "#4e79a7",
        EntityType.PLACE: "#59a14f",
        EntityType.MONEY: "#edc948",
        EntityType.PROJECT: "#b07aa1",
        EntityType.ARTICLE: "#9c9c9c",
    }
)
#: colour of edges and their relation labels
EDGE_COLOUR = "#8c8c8c"


def short_label(label: str, *, limit: int = 14) -> str:
    """Return ``label`` cut to ``limit`` characters, with an ellipsis if cut.

    Examples
    --------
    >>> short_label("南湖实验室")
    '南湖实验室'
    >>> short_label("嘉兴市南湖区湘家荡区域(七星街道): 建创新平台", limit=8)
    '嘉兴市南湖区湘…'
    """
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1] + "…"


def node_weight(entity: Entity) -> float:
    """Return ``sqrt(mentions)``, at least 1: what node sizes grow with.

    Examples
    --------
    >>> node_weight(Entity("org-1", EntityType.ORG, "华为"))
    1.0
    """
    return math.sqrt(max(1, len(entity.mentions)))


def relation_caption(relation: Relation) -> str:
    """Return the edge label: the relation, with its role if it has one.

    Examples
    --------
    >>> from kgraph.types import Predicate, Provenance
    >>> prov = Provenance("a1", 0, 5)
    >>> relation_caption(Relation("p", Predicate.WORKS_FOR, "o", prov, role="负责人"))
    'works_for (负责人)'
    """
    role = f" ({relation.role})" if relation.role else ""
    return f"{relation.predicate.value}{role}"


def entity_caption(entity: Entity) -> str:
    """Return the hover text of a node: label, type, aliases, mentions, amount.

    Examples
    --------
    >>> print(entity_caption(Entity("place-1", EntityType.PLACE, "湘家荡区域",
    ...                             aliases=("七星街道",))))
    湘家荡区域
    PLACE · 0 mentions
    aliases: 七星街道
    """
    plural = "" if len(entity.mentions) == 1 else "s"
    lines = [
        entity.label,
        f"{entity.type.value} · {len(entity.mentions)} mention{plural}",
    ]
    if entity.aliases:
        lines.append("aliases: " + "、".join(entity.aliases))
    if entity.money is not None:
        money = entity.money
        amount = f"{money.value:,f}"
        if money.value_max is not None:
            amount += f" – {money.value_max:,f}"
        lines.append(f"{amount} {money.currency} ({money.qualifier.value})")
    return "\n".join(lines)


def edge_caption(kg: KnowledgeGraph, relation: Relation) -> str:
    """Return the hover text of an edge: who, how, and the evidence sentence.

    Examples
    --------
    >>> from kgraph.types import Predicate, Provenance
    >>> org = Entity("org-1", EntityType.ORG, "华为")
    >>> city = Entity("place-1", EntityType.PLACE, "深圳市")
    >>> prov = Provenance("a1", 0, 9, sentence="华为位于深圳市。")
    >>> rel = Relation("org-1", Predicate.LOCATED_IN, "place-1", prov)
    >>> kg = KnowledgeGraph(entities=(org, city), relations=(rel,))
    >>> print(edge_caption(kg, rel))
    华为 —located_in→ 深圳市
    华为位于深圳市。
    [a1, characters 0–9, confidence 1.00]
    """
    prov = relation.provenance
    head = (
        f"{kg.entity(relation.subject).label} —{relation_caption(relation)}→ "
        f"{kg.entity(relation.object).label}"
    )
    where = (
        f"[{prov.doc_id}, characters {prov.start}–{prov.end}, "
        f"confidence {relation.confidence:.2f}]"
    )
    return "\n".join(line for line in (head, prov.sentence.strip(), where) if line)


def draw_legend(ax: Any, kg: KnowledgeGraph, font: Any) -> None:
    """The legend of the entity types ``kg`` holds, in one row below ``ax``."""
    lines = import_optional("matplotlib.lines", purpose="the static figure")
    present = {ent.type for ent in kg.entities}
    handles = [
        lines.Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=8,
            markerfacecolor=TYPE_COLOURS[t],
            markeredgecolor="white",
            label=t.value,
        )
        for t in EntityType
        if t in present
    ]
    if handles:
        ax.legend(  # below the drawing, in one row: never over a node
            handles=handles,
            prop=font,
            loc="upper center",
            bbox_to_anchor=(0.5, 0.0),
            ncols=len(handles),
            frameon=False,
            fontsize=8,
        )
