"""Gold annotation of eval/corpus/articles/d09_guiyang.txt (format of ../shared/eval/gold_dev.py)."""
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

GZ = ("貴州", "貴州省")
GZSW = ("貴州省委",)
DSJ = ("國家大數據交流體驗中心",)
NFSJ = ("南方數據中心示範基地",)
HKGOV = ("特區政府", "香港特區政府", "特區政府代表團")

GOLD = {"d09_guiyang": {
  "entities": [
    E("李家超", PER), E("徐麟", PER),
    E(GZSW, ORG), E(("華為",), ORG), E(("騰訊",), ORG),
    E(DSJ, (LOC, ORG)), E(NFSJ, (LOC, ORG, PROJ)),
    E(GZ, LOC, optional=True), E(("香港",), LOC, optional=True),
    E(("廣東",), LOC, optional=True), E(("福建",), LOC, optional=True),
    E(("港澳", "內地", "南海", "珠江", "祖國西南腹地", "泛珠三角"), ANY, optional=True),
    E(HKGOV, ORG, optional=True),
    E(("Now新聞台",), ORG, optional=True),
    E(("泛珠三角區域合作行政首長聯席會議",), ANY, optional=True),
  ],
  "relations": [
    R("徐麟", "works_for", GZSW),
    R("李家超", "works_for", HKGOV, optional=True),
    R(DSJ, "located_in", GZ, optional=True),
    R(NFSJ, "located_in", GZ, optional=True),
    R(("華為",), "located_in", GZ, optional=True),
    R(("騰訊",), "located_in", GZ, optional=True),
    R(GZSW, "located_in", GZ, optional=True), R(GZSW, "part_of", GZ, optional=True),
    R(GZ, "has_investment", "8000000000", optional=True),
  ],
  "money": [M(8e9)],
}}
