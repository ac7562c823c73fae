"""The grammar of a written amount of money, as regular expressions and tables.

An amount is a numeral (Arabic, Chinese or financial: ``54``, ``三千万``,
``壹亿``), a scale (万, 亿, 千万 …), hedges (约, 超, 余, 以上 …) and a currency
after it (元, 美元, 港币 …) or before it (``¥``, ``RMB``, ``港币``). Traditional
money characters (億, 萬, 幣) are read one for one as simplified ones, so
offsets into the text stay. `kgraph.extract.money` parses what these match.
"""

from __future__ import annotations

import re

from kgraph.types import MoneyQualifier

__all__ = [
    "AR",
    "BARE",
    "CN",
    "CN_DIGITS",
    "CUED_BARE_RE",
    "CUES",
    "CUR",
    "CURRENCY",
    "GE_YI_RE",
    "IMPLIED_RE",
    "MONEY_RE",
    "NUM",
    "PAIR",
    "PRE",
    "PREFIXED_RE",
    "PREFIX_CURRENCY",
    "QUALIFIER",
    "SCALE",
    "SEP",
    "SP",
    "TRADITIONAL",
    "UNIT",
    "arabic_zeros_read",
]

#: with the financial forms and the tens written in one character (廿 20, 卅 30,
#: 卌 40: 廿五亿元, as Hong Kong and Taiwan papers write them)
CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖廿卅卌"
UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8, "兆": 10**12}
#: traditional forms of the characters of an amount, one for one (offsets stay)
TRADITIONAL = str.maketrans(
    "億萬兩貳參陸幣門歐韓盧圓￥＄臺塊錢銖○仟佰",
    "亿万两贰参陆币门欧韩卢元¥$台块钱铢〇千百",
)
CURRENCY = {
    "美元": "USD",
    "欧元": "EUR",
    "港元": "HKD",
    "港币": "HKD",
    "日元": "JPY",
    "日圆": "JPY",
    "日币": "JPY",
    "欧罗": "EUR",
    "英镑": "GBP",
    "澳门元": "MOP",
    "澳门币": "MOP",
    "澳元": "AUD",
    "新台币": "TWD",
    "台币": "TWD",
    "韩元": "KRW",
    "卢布": "RUB",
    "美金": "USD",
    "新加坡元": "SGD",
    "加元": "CAD",
    "泰铢": "THB",
}
#: a currency written before the number (``¥300万``, ``RMB 2亿``, ``港币5亿元``):
#: signs and codes, and the names of `CURRENCY` written there too
PREFIX_CURRENCY = {
    "¥": "CNY",
    "RMB": "CNY",
    "CNY": "CNY",
    "人民币": "CNY",
    "US$": "USD",
    "NT$": "TWD",
    "USD": "USD",
    "$": "USD",
    "HK$": "HKD",
    "HKD": "HKD",
    "€": "EUR",
    "EUR": "EUR",
    **{
        name: CURRENCY[name]
        for name in ("美元", "美金", "欧元", "港元", "港币", "新台币", "澳门币")
    },
}
QUALIFIER = {
    "约": MoneyQualifier.APPROX,
    "大约": MoneyQualifier.APPROX,
    "左右": MoneyQualifier.APPROX,
    "近": MoneyQualifier.NEARLY,
    "将近": MoneyQualifier.NEARLY,
    "接近": MoneyQualifier.NEARLY,
    "超": MoneyQualifier.OVER,
    "超过": MoneyQualifier.OVER,
    "逾": MoneyQualifier.OVER,
    "上": MoneyQualifier.OVER,
    "破": MoneyQualifier.OVER,
    "过": MoneyQualifier.OVER,
    "余": MoneyQualifier.OVER,
    "多": MoneyQualifier.OVER,
    "以上": MoneyQualifier.OVER,
    "不到": MoneyQualifier.UNDER,
    "不足": MoneyQualifier.UNDER,
    "以下": MoneyQualifier.UNDER,
}

