"""What Hong Kong, Macau and Taiwan outlets write that mainland reports do not.

Read in simplified characters (`kgraph.extract.script`), these outlets use
the mainland's grammar of names and posts, with a few words of their own:

* the capital of a region written as a kind of investor: ``港商``, ``台商``,
  ``港资企业``, ``中资企业``, ``外商投资`` (Hong Kong businesspeople,
  Taiwanese-funded companies ...) is a class of companies, never one
  organisation;
* the bodies of the special administrative regions that their posts name:
  the secretariats of Hong Kong and Macau before ``司长`` (``财政司司长X``:
  the 财政司), and the legislatures and councils written bare
  (``立法会议员X``, ``立法会主席X``, Taiwan's ``立法院``, ``行政院``), which the
  engine leaves untagged.
"""

from __future__ import annotations

import re

from kgraph.extract.spanindex import SpanIndex
from kgraph.types import EntityType

__all__ = ["regional_bodies"]

_Span = tuple[int, int, str]
_ORG = EntityType.ORG.value

#: a region's capital as a kind of investor: 港商, 台资企业, 中资企业, 外商投资
_CAPITAL_KIND = re.compile(
    r"^(?:港澳台|港澳|[港澳台陆中外侨])(?:商|资|企|胞)"
    r"(?:港企|企业|公司|厂商|厂|投资|资本|集团)?$"
)
#: the secretariats of Hong Kong (政务司 …) and Macau (行政法务司 …)
_SECRETARIATS = (
    "政务司",
    "财政司",
    "律政司",
    "行政法务司",
    "经济财政司",
    "保安司",
    "社会文化司",
    "运输工务司",
)
_SECRETARIAT = re.compile(
    "(?:" + "|".join(sorted(_SECRETARIATS, key=len, reverse=True)) + ")(?=副?司长)"
)
#: legislatures and councils of the regions and of Taiwan, named bare
_COUNCIL = re.compile(r"立法会|立法院|行政院|行政会议|监察院|考试院|司法院")


def regional_bodies(text: str, spans: list[_Span]) -> list[_Span]:
    """Drop capital kinds taken for organisations; add the regions' bodies.

    Parameters
    ----------
    text
        The document text in simplified characters.
    spans
        ``(start, end, label)`` entity spans.

    Returns
    -------
    list of tuple
        The spans without the capital kinds, with the secretariats and
        councils no span covers, sorted.

    Examples
    --------
    >>> text = "财政司司长黄志明和立法会议员张伟文表示，港商对前景有信心。"
    >>> spans = [(5, 8, "PERSON"), (14, 17, "PERSON"), (20, 22, "ORG")]
    >>> [text[s:e] for s, e, _ in regional_bodies(text, spans)]
    ['财政司', '黄志明', '立法会', '张伟文']
    """
    kept = [
        s
        for s in spans
        if not (s[2] == _ORG and _CAPITAL_KIND.match(text[s[0] : s[1]]))
    ]
    taken = SpanIndex(kept)
    for pattern in (_SECRETARIAT, _COUNCIL):
        for m in pattern.finditer(text):
            span = (m.start(), m.end(), _ORG)
            if not taken.overlaps_any(span):
                kept.append(span)
                taken.add(span)
    return sorted(kept)
