"""Gold annotation of eval/corpus/articles/j01_dalian.txt (format of ../shared/eval/gold_dev.py)."""
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

DL = ("大連", "遼寧大連", "大連市")
LN = ("遼寧",)
LN_X = LN + ("遼寧省", "辽宁省", "辽宁")
BJ = ("北京",)
TPW = ("太平灣合作創新區",)
GXQ = ("高新區",)
HNC = ("黃泥川智能製造產業園項目", "高新區黃泥川智能製造產業園項目", "黃泥川智能製造產業園")
ZSQ = ("中山區",)
P33 = ("大連市第三十三中學重建項目", "中山區大連市第三十三中學重建項目")
S33 = ("大連市第三十三中學", "第三十三中學")
CRN = ("中評社",)
RMRB = ("人民日報", "《人民日報》")

GOLD = {"j01_dalian": {
  "entities": [
    E(DL, LOC), E(BJ, LOC), E(ZSQ, LOC),
    E(TPW, (LOC, ORG)),
    E(HNC, (PROJ, LOC, ORG)), E(P33, PROJ),
    E(LN, LOC, optional=True),
    E(GXQ, (LOC, ORG), optional=True),
    E(S33, ORG, optional=True),
    E(("黃泥川",), LOC, optional=True),
    E(CRN, ORG, optional=True), E(RMRB, ORG, optional=True),
    E(("重點項目開工活動",), ANY, optional=True),
  ],
  "relations": [
    R(DL, "has_investment", ("83860000000",)),
    R(DL, "part_of", LN_X, optional=True),
    R(TPW, "part_of", DL, optional=True), R(TPW, "located_in", DL, optional=True),
    R(GXQ, "part_of", DL, optional=True), R(GXQ, "located_in", DL, optional=True),
    R(HNC, "located_in", GXQ + DL, optional=True),
    R(P33, "located_in", ZSQ + DL, optional=True),
    R(S33, "located_in", ZSQ + DL, optional=True),
    R(P33, "part_of", S33, optional=True),
  ],
  "money": [M(8.386e10)],
}}

# True administrative containments (optional), as in batches a-i.
GOLD["j01_dalian"]["relations"] += [
    R(ZSQ + ("中山区",), "part_of", DL + ("大连市", "大连"), optional=True),
    R(ZSQ + ("中山区",), "part_of", LN_X, optional=True),
]

# Optional part_of links of the article's places and zones to the higher divisions that
# contain them (GB/T 2260; simplified official names included), as in batches a-i.
DL_X = DL + ("大连市", "大连")
GOLD["j01_dalian"]["relations"] += [
    R(TPW + ("太平湾合作创新区",), "part_of", LN_X, optional=True),
    R(GXQ + ("高新区",), "part_of", LN_X, optional=True),
    R(HNC, "part_of", DL_X, optional=True),
    R(HNC, "part_of", LN_X, optional=True),
    R(("黃泥川",), "part_of", DL_X, optional=True),
    R(("黃泥川",), "part_of", LN_X, optional=True),
]
