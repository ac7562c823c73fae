"""Tests for kgraph.extract.money: parse_amount, iter_money and kgraph_money."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Span

from kgraph.errors import InvalidInputError
from kgraph.extract.extensions import SPANS_KEY
from kgraph.extract.money import MoneyExtractor, iter_money, parse_amount
from kgraph.types import MoneyQualifier

Q = MoneyQualifier
D = Decimal
NLP = spacy.blank("zh")  # char segmenter: one token per character, no download

PARSE_CASES = [
    # Arabic numerals and scales
    ("3.5亿元", D("350000000"), Q.EXACT, None, "CNY"),
    ("1,200万元", D("12000000"), Q.EXACT, None, "CNY"),
    # a 亿 part written before a 万 amount is one amount (1亿2000万元)
    ("1亿2000万元", D("120000000"), Q.EXACT, None, "CNY"),
    ("8億9,326萬美元", D("893260000"), Q.EXACT, None, "USD"),
    ("1.34亿元", D("134000000"), Q.EXACT, None, "CNY"),
    ("38.09亿元", D("3809000000"), Q.EXACT, None, "CNY"),
    ("6000万元", D("60000000"), Q.EXACT, None, "CNY"),
    ("3.35亿元", D("335000000"), Q.EXACT, None, "CNY"),
    ("2万亿元", D("2000000000000"), Q.EXACT, None, "CNY"),
    ("3千万元", D("30000000"), Q.EXACT, None, "CNY"),
    ("5百万元", D("5000000"), Q.EXACT, None, "CNY"),
    ("8千元", D("8000"), Q.EXACT, None, "CNY"),
    ("1500元", D("1500"), Q.EXACT, None, "CNY"),
    ("0.5元", D("0.5"), Q.EXACT, None, "CNY"),
    # Chinese numerals
    ("三千万元", D("30000000"), Q.EXACT, None, "CNY"),
    ("两亿元", D("200000000"), Q.EXACT, None, "CNY"),
    ("十亿元", D("1000000000"), Q.EXACT, None, "CNY"),
    ("一亿二千万元", D("120000000"), Q.EXACT, None, "CNY"),
    ("三点五亿元", D("350000000"), Q.EXACT, None, "CNY"),
    ("一点三四亿元", D("134000000"), Q.EXACT, None, "CNY"),
    # qualifiers before the number
    ("约54亿元", D("5400000000"), Q.APPROX, None, "CNY"),
    ("大约3亿元", D("300000000"), Q.APPROX, None, "CNY"),
    ("近千万元", D("10000000"), Q.NEARLY, None, "CNY"),
    ("将近2亿元", D("200000000"), Q.NEARLY, None, "CNY"),
    ("接近5000万元", D("50000000"), Q.NEARLY, None, "CNY"),
    ("超1.34亿元", D("134000000"), Q.OVER, None, "CNY"),
    ("超过10亿元", D("1000000000"), Q.OVER, None, "CNY"),
    ("逾百亿元", D("10000000000"), Q.OVER, None, "CNY"),
    ("上亿元", D("100000000"), Q.OVER, None, "CNY"),
    ("不到3亿元", D("300000000"), Q.UNDER, None, "CNY"),
    ("不足500万元", D("5000000"), Q.UNDER, None, "CNY"),
    # qualifiers after the number
    ("1亿多元", D("100000000"), Q.OVER, None, "CNY"),
    ("5000余万元", D("50000000"), Q.OVER, None, "CNY"),
    ("一百多万元", D("1000000"), Q.OVER, None, "CNY"),
    ("3亿元左右", D("300000000"), Q.APPROX, None, "CNY"),
    ("5亿元以上", D("500000000"), Q.OVER, None, "CNY"),
    ("200万元以下", D("2000000"), Q.UNDER, None, "CNY"),
    # several, ranges
    ("数亿元", D("100000000"), Q.SEVERAL, D("1000000000"), "CNY"),
    ("数千万元", D("10000000"), Q.SEVERAL, D("100000000"), "CNY"),
    ("数十亿元", D("1000000000"), Q.SEVERAL, D("10000000000"), "CNY"),
    ("3至5亿元", D("300000000"), Q.RANGE, D("500000000"), "CNY"),
    ("3-5亿元", D("300000000"), Q.RANGE, D("500000000"), "CNY"),
    ("3~5亿元", D("300000000"), Q.RANGE, D("500000000"), "CNY"),
    ("三到五亿元", D("300000000"), Q.RANGE, D("500000000"), "CNY"),
    ("3亿至5亿元", D("300000000"), Q.RANGE, D("500000000"), "CNY"),
    ("3亿元至5亿元", D("300000000"), Q.RANGE, D("500000000"), "CNY"),
    ("3000至5000万元", D("30000000"), Q.RANGE, D("50000000"), "CNY"),
    ("三千到五千万元", D("30000000"), Q.RANGE, D("50000000"), "CNY"),
    ("8000万至1.2亿元", D("80000000"), Q.RANGE, D("120000000"), "CNY"),
    # currencies
    ("3亿人民币", D("300000000"), Q.EXACT, None, "CNY"),
    ("3亿元人民币", D("300000000"), Q.EXACT, None, "CNY"),
    ("5000万美元", D("50000000"), Q.EXACT, None, "USD"),
    ("2亿欧元", D("200000000"), Q.EXACT, None, "EUR"),
    ("10亿港元", D("1000000000"), Q.EXACT, None, "HKD"),
    ("10亿港币", D("1000000000"), Q.EXACT, None, "HKD"),
    ("100万日元", D("1000000"), Q.EXACT, None, "JPY"),
    ("约3亿英镑", D("300000000"), Q.APPROX, None, "GBP"),
    # 元 and then the currency's name, as Taiwan and Hong Kong papers write it
    ("100亿元新台币", D("10000000000"), Q.EXACT, None, "TWD"),
    ("20亿元港币", D("2000000000"), Q.EXACT, None, "HKD"),
    # full-width digits and punctuation, surrounding whitespace
    ("５４亿元", D("5400000000"), Q.EXACT, None, "CNY"),
    ("约５４亿元", D("5400000000"), Q.APPROX, None, "CNY"),
    ("３．５亿元", D("350000000"), Q.EXACT, None, "CNY"),
    ("１，２００万元", D("12000000"), Q.EXACT, None, "CNY"),
    ("1，200万元", D("12000000"), Q.EXACT, None, "CNY"),
    ("３～５亿元", D("300000000"), Q.RANGE, D("500000000"), "CNY"),
    ("3－5亿元", D("300000000"), Q.RANGE, D("500000000"), "CNY"),
    (" 3亿元\n", D("300000000"), Q.EXACT, None, "CNY"),
]


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "value_max", "currency"), PARSE_CASES
)
def test_money_parse_amount(
    text: str,
    value: Decimal,
    qualifier: MoneyQualifier,
    value_max: Decimal | None,
    currency: str,
) -> None:
    money = parse_amount(text)
    assert (money.value, money.qualifier, money.value_max, money.currency) == (
        value,
        qualifier,
        value_max,
        currency,
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [("约54亿元", "5400000000"), ("3.50亿元", "350000000"), ("0.50元", "0.5")],
)
def test_money_parse_amount_normalises_decimal(text: str, want: str) -> None:
    value = parse_amount(text).value
    assert isinstance(value, Decimal)
    assert str(value) == want


@pytest.mark.parametrize(
    "text",
    ["", "   ", "54", "3.5亿", "亿元", "元", "约", "总投资约54亿元", "5亿至3亿元"],
)
def test_money_parse_amount_rejects_non_amounts(text: str) -> None:
    with pytest.raises(InvalidInputError, match=re.escape(repr(text))):
        parse_amount(text)


@pytest.mark.parametrize("bad", [54, None, b"3\xe4\xba\xbf", Decimal("5")])
def test_money_parse_amount_rejects_non_strings(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        parse_amount(bad)  # type: ignore[arg-type]


ARTICLE_CASES = [
    (
        "“今年争取销售额3亿元,满负荷生产后预计年产值能达5亿元。”",
        [("3亿元", D("300000000"), Q.EXACT), ("5亿元", D("500000000"), Q.EXACT)],
    ),
    ("37个项目签约,涉及总投资约54亿元。", [("约54亿元", D("5400000000"), Q.APPROX)]),
    (
        "完成规上工业总产值38.09亿元,同比增长7.1%;财政总收入3.35亿元,同比增长19.3%。",
        [
            ("38.09亿元", D("3809000000"), Q.EXACT),
            ("3.35亿元", D("335000000"), Q.EXACT),
        ],
    ),
    (
        "完成规上工业总产值38.09亿元，同比增长7.1%；财政总收入3.35亿元，同比增长19.3%。",
        [
            ("38.09亿元", D("3809000000"), Q.EXACT),
            ("3.35亿元", D("335000000"), Q.EXACT),
        ],
    ),
    ("完成固定资产投资19.06亿元。", [("19.06亿元", D("1906000000"), Q.EXACT)]),
    (
        "研发投入经费投入总额超1.34亿元,同比增速达21.20%",
        [("超1.34亿元", D("134000000"), Q.OVER)],
    ),
    ("预计年产值达数亿元。", [("数亿元", D("100000000"), Q.SEVERAL)]),
    ("涉及总投资约５４亿元，", [("约５４亿元", D("5400000000"), Q.APPROX)]),
    ("项目总投资3至5亿元。", [("3至5亿元", D("300000000"), Q.RANGE)]),
    ("最近3亿元的订单", [("3亿元", D("300000000"), Q.EXACT)]),
]


@pytest.mark.parametrize(("text", "want"), ARTICLE_CASES)
def test_money_iter_money_finds_amounts_in_article_text(
    text: str, want: list[tuple[str, Decimal, MoneyQualifier]]
) -> None:
    got = [(text[s:e], m.value, m.qualifier) for s, e, m in iter_money(text)]
    assert got == want


@pytest.mark.parametrize(
    "text",
    [
        "年产65条",
        "15000吨",
        "20GWh",
        "同比增长7.1%",
        "2021年",
        "8个",
        "16名",
        "从2020年至2025年",
        "他家是全村第一个万元户",
        "成为1万元户",
        "全市亿元以上项目12个",
        "推动产业多元化发展",
        "2022年元旦",
        "",
    ],
)
def test_money_iter_money_skips_numbers_without_currency(text: str) -> None:
    assert list(iter_money(text)) == []


def test_money_iter_money_rejects_non_strings() -> None:
    with pytest.raises(TypeError, match="NoneType"):
        list(iter_money(None))  # type: ignore[arg-type]


SCALES = {"": 1, "万": 10**4, "亿": 10**8}
amounts = st.builds(
    lambda n, places: Decimal(n).scaleb(-places),
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=2),
)


@given(amounts, st.sampled_from(sorted(SCALES)))
def test_money_parse_amount_is_exact(d: Decimal, scale: str) -> None:
    assert parse_amount(f"{d:f}{scale}元").value == d * SCALES[scale]


@given(amounts, st.sampled_from(sorted(SCALES)))
def test_money_iter_money_offsets_cover_the_amount(d: Decimal, scale: str) -> None:
    amount = f"约{d:f}{scale}元"
    text = f"项目总投资{amount}，同比增长7.1%。"
    (hit,) = iter_money(text)
    assert text[hit[0] : hit[1]] == amount
    assert hit[2].value == d * SCALES[scale]


def _labelled(doc: spacy.tokens.Doc) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in doc.spans[SPANS_KEY]]


def test_money_component_adds_money_spans() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("kgraph_money")
    doc = nlp("37个项目签约,涉及总投资约54亿元。预计年产值达数亿元。")
    assert _labelled(doc) == [("约54亿元", "MONEY"), ("数亿元", "MONEY")]


def test_money_component_removes_overlapping_non_money_spans() -> None:
    doc = NLP("张三说总投资约54亿元。")
    doc.spans[SPANS_KEY] = [Span(doc, 0, 2, "PERSON"), Span(doc, 7, 9, "ORG")]
    MoneyExtractor()(doc)
    assert _labelled(doc) == [("张三", "PERSON"), ("约54亿元", "MONEY")]


def test_money_component_overwrite_drops_old_spans() -> None:
    doc = NLP("张三说总投资约54亿元。")
    doc.spans[SPANS_KEY] = [Span(doc, 0, 2, "PERSON")]
    MoneyExtractor(overwrite=True)(doc)
    assert _labelled(doc) == [("约54亿元", "MONEY")]


def test_money_component_is_idempotent() -> None:
    extractor = MoneyExtractor()
    doc = extractor(extractor(NLP("销售额3亿元,年产值5亿元。")))
    assert _labelled(doc) == [("3亿元", "MONEY"), ("5亿元", "MONEY")]


def test_money_component_uses_configured_spans_key() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("kgraph_money", config={"spans_key": "money"})
    doc = nlp("超1.34亿元")
    assert [s.text for s in doc.spans["money"]] == ["超1.34亿元"]
    assert SPANS_KEY not in doc.spans


@pytest.mark.parametrize(
    ("text", "amount", "value", "currency"),
    [
        ("村集体投资200万建成厂房", "200万", "2000000", "CNY"),
        ("捐赠价值80万的设备", "80万", "800000", "CNY"),
        ("计划总投资8亿澳门元", "8亿澳门元", "800000000", "MOP"),
        ("投资5000万新台币", "5000万新台币", "50000000", "TWD"),
    ],
)
def test_money_implied_yuan_and_more_currencies(
    text: str, amount: str, value: str, currency: str
) -> None:
    ((start, end, money),) = list(iter_money(text))
    assert text[start:end] == amount
    assert money.value == Decimal(value) and money.currency == currency


@pytest.mark.parametrize(
    "text", ["年产300万吨", "投资建设200万平方米厂房", "吸引游客200万人次"]
)
def test_money_amounts_of_other_things_are_not_money(text: str) -> None:
    assert list(iter_money(text)) == []


@pytest.mark.parametrize(
    ("text", "amount", "value", "currency"),
    [
        ("合同金额壹亿元整", "壹亿元", "100000000", "CNY"),
        # Hong Kong and Taiwan forms: 廿/卅 for 20/30, 仟 for 千, 美金 and 日圆
        ("投資廿五億元", "廿五億元", "2500000000", "CNY"),
        ("投資卅億元", "卅億元", "3000000000", "CNY"),
        ("投資3仟萬元", "3仟萬元", "30000000", "CNY"),
        ("總額為美金3億元", "美金3億元", "300000000", "USD"),
        ("投资3亿日圆", "3亿日圆", "300000000", "JPY"),
        ("奖金壹佰贰拾万元", "壹佰贰拾万元", "1200000", "CNY"),
        ("售价¥300万", "¥300万", "3000000", "CNY"),
        ("售价￥300万元", "￥300万元", "3000000", "CNY"),
        ("融资RMB 2亿", "RMB 2亿", "200000000", "CNY"),
        ("投资US$ 1.2亿", "US$ 1.2亿", "120000000", "USD"),
        ("投資港幣5億元", "港幣5億元", "500000000", "HKD"),
        ("新台幣30億元的訂單", "新台幣30億元", "3000000000", "TWD"),
        ("總投資逾5億元", "逾5億元", "500000000", "CNY"),
        ("总投资 1035 亿元,", "1035 亿元", "103500000000", "CNY"),
    ],
)
def test_money_financial_numerals_prefixed_currencies_and_spaces(
    text: str, amount: str, value: str, currency: str
) -> None:
    ((start, end, money),) = list(iter_money(text))
    assert text[start:end] == amount
    assert (money.value, money.currency) == (Decimal(value), currency)
    assert parse_amount(amount) == money


@given(
    st.text(
        alphabet="億萬兩幣¥$RMB元亿万兆个几十百千 0123456789.约超投资"
        "一二五〇零０美廿卅仟",
        max_size=30,
    )
)
def test_money_iter_money_spans_parse_back(text: str) -> None:
    for start, end, money in iter_money(text):
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
        assert parse_amount(text[start:end], implied_currency=True) == money


@pytest.mark.parametrize(
    ("text", "value", "value_max"),
    [
        ("签订合作意向接近三个亿。", D("300000000"), None),
        ("总投资5.6个亿。", D("560000000"), None),
        ("十几个亿的项目", D("1000000000"), D("2000000000")),
        ("吸引企业约2兆6,218亿元投资", D("2621800000000"), None),
        ("投资1.6兆元", D("1600000000000"), None),
        ("累计投资超过二○五七亿元", D("205700000000"), None),
        ("总投资二三十亿元", D("2000000000"), D("3000000000")),
        ("投资三四千万元", D("30000000"), D("40000000")),
        ("总投资十几亿元", D("1000000000"), D("2000000000")),
        ("投资一百多万美金", D("1000000"), None),
        ("投资新臺幣3億元", D("300000000"), None),
        ("花了600多万块钱", D("6000000"), None),
        ("奖励百万元", D("1000000"), None),
        ("总投资达千亿元", D("100000000000"), None),
        ("投资两亿建设厂房", D("200000000"), None),
        ("总投资超百亿,", D("10000000000"), None),
        ("年纳税3000万", D("30000000"), None),
    ],
)
def test_money_spoken_taiwan_and_estimated_forms(
    text: str, value: Decimal, value_max: Decimal | None
) -> None:
    [(start, end, money)] = list(iter_money(text))
    assert (money.value, money.value_max) == (value, value_max)
    # the graph reads every span back with parse_amount
    assert parse_amount(text[start:end], implied_currency=True) == money


@pytest.mark.parametrize(
    "text",
    [
        "装机容量1.6兆瓦",
        "投资建设100兆瓦光伏",
        "千万元级企业",
        "带动上万人就业",
        "新开工2个亿元项目",
    ],
)
def test_money_new_forms_leave_other_amounts_alone(text: str) -> None:
    assert list(iter_money(text)) == []


def test_money_iter_money_joins_hundred_millions_to_ten_thousands() -> None:
    text = "核准投资金额计8亿9326万美元，另投资3.5亿元、2000万元。"
    found = [(text[s:e], m.value) for s, e, m in iter_money(text)]
    assert found == [
        ("8亿9326万美元", D("893260000")),
        ("3.5亿元", D("350000000")),
        ("2000万元", D("20000000")),
    ]


@pytest.mark.parametrize(
    ("text", "amount", "value"),
    [
        ("年产值过亿元", "过亿元", D(10**8)),
        ("营收破百亿元", "破百亿元", D(10**10)),
        ("总投资NT$30亿", "NT$30亿", D(3 * 10**9)),
    ],
)
def test_over_hedges_and_taiwan_dollar(text: str, amount: str, value: Decimal) -> None:
    [(start, end, money)] = list(iter_money(text))
    assert (text[start:end], money.value) == (amount, value)
    assert parse_amount(amount) == money


@pytest.mark.parametrize(
    "text", ["通过亿元规模审查", "不过千万元而已", "经过万元户家门"]
)
def test_pass_through_words_are_no_hedge(text: str) -> None:
    assert list(iter_money(text)) == []


@pytest.mark.parametrize(
    ("text", "amount", "value"),
    [("投入千余万元", "千余万元", D(10**7)), ("筹得百多万元", "百多万元", D(10**6))],
)
def test_scale_with_yu_and_no_digit(text: str, amount: str, value: Decimal) -> None:
    [(start, end, money)] = list(iter_money(text))
    assert (text[start:end], money.value, money.qualifier) == (amount, value, Q.OVER)
    assert parse_amount(amount) == money


@pytest.mark.parametrize("text", ["百余家企业", "千余人参加", "百余万平方米"])
def test_scale_with_yu_of_other_things_is_not_money(text: str) -> None:
    assert list(iter_money(text)) == []


def test_money_amounts_join_doc_ents() -> None:
    """displaCy's "ent" style shows the amounts: MONEY goes to doc.ents too."""
    import kgraph

    doc = kgraph.load(engine="jieba")("嘉兴市投资5亿元建设南湖实验室。")
    assert ("5亿元", "MONEY") in [(e.text, e.label_) for e in doc.ents]
    assert {e.label_ for e in doc.ents} >= {"PLACE", "ORG", "MONEY"}


@pytest.mark.parametrize(
    ("text", "amount", "value"),
    [
        ("申请汇出一0五0万美元增资", "一0五0万美元", "10500000"),
        ("投资二0二0万元", "二0二0万元", "20200000"),
    ],
)
def test_money_arabic_zeros_among_chinese_digits(
    text: str, amount: str, value: str
) -> None:
    ((start, end, money),) = list(iter_money(text))
    assert (text[start:end], money.value) == (amount, Decimal(value))


@pytest.mark.parametrize(
    "text", ["公司投资零十二元建厂。", "投資廿〇元。", "投資〇十二元。"]
)
def test_money_a_numeral_no_reader_reads_is_no_amount(text: str) -> None:
    assert list(iter_money(text)) == []