AR = r"(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?"
CN = rf"[{CN_DIGITS}十拾][{CN_DIGITS}十百千万亿拾佰仟]*(?:点[{CN_DIGITS}]+)?"
NUM = rf"(?:{AR}|{CN})"
SCALE = r"(?:万亿|千万|百万|兆|亿|万|千)"  # 兆 = 10**12, as Taiwan writes it
BARE = r"(?:[十百千]?(?:万亿|亿|万)|[十百千])"  # a scale with no digit: 近千万元
PRE = r"大约|将近|接近|超过|不到|不足|约|(?<![最附])近|超|逾"
#: the currency after the number: every currency's name, longest first, then 元
CUR = (
    "|".join(re.escape(c) for c in sorted(CURRENCY, key=len, reverse=True))
    + r"|块钱|元(?:人民币|新台币|台币|港币|澳门币)?|人民币"
)
# two neighbouring digits for an estimate: 二三十亿元, 三四千万元, 一两亿元
PAIR = r"(?:一两|二三|三四|四五|五六|六七|七八|八九)"
SEP = r"[至到~～\-－—–]"
SP = r"[ \t\u3000\u00a0]?"  # a space a PDF put inside an amount (1035 亿元)
MONEY_RE = re.compile(
    rf"""
    (?:
        (?P<pair>{PAIR})(?P<pair_unit>[十百千])?
      | (?:(?P<pre>{PRE}){SP})?
        (?:
            (?P<lo>{NUM})(?P<lo_scale>{SCALE})?(?:{CUR})?{SEP}(?P<hi>{NUM})
          | (?:(?P<tera>{AR})兆{SP})?(?P<num>{NUM})
        )
      | (?P<tens>[一二两三四五六七八九]?十)?(?P<several>[数几])(?P<sbare>{BARE})
      | (?P<bpre>{PRE}|上|破|(?<![通经不越])过)(?P<bare>{BARE})  # 营收破百亿元
      | (?P<xbare>[十百千])(?=[余多])  # 千余万元: a scale, 余 and no digit
    )
    {SP}(?P<mid>[余多])?(?P<scale>{SCALE})?(?P<mid2>[余多])?{SP}
    (?P<cur>{CUR})(?![户旦月素化宵首帅件器结组])
    (?P<post>左右|以上|以下)?
    """,
    re.VERBOSE,
)

PREFIXED_RE = re.compile(
    r"(?P<pcur>"
    + "|".join(re.escape(c) for c in sorted(PREFIX_CURRENCY, key=len, reverse=True))
    + rf"){SP}(?P<pre>{PRE})?(?P<num>{AR})(?P<mid>[余多])?(?P<scale>{SCALE})?"
    rf"(?P<mid2>[余多])?(?:元)?(?P<post>左右|以上|以下)?"
    r"(?![0-9.])"
)


# An amount with its 元 left out (投资200万, 价值80万): money when a money word
# leads it and no unit of something else (吨, 亩, 人 …) follows.
CUES = (
    "投资|投入|资金|价值|收入|营收|销售额|产值|分红|奖励|奖金|补贴|补助|资助|捐赠|捐款"
    "|融资|拨付|税收|利税|利润|总额|金额|造价|费用|贷款|授信|预算|经费|基金|注册资本"
    "|估值|交易额|成交额|签约额|合同额|收益|税金|工资"
    "|营业额|纳税|出口额|贸易额|生产总值|增加值|资产|市值|采购额|募资|募集|租金|效益|产出"
)
IMPLIED_RE = re.compile(
    rf"(?:{CUES})[^，。,；;！？!?\n0-9０-９]{{0,6}}?"
    rf"(?P<amount>(?:{PRE})?(?:{AR}|[{CN_DIGITS}十][{CN_DIGITS}十百千]*?)[余多]?"
    rf"(?:万亿|千万|百万|兆|亿|万)[余多]?|(?:{PRE}|上)[十百千]?(?:万亿|亿|万))"
    rf"(?![0-9０-９.．元吨亩人户个家台件株头只辆套次份册字条张斤米度瓦千平立公吉兆]"
    rf"|{CUR})"
)

# 个亿, the spoken hundred million: 三个亿, 5.6个亿, 两个多亿, 十几个亿
GE_YI_RE = re.compile(
    rf"(?:(?P<pre>{PRE}){SP})?"
    rf"(?:(?P<tens>[一二两三四五六七八九]?十)?(?P<several>几)|(?P<num>{NUM}))"
    rf"个(?P<mid>多)?亿(?!元)"  # 2个亿元项目 counts projects of a hundred million
)
# a scale with no digit and no hedge, after a money word: 奖励百万元, 总投资达千亿元
CUED_BARE_RE = re.compile(
    rf"(?:{CUES}|达|为)(?P<amount>[十百千](?:万亿|亿|万)元)(?![级以])"
)


#: a run of Chinese digits with Arabic zeros among them (一0五0, as Hong Kong and
#: Taiwan papers write 一〇五〇)
_ZERO_RUN = re.compile(rf"[{CN_DIGITS}0０]*[{CN_DIGITS}][{CN_DIGITS}0０]*")


def arabic_zeros_read(text: str) -> str:
    """``text`` with the Arabic zeros inside runs of Chinese digits read as 〇.

    One character for one: offsets stay.

    Examples
    --------
    >>> arabic_zeros_read("汇出一0五0万美元,2020年")
    '汇出一〇五〇万美元,2020年'
    """
    return _ZERO_RUN.sub(
        lambda run: run.group().replace("0", "〇").replace("０", "〇"), text
    )
