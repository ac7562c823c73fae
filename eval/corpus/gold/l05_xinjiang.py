"""Gold annotation of eval/corpus/articles/l05_xinjiang.txt (format of ../shared/eval/gold_dev.py)."""
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

XJ = ("新疆", "新疆維吾爾自治區")
XJ_X = XJ + ("新疆维吾尔自治区",)
XJZF = ("新疆維吾爾自治區政府", "自治區政府")
NUR = ("努爾.白克力",)
XGM = ("澳門新公民會", "新公民會")
XGL = ("澳門新疆工商聯誼會", "澳門新疆工會聯誼會")
MO = ("澳門", "澳")
DLG = ("新疆代表團", "代表團")

GOLD = {"l05_xinjiang": {
  "entities": [
    E(NUR, PER), E("鄧旭春", PER),
    E(XGM, ORG), E(XGL, ORG), E(XJZF, ORG), E(("澳門中企協會",), ORG),
    E(XJ, LOC, optional=True), E(MO, LOC, optional=True),
    E(("天山",), LOC, optional=True), E(("祖國內地", "內地"), LOC, optional=True),
    E(("立法會",), ORG, optional=True),
    E(DLG, ANY, optional=True), E(("兩會",), ANY, optional=True),
  ],
  "relations": [
    R(NUR, "works_for", XJZF + XJ),
    R(("鄧旭春",), "works_for", XGM),
    R(("鄧旭春",), "works_for", XGL),
    R(XGM, "partner_of", XGL, optional=True),
    R(NUR, "works_for", DLG, optional=True),
    R(XGM + XGL, "located_in", MO, optional=True),
    R(XJZF, "located_in", XJ, optional=True),
    R(XGM + XGL, "partner_of", DLG + XJZF, optional=True),
  ],
  "money": [],
}}

# True administrative containments (optional), as in batches a-k.
GOLD["l05_xinjiang"]["relations"] += [
    R(("天山",), "located_in", XJ_X, optional=True),
]
