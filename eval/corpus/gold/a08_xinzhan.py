"""Gold annotation of eval/corpus/articles/a08_xinzhan.txt (format of ../shared/eval/gold_dev.py)."""
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

HF = ("合肥市", "合肥")
XZ = ("新站高新区", "合肥市新站高新区")
XUNYING = ("安徽巡鹰新能源集团有限公司", "巡鹰")
JINGSONG = ("合肥井松智能科技股份有限公司", "井松智能")
JIEXUN = ("安徽捷迅光电技术有限公司", "捷迅")
AH = ("安徽省", "安徽")

GOLD = {"a08_xinzhan": {
  "entities": [
    E("郭昊", PER), E("丁纪", PER), E("陈欢", PER), E("严结峰", PER),
    E(HF, LOC), E(XZ, (LOC, ORG)),
    E(XUNYING, ORG), E(JINGSONG, ORG), E(JIEXUN, ORG),
    E("美国", LOC, optional=True), E("巴西", LOC, optional=True), E("澳大利亚", LOC, optional=True),
    E(AH, LOC, optional=True), E(("中国",), LOC, optional=True),
    E(("人民网", "人民网-安徽频道"), ORG, optional=True),
    E(("新春第一会", "安徽捷迅光电技术有限公司生产制造部", "生产制造部", "云智能色选机",
       "智能FMR无人叉车"), ANY, optional=True),
  ],
  "relations": [
    R("严结峰", "works_for", JIEXUN + ("安徽捷迅光电技术有限公司生产制造部",)),
    R(XZ, "part_of", HF),
    R(XZ, "located_in", HF, optional=True),
    R(HF, "part_of", AH, optional=True),
    R(XUNYING + JINGSONG + JIEXUN, "located_in", XZ, optional=True),
    R(("郭昊",), "reported_by", ("ARTICLE",)), R(("丁纪",), "reported_by", ("ARTICLE",)),
    R(("陈欢",), "reported_by", ("ARTICLE",)),
  ],
  "money": [],
}}
