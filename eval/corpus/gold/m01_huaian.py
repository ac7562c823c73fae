"""Gold annotation of eval/corpus/articles/m01_huaian.txt (format of ../shared/eval/gold_dev.py)."""
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

HA = ("淮安", "江蘇淮安")
NJ = ("南京",)
JS_X = ("江蘇", "江蘇省")
JS_XS = JS_X + ("江苏省", "江苏")
GTB = ("國臺辦",)
GTB_JJ = ("國臺辦經濟局",)
JS_TB = ("江蘇省人民政府台灣事務辦公室",)
JS_SWT = ("江蘇省商務廳",)
TB = ("臺玻集團", "臺玻")
SL = ("實聯化工項目", "實聯化工")
FORUM = ("第十一屆臺商論壇", "臺商論壇", "本屆論壇")
XJD = ("兩岸信息家電產業園",)
SFQ = ("國家級台資企業產業轉移集聚服務示範區",)
XHS = ("新華社",)

GOLD = {"m01_huaian": {
  "entities": [
    E("張展鵬", PER), E("陸華東", PER), E("張世宏", PER), E("林伯實", PER),
    E(HA, LOC), E(NJ, LOC),
    E(GTB_JJ, ORG), E(JS_TB, ORG), E(JS_SWT, ORG), E(TB, ORG),
    E(SL, PROJ),
    E(GTB, ORG), E(XHS, ORG, optional=True),
    E(JS_X, LOC, optional=True), E(("大陸",), LOC, optional=True), E(("台灣", "兩岸"), LOC, optional=True),
    E(XJD, (LOC, ORG), optional=True), E(SFQ, (LOC, ORG), optional=True),
    E(FORUM, ANY, optional=True),
  ],
  "relations": [
    R(("張展鵬",), "reported_by", ("ARTICLE",)),
    R(("陸華東",), "reported_by", ("ARTICLE",)),
    R(("張世宏",), "works_for", GTB_JJ + GTB),
    R(("林伯實",), "works_for", TB),
    R(HA + FORUM, "has_investment", ("1890000000",)),
    R(HA, "has_investment", ("12950000000",), optional=True),
    R(SL, "located_in", HA, optional=True),
    R(SL, "part_of", TB, optional=True),
    R(TB, "located_in", HA, optional=True),
    R(FORUM, "located_in", HA, optional=True),
    R(XJD + SFQ, "located_in", HA, optional=True),
    R(GTB_JJ, "part_of", GTB, optional=True),
    R(GTB_JJ + GTB, "partner_of", JS_TB + JS_SWT, optional=True),
    R(JS_TB, "partner_of", JS_SWT, optional=True),
    R(JS_TB + JS_SWT, "located_in", JS_X, optional=True),
    R(("張展鵬", "陸華東"), "works_for", XHS, optional=True),
  ],
  "money": [M(1.89e9), M(1.295e10), M(6.7e10)],
}}

# Optional part_of links of the article's places to their prefecture and province
# (GB/T 2260; official simplified names included), as in batches j-l.
GOLD["m01_huaian"]["relations"] += [
    R(HA + ("淮安市",), "part_of", JS_XS, optional=True),
    R(NJ + ("南京市",), "part_of", JS_XS, optional=True),
]
