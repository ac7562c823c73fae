"""Gold annotation of eval/corpus/articles/l09_peixi.txt (format of ../shared/eval/gold_dev.py)."""
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

JX_X = ("江西", "江西省")
JA = ("吉安市", "吉安")
AF = ("安福县", "安福")
YM = ("洋门乡",)
PX = ("沛溪村",)
BASE = ("洋门乡千亩小黄姜种植示范基地", "千亩小黄姜种植示范基地", "小黄姜种植示范基地", "生姜基地")
DW = ("洋门乡党委",)
ZF = ("洋门乡政府", "洋门乡人民政府")

GOLD = {"l09_peixi": {
  "entities": [
    E("王瑞贤", PER), E("谢凌", PER),
    E(JA, LOC), E(AF, LOC), E(YM, LOC), E(PX, (LOC, ORG)),
    E(BASE, (LOC, ORG, PROJ)),
    E(JX_X, LOC, optional=True),
    E(DW, ORG, optional=True), E(ZF, ORG, optional=True),
    E(("张驰",), PER, optional=True), E(("刘炎炎",), PER, optional=True),
    E(("村集体",), ANY, optional=True),
  ],
  "relations": [
    R(("王瑞贤",), "reported_by", ("ARTICLE",)),
    R(("谢凌",), "reported_by", ("ARTICLE",)),
    R(AF, "part_of", JA),
    R(YM, "part_of", AF),
    R(PX, "part_of", YM),
    R(BASE, "located_in", YM + PX + AF, optional=True),
    R(BASE, "part_of", YM + PX, optional=True),
    R(PX, "part_of", AF + JA, optional=True),
    R(YM, "part_of", JA, optional=True),
    R(DW + ZF, "located_in", YM, optional=True),
  ],
  "money": [M(3000), M(6e4), M(4e4, optional=True)],
}}

# True administrative containments (optional), as in batches a-k.
GOLD["l09_peixi"]["relations"] += [
    R(JA + AF + YM + PX, "part_of", JX_X, optional=True),
]
