"""Gold annotation of eval/corpus/articles/j03_beijing.txt (format of ../shared/eval/gold_dev.py)."""
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

BJ = ("北京", "京", "北京市")
BJGOV = ("北京市政府", "北京市人民政府")
CN_AREA = ("城南地區", "城南區", "城南")
CNXD = ("「城南行動」計劃", "城南行動", "城南行動計劃", "「城南行動」", "第二階段「城南行動」計劃")
CW = ("崇文", "原崇文", "崇文區")
XW = ("宣武", "原宣武", "宣武區")
FT = ("豐台", "豐台區")
FS = ("房山", "房山區")
DX = ("大興區", "大興")
DXGOV = ("大興區人民政府", "大興區政府") + DX
SH = ("邵恒",)
XHC = ("新航城",)
XJC = ("新機場",)
MP = ("明報",)

GOLD = {"j03_beijing": {
  "entities": [
    E(SH, PER),
    E(BJGOV, ORG),
    E(BJ, LOC), E(CN_AREA, LOC),
    E(CW, LOC), E(XW, LOC), E(FT, LOC), E(FS, LOC), E(DX, LOC),
    E(CNXD, (PROJ, ORG)),
    E(XHC, (PROJ, LOC)),
    E(XJC, (PROJ, LOC, ORG), optional=True),
    E(DXGOV[:2], ORG, optional=True),
    E(MP, ORG, optional=True),
  ],
  "relations": [
    R(CNXD + BJGOV + BJ, "has_investment", ("396000000000",)),
    R(BJ + BJGOV, "has_investment", ("400000000000",), optional=True),
    R(XHC, "has_investment", ("84000000000",)),
    R(SH, "works_for", DXGOV),
    R(XJC, "located_in", DX + BJ, optional=True),
    R(XHC, "located_in", DX + BJ + XJC, optional=True),
    R(CN_AREA, "part_of", BJ, optional=True), R(CN_AREA, "located_in", BJ, optional=True),
    R(CW + XW + FT + FS + DX, "part_of", CN_AREA, optional=True),
    R(CW + XW + FT + FS + DX, "located_in", CN_AREA, optional=True),
    R(CNXD, "located_in", CN_AREA + BJ, optional=True),
    R(BJGOV, "located_in", BJ, optional=True),
  ],
  "money": [M(4e11), M(3.96e11), M(8.4e10)],
}}

# True administrative containments (optional), as in batches a-i.
GOLD["j03_beijing"]["relations"] += [
    R(CW + XW + FT + FS + DX, "part_of", BJ, optional=True),
]

# Optional part_of links of the article's places and zones to the higher divisions that
# contain them (GB/T 2260; simplified official names included), as in batches a-i.
DX_X = DX + ("大兴区", "大兴")
GOLD["j03_beijing"]["relations"] += [
    R(XHC, "part_of", DX_X, optional=True),
    R(XHC, "part_of", BJ, optional=True),
]
