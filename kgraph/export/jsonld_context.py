"""The JSON-LD ``@context`` kgraph writes: prefixes, kgraph terms, ``@language``.

A JSON-LD file kgraph writes reads as plain JSON: ``"worksFor":
"kgid:org-…"``, ``"startChar": "57"``, ``"evidence": "…"`` (Chinese by default,
``@language: zh``), instead of ``kg:``-prefixed keys and ``{"@id": …}`` objects.
Each term of `kgraph.export.vocab.KG` is defined: classes by name, relations as
IRIs (``@type: @id``), offsets as ``xsd:integer``, confidences and bounds as
``xsd:decimal``, codes and names of rules as strings with no language; the
OWL-Time terms of periods (``hasTime``, ``hasEnd``, ``inXSDDate``) and
``datePublished`` likewise, dates as ``xsd:date``. Other
vocabularies (schema.org, PROV, SKOS …) keep their prefixes.
"""

from __future__ import annotations

from typing import Any

from kgraph.export.vocab import KG, PREFIXES

__all__ = ["json_ld_context"]

#: properties whose values are entities or records (written as IRIs)
_IRI_VALUED = frozenset(
    {
        "aliasOf",
        "hasAmount",
        "hasInvestment",
        "locatedIn",
        "partOf",
        "partnerOf",
        "photographedBy",
        "reportedBy",
        "worksFor",
        "amount",
        "investor",
        "mergedInto",
        "place",
        "project",
        "mention",
    }
)
_INTEGERS = frozenset({"startChar", "endChar", "charCount", "adminLevel"})
_DECIMALS = frozenset({"confidence", "valueMax"})
#: plain strings: identifiers, codes and closed value lists, no language
_NO_LANGUAGE = frozenset(
    {
        "adminCode",
        "docId",
        "extractor",
        "extractorVersion",
        "measure",
        "mergeRule",
        "qualifier",
        "sourcePath",
        "status",
    }
)


#: the OWL-Time and schema.org terms of periods and publication dates
_TIME_TERMS: dict[str, Any] = {
    "hasTime": {"@id": "time:hasTime", "@type": "@id"},
    "hasBeginning": {"@id": "time:hasBeginning", "@type": "@id"},
    "hasEnd": {"@id": "time:hasEnd", "@type": "@id"},
    "inXSDDate": {"@id": "time:inXSDDate", "@type": "xsd:date"},
    "datePublished": {"@id": "schema:datePublished", "@type": "xsd:date"},
}


def _term(name: str) -> str | dict[str, Any]:
    iri = f"kg:{name}"
    if name in _IRI_VALUED:
        return {"@id": iri, "@type": "@id"}
    if name in _INTEGERS:
        return {"@id": iri, "@type": "xsd:integer"}
    if name in _DECIMALS:
        return {"@id": iri, "@type": "xsd:decimal"}
    if name in _NO_LANGUAGE:
        return {"@id": iri, "@language": None}
    return iri


def json_ld_context(base: str) -> dict[str, Any]:
    """The ``@context`` of kgraph's JSON-LD, with ``kgid`` the prefix of ``base``.

    Examples
    --------
    >>> context = json_ld_context("https://kgraph-zh.github.io/id/")
    >>> context["worksFor"], context["Organization"], context["@language"]
    ({'@id': 'kg:worksFor', '@type': '@id'}, 'kg:Organization', 'zh')
    """
    terms = {name: _term(name) for name in KG.__annotations__}
    return {**PREFIXES, "kgid": base, **terms, **_TIME_TERMS, "@language": "zh"}
