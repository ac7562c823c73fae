"""Gold annotation of eval/corpus/articles/m07_haikou.txt (format of ../shared/eval/gold_dev.py)."""
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

HK = ("海口市", "海口")
HN_XS = ("海南", "海南省")
HNSW = ("海南省委", "省委", "中共海南省委")
HKSW = ("海口市委", "市委", "中共海口市委")
HKZF = ("海口市人民政府", "海口市政府", "市政府") + HK
NG = ("粤海铁路南港码头", "南港码头")
FTA = ("海南自由贸易港", "中国特色自由贸易港")
HKRB = ("海口日报",)
PRJ = ("全岛封关运作海口市建设项目", "封关运作项目", "全岛封关运作海口市建设项目集中开工仪式", "集中开工仪式", "开工仪式")

GOLD = {"m07_haikou": {
  "entities": [
    E("罗增斌", PER), E("丁晖", PER), E("王艳萍", PER), E("郭燕红", PER),
    E(HK, LOC), E(NG, (LOC, ORG)),
    E(HNSW, ORG, optional=True), E(HKSW, ORG, optional=True), E(HKZF[:3], ORG, optional=True),
    E(HKRB, ORG, optional=True),
    E(("粤海铁路",), ORG, optional=True),
    E(FTA, (LOC, ORG), optional=True), E(HN_XS + ("全岛",), LOC, optional=True),
    E(PRJ, ANY, optional=True),
  ],
  "relations": [
    R(("罗增斌",), "works_for", HNSW),
    R(("罗增斌",), "works_for", HKSW),
    R(("丁晖",), "works_for", HKSW),
    R(("丁晖",), "works_for", HKZF),
    R(("王艳萍", "郭燕红"), "works_for", HKSW + HKZF, optional=True),
    R(HK + PRJ, "has_investment", ("4154000000",)),
    R(HK + PRJ, "has_investment", ("4150000000",), optional=True),
    R(PRJ, "located_in", NG + HK, optional=True),
    R(NG, "located_in", HK, optional=True),
    R(NG, "part_of", HK, optional=True),
    R(HKSW + HKZF[:3], "located_in", HK, optional=True),
  ],
  "money": [M(4.154e9), M(4.15e9)],
}}

# Optional part_of links of the article's places to their province
# (GB/T 2260; official simplified names included), as in batches j-l.
GOLD["m07_haikou"]["relations"] += [
    R(HK, "part_of", HN_XS, optional=True),
    R(NG, "part_of", HN_XS, optional=True),
]
