"""Gold annotation of eval/corpus/articles/l06_shanxi.txt (format of ../shared/eval/gold_dev.py)."""
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

SX = ("山西", "山西省")
SX_X = SX + ("山西省",)
SXGOV = ("山西省人民政府", "山西省政府") + SX
HKCD = ("香港商報網", "香港商报网")

GOLD = {"l06_shanxi": {
  "entities": [
    E("張玉蘭", PER), E("王利萍", PER), E("梁輝鴻", PER), E("樓陽生", PER),
    E(SX, LOC, optional=True), E(("香港", "港"), LOC, optional=True),
    E(("粵港澳大灣區", "大灣區"), (LOC, ORG)), E(("中央",), ORG, optional=True),
    E(SXGOV[:2], ORG, optional=True), E(("山西省政協",), ORG, optional=True),
    E(HKCD, ORG, optional=True), E(("张伟",), PER, optional=True),
    E(("山西兩會", "兩會"), ANY, optional=True), E(("一帶一路",), ANY, optional=True),
    E(("政府工作報告",), ANY, optional=True),
  ],
  "relations": [
    R(("張玉蘭",), "reported_by", ("ARTICLE",)),
    R(("王利萍",), "reported_by", ("ARTICLE",)),
    R(("樓陽生",), "works_for", SXGOV),
    R(("梁輝鴻",), "works_for", ("山西省政協", "山西兩會") + SX, optional=True),
    R(("張玉蘭", "王利萍"), "works_for", HKCD, optional=True),
    R(("香港", "港"), "part_of", ("粵港澳大灣區", "大灣區"), optional=True),
    R(("香港", "港"), "located_in", ("粵港澳大灣區", "大灣區"), optional=True),
  ],
  "money": [],
}}
