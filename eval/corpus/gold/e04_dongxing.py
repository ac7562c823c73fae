"""Gold annotation of eval/corpus/articles/e04_dongxing.txt (format of ../shared/eval/gold_dev.py)."""
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


ZSX = ("莊樹雄",)
DXC = ("東星村",)
QZ = ("泉州",)
LHY = ("六合雲公司", "泉州當地六合雲公司")
SJFP = ("設計扶貧", "設計扶貧項目", "「設計扶貧」項目")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
QZ_X = QZ + ("泉州市",)
FJ_X = ("福建省", "福建")

GOLD = {"e04_dongxing": {
  "entities": [
    E(ZSX, PER), E("王金柑", PER), E("高偉民", PER), E("王國攀", PER), E("王國彬", PER),
    E("莊書記", PER, optional=True),
    E(LHY, ORG),
    E(QZ, LOC), E(DXC, (LOC, ORG)),
    E(SJFP, PROJ),
    E(("香港文匯報",), ORG, optional=True),
    E(("泉州專家工作站", "工作站"), (ORG, LOC, PROJ), optional=True),
    E(("黑山羊養殖基地", "魚塘養殖和果樹基地", "東星雞養殖基地", "娃娃魚養殖基地", "東星·二十二都",
       "第九屆海峽兩岸農產品訂貨會", "海峽兩岸農產品訂貨會", "農民豐收節", "合作社", "文創IP"),
      ANY, optional=True),
  ],
  "relations": [
    R(ZSX + ("莊書記",), "partner_of", LHY),
    R(DXC + SJFP, "partner_of", LHY, optional=True),
    R(LHY, "located_in", QZ),
    R(DXC, "part_of", QZ_X, optional=True), R(DXC, "located_in", QZ, optional=True),
    R(ZSX + ("莊書記",), "works_for", DXC, optional=True),
  ],
  "money": [M(3e4), M(2e4), M(5e4), M(1e5)],
}}

# Optional links to the province-level division / prefecture that contains a place
# even where the text does not write it, as in batches a-d.
GOLD["e04_dongxing"]["relations"] += [
    R(QZ_X, "part_of", FJ_X, optional=True),
]
