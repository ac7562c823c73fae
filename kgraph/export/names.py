"""The local names kgraph mints for statement, mention, article, role and merge nodes.

Each is a prefix and 16 hex digits of the SHA-1 of what the node records (12
for articles, via `kgraph.ids.mint_id`), so the same fact gets the same IRI in
every run and every format.
"""

from __future__ import annotations

import hashlib

from kgraph.ids import mint_id
from kgraph.types import EntityType, Mention, Merge, Relation

__all__ = [
    "activity_id",
    "article_id",
    "mention_id",
    "merge_id",
    "role_id",
    "statement_id",
]


def _digest(*parts: object) -> str:
    key = "|".join(map(str, parts))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def statement_id(rel: Relation) -> str:
    """Return the stable local name of the statement recording ``rel``.

    It is ``"stmt-"`` plus the first 16 hex digits of the SHA-1 of
    ``subject|predicate|object|doc_id|start|end``; the RDF statement IRI is
    ``base + statement_id(rel)`` and the networkx edge key is the same string.

    Parameters
    ----------
    rel : Relation
        The relation, with its provenance.

    Returns
    -------
    str
        For example ``"stmt-0123456789abcdef"``.

    Examples
    --------
    >>> from kgraph.types import Predicate, Provenance
    >>> rel = Relation("org-1", Predicate.LOCATED_IN, "place-1", Provenance("a1", 0, 9))
    >>> sid = statement_id(rel)
    >>> sid.startswith("stmt-"), len(sid), sid == statement_id(rel)
    (True, 21, True)
    """
    p = rel.provenance
    return "stmt-" + _digest(
        rel.subject, rel.predicate.value, rel.object, p.doc_id, p.start, p.end
    )


def article_id(doc_id: str) -> str:
    """Return the id of the ARTICLE node (and named graph) of document ``doc_id``.

    It is the id `kgraph.extract.document_graph.document_graph` gives the
    document's ARTICLE entity, so statements and mentions can point at their article.

    Examples
    --------
    >>> article_id("a1")
    'article-d871a49055f0'
    """
    return mint_id(EntityType.ARTICLE, doc_id)


def activity_id(doc_id: str) -> str:
    """Return the local name of the ``prov:Activity`` that read document ``doc_id``.

    Examples
    --------
    >>> activity_id("a1")
    'extraction-3b12c2a7731a14c5'
    """
    return "extraction-" + _digest("extraction", doc_id)


def role_id(role: str) -> str:
    """Return the local name of the ``org:Role`` node of ``role`` (``role-…``).

    Examples
    --------
    >>> role_id("董事长")[:5]
    'role-'
    """
    return "role-" + _digest("role", role)


def mention_id(entity_id: str, mention: Mention) -> str:
    """Return the stable local name of a mention node of entity ``entity_id``.

    Parameters
    ----------
    entity_id : str
        The id of the entity mentioned.
    mention : Mention
        The mention, with its provenance.

    Returns
    -------
    str
        ``"mention-"`` plus 16 hex digits of the SHA-1 of
        ``entity_id|doc_id|start|end``.

    Examples
    --------
    >>> from kgraph.types import Provenance
    >>> mention_id("org-1", Mention("华为", Provenance("a1", 0, 2)))[:8]
    'mention-'
    """
    p = mention.provenance
    return "mention-" + _digest(entity_id, p.doc_id, p.start, p.end)


def merge_id(merge: Merge) -> str:
    """Return the stable local name of a merge record (``merge-`` and 16 hex digits).

    Examples
    --------
    >>> merge_id(Merge("org-1", "华为公司", "alias"))[:6]
    'merge-'
    """
    return "merge-" + _digest(merge.kept, merge.merged, merge.rule)
