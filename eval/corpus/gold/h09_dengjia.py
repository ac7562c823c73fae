"""Gold annotation of eval/corpus/articles/h09_dengjia.txt (format of ../shared/eval/gold_dev.py)."""
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

NX = ("宁县",)
ZCZ = ("中村镇",)
DJC = ("邓家村",)
HNHZS = ("甘肃航宁种植农民专业合作社",)
MHJC = ("省民航机场集团",)
GSRB = ("甘肃日报", "新甘肃·甘肃日报", "新甘肃")

GOLD = {"h09_dengjia": {
  "entities": [
    E("严存义", PER), E("弥相坤", PER),
    E(NX, LOC), E(ZCZ, LOC), E(DJC, (LOC, ORG)),
    E(HNHZS, ORG), E(MHJC, ORG),
    E(GSRB, ORG, optional=True),
    E(("甘肃",), LOC, optional=True),
    E(("扶贫产业基地", "果蔬保鲜库", "钢架蔬菜大棚", "帮扶村"), ANY, optional=True),
  ],
  "relations": [
    R(ZCZ, "part_of", NX),
    R(DJC, "part_of", ZCZ),
    R(DJC, "part_of", NX, optional=True),
    R(NX, "part_of", ("甘肃", "甘肃省"), optional=True),
    R(DJC, "located_in", ZCZ + NX, optional=True),
    R(HNHZS, "located_in", DJC + ZCZ + NX, optional=True),
    R(MHJC, "partner_of", HNHZS, optional=True),
    R(MHJC, "partner_of", DJC, optional=True),
    R(DJC, "partner_of", HNHZS, optional=True),
    R(MHJC, "has_investment", "700000", optional=True),
    R(MHJC, "has_investment", "300000", optional=True),
    R("严存义", "works_for", GSRB, optional=True),
    R(("严存义",), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(1.185e5), M(2032), M(2300), M(4000), M(7e5), M(1.7e6), M(3e5)],
}}

# Optional part_of links to parent divisions the text does not write (GB/T 2260), as in batches a-g.
GOLD["h09_dengjia"]["relations"] += [
    R(NX, "part_of", ("庆阳市",), optional=True),
    R(ZCZ, "part_of", ("庆阳市",), optional=True),
    R(ZCZ, "part_of", ("甘肃省", "甘肃"), optional=True),
]
