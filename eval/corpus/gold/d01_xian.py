"""Gold annotation of eval/corpus/articles/d01_xian.txt (format of ../shared/eval/gold_dev.py)."""
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

XAGX = ("西安高新区", "高新区")
DJW = ("高新区党工委", "西安高新区党工委")
XASW = ("西安市委",)
CTJD = ("草堂科技产业基地",)
CETC_PROJ = ("中国电科(西安)电子信息产业园项目", "中国电科（西安）电子信息产业园项目",
             "中国电科(西安)电子信息产业园", "中国电科（西安）电子信息产业园",
             "电子信息产业园项目", "电子信息产业园")
SXZF = ("陕西省人民政府", "陕西省政府")

GOLD = {"d01_xian": {
  "entities": [
    E("魏晓飞", PER), E("张道宏", PER), E("赵红专", PER),
    E("王静", PER, optional=True),
    E(XAGX, (LOC, ORG)), E(CTJD, (LOC, ORG)),
    E(XASW, ORG), E(DJW, ORG),
    E(CETC_PROJ, (PROJ, LOC, ORG)),
    E(("西安", "西安市"), LOC, optional=True),
    E(("中国电科",), ORG, optional=True), E(("中国",), LOC, optional=True),
    E(SXZF, ORG, optional=True),
    E(("现代导航产业基地", "卫星地面应用及电子装备产业基地", "软件与信息产业基地",
       "电子信息产业链基地", "世界500强"), ANY, optional=True),
  ],
  "relations": [
    R("魏晓飞", "reported_by", "ARTICLE"),
    R("赵红专", "works_for", XASW),
    R("赵红专", "works_for", DJW),
    R("赵红专", "works_for", XAGX, optional=True),
    R("张道宏", "works_for", SXZF, optional=True),
    R(DJW, "part_of", XAGX, optional=True), R(DJW, "located_in", XAGX, optional=True),
    R(CTJD, "part_of", XAGX, optional=True), R(CTJD, "located_in", XAGX, optional=True),
    R(XAGX, "part_of", ("西安", "西安市"), optional=True),
    R(XAGX, "located_in", ("西安", "西安市"), optional=True),
    R(CETC_PROJ, "located_in", XAGX + CTJD + ("西安", "西安市"), optional=True),
    R(XAGX, "has_investment", "27000000000"),
    R(XAGX, "has_investment", "3600000000", optional=True),
    R(XAGX, "has_investment", "4000000000", optional=True),
    R(CETC_PROJ + ("中国电科",), "has_investment", "10380000000"),
    # true administrative chain (MCA division table, Xzqh20251231), optional
    R(('西安', '西安市'), "part_of", ('陕西省', '陕西'), optional=True),
  ],
  "money": [M(2.7e10), M(3.6e9), M(3e10), M(1e11), M(4e9), M(1.038e10), M(1e10), M(2e10)],
}}
