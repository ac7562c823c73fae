"""Gold annotation of eval/corpus/articles/k06_xinjiang.txt (format of ../shared/eval/gold_dev.py)."""
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

XJ = ("新疆", "新疆維吾爾自治區", "自治區")
XJ_X = XJ + ("新疆维吾尔自治区",)
HK = ("香港",)
WLMQ = ("烏魯木齊", "烏魯木齊市")
YN = ("伊寧市", "伊寧")
HEGS = ("霍爾果斯", "霍爾果斯市")
KS = ("喀什", "喀什市")
GS = ("外交部駐港公署", "外交公署", "駐港公署")
WJB = ("外交部",)
XJDW = ("新疆維吾爾自治區黨委", "自治區黨委", "新疆維吾爾自治區黨委員會", "中共新疆維吾爾自治區委員會")
XJZF = ("新疆維吾爾自治區人民政府", "自治區人民政府", "自治區政府", "新疆維吾爾自治區政府")
DZH = ("香港大中華通訊社", "大中華通訊社")

GOLD = {"k06_xinjiang": {
  "entities": [
    E("崔建春", PER), E("陳偉俊", PER), E("莫家富", PER, optional=True),
    E(XJ, LOC, optional=True), E(HK, LOC, optional=True), E(WLMQ, LOC), E(YN, LOC), E(HEGS, LOC), E(KS, LOC),
    E(GS, ORG), E(XJDW, ORG),
    E(XJZF, ORG, optional=True), E(WJB, ORG, optional=True), E(DZH, ORG, optional=True),
    E(("北疆", "南疆"), LOC, optional=True),
    E(("推介會", "參訪團"), ANY, optional=True),
    E(("「一帶一路」", "一帶一路"), ANY, optional=True),
  ],
  "relations": [
    R(("崔建春",), "works_for", GS + WJB),
    R(("陳偉俊",), "works_for", XJDW + XJ),
    R(("陳偉俊",), "works_for", XJZF + XJ),
    R(GS, "part_of", WJB, optional=True),
    R(GS, "located_in", HK, optional=True),
    R(WLMQ + YN + HEGS + KS, "part_of", XJ_X, optional=True),
    R(WLMQ + YN + HEGS + KS, "located_in", XJ, optional=True),
    R(("推介會",), "located_in", WLMQ, optional=True),
    R(XJ, "partner_of", HK, optional=True),
    R(XJDW + XJZF, "located_in", XJ, optional=True),
  ],
  "money": [],
}}

# True administrative containments (optional), as in batches a-j.
GOLD["k06_xinjiang"]["relations"] += [
    R(YN + HEGS + ("伊宁市", "霍尔果斯市", "霍尔果斯"), "part_of", ("伊犁哈薩克自治州", "伊犁州", "伊犁哈萨克自治州"), optional=True),
    R(KS, "part_of", ("喀什地區", "喀什地区"), optional=True),
]
