"""Gold annotation of eval/corpus/articles/e08_guizhou.txt (format of ../shared/eval/gold_dev.py)."""
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


GZ = ("貴州", "貴州省", "黔")
GZGOV = ("貴州省人民政府", "貴州省政府") + GZ
GZSW = ("貴州省委",)
HK = ("香港", "港")
TZJ = ("貴州省投資促進局",)
RS = ("榮氏投資集團有限公司", "榮氏集團", "香港榮氏集團")
JS = ("中國江山集團有限公司", "中國江山集團")
ZGHZ = ("中國火災保險有限公司",)
RSJJ = ("榮氏家族基金",)
GY = ("貴陽市", "貴陽")
WD = ("烏當區", "貴陽市烏當區")
QN = ("黔南",)
WA = ("甕安", "黔南甕安")
AS = ("安順",)
LL = ("貴陽市烏當區冷鏈基地", "烏當區冷鏈基地", "冷鏈基地")
QY = ("黔南甕安全域旅遊項目", "甕安全域旅遊項目", "全域旅遊項目")
XF = ("安順消防裝備產業園", "消防裝備產業園")
ZB = ("中國火災保險有限公司總部",)
HKCD = ("香港商報", "香港商報網", "香港商报网")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
GZ_X = GZ + ("贵州", "贵州省")
GY_X = GY + ("贵阳市", "贵阳")
WD_X = WD + ("乌当区",)
QN_X = QN + ("黔南布依族苗族自治州", "黔南州")
WA_X = WA + ("甕安縣", "瓮安县", "瓮安")
AS_X = AS + ("安順市", "安顺市", "安顺")
HK_X = HK + ("香港特別行政區", "香港特别行政区")
CN_X = ("中國", "中華人民共和國", "中国", "中华人民共和国")

GOLD = {"e08_guizhou": {
  "entities": [
    E("黃慶松", PER), E("榮克敏", PER), E("諶貽琴", PER),
    E(TZJ, ORG), E(RS, ORG), E(JS, ORG), E(ZGHZ, ORG), E(RSJJ, ORG), E(GZSW, ORG),
    E(HK, LOC, optional=True), E(GY, LOC), E(WD, LOC), E(QN, LOC), E(WA, LOC), E(AS, LOC),
    E("粵港澳大灣區", LOC), E("東南亞", LOC),
    E(LL, PROJ), E(QY, PROJ), E(XF, (PROJ, LOC, ORG)),
    E(ZB, (PROJ, ORG), optional=True),
    E(GZ, LOC, optional=True), E(("西南地區",), LOC, optional=True),
    E(("中國",), LOC, optional=True),
    E(HKCD, ORG, optional=True), E(("貴州省人民政府", "貴州省政府"), ORG, optional=True),
    E(("內陸開放型經濟試驗區", "貴州·香港投資貿易活動周", "戰略合作框架協議", "簽約現場"),
      ANY, optional=True),
  ],
  "relations": [
    R("黃慶松", "reported_by", "ARTICLE"),
    R(WD, "part_of", GY),
    R(WA, "part_of", QN),
    R(GY_X + QN_X + AS_X + WD_X + WA_X, "part_of", GZ_X, optional=True),
    R(RS, "has_investment", ("30000000000",)),
    R(GZ + ("港資",), "has_investment", ("9260000000",), optional=True),
    R(TZJ, "partner_of", RS),
    R(TZJ, "partner_of", JS),
    R(RS, "partner_of", JS, optional=True),
    R(RS, "partner_of", GZ, optional=True),
    R("榮克敏", "works_for", RS),
    R("榮克敏", "works_for", RSJJ),
    R("諶貽琴", "works_for", GZSW),
    R("諶貽琴", "works_for", GZGOV),
    R("黃慶松", "works_for", HKCD, optional=True),
    R(LL, "located_in", WD + GY, optional=True),
    R(QY, "located_in", WA + QN, optional=True),
    R(XF, "located_in", AS, optional=True),
    R(ZB + ZGHZ, "located_in", GZ, optional=True),
    R(RS + JS, "located_in", HK, optional=True),
    R(TZJ, "located_in", GZ, optional=True), R(TZJ, "part_of", GZ_X, optional=True),
  ],
  "money": [M(3e10), M(9.26e9)],
}}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["e08_guizhou"]["relations"] += [
    R(GZ_X, "part_of", CN_X, optional=True),
    R(GY_X, "part_of", CN_X, optional=True),
    R(WD_X, "part_of", CN_X, optional=True),
    R(QN_X, "part_of", CN_X, optional=True),
    R(WA_X, "part_of", CN_X, optional=True),
    R(AS_X, "part_of", CN_X, optional=True),
    R(HK_X, "part_of", CN_X, optional=True),
    R(XF, "part_of", GZ_X, optional=True),
    R(XF, "part_of", CN_X, optional=True),
]
