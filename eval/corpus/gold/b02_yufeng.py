"""Gold annotation of eval/corpus/articles/b02_yufeng.txt (format of ../shared/eval/gold_dev.py)."""
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

LZ = ("柳州市",)
YF = ("鱼峰区", "柳州市鱼峰区")
YFGY = ("鱼峰区工业园区", "柳州市鱼峰区工业园区")
LUOWEI = ("洛维螺蛳粉产业园", "鱼峰区洛维螺蛳粉产业园")
LBW_PROJ = ("螺霸王洛维螺蛳粉产业园项目", "螺霸王洛维螺蛳粉产业园")
LBW = ("广西螺霸王科技有限公司", "螺霸王")
YFZF = ("鱼峰区人民政府", "鱼峰区政府", "柳州市鱼峰区人民政府")
GX = ("广西",)

GOLD = {"b02_yufeng": {
  "entities": [
    E("韦黎", PER), E("林思思", PER), E("姚汉霖", PER), E("孙晋", PER),
    E("张倩", PER, optional=True),
    E(LZ, LOC), E(YF, LOC), E(YFGY, (LOC, ORG)), E(LUOWEI, (LOC, ORG)),
    E(LBW_PROJ, PROJ), E(LBW, ORG),
    E(GX, LOC, optional=True), E(YFZF, ORG, optional=True),
    E(("北部湾在线", "BBRTV"), ORG, optional=True),
  ],
  "relations": [
    R(YF + ("鱼峰",), "part_of", LZ + ("柳州",)),
    R(LZ + ("柳州",), "part_of", GX + ("广西壮族自治区",), optional=True),
    R(YFGY, "part_of", YF, optional=True), R(YFGY, "located_in", YF, optional=True),
    R(LUOWEI, "part_of", YF), R(LUOWEI, "located_in", YF, optional=True),
    R(LUOWEI, "part_of", YFGY, optional=True), R(LUOWEI, "located_in", YFGY, optional=True),
    R(LBW_PROJ, "located_in", LUOWEI + YFGY + YF, optional=True),
    R(LBW, "located_in", LUOWEI + YFGY + YF, optional=True),
    R("姚汉霖", "works_for", LBW),
    R("孙晋", "works_for", YFZF + YF),
    R(LBW_PROJ + LBW, "has_investment", "450000000"),
    R(YFGY + YF, "has_investment", "2084000000"),
    R(LBW_PROJ, "has_investment", "10000000000", optional=True),
    R("韦黎", "reported_by", "ARTICLE"), R("林思思", "reported_by", "ARTICLE"),
  ],
  "money": [M(2.084e9), M(4.5e8), M(1e10, optional=True)],
}}
