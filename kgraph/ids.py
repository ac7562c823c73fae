"""Deterministic entity ids: NFKC-normalise the name, then hash it."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from kgraph.types import EntityType

__all__ = ["mint_id", "normalise_name"]

_DROP = re.compile(r"[\s“”‘’\"'《》「」]")


def normalise_name(name: str) -> str:
    """Return ``name`` NFKC-normalised with white space and quotes removed.

    Examples
    --------
    >>> normalise_name("万托科技（嘉兴）有限公司")
    '万托科技(嘉兴)有限公司'
    >>> normalise_name("湘\\n\\n城社区")
    '湘城社区'
    """
    return _DROP.sub("", unicodedata.normalize("NFKC", name))


def mint_id(entity_type: EntityType, name: str, *, scope: str = "") -> str:
    """Return a stable id such as ``org-1a2b3c4d5e6f`` for ``name`` of ``entity_type``.

    ``scope`` keeps ids apart where the same name must not merge (money amounts
    are scoped to their document).

    Examples
    --------
    >>> mint_id(EntityType.ORG, "华为") == mint_id(EntityType.ORG, " 华为 ")
    True
    >>> mint_id(EntityType.ORG, "华为").startswith("org-")
    True
    """
    key = f"{scope}\x1f{normalise_name(name)}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    return f"{entity_type.value.lower()}-{digest}"
