"""Gold annotation of eval/corpus/articles/n07_haidong.txt (format of ../shared/eval/gold_dev.py)."""
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

HD = ("海东", "海东市")
QH_X = ("青海", "青海省")
YQ = ("海东工业园区", "园区")
GWH = ("海东工业园区管理委员会", "海东工业园区管委会")
P_LC = ("绿城五彩河湟建设项目", "绿城五彩河湟")
P_YHL = ("易华录城市数据湖项目", "易华录城市数据湖")
P_RH = ("润厚农产品交易中心项目", "润厚农产品交易中心")
P_HHWH = ("河湟文化产业园项目", "河湟文化产业园")
P_HHCM = ("河湟菜米农副产品批发市场项目", "河湟菜米农副产品批发市场")
P_YM = ("动物疫苗生产基地项目", "动物疫苗生产基地")
P_XB = ("西北农林牧特色商品交易中心项目", "西北农林牧特色商品交易中心")
P_CC = ("长城·公爵新能源汽车小镇", "长城公爵新能源汽车小镇")
P_WZ = ("高原微藻技术应用", "高原微藻技术应用项目")
P3 = P_LC + P_YHL + P_RH
P4 = P_HHWH + P_HHCM + P_YM + P_XB
ALLP = P3 + P4 + P_CC + P_WZ

GOLD = {"n07_haidong": {
  "entities": [
    E("赵睿", PER),
    E(HD, LOC),
    E(YQ, (LOC, ORG)), E(GWH, ORG),
    E(P_LC, PROJ), E(P_YHL, PROJ), E(P_RH, PROJ),
    E(P_HHWH, (PROJ, LOC)), E(P_HHCM, (PROJ, LOC, ORG)), E(P_XB, (PROJ, ORG, LOC)),
    E(P_CC, (PROJ, LOC)),
    E(P_YM, PROJ), E(P_WZ, PROJ),
    E(QH_X, LOC, optional=True),
    E(("“青洽会”", "青洽会"), ANY, optional=True),
    E(("绿城",), ORG, optional=True), E(("易华录",), ORG, optional=True),
    E(("润厚",), ORG, optional=True), E(("长城",), ORG, optional=True),
    E(("河湟",), LOC, optional=True), E(("西北",), LOC, optional=True),
    E(("本报",), ORG, optional=True),
  ],
  "relations": [
    R(("赵睿",), "reported_by", ("ARTICLE",)),
    R(YQ, "has_investment", ("16000000000",)),
    R(P3 + YQ, "has_investment", ("12000000000",), optional=True),
    R(P4 + YQ, "has_investment", ("4000000000",), optional=True),
    R(GWH, "part_of", YQ, optional=True), R(GWH, "located_in", YQ + HD, optional=True),
    R(YQ, "located_in", HD, optional=True), R(YQ, "part_of", HD, optional=True),
    R(ALLP, "located_in", YQ + HD, optional=True),
    R(P_LC, "part_of", ("绿城",), optional=True), R(P_YHL, "part_of", ("易华录",), optional=True),
    R(P_RH, "part_of", ("润厚",), optional=True), R(P_CC, "part_of", ("长城",), optional=True),
    R(("绿城", "易华录", "润厚", "长城"), "partner_of", YQ + GWH, optional=True),
    R(("赵睿",), "works_for", ("本报",), optional=True),
  ],
  "money": [M(1.6e10), M(1.2e10), M(4e9)],
}}

# Optional part_of links of the article's places to their province
# (GB/T 2260; official simplified names included), as in batches j-m.
GOLD["n07_haidong"]["relations"] += [
    R(HD, "part_of", QH_X, optional=True),
    R(YQ, "part_of", QH_X, optional=True),
]
