"""Gold annotation of eval/corpus/articles/n09_shuangcheng.txt (format of ../shared/eval/gold_dev.py)."""
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

HEB = ("哈尔滨市", "哈尔滨")
SC = ("双城区", "哈尔滨市双城区")
DCZ = ("单城镇", "双城区单城镇")
ZJC = ("政久村", "单城镇政久村")
HLJ = ("黑龙江", "黑龙江省")
HZS = ("政久水稻种植专业合作社", "合作社")
GS = ("广膳农庄",)
DBW = ("东北网",)

GOLD = {"n09_shuangcheng": {
  "entities": [
    E("许俊鹏", PER), E("陈文达", PER), E("陈志安", PER),
    E(("杨禹",), PER, optional=True),
    E(HEB, LOC), E(SC, LOC), E(DCZ, LOC), E(ZJC, (LOC, ORG)),
    E(HZS[:1], ORG), E(GS, ORG),
    E(DBW, ORG, optional=True), E(HLJ, LOC, optional=True),
  ],
  "relations": [
    R(("许俊鹏",), "reported_by", ("ARTICLE",)),
    R(ZJC, "part_of", DCZ),
    R(DCZ, "part_of", SC),
    R(SC, "part_of", HEB),
    R(("陈志安",), "works_for", HZS),
    R(HZS, "partner_of", GS),
    R(("陈文达",), "works_for", HZS, optional=True),
    R(("陈文达",), "located_in", ZJC, optional=True),
    R(HZS, "located_in", ZJC + DCZ + SC, optional=True),
    R(GS, "located_in", SC + HEB, optional=True),
    R(("许俊鹏",), "works_for", DBW, optional=True),
    R(("杨禹",), "works_for", DBW, optional=True),
  ],
  "money": [M(3e5), M(2500), M(4e4), M(3e4)],
}}

# Optional part_of links of the article's places to their province
# (GB/T 2260; official simplified names included), as in batches j-m.
GOLD["n09_shuangcheng"]["relations"] += [
    R(HEB + SC + DCZ + ZJC, "part_of", HLJ, optional=True),
]
