"""Gold annotation of eval/corpus/articles/c07_jiuyuan.txt (format of ../shared/eval/gold_dev.py)."""
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

BT = ("包头市",)
JYQ = ("九原区", "九原")
JYGY = ("九原工业园区",)
MINGTUO = ("明拓集团铬业科技有限公司", "明拓铬业科技有限公司")
WHGW = ("威海光威集团",)
GWNY = ("光威能源新材料公司",)
GWTX = ("内蒙古光威碳纤有限公司",)
TX_PROJ = ("万吨级碳纤维生产线项目", "万吨级碳纤维生产线项目一期工程", "万吨级碳纤维生产线",
           "碳纤维生产线项目")

GOLD = {"c07_jiuyuan": {
  "entities": [
    E("张国强", PER), E("孙绍桓", PER),
    E(BT, LOC), E(JYQ, LOC), E(JYGY, (LOC, ORG)),
    E(MINGTUO, ORG), E(WHGW, ORG), E(GWNY, ORG), E(GWTX, ORG),
    E(TX_PROJ, PROJ),
    E(("明拓集团",), ORG, optional=True),
    E(("威海",), LOC, optional=True), E(("内蒙古", "自治区"), LOC, optional=True),
    E(("中国",), LOC, optional=True),
    E(("草原云", "草原云·百名记者万里行", "草原云•百名记者万里行", "百名记者万里行", "永远跟党走",
       "《九原区招商引资工作方案》", "九原区招商引资工作方案", "报道组", "招商工作组",
       "高碳铬铁生产基地", "园区"), ANY, optional=True),
  ],
  "relations": [
    R("张国强", "works_for", MINGTUO),
    R("孙绍桓", "works_for", GWTX),
    R(WHGW, "partner_of", GWNY),
    R(TX_PROJ, "located_in", JYGY),
    R(GWTX, "partner_of", WHGW + GWNY, optional=True),
    R(GWTX + TX_PROJ, "located_in", JYGY + JYQ + BT, optional=True),
    R(MINGTUO, "located_in", JYGY + JYQ + BT, optional=True),
    R(MINGTUO, "part_of", ("明拓集团",), optional=True),
    R(JYGY, "located_in", JYQ + BT, optional=True), R(JYGY, "part_of", JYQ + BT, optional=True),
    R(JYQ, "part_of", BT + ("包头",), optional=True),
    R(BT + ("包头",), "part_of", ("内蒙古", "内蒙古自治区", "自治区"), optional=True),
    R(JYQ, "has_investment", "5300000000", optional=True),
    R(JYQ, "has_investment", "6530000000", optional=True),
    # true administrative chain (MCA division table, Xzqh20251231), optional
    R(('威海', '威海市'), "part_of", ('山东省', '山东'), optional=True),
  ],
  "money": [M(5.3e9), M(6.53e9)],
}}
