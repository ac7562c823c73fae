"""Gold annotation of eval/corpus/articles/m09_shaanxi.txt (format of ../shared/eval/gold_dev.py)."""
PER, ORG, LOC, PROJ = "PERSON", "ORG", "PLACE", "PROJECT"
ANY = (PER, ORG, LOC, PROJ)


def E(names, types, optional=False):
    names = (names,) if isinstance(names, str) else tuple(names)
    types = (types,) if isinstance(types, str) else tuple(types)
    return {"names": names, "types": types, "optional": optional}


def R(heads, rel, tails, optional=False):
    heads = (heads,) if isinstance(heads, str) else tuple(heads)
    tails = (tails,) if isinstance(tails, str) else tuple(tails)
    return {"heads": heads, "rel": rel, "tails": tails, "optional": optional}


def M(value, optional=False):
    return {"value": float(value), "optional": optional}

XA = ("西安", "西安市")
SX_X = ("陕西", "陕西省", "陕")
SXSW = ("陕西省委", "省委", "中共陕西省委")
SXZF = ("陕西省人民政府", "陕西省政府", "省政府")
XASW = ("西安市委", "中共西安市委")
TZB = ("陕西省委统战部", "省委统战部")
GYZH = ("台湾工业总会",)
JRB = ("金仁宝集团",)
DLG = ("台湾工业总会“丝路之旅”访问团", "“丝路之旅”访问团", "访问团")
NSBD = ("“南水北调”中线工程", "南水北调中线工程", "南水北调")

GOLD = {"m09_shaanxi": {
  "entities": [
    E("娄勤俭", PER), E("许胜雄", PER), E("王永康", PER), E("姜锋", PER), E("钱引安", PER), E("魏增军", PER),
    E(XA, LOC),
    E(GYZH, ORG), E(JRB, ORG), E(XASW, ORG), E(TZB, ORG, optional=True),
    E(("华为",), ORG), E(("中兴",), ORG), E(("三星",), ORG),
    E(SXSW, ORG, optional=True), E(SXZF, ORG, optional=True),
    E(SX_X, LOC, optional=True), E(("台湾", "陕台"), LOC, optional=True), E(("我国",), LOC, optional=True),
    E(NSBD, ANY, optional=True), E(("一带一路", "“一带一路”"), ANY, optional=True),
    E(DLG, ANY, optional=True),
  ],
  "relations": [
    R(("娄勤俭",), "works_for", SXSW),
    R(("许胜雄",), "works_for", GYZH),
    R(("许胜雄",), "works_for", JRB),
    R(("王永康",), "works_for", SXSW),
    R(("王永康",), "works_for", XASW),
    R(("姜锋",), "works_for", SXSW),
    R(("姜锋",), "works_for", TZB),
    R(("姜锋",), "works_for", SXZF + SX_X[:2]),
    R(("钱引安",), "works_for", SXSW),
    R(("魏增军",), "works_for", SXZF + SX_X[:2]),
    R(("许胜雄",), "works_for", DLG, optional=True),
    R(TZB, "part_of", SXSW, optional=True),
    R(XASW, "located_in", XA, optional=True),
    R(("华为", "中兴", "三星"), "located_in", SX_X, optional=True),
    R(GYZH + DLG, "partner_of", SXSW + SXZF, optional=True),
  ],
  "money": [],
}}

# Optional part_of links of the article's places to their province
# (GB/T 2260; official simplified names included), as in batches j-l.
GOLD["m09_shaanxi"]["relations"] += [
    R(XA, "part_of", SX_X[:2], optional=True),
]
