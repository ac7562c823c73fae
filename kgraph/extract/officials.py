"""Officials' posts: the grammar of ``市委常委、副市长X`` and whom each post is with.

Reports name officials by a chain of posts before the name, joined by 、 (or
和, 及: ``省委副书记和省长X``) (``市委副书记、市长白英``,
``湖州市委常委、南太湖新区党工委书记X``). Each post
names its body by the level of the place and a fixed word: the party committee
(``市委``, ``县委``, ``镇党委``, ``党工委``), the government (``市长``, ``副县长``:
the 人民政府 of that place), the people's congress (``人大常委会主任``) and the
political consultative conference (``政协主席``). The place is the one written
before the post (``淄博市委书记``) or, when the post stands alone, the place of
that level the article names most often (a city written without its level,
``淮南``, counts: `kgraph.extract.article_places`); a government's head may
follow the name (``罗保铭省长``) where the article names one place of that
level. Each post gives a ``works_for`` to
the body with the post as its role; the body's span is the written part of the
post and carries the resolved name as ``kb_id`` (as references do), so the
graph names it ``辽阳市委`` though the text wrote ``市委``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from kgraph.divisions.table import load_divisions
from kgraph.extract.article_places import article_place, places_of_level
from kgraph.extract.extensions import (
    IMPLIED,
    RelationMention,
    doc_text,
    register_extensions,
)
from kgraph.extract.lexicon import GOVERNMENT_LEVELS
from kgraph.types import EntityType, Predicate

__all__ = ["official_posts"]

_ORG, _PERSON, _PLACE = (
    EntityType.ORG.value,
    EntityType.PERSON.value,
    EntityType.PLACE.value,
)
_LEVELS = GOVERNMENT_LEVELS
_PARTY_ROLE = (
    r"(?:常委|副书记|书记|委员|秘书长|组织部部长|组织部长|宣传部部长|宣传部长"
    r"|统战部部长|政法委书记)"
)
_POST = re.compile(
    rf"(?P<party>(?P<plevel>[{_LEVELS}])?(?:委|党委|党工委)){_PARTY_ROLE}"
    rf"|(?:常务|执行)?副?(?P<glevel>[{_LEVELS}])长"
    rf"|(?P<npc>(?P<nlevel>[{_LEVELS}])?人大常委会)(?:副主任|主任)"
    rf"|(?P<cppcc>(?P<clevel>[{_LEVELS}])?政协)(?:副主席|主席)"
)
_PARTY = "中共"
_GOVERNMENT = "人民政府"
_LONGEST_PLACE = 8  # characters of a division name heading an organisation's
_CHAIN_REACH = 60  # characters before a name that a chain of posts may take
_JOIN = "、"
#: what joins two posts of one person: 、, and 和 / 及 (``省委副书记和省长X``)
_JOINS = ("、", "和", "及")
#: a committee member's post, right before the department's: ``市委常委``
_MEMBER_BEFORE = re.compile(r"委(?:常委|委员)$")
_MEMBER_LENGTH = 3
#: a department's post written bare after a party post: ``市委常委、宣传部部长``
_DEPARTMENT_POST = re.compile(
    r"(?P<dept>组织部|宣传部|统战部|政法委|纪委|秘书处)"
    r"(?:常务副部长|副部长|部长|副书记|书记|长)$"
)


def official_posts(
    doc: Doc, spans: Iterable[Span]
) -> tuple[list[Span], list[RelationMention]]:
    """Return the body spans and the ``works_for`` of the officials in ``doc``.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("zh")
    >>> doc = nlp.make_doc("辽阳市代表团出访。市委副书记、市长白英致辞。")
    >>> place = doc.char_span(0, 3, "PLACE")
    >>> person = doc.char_span(17, 19, "PERSON")
    >>> bodies, rels = official_posts(doc, [place, person])
    >>> [(b.text, b.kb_id_) for b in bodies]
    [('市委', '辽阳市委'), ('市', '辽阳市人民政府')]
    >>> [r.role for r in rels]
    ['市委副书记', '市长']
    """
    register_extensions()
    text = doc_text(doc)
    # names as written (traditional characters stay): same offsets as text
    surface = doc._.kg_surface if doc._.kg_surface is not None else text
    named = sorted(spans, key=lambda s: s.start_char)
    # (simplified name, name as written) of each place mention
    places = Counter(
        (s.text, surface[s.start_char : s.end_char])
        for s in named
        if s.label_ == _PLACE
    )
    # the places heading organisations' names count too (淄博市 of 淄博市委,
    # 辽阳市 of 辽阳市代表团)
    for s in named:
        length = _division_prefix(s.text) if s.label_ == _ORG else 0
        if length:
            written = surface[s.start_char : s.start_char + length]
            places[(s.text[:length], written)] += 1
    ends = {s.end_char: s for s in named if s.label_ in (_PLACE, _ORG)}
    bodies: list[Span] = []
    relations: list[RelationMention] = []
    for person in (s for s in named if s.label_ == _PERSON):
        posts = _chain(text, person.start_char, ends, places, surface)
        posts += _head_after_name(text, person.end_char, places, surface)
        for post, org_start, org_end, name in posts:
            # a government named by its post alone (副市长, 雅安市 + 副市长) is
            # implied, not written: the span links the post, names nothing
            implied = name.endswith(_GOVERNMENT) and not text[
                org_start:org_end
            ].endswith("政府")
            body = doc.char_span(
                org_start,
                org_end,
                _ORG,
                kb_id=name,
                span_id=IMPLIED if implied else "",
            )
            if body is None:
                continue
            bodies.append(body)
            sentence = _sentence(text, person.start_char, person.end_char)
            relations.append(
                RelationMention(
                    Predicate.WORKS_FOR,
                    (person.start_char, person.end_char),
                    (org_start, org_end),
                    sentence,
                    0.85,
                    role=post,
                    extractor="kgraph_relations",
                )
            )
    return bodies, relations


def _chain(
    text: str,
    end: int,
    ends: dict[int, Span],
    places: Counter[tuple[str, str]],
    surface: str,
) -> list[tuple[str, int, int, str]]:
    """The posts written just before ``end``: ``(post, body start, body end, name)``."""
    found: list[tuple[str, int, int, str]] = []
    # (post, start, end, department as read, as the text wrote it)
    departments: list[tuple[str, int, int, str, str]] = []
    pos = end
    while True:
        window = text[max(0, pos - _CHAIN_REACH) : pos]
        department = _DEPARTMENT_POST.search(window)
        if department is not None:
            dept_start = pos - len(window) + department.start()
            # only right after a committee member's post (市委常委、宣传部部长)
            joined = dept_start > 0 and text[dept_start - 1] == _JOIN
            member_start = max(0, dept_start - 1 - _MEMBER_LENGTH)
            if joined and _MEMBER_BEFORE.search(text, member_start, dept_start - 1):
                # the committee's department: its name comes from the party
                # post the chain reaches next (青海省委 + 宣传部)
                dept_end = dept_start + len(department["dept"])
                departments.append(
                    (
                        department.group(),
                        dept_start,
                        dept_end,
                        department["dept"],
                        surface[dept_start:dept_end],
                    )
                )
                pos = dept_start - 1
                continue
        match = None
        for m in _POST.finditer(window):
            if m.end() == len(window):
                match = m  # the post that ends right before the name (or 、)
        if match is None:
            break
        start = pos - len(window) + match.start()
        parsed = _body(match, start, ends, places, surface)
        if parsed is not None:
            # a body written whole (淄博市委 + 常委): the role is the title
            post = match.group()
            if parsed[0] < start and not match["glevel"]:
                post = text[parsed[1] : start + len(post)]
            found.append((post, *parsed))
            if match["party"]:
                # the discipline commission is the place's (县纪委), the other
                # departments the committee's (县委宣传部)
                found += [
                    (r, a, b, (parsed[2][:-1] if d == "纪委" else parsed[2]) + w)
                    for r, a, b, d, w in departments
                ]
            departments = []
        pos = start
        # a place written before the post belongs to it (淄博市 + 委书记), and so
        # does a name the body ends (高新区党工委 + 书记): step over them
        before = ends.get(pos)
        if before is not None and before.label_ == _PLACE:
            pos = before.start_char
        if parsed is not None:
            owner = ends.get(parsed[1])
            if owner is not None and owner.start_char < pos:
                pos = owner.start_char
        if pos == 0 or text[pos - 1] not in _JOINS:
            break
        pos -= 1
    return _chain_places(text, found, surface)[::-1]


#: a government's head written after the name (罗保铭省长, as Hong Kong's press
#: writes it): the article's government of that level
_HEAD_AFTER_NAME = re.compile(
    r"(?:常务|执行)?副?(?P<level>[省市县区州盟旗])长(?!助理|夫人|办|[\u4e00-\u9fff]长)"
)


def _head_after_name(
    text: str, end: int, places: Counter[tuple[str, str]], surface: str
) -> list[tuple[str, int, int, str]]:
    """``罗保铭省长``: the post after the name, of the article's government."""
    m = _HEAD_AFTER_NAME.match(text, end)
    if m is None or places_of_level(m["level"], places) != 1:
        return []  # 广东省代表团访问海南省…马兴瑞省长: whose head is not written
    place = article_place(m["level"], places, surface[m.start("level")])
    if not place:
        return []
    at = m.start("level")
    return [(m.group(), at, at + 1, place + _GOVERNMENT)]


