"""``kgraph_measures``: what every amount of money measures, whose it is, and when.

Regional news writes an amount after the word for what it measures
(``实现产值10亿元``, ``纳税达1亿元``, ``研发投入超1.34亿元``) and, less often,
before it (``30万元分红款``). `measure_of` reads that word from a lexicon of the
genre's measure words, `period_of` the text's own time phrase (``今年上半年``).

The component runs after ``kgraph_relations``. For every MONEY span it writes
the parsed amount with its measure and period, ``span._.kg_amount`` (all of
them: ``doc._.kg_amounts[(start, end)]``); for every amount that
``kgraph_relations`` gave no ``has_investment`` holder it adds a ``has_amount``
relation from the amount's subject. The subject is, in this order: the project
the amount qualifies (``总投资5亿元的X项目``), the first name of the amount's
clause, the sentence's subject (confidence 0.8); the subject of an earlier
sentence of the paragraph (0.5); the article's most mentioned organisation or
place (0.3). ``has_investment`` stays for holders the text states; an investment
whose holder only the context gives is a ``has_amount`` with measure
``investment``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from kgraph.errors import InvalidInputError
from kgraph.extract.clauses import (
    CLAUSE_BREAK,
    SUBJECT_WINDOW,
    clause_of,
    is_dateline_outlet,
    sentence_subject,
    sentences_with_spans,
)
from kgraph.extract.extensions import (
    SPANS_KEY,
    RelationMention,
    doc_text,
    register_extensions,
)
from kgraph.extract.money import parse_amount
from kgraph.types import EntityType, Measure, Money, Predicate

__all__ = ["MeasureExtractor", "make_measure_extractor", "measure_of", "period_of"]

#: measure words, longest first within a measure where one contains another
_MEASURE_WORDS: tuple[tuple[Measure, str], ...] = (
    (Measure.RD_SPENDING, "研发投入|研发经费|研发费用|科研经费|科技投入|研发"),
    (Measure.FISCAL_REVENUE, "一般公共预算收入|财政总收入|财政收入|公共预算收入"),
    (Measure.TAX, "税收收入|上缴税金|税收|纳税|税利|利税|税金|缴税|税费|减税|退税"),
    (
        Measure.INCOME,
        "人均可支配收入|可支配收入|人均收入|集体经济收入|集体收入|经营性收入|"
        "务工收入|月收入|年收入|增收|工资|分红|薪酬",
    ),
    (
        Measure.REVENUE,
        "主营业务收入|营业收入|销售收入|营业额|销售额|营收|销售|收入",
    ),
    (
        Measure.INVESTMENT,
        "固定资产投资|签约资金|签约总额|签约金额|签约额|协议资金|协议投资|"
        "到位资金|引进外资|利用外资|外资|内资|引资|斥资|投资",
    ),
    (
        Measure.OUTPUT_VALUE,
        "地区生产总值|工业总产值|生产总值|总产值|产值|增加值|经济总量|产出|产业规模|"
        "规模|GDP",
    ),
    (
        Measure.TRADE,
        "社会消费品零售总额|零售额|交易额|成交额|进出口总额|进出口|出口额|出口|"
        "进口额|进口|贸易额|交易|成交|消费",
    ),
    (Measure.PROFIT, "利润总额|净利润|利润|盈利|净利"),
    (Measure.SUBSIDY, "补助资金|扶持资金|专项资金|奖补资金|补贴|补助|奖补|贴息|扶持"),
    (Measure.REWARD, "奖励资金|奖金|奖励|奖池"),
    (Measure.REGISTERED_CAPITAL, "注册资本|注册资金|注资"),
    (Measure.FINANCING, "融资|贷款|授信|信贷|募资|募集|基金|债券|放贷"),
    (Measure.CONTRACT, "合同金额|合同额|合同|中标|订单|采购"),
    (Measure.PRICE, "价格|售价|单价|价值|均价|估值|市值|造价|租金|费用|成本"),
    (
        Measure.FUNDING,
        "帮扶资金|资金|经费|拨款|拨付|捐资|捐款|捐赠|筹集|筹措|预算|投入|支出",
    ),
)
_WORDS = sorted(
    ((w, m) for m, words in _MEASURE_WORDS for w in words.split("|")),
    key=lambda wm: -len(wm[0]),
)
_MEASURE_OF = dict(_WORDS)
_MEASURE_RE = re.compile("|".join(re.escape(w) for w, _ in _WORDS))
#: a measure word ends at most this many characters before its amount
#: (``产值可达到10亿元``: 可达到 between)
_BEFORE_GAP = 6
#: an amount qualifying what follows it (``30万元分红款``, ``5000万元以上项目``)
_AFTER_RE = re.compile(
    rf"^(?:以上|以下|左右)?的?(?P<word>{_MEASURE_RE.pattern})"
    r"|^(?:以上|以下)?的?(?:[^，,。；;：:]{0,4})?项目"
)
#: 投入 builds something (``投入近千万元引进生产线``): an investment
_BUILDS = re.compile(r"^(?:用于|资金)?(?:引进|新建|建设|扩建|购置|改造|实施|新上|建)")

#: the time phrases news gives an amount
PERIOD_RE = re.compile(
    r"截至(?:目前|(?:今年|去年|\d{4}年)(?:\d{1,2}月底?|年?[底末]))"
    r"|(?:今年|去年|明年|前年|本年度?)(?:以来|上半年|下半年|一季度|二季度|三季度|四季度|"
    r"前三季度|\d{1,2}月|\d{1,2}至\d{1,2}月|年?[底末初])?"
    r"|\d{4}年(?:\d{1,2}月|[底末初])?(?:以来)?"
    r"|\d{1,2}至\d{1,2}月|(?:一|二|三|四)季度|上半年|下半年|年初|年底"
)

_MONEY = EntityType.MONEY.value
_OPENS = 2  # a clause opens with a name that starts this near it (该, 其 …)
#: who holds an amount: a person speaks of a company's sales, not his own
_SUBJECTS = (EntityType.ORG.value, EntityType.PLACE.value, EntityType.PROJECT.value)
_TOPICS = (EntityType.ORG.value, EntityType.PLACE.value)


def measure_of(text: str, start: int, end: int) -> Measure:
    """What the amount at ``text[start:end]`` measures, from the words around it.

    Examples
    --------
    >>> text = "该企业实现产值10亿元以上,纳税达1亿元。"
    >>> measure_of(text, 7, 11).value, measure_of(text, 17, 20).value
    ('output_value', 'tax')
    >>> measure_of("村里拿到30万元分红款", 4, 8).value
    'income'
    """
    clause_start = max(
        (m.end() for m in CLAUSE_BREAK.finditer(text, max(0, start - 24), start)),
        default=max(0, start - 24),
    )
    words = list(_MEASURE_RE.finditer(text, clause_start, start))
    if words and start - words[-1].end() <= _BEFORE_GAP:
        word = words[-1].group()
        if word == "投入" and _BUILDS.match(text[end : end + 6]):
            return Measure.INVESTMENT
        if _MEASURE_OF[word] is Measure.FUNDING:
            # 研发投入经费总额: a generic money word after a specific one
            specific = [
                w for w in words if _MEASURE_OF[w.group()] is not Measure.FUNDING
            ]
            if specific:
                return _MEASURE_OF[specific[-1].group()]
        return _MEASURE_OF[word]
    after = _AFTER_RE.match(text[end : end + 10])
    if after is not None:
        word = after.group("word")
        return Measure.INVESTMENT if word is None else _MEASURE_OF[word]
    return Measure.OTHER


def period_of(text: str, clause: tuple[int, int], sent: tuple[int, int]) -> str | None:
    """The time phrase of an amount: the clause's, else the sentence's first.

    Examples
    --------
    >>> text = "今年上半年,全镇税收完成8.2亿元。"
    >>> period_of(text, (6, 17), (0, 18))
    '今年上半年'
    """
    for lo, hi in (clause, sent):
        found = PERIOD_RE.search(text, lo, hi)
        if found is not None:
            return found.group()
    return None


@Language.factory(
    "kgraph_measures",
    assigns=["doc._.kg_amounts", "doc._.kg_relations"],
    requires=["doc.spans"],
    default_config={"spans_key": SPANS_KEY},
)
def make_measure_extractor(
    nlp: Language, name: str, spans_key: str
) -> MeasureExtractor:
    """Build the ``kgraph_measures`` component."""
    return MeasureExtractor(name, spans_key=spans_key)


@dataclass
class MeasureExtractor:
    """Give every MONEY span its measure, period and (if it has none) its subject.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.extract_document("华越公司去年实现销售额3亿元。", doc_id="d")
    >>> (money,) = [e for e in kg.entities if e.money is not None]
    >>> money.money.measure.value, money.money.period
    ('revenue', '去年')
    >>> [(kg.entity(r.subject).label, r.predicate.value) for r in kg.relations]
    [('华越公司', 'has_amount')]
    """

    name: str = "kgraph_measures"
    spans_key: str = SPANS_KEY

    def __call__(self, doc: Doc) -> Doc:
        register_extensions()
        relations = list(doc._.kg_relations or [])
        spans = sorted(
            doc.spans.get(self.spans_key, []),
            key=lambda s: (s.start_char, -s.end_char),
        )
        text = doc_text(doc)
        invested = {
            r.object for r in relations if r.predicate is Predicate.HAS_INVESTMENT
        }
        amounts: dict[tuple[int, int], Money] = {}
        tabled = doc._.kg_money or {}  # 单位：万元 tables: a bare number's Money
        # the outlet a dateline opens with (香港文汇报讯) holds no amount
        holders = [s for s in spans if not is_dateline_outlet(text, s)]
        topic = _topic(holders)
        sentences, inside = sentences_with_spans(text, holders)
        starts = [lo for lo, _ in sentences]
        for money in (s for s in spans if s.label_ == _MONEY):
            key = (money.start_char, money.end_char)
            index = max(bisect.bisect_right(starts, money.start_char) - 1, 0)
            sent = sentences[index] if sentences else (0, len(text))
            clause = clause_of(text, sent, money.start_char)
            measure = Measure.INVESTMENT if key in invested else measure_of(text, *key)
            written = tabled.get(key) or _parsed(money.text)
            if written is not None:
                amounts[key] = replace(
                    written, measure=measure, period=period_of(text, clause, sent)
                )
            if key in invested or not sentences:
                continue
            found = _subject(text, sentences, inside, index, money, topic)
            if found is not None:
                subject, confidence = found
                # the evidence runs from the holder's sentence to the amount's
                first = max(bisect.bisect_right(starts, subject.start_char) - 1, 0)
                # (and over the whole name, which may run across a line break)
                lo = min(sentences[first][0], sent[0], subject.start_char)
                hi = max(sentences[first][1], sent[1], subject.end_char)
                relations.append(
                    RelationMention(
                        Predicate.HAS_AMOUNT,
                        (subject.start_char, subject.end_char),
                        key,
                        (lo, hi),
                        confidence=confidence,
                        extractor=self.name,
                    )
                )
        doc._.kg_amounts = amounts
        doc._.kg_relations = relations
        return doc


def _parsed(text: str) -> Money | None:
    """The amount ``text`` writes; None for a MONEY span that parses to none."""
    try:
        return parse_amount(text, implied_currency=True)
    except InvalidInputError:
        return None


def _subject(
    text: str,
    sentences: list[tuple[int, int]],
    inside: list[list[Span]],
    index: int,
    money: Span,
    topic: list[Span],
) -> tuple[Span, float] | None:
    sent = sentences[index]
    clause = clause_of(text, sent, money.start_char)
    named = [s for s in inside[index] if s.label_ in _SUBJECTS]
    if text[money.end_char : money.end_char + 1] == "的":
        after = [
            s
            for s in named
            if s.label_ == EntityType.PROJECT.value
            and money.end_char < s.start_char < clause[1]
        ]
        if after:
            return after[0], 0.8
    before = [s for s in named if clause[0] <= s.start_char < money.start_char]
    if before:
        return before[0], 0.8
    subject = _clause_topic(text, sent, named, money.start_char)
    if subject is not None:
        return subject, 0.8
    # the paragraph's earlier sentences, nearest first
    paragraph = text.rfind("\n", 0, sent[0]) + 1
    for earlier in range(index - 1, -1, -1):
        if sentences[earlier][1] <= paragraph:
            break
        subject = sentence_subject(text, sentences[earlier], inside[earlier], _SUBJECTS)
        if subject is not None:
            return subject, 0.5
    if not topic:
        return None
    # the topic's mention nearest before the amount, else its first
    before = [s for s in topic if s.end_char <= money.start_char]
    return (before[-1] if before else topic[0]), 0.3


def _clause_topic(
    text: str, sent: tuple[int, int], named: list[Span], before: int
) -> Span | None:
    """The name a clause before ``before`` opens with, else the sentence's topic.

    A clause without a subject takes the sentence's: the name it opens with
    (``该区域实现…``), not a name after a verb (``入驻X工业园,预计年产值…``).
    """
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, sent[0], before)]
    for start in reversed(breaks):
        first = next((s for s in named if start <= s.start_char < before), None)
        if first is not None and first.start_char - start <= _OPENS:
            return first
    first = next((s for s in named if sent[0] <= s.start_char < before), None)
    if first is not None and first.start_char - sent[0] <= SUBJECT_WINDOW:
        return first
    return None


def _topic(spans: list[Span]) -> list[Span]:
    """The mentions of the article's most mentioned organisation or place.

    On a tie the one written first wins; the mentions come in text order.
    """
    mentions: dict[tuple[str, str], list[Span]] = {}
    for span in spans:
        if span.label_ in _TOPICS:
            mentions.setdefault((span.label_, span.kb_id_ or span.text), []).append(
                span
            )
    if not mentions:
        return []
    best = max(len(m) for m in mentions.values())
    return next(m for m in mentions.values() if len(m) == best)
