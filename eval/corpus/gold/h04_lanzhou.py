"""Gold annotation of eval/corpus/articles/h04_lanzhou.txt (format of ../shared/eval/gold_dev.py)."""
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

GS = ("甘肅",)
GS_X = GS + ("甘肅省",)
LZ = ("蘭州",)
ZY = ("張掖",)
JYG = ("嘉峪關",)
DH = ("敦煌",)
MO = ("澳門",)
ZLB_JQB = ("澳門中聯辦教青部", "中聯辦教青部")
ZLB = ("澳門中聯辦", "中聯辦")
QQL = ("全國青聯",)
QQL_MSC = ("全國青聯秘書處",)
GS_QL = ("甘肅省青聯", "省青聯")
GS_ZX = ("甘肅省政協",)
GS_ZX_DZ = ("甘肅省政協黨組",)
GS_GOV = ("甘肅省政府",)
QGZX = ("全國政協",)
DBT = ("澳區青聯委員骨干代表團",)

GOLD = {"h04_lanzhou": {
  "entities": [
    E("羅奕龍", PER), E("石書正", PER), E("莊國泰", PER),
    E(ZLB_JQB, ORG), E(QQL_MSC, ORG), E(QQL, ORG), E(GS_QL, ORG),
    E(GS_ZX, ORG), E(GS_ZX_DZ, ORG), E(GS_GOV, ORG),
    E(LZ, LOC), E(ZY, LOC), E(JYG, LOC), E(DH, LOC),
    E(MO, LOC, optional=True),  # provincial-level SAR: optional like a province (cf. 香港 in g02)
    E(GS_X, LOC, optional=True),
    E(ZLB, ORG, optional=True), E(QGZX, ORG, optional=True),
    E(DBT, ORG, optional=True),
    E(("粵港澳大灣區",), (LOC, ORG), optional=True),
    E(("澳區青聯委員", "一帶一路", "“一帶一路”", "中葡平台", "隴澳", "甘"), ANY, optional=True),
  ],
  "relations": [
    R("羅奕龍", "works_for", QQL),
    R("羅奕龍", "works_for", QGZX, optional=True),
    R("石書正", "works_for", ZLB_JQB),
    R("石書正", "works_for", ZLB, optional=True),
    # 甘肅省政協黨組書記、主席: chained titles, one relation each.
    R("莊國泰", "works_for", GS_ZX_DZ),
    R("莊國泰", "works_for", GS_ZX),
    R("羅奕龍", "works_for", DBT, optional=True),
    R("石書正", "works_for", DBT, optional=True),
    R(ZLB_JQB, "partner_of", QQL_MSC, optional=True),
    R(ZLB_JQB, "partner_of", GS_QL, optional=True),
    R(QQL_MSC, "partner_of", GS_QL, optional=True),
    R(QQL_MSC, "part_of", QQL, optional=True),
    R(ZLB_JQB, "part_of", ZLB, optional=True),
    R(GS_ZX_DZ, "part_of", GS_ZX, optional=True),
    R(GS_QL, "located_in", GS_X, optional=True),
    R(GS_ZX, "located_in", GS_X, optional=True),
    R(GS_GOV, "located_in", GS_X, optional=True),
    R(ZLB_JQB, "located_in", MO, optional=True),
    R(ZLB, "located_in", MO, optional=True),
    R(LZ + ZY + JYG + DH, "part_of", GS_X, optional=True),
  ],
  "money": [],
}}


# Optional part_of links to parent divisions the text does not write (GB/T 2260), as in batches a-g.
GOLD["h04_lanzhou"]["relations"] += [
    R(DH, "part_of", ("酒泉市",), optional=True),
]