def _chain_places(
    text: str, found: list[tuple[str, int, int, str]], surface: str
) -> list[tuple[str, int, int, str]]:
    """A bare government post takes the place of its chain's written body.

    In ``雅安市委常委、常务副市长X`` the 常务副市长 is 雅安市's, not the
    article's city's: a post written with its level only (``市``) is named
    after another post of the chain whose body starts with a division of that
    level.
    """
    written: dict[str, str] = {}
    for _, start, end, _ in found:
        # the party's committee by its full name: 中共 + place + 委
        start += len(_PARTY) if text.startswith(_PARTY, start) else 0
        length = _division_prefix(text[start:end]) if end - start > 1 else 0
        if length:
            written.setdefault(
                text[start + length - 1], surface[start : start + length]
            )
    out = []
    for post, start, end, name in found:
        place = written.get(text[start]) if end - start == 1 else None
        if place and name.endswith(_GOVERNMENT):
            name = place + _GOVERNMENT
        if name != _GOVERNMENT:  # a bare post whose place nothing names
            out.append((post, start, end, name))
    return out


def _body(
    match: re.Match[str],
    start: int,
    ends: dict[int, Span],
    places: Counter[tuple[str, str]],
    surface: str,
) -> tuple[int, int, str] | None:
    """Where the post's body is written and its resolved name (as written)."""
    if match["party"]:
        group, level = "party", match["plevel"]
        party_start = start + match.start("party") - match.start()
        party = surface[party_start : party_start + len(match["party"])]
        suffix = party[1:] if level else party
    elif match["glevel"]:
        group, level, suffix = "glevel", match["glevel"], _GOVERNMENT
    elif match["npc"]:
        group, level, suffix = "npc", match["nlevel"], "人大常委会"
    else:
        group, level, suffix = "cppcc", match["clevel"], "政协"
    org_start = start + match.start(group) - match.start()
    org_end = start + match.end(group) - match.start()
    owner = ends.get(org_end)
    if (
        group != "glevel"
        and owner is not None
        and owner.label_ == _ORG
        and owner.start_char < org_start
    ):
        # the body is written whole (淄博市委常委): that organisation
        return owner.start_char, org_end, surface[owner.start_char : org_end]
    # the place written before the post: 淄博市 + 委书记, 辽阳市 + 市长 (an
    # engine may tag a bare place, 贺兰, as an organisation)
    written = ends.get(org_start + 1) if level else None
    if written is None or written.label_ != _PLACE:
        written = ends.get(start)
    if group == "glevel" and written is not None and written.text.endswith("政府"):
        return _government_written(written, level, places, surface)
    if written is not None:
        place = surface[written.start_char : written.end_char]
        if level and not written.text.endswith(level):
            place += surface[org_start]  # 淄博 + 市委书记: the level is in the name
        return min(written.start_char, org_start), org_end, place + suffix
    place = article_place(level, places, surface[org_start])
    if not place and group == "glevel":
        # a bare government post: its chain may name the place (`_chain_places`)
        return org_start, org_end, suffix
    return (org_start, org_end, place + suffix) if place else None


def _government_written(
    written: Span, level: str | None, places: Counter[tuple[str, str]], surface: str
) -> tuple[int, int, str] | None:
    """The government written before its post (绵阳市人民政府 + 副市长): itself.

    Written bare (``市人民政府市长``), it is the government of the article's
    place of that level.
    """
    name = surface[written.start_char : written.end_char]
    if written.text in (f"{level}人民政府", f"{level}政府"):
        place = article_place(level, places, surface[written.start_char])
        if not place:
            return None
        name = place + _GOVERNMENT
    return written.start_char, written.end_char, name


def _division_prefix(name: str) -> int:
    """The length of the official division name ``name`` starts with (0 if none)."""
    table = load_divisions()
    for length in range(min(len(name) - 1, _LONGEST_PLACE), 1, -1):
        head = name[:length]
        if head[-1] in _LEVELS and (head in table.by_name or table.short_form(head)):
            return length
    return 0


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in "。！？\n") + 1
    rights = [i for i in (text.find(c, end) for c in "。！？\n") if i >= 0]
    return left, (min(rights) + 1 if rights else len(text))
