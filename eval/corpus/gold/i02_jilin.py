"""Gold annotation of eval/corpus/articles/i02_jilin.txt (format of ../shared/eval/gold_dev.py)."""
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

HH = ("鴻海", "鴻海(2317)", "鴻海（2317）", "鴻海集團", "鴻海富士康", "富士康")
JLGOV = ("吉林省政府", "吉林省人民政府", "省政府")
JLW = ("吉林省委", "省委")
JL = ("吉林", "吉林省")
JLGOV_T = JLGOV + JL
JLW_T = JLW + JL
JLRB = ("吉林日報", "大陸吉林日報", "中國大陸吉林日報")
FAW = ("一汽集團", "長春第一汽車集團", "第一汽車集團")
CC = ("長春市", "長春")
QM = ("啟明公司",)
NA = ("農安縣",)
YHS = ("中科院長春應化所", "長春應化所")
GJS = ("中科院長春光機所", "長春光機所")
YSDZW = ("吉林省野生動植物保護協會",)
CN_X = ("中國", "大陸", "中國大陸", "中華人民共和國")

GOLD = {"i02_jilin": {
  "entities": [
    E("鍾榮峰", PER), E("郭台銘", PER), E("孫政才", PER), E("王儒林", PER),
    E(HH, ORG), E(JLGOV, ORG), E(JLW, ORG), E(JLRB, ORG), E(FAW, ORG), E(QM, ORG),
    E(YHS, ORG), E(GJS, ORG), E(YSDZW, ORG),
    E(CC, (LOC, ORG)), E(NA, (LOC, ORG)), E(("台北",), LOC),
    E(JL, LOC, optional=True),
    E(CN_X, LOC, optional=True),
    E(("東北", "大陸東北"), LOC, optional=True),
    E(("中科院", "中國科學院"), ORG, optional=True),
    E(("中央社", "中央商情網"), ORG, optional=True),
    E(("電視組裝基地", "科技育成中心", "戰略合作框架協議", "新材料投資意向書",
       "汽車電子部門", "商貿中心"), ANY, optional=True),
  ],
  "relations": [
    R(("鍾榮峰",), "reported_by", ("ARTICLE",)),
    R("郭台銘", "works_for", HH),
    R("孫政才", "works_for", JLW_T),
    R("王儒林", "works_for", JLW_T),
    R("王儒林", "works_for", JLGOV_T),
    R(HH, "partner_of", JLGOV_T),
    R(HH, "partner_of", FAW),
    R(HH, "partner_of", CC),
    R(HH, "partner_of", QM),
    R(HH, "partner_of", NA),
    R(HH, "partner_of", YHS),
    R(HH, "partner_of", GJS),
    R(HH, "partner_of", YSDZW, optional=True),
    R(HH, "partner_of", JLW_T, optional=True),
    R("郭台銘", "partner_of", ("孫政才",), optional=True),
    R("郭台銘", "partner_of", ("王儒林",), optional=True),
    R(("鍾榮峰",), "works_for", ("中央社",), optional=True),
    R(FAW, "partner_of", CC, optional=True),
    R(QM, "partner_of", NA, optional=True),
    R(FAW, "located_in", CC, optional=True),
    R(YHS, "located_in", CC, optional=True), R(GJS, "located_in", CC, optional=True),
    R(YHS + GJS, "part_of", ("中科院", "中國科學院"), optional=True),
    R(JLGOV, "located_in", JL, optional=True), R(JLW, "located_in", JL, optional=True),
    R(YSDZW, "located_in", JL, optional=True),
  ],
  "money": [],
}}

# True administrative containments (optional), as in batches a-g.
GOLD["i02_jilin"]["relations"] += [
    R(NA, "part_of", CC, optional=True),
    R(CC, "part_of", JL, optional=True),
    R(JL, "part_of", CN_X, optional=True),
]

# Optional part_of links to parent divisions the text does not write (GB/T 2260), as in batches a-g.
GOLD["i02_jilin"]["relations"] += [
    R(NA, "part_of", ("吉林省", "吉林"), optional=True),
]
