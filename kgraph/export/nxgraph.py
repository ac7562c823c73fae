"""Export a KnowledgeGraph to a networkx MultiDiGraph."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kgraph.export.rdf import statement_id
from kgraph.link.periods import fact_intervals
from kgraph.types import Entity, KnowledgeGraph, Relation

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ALIAS_SEPARATOR", "to_networkx"]

#: Separator of the list values (aliases, merges) joined into one string by
#: ``to_networkx(kg, flat=True)``, as GraphML and GEXF hold scalars only.
ALIAS_SEPARATOR = "|"


def _node_attrs(ent: Entity) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "label": ent.label,
        "type": ent.type.value,
        "aliases": list(ent.aliases),
        "mentions": len(ent.mentions),
    }
    if ent.money is not None:
        money = ent.money
        attrs["value"] = float(money.value)
        attrs["value_decimal"] = format(money.value, "f")
        attrs["currency"] = money.currency
        attrs["qualifier"] = money.qualifier.value
        attrs["value_max"] = None if money.value_max is None else float(money.value_max)
        attrs["measure"] = None if money.measure is None else money.measure.value
        attrs["period"] = money.period
    if ent.code is not None:
        attrs["code"] = ent.code
    return attrs


def _edge_attrs(rel: Relation) -> dict[str, Any]:
    p = rel.provenance
    return {
        "relation": rel.predicate.value,
        "evidence": p.sentence,
        "doc_id": p.doc_id,
        "start": p.start,
        "end": p.end,
        "confidence": rel.confidence,
        "role": rel.role,
        "extractor": p.extractor,
    }


def to_networkx(kg: KnowledgeGraph, *, flat: bool = False) -> nx.MultiDiGraph:
    """Convert ``kg`` to a ``networkx.MultiDiGraph`` keyed by entity id.

    Nodes carry ``label``, ``type`` (an `EntityType` value such as ``"ORG"``),
    ``aliases`` (list) and ``mentions`` (count); MONEY nodes also carry
    ``value`` (float, in yuan), ``value_decimal`` (exact, as a string),
    ``currency``, ``qualifier``, ``value_max`` (float or None), ``measure`` (a
    `Measure` value such as ``"revenue"``) and ``period`` (the text's phrase,
    with ``period_start`` and ``period_end``, ISO dates, where
    `kgraph.link.periods` normalised it; None for an open end); places linked
    to an official division carry its ``code`` (GB/T 2260). Edges run
    subject to object, are keyed by `statement_id` (``-2``, ``-3`` … appended if
    two relations share one) and carry ``relation`` (a `Predicate` value such
    as ``"located_in"``), ``evidence``, ``doc_id``, ``start``, ``end``,
    ``confidence``, ``role`` (None when absent) and ``extractor``.

    Nodes that absorbed others in entity resolution list them in
    ``merged_from`` (name, rule and evidence). Each investment event is a node
    of type ``INVESTMENT_EVENT`` (``status``, ``period`` and its dates,
    ``evidence``) with edges ``amount``, ``project``, ``investor`` and
    ``place`` to its parts.

    With ``flat=True`` every attribute is a scalar that GraphML and GEXF hold
    as is (``nx.write_graphml``, ``nx.write_gexf``): lists (``aliases``,
    ``merged_from``) are joined with `ALIAS_SEPARATOR` and attributes that are
    None are left out.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to convert; it is not modified.
    flat : bool, default False
        Scalar attributes only, for the graph file formats.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes and edges in the order of ``kg.entities`` and ``kg.relations``.

    Examples
    --------
    >>> from kgraph.types import Entity, EntityType, Predicate, Provenance
    >>> org = Entity("org-1", EntityType.ORG, "华为")
    >>> city = Entity("place-1", EntityType.PLACE, "深圳市")
    >>> rel = Relation("org-1", Predicate.LOCATED_IN, "place-1", Provenance("a1", 0, 9))
    >>> G = to_networkx(KnowledgeGraph(entities=(org, city), relations=(rel,)))
    >>> G.number_of_nodes(), G.number_of_edges(), G.nodes["org-1"]["type"]
    (2, 1, 'ORG')
    >>> [d["relation"] for _, _, d in G.edges(data=True)]
    ['located_in']
    >>> G = to_networkx(KnowledgeGraph(entities=(org,)), flat=True)
    >>> G.nodes["org-1"]["aliases"], "role" in G.nodes["org-1"]
    ('', False)
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    for ent in kg.entities:
        graph.add_node(ent.id, **_node_attrs(ent))
    for rel in kg.relations:
        key = base_key = statement_id(rel)
        n = 1
        while graph.has_edge(rel.subject, rel.object, key):
            n += 1
            key = f"{base_key}-{n}"
        graph.add_edge(rel.subject, rel.object, key=key, **_edge_attrs(rel))
    _add_merges(graph, kg)
    _add_events(graph, kg)
    for fact, interval in fact_intervals(kg).items():  # ISO dates, None if open
        start, end = (None if d is None else d.isoformat() for d in interval)
        graph.nodes[fact].update(period_start=start, period_end=end)
    return _flattened(graph) if flat else graph


def _scalar_attrs(attrs: dict[str, Any]) -> dict[str, Any]:
    return {
        name: ALIAS_SEPARATOR.join(map(str, value))
        if isinstance(value, list | tuple)
        else value
        for name, value in attrs.items()
        if value is not None
    }


def _flattened(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``graph`` with list attributes joined and None attributes left out."""
    for _, attrs in graph.nodes(data=True):
        flat = _scalar_attrs(attrs)
        attrs.clear()
        attrs.update(flat)
    for _, _, attrs in graph.edges(data=True):
        flat = _scalar_attrs(attrs)
        attrs.clear()
        attrs.update(flat)
    return graph


#: the edges from an investment event node to its parts
EVENT_PARTS = ("amount", "project", "investor", "place")


def _add_merges(graph: nx.MultiDiGraph, kg: KnowledgeGraph) -> None:
    """Record on each node the names merged into it, with rule and evidence."""
    for merge in kg.merges:
        if merge.kept in graph:
            node = graph.nodes[merge.kept]
            note = f"{merge.merged} ({merge.rule}: {merge.evidence})"
            node["merged_from"] = [*node.get("merged_from", []), note]


def _add_events(graph: nx.MultiDiGraph, kg: KnowledgeGraph) -> None:
    """One ``INVESTMENT_EVENT`` node per event, with an edge to each part."""
    for event in kg.events:
        p = event.provenance
        amount = kg.entity(event.amount).label
        graph.add_node(
            event.id,
            label=f"投资 {amount}",
            type="INVESTMENT_EVENT",
            status=event.status.value,
            period=event.period,
            evidence=p.sentence,
            doc_id=p.doc_id,
        )
        for part in EVENT_PARTS:
            target = getattr(event, part)
            if target is not None:
                graph.add_edge(
                    event.id,
                    target,
                    key=f"{event.id}-{part}",
                    relation=part,
                    evidence=p.sentence,
                    doc_id=p.doc_id,
                    start=p.start,
                    end=p.end,
                )
