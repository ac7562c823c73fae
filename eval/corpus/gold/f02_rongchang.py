"""Gold annotation of eval/corpus/articles/f02_rongchang.txt (format of ../shared/eval/gold_dev.py)."""
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

RC = ("荣昌区",)
HJXH_PROJ = ("皇家小虎“西南超级工厂”项目", "皇家小虎“西南超级工厂”", "“西南超级工厂”项目", "“西南超级工厂”")
ZNWL = ("重庆智能网联新能源汽车零部件产业园",)
DZDL = ("重庆电子电路产业园",)
CY = ("成渝地区双城经济圈", "成渝地区")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
CQ_X = ("重庆市", "重庆")

GOLD = {
"f02_rongchang": {
  "entities": [
    E("罗芸", PER),
    E(RC, LOC),
    E(HJXH_PROJ, PROJ),
    E(ZNWL, (LOC, ORG)), E(DZDL, (LOC, ORG)),
    E(("重庆日报",), ORG, optional=True),
    E(("皇家小虎",), ANY, optional=True),
    E(CY, LOC, optional=True),
    E(("重庆",), LOC, optional=True),
  ],
  "relations": [
    R(RC, "has_investment", ("6780000000",)),
    R(RC, "has_investment", ("4180000000",), optional=True),
    R(RC, "has_investment", ("2600000000",), optional=True),
    R(HJXH_PROJ + ("皇家小虎",), "located_in", RC, optional=True),
    R(ZNWL + DZDL, "located_in", RC, optional=True),
    R(ZNWL + DZDL, "part_of", RC, optional=True),
    R(RC, "part_of", CQ_X, optional=True),
    R(RC, "located_in", CY, optional=True),
    R(("罗芸",), "works_for", ("重庆日报",), optional=True),
    R(("罗芸",), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(6.78e9), M(4.18e9), M(2.6e9), M(8e9)],
},
}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["f02_rongchang"]["relations"] += [
    R(ZNWL, "part_of", CQ_X, optional=True),
    R(DZDL, "part_of", CQ_X, optional=True),
]
