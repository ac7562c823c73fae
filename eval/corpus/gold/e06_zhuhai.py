"""Gold annotation of eval/corpus/articles/e06_zhuhai.txt (format of ../shared/eval/gold_dev.py)."""
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


NS = ("日清食品", "日清")
NSC = ("日清食品 (中國)", "日清食品(中國)", "日清食品（中國）")
GV = ("Grandview China",)
LZ = ("珠海聯智科技有限公司",)
ZH = ("珠海",)
PLANT = ("新生產廠房", "新廠房", "新廠", "生產廠房")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
ZH_X = ("珠海", "珠海市")
GD_X = ("廣東省", "廣東", "广东省", "广东")
CN_X = ("中國", "中華人民共和國", "中国", "中华人民共和国")
HKSAR_X = ("香港", "香港特別行政區", "香港特别行政区")

GOLD = {"e06_zhuhai": {
  "entities": [
    E("安藤清隆", PER),
    E(NS, ORG), E(NSC, ORG), E(GV, ORG), E(LZ, ORG),
    E(ZH, LOC), E(("香港",), LOC, optional=True),
    E(("中國內地", "內地"), LOC, optional=True), E(("中國",), LOC, optional=True),
    E(("香港文匯報",), ORG, optional=True),
    E(PLANT, ANY, optional=True),
  ],
  "relations": [
    R("安藤清隆", "works_for", NS),
    R(NS + NSC + PLANT, "has_investment", ("180000000",)),
    R(PLANT, "located_in", ZH, optional=True),
    R(NS + NSC, "located_in", ZH, optional=True),
    R(LZ, "located_in", ZH, optional=True),
    R(NSC, "part_of", NS, optional=True),
    R(NSC + NS, "partner_of", GV, optional=True),
  ],
  "money": [M(1.8e8)],
}}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["e06_zhuhai"]["relations"] += [
    R(ZH_X, "part_of", CN_X, optional=True),
    R(HKSAR_X, "part_of", CN_X, optional=True),
]

# Optional links to the province-level division / prefecture that contains a place
# even where the text does not write it, as in batches a-d.
GOLD["e06_zhuhai"]["relations"] += [
    R(ZH_X, "part_of", GD_X, optional=True),
]
