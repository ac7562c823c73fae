"""Gold annotation of eval/corpus/articles/e01_jiangxi.txt (format of ../shared/eval/gold_dev.py)."""
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


JX = ("江西", "江西省", "贛")
JXGOV = ("江西省人民政府", "江西省政府") + JX
HK = ("香港", "香港地區", "港")
SWT = ("江西省商務廳",)
PYH = ("鄱陽湖生態經濟區",)
HKCEC = ("香港會展中心",)
WEEK = ("招商引資活動周", "活動周", "招商周", "本屆活動周")

GOLD = {"e01_jiangxi": {
  "entities": [
    E("吳新雄", PER), E("洪禮和", PER), E("陶莉萍", PER),
    E(SWT, ORG), E(HKCEC, (LOC, ORG)), E(PYH, LOC),
    E(HK, LOC, optional=True),
    E(JX, LOC, optional=True),
    E(("香港大公報", "大公報"), ORG, optional=True), E("中評社", ORG, optional=True),
    E(("江西招商代表團", "招商代表團"), ORG, optional=True),
    E(WEEK + ("招商周開幕式暨重大項目簽約儀式", "重大項目簽約儀式", "專題推薦活動", "江西省直",
              "鄱陽湖生態經濟建設規劃"), ANY, optional=True),
  ],
  "relations": [
    R("吳新雄", "works_for", JXGOV),
    R("洪禮和", "works_for", JXGOV),
    R("陶莉萍", "works_for", SWT),
    R(JX + WEEK, "has_investment", ("533775000000",)),
    R(HK, "has_investment", ("18575000000",), optional=True),
    R(HK + ("港資",), "has_investment", ("1037000000",), optional=True),
    R(HKCEC, "located_in", HK, optional=True),
    R(PYH, "part_of", JX, optional=True), R(PYH, "located_in", JX, optional=True),
    R(SWT, "part_of", JX, optional=True), R(SWT, "located_in", JX, optional=True),
    R(JX, "partner_of", HK, optional=True),
  ],
  "money": [M(5.33775e11), M(1.8575e10), M(1.037e9)],
}}
