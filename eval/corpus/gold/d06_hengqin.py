"""Gold annotation of eval/corpus/articles/d06_hengqin.txt (format of ../shared/eval/gold_dev.py)."""
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

MACAU = ("澳門", "本澳")
HQ = ("橫琴", "橫琴自貿區", "橫琴自貿片區", "橫琴新區")
YAYQ = ("粵澳合作產業園", "橫琴粵澳合作產業園")
HQGWH = ("橫琴新區管委會", "橫琴管委會")
MOGOV = ("澳門特區政府", "澳門政府")

GOLD = {"d06_hengqin": {
  "entities": [
    E("方俊明", PER),
    E(HQ, (LOC, ORG)), E(YAYQ, (LOC, ORG)),
    E(HQGWH, ORG), E(MOGOV, ORG),
    E(MACAU, LOC, optional=True), E(("香港",), LOC, optional=True),
    E(("文匯網", "香港文匯網"), ORG, optional=True),
    E(("橫琴粵澳發展基金",), (ORG, PROJ), optional=True),
    E(("澳門投資綠色通道", "珠澳合作機制", "世界休閒旅遊中心", "中國和葡語國家商貿合作服務平台",
       "一中心、一平台", "中國", "葡語國家"), ANY, optional=True),
  ],
  "relations": [
    R("方俊明", "reported_by", "ARTICLE"),
    R(YAYQ, "located_in", HQ),
    R(YAYQ, "part_of", HQ, optional=True),
    R(HQGWH, "partner_of", MOGOV),
    R(HQGWH, "located_in", HQ, optional=True), R(HQGWH, "part_of", HQ, optional=True),
    R(MOGOV, "located_in", MACAU, optional=True), R(MOGOV, "part_of", MACAU, optional=True),
    R(YAYQ + HQ + MOGOV, "has_investment", "80000000000", optional=True),
  ],
  "money": [M(8e10)],
}}
