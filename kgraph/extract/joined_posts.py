"""Posts written into one another: joined by 和, or run into their unit's name.

* ``省委副书记和省长X``, ``市委副书记、市长X``: two posts of one person, the
  first the committee's, the second the government's (`first_of_joined`);
* ``外交部长王毅``, ``行政院长A``: the head's post written once, into the
  unit's name (外交部 + 部长; `contracted_post`);
* ``澳门陕西商会、澳门陕西同乡会会长X``: one post of two bodies listed with 、
  before it, the person heading each (`joined_employers`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kgraph.extract.lexicon import LEVEL_HEADS, POST_CHAIN
from kgraph.types import EntityType

__all__ = ["contracted_post", "first_of_joined", "joined_employers"]

#: the heads of units a name may end in: 部长 of 外交部, 院长 of 行政院
_HEAD_POSTS = frozenset({"部长", "院长", "局长", "厅长", "署长"})
_POST = re.compile(rf"^(?:{POST_CHAIN})$")


def contracted_post(unit: str, gap: str) -> str | None:
    """The head's post of ``unit`` when only ``长`` follows its name.

    A deputy writes the unit whole (``外交部副部长``).

    Examples
    --------
    >>> contracted_post("外交部", "长"), contracted_post("华越公司", "长")
    ('部长', None)
    """
    if gap != "长" or not unit:
        return None
    post = unit[-1] + "长"
    return post if post in _HEAD_POSTS else None


def first_of_joined(role: str) -> str | None:
    """The first of two posts ``role`` joins with 和 or 及 (or with 、 before a
    government's head), if both are posts.

    Examples
    --------
    >>> first_of_joined("副书记和省长"), first_of_joined("副书记、市长")
    ('副书记', '副书记')
    >>> first_of_joined("董事长、总经理") is None
    True
    """
    parts = re.split("[和及]", role, maxsplit=1)
    if len(parts) != 2:
        parts = role.rsplit("、", 1)
        if len(parts) != 2 or parts[1] not in LEVEL_HEADS:
            return None
    if _POST.match(parts[0]) and _POST.match(parts[1]):
        return parts[0]
    return None


def joined_employers(text: str, employer: Span, spans: list[Span]) -> list[Span]:
    """The bodies of ``employer``'s kind listed with 、 right before it, nearest first.

    Bodies of one kind share the post written after the last (两个商会、同乡会
    会长); a company listed before a chamber's president is a guest of its own.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("zh")("甲商会、乙同乡会会长王明")
    >>> spans = [doc.char_span(0, 3, "ORG"), doc.char_span(4, 8, "ORG")]
    >>> [s.text for s in joined_employers(doc.text, spans[1], spans)]
    ['甲商会']
    >>> doc = spacy.blank("zh")("甲公司、乙同乡会会长王明")
    >>> spans = [doc.char_span(0, 3, "ORG"), doc.char_span(4, 8, "ORG")]
    >>> joined_employers(doc.text, spans[1], spans)
    []
    """
    ending = {s.end_char: s for s in spans if s.label_ == EntityType.ORG.value}
    out = []
    at = employer.start_char
    while text[at - 1 : at] == "、" and (before := ending.get(at - 1)) is not None:
        if not (before.text.endswith("会") and employer.text.endswith("会")):
            break  # 星河公司、青禾商会会长; 华为公司、腾讯公司董事长: two bodies
        out.append(before)
        at = before.start_char
    return out
