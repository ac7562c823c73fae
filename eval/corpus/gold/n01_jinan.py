"""Gold annotation of eval/corpus/articles/n01_jinan.txt (format of ../shared/eval/gold_dev.py)."""
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

JN = ("濟南", "濟南市")
SD_X = ("山東", "山東省", "魯", "山东省", "山东")
SM = ("世茂集團", "香港世茂集團", "世茂集團控股有限公司")
TQZF = ("濟南市天橋區政府", "天橋區政府")
TQ = ("天橋區", "濟南市天橋區")
XQH_GS = ("濟南市小清河開發建設投資有限公司",)
XQH_ZHB = ("濟南市天橋區小清河整治綜合工程指揮部",)
P_QS = ("鵲山龍湖項目", "鵲山龍湖")
P_LK = ("濼口項目", "濼口澇窪地區改造項目", "濼口澇窪地區改造")
HHB = ("黃河北展寬區", "黃河北展寬區濟南段")
QGZX = ("全國政協",)
HK = ("香港",)

GOLD = {"n01_jinan": {
  "entities": [
    E("楊奕霞", PER), E("許榮茂", PER),
    E(JN, LOC),
    E(SM, ORG), E(TQZF, ORG), E(XQH_GS, ORG), E(XQH_ZHB, ORG),
    E(P_QS, (PROJ, LOC)), E(P_LK, PROJ),
    E(TQ, LOC, optional=True), E(SD_X[:3], LOC, optional=True),
    E(HHB, LOC, optional=True), E(("黃河", "黃河北"), LOC, optional=True),
    E(("濼口", "濼口澇窪地區"), LOC, optional=True), E(("小清河",), LOC, optional=True),
    E(HK, LOC, optional=True), E(QGZX, ORG, optional=True),
    E(("港區全國政協委員",), ANY, optional=True),
    E(("項目公司", "北跨戰略", "城中區", "濟南的新地標"), ANY, optional=True),
  ],
  "relations": [
    R(("楊奕霞",), "reported_by", ("ARTICLE",)),
    R(("許榮茂",), "works_for", SM),
    R(("許榮茂",), "works_for", QGZX, optional=True),
    R(SM, "partner_of", TQZF),
    R(SM, "partner_of", XQH_GS),
    R(SM, "partner_of", XQH_ZHB),
    R(XQH_GS, "partner_of", XQH_ZHB),
    R(SM, "has_investment", ("4000000000",)),
    R(SM, "has_investment", ("31200000000",), optional=True),
    R(P_LK, "has_investment", ("2000000000",)),
    R(P_QS, "has_investment", ("2000000000",)),
    R(SM, "has_investment", ("2000000000",), optional=True),
    R(P_QS, "located_in", HHB + JN),
    R(P_LK, "located_in", JN, optional=True),
    R(P_QS + P_LK, "located_in", ("濼口", "濼口澇窪地區", "黃河北") + TQ, optional=True),
    R(P_QS + P_LK, "part_of", SM, optional=True),
    R(SM + P_QS + P_LK, "partner_of", TQZF + XQH_GS + XQH_ZHB, optional=True),
    R(TQZF, "located_in", TQ + JN, optional=True),
    R(TQZF, "part_of", TQ + JN, optional=True),
    R(XQH_GS + XQH_ZHB, "located_in", TQ + JN, optional=True),
    R(XQH_ZHB, "part_of", TQZF, optional=True),
    R(HHB, "located_in", JN, optional=True), R(HHB, "part_of", JN, optional=True),
    R(TQ, "part_of", JN, optional=True),
    R(SM, "located_in", HK, optional=True),
    R(("楊奕霞",), "works_for", ("香港文匯報", "文匯報", "本報"), optional=True),
  ],
  "money": [M(4e9), M(3.12e10), M(2e9)],
}}

# Optional part_of links of the article's places to their province
# (GB/T 2260; official simplified names included), as in batches j-m.
GOLD["n01_jinan"]["relations"] += [
    R(JN + ("济南市", "济南"), "part_of", SD_X, optional=True),
    R(TQ + ("天桥区",), "part_of", SD_X, optional=True),
    R(HHB, "part_of", SD_X, optional=True),
]
