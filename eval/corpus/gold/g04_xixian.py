"""Gold annotation of eval/corpus/articles/g04_xixian.txt (format of ../shared/eval/gold_dev.py)."""
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


WWP = ("香港文匯報", "文匯報")
XA = ("西安",)
SX = ("陝西", "陝西省")
HK = ("香港",)
MO = ("澳門",)
XX = ("西咸新區",)
XXGWH = ("西咸新區管委會",)
XXBGS = ("西咸新區管委會辦公室",)
FD = ("灃東新城", "西咸新區灃東新城")
QH = ("秦漢新城",)
QHJY = ("啟航佳苑安置小區", "啟航佳苑", "西咸新區灃東新城啟航佳苑安置小區")
HQ = ("橫橋", "秦漢新城橫橋")
ZL = ("周陵工業園",)
WH = ("渭河",)
SXHL = ("陝西海外聯誼會",)
SWTZB = ("陝西省委統戰部", "陝省委統戰部")
SXSW = ("陝西省委",)
MSSH = ("澳門陝西商會",)
MSTX = ("澳門陝西同鄉會",)
MSLY = ("澳門陝西聯誼會",)
ZX = ("陝西省政協", "省政協")
QL = ("陝西省青聯",)
FWJT = ("灃渭集團公司", "灃東新城灃渭集團公司", "西咸新區灃東新城灃渭集團公司")
FWCJ = ("灃渭城建",)
FDGWH = ("灃東新城管委會",)
TCJ = ("灃東新城管委會投資促進局",)
XJ = ("香港新界總商會",)

# Province-level names used by the optional part_of links to unwritten higher divisions.
SX_X = SX + ("陝",)

GOLD = {"g04_xixian": {
  "entities": [
    E("熊曉芳", PER), E("張鵬飛", PER), E("王軍", PER), E("李肇娥", PER), E("王家春", PER),
    E("何向東", PER), E("宋鳳山", PER), E("羅德明", PER), E("楊尚霖", PER), E("楊濱", PER),
    E("鄧錦添", PER),
    E(XA, LOC), E(XX, (LOC, ORG)), E(FD, (LOC, ORG)), E(QH, (LOC, ORG)),
    E(QHJY, (LOC, ORG, PROJ)), E(ZL, (LOC, ORG)),
    E(HQ, (LOC, ORG, PROJ), optional=True), E(WH, LOC, optional=True),
    E(SXHL, ORG), E(XXGWH, ORG), E(XXBGS, ORG), E(SWTZB, ORG),
    E(MSSH, ORG), E(MSTX, ORG), E(MSLY, ORG), E(ZX, ORG), E(QL, ORG),
    E(FWJT, ORG), E(FWCJ, ORG), E(TCJ, ORG), E(XJ, ORG),
    E(FDGWH, ORG, optional=True), E(SXSW, ORG, optional=True),
    E(SX, LOC, optional=True), E(HK, LOC, optional=True), E(MO, LOC, optional=True),
    E(WWP, ORG, optional=True),
    E(("渭河治理", "港澳台", "基礎設施建設"), ANY, optional=True),
  ],
  "relations": [
    R(("熊曉芳",), "reported_by", ("ARTICLE",)),
    R(("熊曉芳",), "works_for", WWP, optional=True),
    R("王軍", "works_for", XXGWH),
    R("李肇娥", "works_for", XXGWH),
    R("王家春", "works_for", SWTZB),
    R("王家春", "works_for", SXSW, optional=True),
    R("何向東", "works_for", XXBGS),
    R("何向東", "works_for", XXGWH, optional=True),
    R("宋鳳山", "works_for", MSTX),
    R("宋鳳山", "works_for", MSSH),
    R("羅德明", "works_for", ZX),
    R("羅德明", "works_for", MSLY),
    R("楊尚霖", "works_for", QL),
    R("楊尚霖", "works_for", ZX),
    R("張鵬飛", "works_for", FWJT),
    R("張鵬飛", "works_for", FWCJ),
    R("楊濱", "works_for", TCJ),
    R("楊濱", "works_for", FDGWH, optional=True),
    R("鄧錦添", "works_for", XJ),
    # place chains written in the text
    R(FD, "part_of", XX),
    R(QHJY, "part_of", FD),
    R(QHJY, "located_in", FD, optional=True),
    R(QH, "part_of", XX, optional=True),
    R(HQ, "part_of", QH, optional=True), R(HQ, "located_in", QH, optional=True),
    R(ZL, "located_in", XX, optional=True), R(ZL, "part_of", XX, optional=True),
    # organisations and their places / parents (not stated as relations)
    R(XXGWH, "located_in", XX, optional=True), R(XXGWH, "part_of", XX, optional=True),
    R(XXBGS, "part_of", XXGWH, optional=True),
    R(TCJ, "part_of", FDGWH, optional=True),
    R(FDGWH + TCJ, "located_in", FD, optional=True), R(FDGWH, "part_of", FD, optional=True),
    R(FWJT + FWCJ, "located_in", FD + XX, optional=True),
    R(FWCJ, "part_of", FWJT, optional=True),
    R(SWTZB, "part_of", SXSW, optional=True),
    R(SWTZB + SXSW + ZX + QL + SXHL, "located_in", SX, optional=True),
    R(MSSH + MSTX + MSLY, "located_in", MO, optional=True),
    R(XJ, "located_in", HK, optional=True),
  ],
  "money": [],
}}

# Optional links to the province-level division / prefecture that contains a place
# even where the text does not write it.
GOLD["g04_xixian"]["relations"] += [
    R(XX, "part_of", XA, optional=True), R(XX, "located_in", XA, optional=True),
    R(XA + XX + FD + QH, "part_of", SX_X, optional=True),
    R(XA + XX, "located_in", SX_X, optional=True),
]
