"""Linking: per-document graphs into one corpus graph.

The stage above extraction: `kgraph.link.merge` joins document graphs (and the
pieces of a long document), `kgraph.link.places` gives places their division
codes and chains, `kgraph.link.events` reads investment events,
`kgraph.link.resolve` merges entities across documents. It imports the data
model, the division table and extraction's name rules, never a stage above.
"""
