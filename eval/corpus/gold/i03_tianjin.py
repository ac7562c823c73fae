"""Gold annotation of eval/corpus/articles/i03_tianjin.txt (format of ../shared/eval/gold_dev.py)."""
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

TJ = ("天津", "天津市", "津城")
TJW = ("天津市委",)
TJGOV = ("天津市人民政府", "天津市政府", "市政府")
ZYTB = ("中共中央台辦",)
GWYTB = ("國務院台辦",)
KMT = ("中國國民黨",)
JTH = ("第十六屆津台投資合作洽談會", "津台投資合作洽談會", "津台會", "「津台會」", "本屆津台會")
CN_X = ("中國", "大陸", "中華人民共和國")

GOLD = {"i03_tianjin": {
  "entities": [
    E("宋濤", PER), E("張工", PER), E("蕭旭岑", PER),
    E(ZYTB, ORG), E(GWYTB, ORG), E(TJW, ORG), E(KMT, ORG),
    E(TJ, LOC),
    E(TJGOV, ORG, optional=True),
    E(("台灣",), LOC, optional=True), E(CN_X, LOC, optional=True),
    E(("京津冀",), LOC, optional=True),
    E(JTH, ANY, optional=True),
    E(("兩岸青年就業創業發展交流會", "京津冀台大健康產業交流會"), ANY, optional=True),
  ],
  "relations": [
    R("宋濤", "works_for", ZYTB),
    R("宋濤", "works_for", GWYTB),
    R("張工", "works_for", TJW + TJ),
    R("張工", "works_for", TJGOV + TJ),
    R("蕭旭岑", "works_for", KMT),
    R(JTH + TJ, "has_investment", ("123800000000",), optional=True),
    R(JTH, "located_in", TJ, optional=True),
    R(TJW, "located_in", TJ, optional=True), R(TJGOV, "located_in", TJ, optional=True),
    R(TJW + TJGOV, "partner_of", ZYTB + GWYTB, optional=True),
  ],
  "money": [M(1.238e11)],
}}

# True administrative containments (optional), as in batches a-g.
GOLD["i03_tianjin"]["relations"] += [
    R(TJ, "part_of", CN_X, optional=True),
]
