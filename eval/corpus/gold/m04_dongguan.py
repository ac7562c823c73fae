"""Gold annotation of eval/corpus/articles/m04_dongguan.txt (format of ../shared/eval/gold_dev.py)."""
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

DG = ("東莞", "大陸東莞")
SJ = ("石碣鎮", "東莞石碣鎮")
GD_XS = ("廣東", "廣東省", "广东省", "广东")
TD = ("台達",)
ZS = ("致伸", "台灣致伸公司", "致伸公司")
BC = ("寶成",)
GB = ("光寶",)
DJ = ("東聚電業公司", "東聚電業")
DGSM = ("東莞數碼產業協會",)
SHIJIE_FIRMS = (("雅新",), ("鴻友",), ("源興",), ("旭麗",))
DG_FIRMS = (("萬事通",), ("永磁電子",), ("盛德電子",))
CTIMES = ("CTIMES/SmartAuto", "CTIMES")
XHS = ("新華社",)

GOLD = {"m04_dongguan": {
  "entities": [
    E("葉宏燈", PER),
    E(DG, LOC), E(SJ, LOC),
    E(TD, ORG), E(ZS, ORG), E(BC, ORG), E(GB, ORG), E(DJ, ORG), E(DGSM, ORG),
  ] + [E(n, ORG) for n in SHIJIE_FIRMS + DG_FIRMS] + [
    E(CTIMES, ORG, optional=True), E(XHS, ORG, optional=True),
    E(("台灣",), LOC, optional=True), E(("大陸",), LOC, optional=True),
    E(("「國際電子城」", "國際電子城"), ANY, optional=True),
  ],
  "relations": [
    R(("葉宏燈",), "works_for", DJ),
    R(("葉宏燈",), "works_for", DGSM),
    R(SJ, "part_of", DG),
    R(SJ, "located_in", DG, optional=True),
    R(TD, "located_in", SJ + DG),
    R(ZS, "located_in", SJ + DG),
    R(("源興",), "located_in", SJ + DG),
  ] + [R(n, "located_in", SJ + DG) for n in SHIJIE_FIRMS if n != ("源興",)] + [
    R(BC, "located_in", DG),
  ] + [R(n, "located_in", DG) for n in DG_FIRMS] + [
    R(GB, "located_in", DG, optional=True),
    R(DGSM + DJ, "located_in", DG, optional=True),
    R(BC + GB + ZS + TD, "has_investment", ("100000000",), optional=True),
  ],
  "money": [M(1e8, optional=True), M(8.646e9)],
}}

# Optional part_of links of the article's places to their prefecture and province
# (GB/T 2260; official simplified names included), as in batches j-l.
GOLD["m04_dongguan"]["relations"] += [
    R(DG + ("東莞市", "东莞市", "东莞"), "part_of", GD_XS, optional=True),
    R(SJ + ("石碣镇",), "part_of", GD_XS, optional=True),
]
