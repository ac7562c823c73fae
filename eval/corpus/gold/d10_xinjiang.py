"""Gold annotation of eval/corpus/articles/d10_xinjiang.txt (format of ../shared/eval/gold_dev.py)."""
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

XJ = ("新疆",)
ZMQ = ("新疆自貿試驗區", "自貿試驗區")
XM_PROJ = ("熊貓綠能百億級新能源綜合示範項目", "百億級新能源綜合示範項目", "新能源綜合示範項目")
ZJW = ("中吉烏鐵路",)
ZHBJ = ("中哈邊境合作中心",)

GOLD = {"d10_xinjiang": {
  "entities": [
    E("應江洪", PER),
    E(ZMQ, (LOC, ORG)), E(ZHBJ, (LOC, ORG)),
    E(XM_PROJ, PROJ), E(ZJW, (PROJ, LOC)),
    E(("國泰航空",), ORG),
    E(XJ, LOC, optional=True), E(("香港",), LOC, optional=True),
    E(("中亞",), LOC, optional=True), E(("港澳",), LOC, optional=True),
    E(("熊貓綠能",), ORG, optional=True), E(("標檢中心",), ORG, optional=True),
    E(("大公報",), ORG, optional=True),
    E(("標檢中心全鏈條質量追溯體系", "全鏈條質量追溯體系", "新港機制", "天山號",
       "「天山號」國際貨機航線", "天山號國際貨機航線", "一帶一路", "西部大開發"), ANY, optional=True),
  ],
  "relations": [
    R("應江洪", "reported_by", "ARTICLE"),
    R(ZMQ, "located_in", XJ, optional=True), R(ZMQ, "part_of", XJ, optional=True),
    R(XM_PROJ, "located_in", XJ + ZMQ, optional=True),
    R(("熊貓綠能",) + XM_PROJ, "has_investment", "10000000000", optional=True),
  ],
  "money": [M(3e7), M(2e8), M(1e10, optional=True)],
}}
