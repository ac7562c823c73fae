"""Gold annotation of eval/corpus/articles/i01_chongqing.txt (format of ../shared/eval/gold_dev.py)."""
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

CQ = ("重慶", "重慶市")
KMT = ("國民黨",)
WU = ("吳伯雄", "吳")
BO = ("薄熙來", "薄")
CQW = ("重慶市委",)
CQGOV = ("重慶市人民政府", "重慶市政府")
YD = ("渝德公司", "台商渝德公司")
YTDB = ("渝台信用擔保公司", "「渝台信用擔保公司」")
TZY = ("重慶台資信息產業園", "「重慶台資信息產業園」")
XY = ("西永微電子產業園", "「西永微電子產業園」")
CN_X = ("中國", "大陸", "中華人民共和國")

GOLD = {"i01_chongqing": {
  "entities": [
    E("彭顯鈞", PER), E(WU, PER), E("黃奇帆", PER), E(BO, PER), E("馬英九", PER),
    E(KMT, ORG), E(YD, ORG), E(YTDB, ORG), E(CQW, ORG),
    E(CQ, LOC),
    E(TZY, (LOC, ORG)), E(XY, (LOC, ORG)),
    E(CQGOV, ORG, optional=True),
    E(CN_X, LOC, optional=True), E(("台灣",), LOC, optional=True),
    E(("國民政府",), ORG, optional=True),
    E(("重慶首屆台灣週", "台灣週", "重慶台灣週", "重慶當局", "陪都"), ANY, optional=True),
  ],
  "relations": [
    R(("彭顯鈞",), "reported_by", ("ARTICLE",)),
    R(WU, "works_for", KMT),
    R("黃奇帆", "works_for", CQGOV + CQ),
    R(BO, "works_for", CQW + CQ),
    R(YTDB, "has_investment", ("1000000000",), optional=True),
    R(CQ + ("重慶當局",), "has_investment", ("20000000000",), optional=True),
    R(YTDB, "located_in", CQ, optional=True),
    R(YD, "located_in", CQ, optional=True),
    R(TZY, "located_in", CQ, optional=True), R(TZY, "part_of", CQ, optional=True),
    R(XY, "located_in", CQ, optional=True), R(XY, "part_of", CQ, optional=True),
    R(CQW, "located_in", CQ, optional=True), R(CQW, "part_of", CQ, optional=True),
    R(CQGOV, "located_in", CQ, optional=True), R(CQGOV, "part_of", CQ, optional=True),
    R(YTDB, "partner_of", CQ + ("重慶當局",), optional=True),
    R(WU, "partner_of", BO, optional=True),
  ],
  "money": [M(2e10), M(1e9)],
}}

# True administrative containments (optional), as in batches a-g.
GOLD["i01_chongqing"]["relations"] += [
    R(CQ, "part_of", CN_X, optional=True),
]
