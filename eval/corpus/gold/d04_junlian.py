"""Gold annotation of eval/corpus/articles/d04_junlian.txt (format of ../shared/eval/gold_dev.py)."""
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

SC = ("四川省", "四川")
YB = ("宜宾市", "宜宾")
JL = ("筠连县", "筠连", "宜宾市筠连县", "四川省宜宾市筠连县")
TD = ("腾达镇", "筠连县腾达镇")
MS = ("冒水村", "腾达镇冒水村", "筠连县腾达镇冒水村", "四川省宜宾市筠连县腾达镇冒水村")
YBCZ = ("宜宾市财政局",)
JLCZ = ("筠连县财政局", "县财政局")
NK_PROJ = ("筠连县农业综合开发项目", "农业综合开发项目", "筠连县200万农业综合开发项目",
           "200万的农业综合开发项目", "2010年筠连县农业综合开发项目")

GOLD = {"d04_junlian": {
  "entities": [
    E("黄志凌", PER), E("张择君", PER), E("赵容", PER), E("王克兵", PER), E("赵国雄", PER),
    E("杨鑫", PER, optional=True),
    E(YB, LOC), E(JL, LOC), E(TD, LOC), E(MS, (LOC, ORG)),
    E(YBCZ, ORG),
    E(SC, LOC, optional=True), E(("中国",), LOC, optional=True),
    E(JLCZ, ORG, optional=True),
    E(NK_PROJ, PROJ, optional=True),
    E(("筠连县城",), LOC, optional=True),
    E(("中国日报四川记者站", "中国日报"), ORG, optional=True),
    E(("冒水村支部", "乌牛早茶园", "早茶基地", "木耳基地", "山坪塘"), ANY, optional=True),
  ],
  "relations": [
    R("黄志凌", "reported_by", "ARTICLE"), R("张择君", "reported_by", "ARTICLE"),
    R("赵容", "reported_by", "ARTICLE"),
    R(MS, "part_of", TD + ("腾达",)),
    R(TD + ("腾达",), "part_of", JL),
    R(JL, "part_of", YB),
    R(YB, "part_of", SC, optional=True),
    R(MS, "located_in", TD + JL, optional=True),
    R("赵国雄", "works_for", MS + ("冒水村支部",), optional=True),
    R(NK_PROJ, "located_in", MS, optional=True),
    R(NK_PROJ + MS + JL, "has_investment", "2000000"),
    R(YBCZ + NK_PROJ, "has_investment", "1500000", optional=True),
    R(JLCZ + NK_PROJ, "has_investment", "500000", optional=True),
    R(YBCZ, "located_in", YB, optional=True), R(YBCZ, "part_of", YB, optional=True),
    R(JLCZ, "located_in", JL, optional=True), R(JLCZ, "part_of", JL, optional=True),
  ],
  "money": [M(2e6), M(1.5e6), M(5e5)],
}}
