"""Gold annotation of eval/corpus/articles/k02_jiangxiang.txt (format of ../shared/eval/gold_dev.py)."""
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

JXZ = ("蔣巷鎮", "南昌縣蔣巷鎮", "南昌蔣巷鎮")
NCX = ("南昌縣",)
NC = ("南昌", "南昌市")
JX_X = ("江西", "江西省")
PYH = ("鄱陽湖", "鄱湖")
SLJT = ("江西省水利投資集團", "水利投資集團")
NCXZF = ("南昌縣政府", "南昌縣人民政府")
PRJ = ("“蔣巷鎮城鄉一體化建設”項目", "蔣巷鎮城鄉一體化建設", "“蔣巷鎮城鄉一體化建設”",
       "蔣巷鎮城鄉一體化建設項目", "“城鄉一體化建設”項目", "城鄉一體化建設項目", "城鄉一體化建設",
       "江西投資100億“城鄉一體化建設”項目")
SFY = ("蔣巷國家級現代農業開發示范園", "蔣巷國家級現代農業開發示范園項目", "國家級現代農業示范園",
       "國家級現代農業開發示范園", "現代農業示范園")
ZXW = ("中新網江西新聞", "中新網")

GOLD = {"k02_jiangxiang": {
  "entities": [
    E("齊偉", PER), E("胡支遠", PER), E("蒋璐", PER, optional=True),
    E(JXZ, LOC), E(NCX, LOC), E(NC, LOC),
    E(SLJT, ORG), E(NCXZF, ORG),
    E(PRJ, (PROJ, ORG)), E(SFY, (PROJ, LOC, ORG)),
    E(JX_X, LOC, optional=True), E(PYH, LOC, optional=True),
    E(("中國",), LOC, optional=True),
    E(ZXW, ORG, optional=True), E(("南昌市區",), LOC, optional=True),
    E(("特色小鎮", "中國現代農業總部基地", "“大健康”產業基地", "生態旅游觀光基地",
       "國家級現代農業示范園區", "南昌市半小時經濟圈"), ANY, optional=True),
  ],
  "relations": [
    R(("胡支遠",), "reported_by", ("ARTICLE",)),
    R(("齊偉",), "works_for", SLJT),
    R(JXZ, "part_of", NCX),
    R(JXZ, "part_of", NC, optional=True),
    R(NCX, "part_of", NC, optional=True),
    R(PRJ, "located_in", JXZ),
    R(PRJ, "located_in", NCX + NC, optional=True),
    R(PRJ + SLJT + SFY, "has_investment", ("10000000000",)),
    R(SLJT, "partner_of", NCXZF + NCX),
    R(SFY, "located_in", JXZ + NCX, optional=True),
    R(SFY, "part_of", PRJ, optional=True),
    R(SLJT, "located_in", JX_X, optional=True),
    R(NCXZF, "located_in", NCX, optional=True),
    R(JXZ, "located_in", PYH, optional=True),
    R(("胡支遠",), "works_for", ZXW, optional=True),
  ],
  "money": [M(1e10)],
}}

# True administrative containments (optional), as in batches a-j.
GOLD["k02_jiangxiang"]["relations"] += [
    R(NC, "part_of", JX_X, optional=True),
    R(NCX + JXZ + ("南昌县", "蒋巷镇"), "part_of", JX_X, optional=True),
]

# Optional part_of links of the article's places and zones to the higher divisions that
# contain them (GB/T 2260; simplified official names included), as in batches a-i.
GOLD["k02_jiangxiang"]["relations"] += [
    R(SFY, "part_of", JXZ + ("蒋巷镇",), optional=True),
    R(SFY, "part_of", NCX + ("南昌县",), optional=True),
    R(SFY, "part_of", NC, optional=True),
    R(SFY, "part_of", JX_X, optional=True),
]
