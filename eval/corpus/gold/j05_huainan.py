"""Gold annotation of eval/corpus/articles/j05_huainan.txt (format of ../shared/eval/gold_dev.py)."""
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

HN = ("淮南", "淮南市")
AH_X = ("安徽", "安徽省")
FT = ("凤台县",)
HNSW = ("淮南市委", "市委", "中共淮南市委")
HNZF = ("淮南市人民政府", "淮南市政府", "市政府", "市人民政府")
HNZX = ("淮南市政协", "市政协", "政协淮南市委员会")
HNRD = ("淮南市人大常委会", "市人大常委会", "淮南市人民代表大会常务委员会")
TCJ = ("淮南市投资促进局", "市投资促进局")
ZWZX = ("淮南市政务中心", "市政务中心")
ZHOU = ("周玲", "周 玲")
EVT = ("“投资淮南·月月签”招商引资项目集中签约仪式", "投资淮南·月月签", "“投资淮南·月月签”",
       "招商引资项目集中签约仪式", "集中签约仪式", "签约仪式")

GOLD = {"j05_huainan": {
  "entities": [
    E("张志强", PER), E("蔡宜骅", PER), E("孙良鸿", PER), E("沈斌", PER), E("戴宜斌", PER),
    E(ZHOU, PER),
    E(HN, LOC), E(FT, LOC),
    E(HNSW, ORG, optional=True), E(HNZF, ORG, optional=True), E(HNZX, ORG, optional=True),
    E(HNRD, ORG, optional=True), E(TCJ, ORG, optional=True),
    E(ZWZX, (LOC, ORG), optional=True),
    E(("长三角",), LOC, optional=True),
    E(EVT, ANY, optional=True),
  ],
  "relations": [
    R(ZHOU, "reported_by", ("ARTICLE",)),
    R(("张志强",), "works_for", HNSW),
    R(("张志强",), "works_for", HNZF + HN),
    R(("蔡宜骅",), "works_for", HNZX),
    R(("孙良鸿",), "works_for", HNSW),
    R(("孙良鸿",), "works_for", HNZF + HN),
    R(("沈斌",), "works_for", HNRD),
    R(("戴宜斌",), "works_for", HNZF + HN),
    R(HN + EVT + HNZF, "has_investment", ("6818000000",)),
    R(ZWZX, "located_in", HN, optional=True),
    R(EVT, "located_in", ZWZX + HN, optional=True),
    R(TCJ, "part_of", HNZF, optional=True),
    R(HNSW + HNZF + HNZX + HNRD + TCJ, "located_in", HN, optional=True),
    R(FT, "partner_of", HN + HNZF, optional=True),
  ],
  "money": [M(6.818e9), M(1e11, optional=True)],
}}

# True administrative containments (optional), as in batches a-i.
GOLD["j05_huainan"]["relations"] += [
    R(FT, "part_of", HN, optional=True),
    R(FT, "part_of", AH_X, optional=True),
    R(HN, "part_of", AH_X, optional=True),
]
