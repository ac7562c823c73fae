"""Gold annotation of eval/corpus/articles/j02_ningxia.txt (format of ../shared/eval/gold_dev.py)."""
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

WHP = ("香港文匯報", "文匯報")
HANLI = ("韓力",)
WZW = ("王正偉",)
YCG = ("楊春光",)
REPORTERS = ("王尚勇", "買曉燕", "謝亞", "劉洋", "于麗仙")
NX = ("寧夏", "寧夏回族自治區")
NX_X = NX + ("宁夏回族自治区", "宁夏")
NXGOV = ("寧夏回族自治區人民政府", "寧夏回族自治區政府", "自治區人民政府", "自治區政府", "自治區") + NX
NXDW = ("寧夏回族自治區黨委", "自治區黨委", "寧夏回族自治區委員會", "自治區") + NX
NXXCB = ("宣傳部", "寧夏回族自治區黨委宣傳部", "自治區黨委宣傳部", "自治區宣傳部")
WLZX = ("「未來之星」同學會", "未來之星同學會", "香港「未來之星」同學會", "未來之星")
YC = ("銀川",)
HK = ("香港",)
WEEK = ("寧夏(香港)經貿文化旅遊活動周", "經貿文化旅遊活動周", "寧夏赴港文化周", "香港文化周", "赴港文化周")
HHJA = ("黃河金岸", "寧夏黃河金岸")

GOLD = {"j02_ningxia": {
  "entities": [
    E(HANLI, PER), E(WZW, PER), E(YCG, PER),
  ] + [E(n, PER) for n in REPORTERS] + [
    E(WHP, ORG), E(WLZX, ORG),
    E(YC, LOC),
    E(NX, LOC, optional=True),
    E(NXGOV[:5], ORG, optional=True),
    E(NXDW[:4], ORG, optional=True),
    E(NXXCB, ORG, optional=True),
    E(HK, LOC, optional=True),
    E(("北京",), LOC, optional=True), E(("台灣",), LOC, optional=True), E(("澳門",), LOC, optional=True),
    E(("內地",), LOC, optional=True), E(("阿拉伯國家",), LOC, optional=True),
    E(HHJA, (LOC, PROJ, ORG), optional=True),
    E(("沿黃城市帶",), (LOC, PROJ), optional=True),
    E(WEEK, ANY, optional=True),
    E(("兩岸四地",), ANY, optional=True),
  ],
  "relations": [
    R(("王尚勇",), "reported_by", ("ARTICLE",)),
    R(("買曉燕",), "reported_by", ("ARTICLE",)),
    R(("謝亞",), "reported_by", ("ARTICLE",)),
    R(("劉洋",), "reported_by", ("ARTICLE",)),
    R(("于麗仙",), "reported_by", ("ARTICLE",)),
    R(REPORTERS, "works_for", WHP, optional=True),
    R(HANLI, "works_for", WHP),
    R(HANLI, "works_for", WLZX),
    R(WZW, "works_for", NXGOV),
    R(YCG, "works_for", NXDW),
    R(YCG, "works_for", NXXCB),
    R(NXXCB, "part_of", NXDW, optional=True),
    R(WLZX, "located_in", HK, optional=True),
    R(WHP, "located_in", HK, optional=True),
    R(HHJA, "located_in", NX, optional=True), R(HHJA, "part_of", NX_X, optional=True),
    R(WHP, "partner_of", NX + NXGOV, optional=True),
    R(HANLI, "partner_of", WZW, optional=True),
    R(NX, "partner_of", HK, optional=True),
  ],
  "money": [],
}}

# True administrative containments (optional), as in batches a-i.
GOLD["j02_ningxia"]["relations"] += [
    R(YC + ("銀川市", "银川市", "银川"), "part_of", NX_X, optional=True),
]
