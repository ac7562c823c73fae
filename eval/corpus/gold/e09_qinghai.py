"""Gold annotation of eval/corpus/articles/e09_qinghai.txt (format of ../shared/eval/gold_dev.py)."""
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


QH = ("青海", "青海省")
HK = ("香港", "港")
DW = ("香港大公文匯傳媒集團", "大文集團", "大公文匯傳媒集團")
XB = ("青海省人民政府新聞辦公室", "省政府新聞辦公室", "青海省政府新聞辦公室")
QHSW = ("青海省委",)
XCB = ("青海省委宣傳部",)
WXB = ("青海省委宣傳部外宣辦", "外宣辦")
XCBO = ("青海省委宣傳部辦公室",)
WL = ("青海省文學藝術界聯合會",)
YS = ("中共玉樹州委", "玉樹州委")
YSXC = ("中共玉樹州委宣傳部", "玉樹州委宣傳部", "宣傳部")
JGB = ("經營管理委員會辦公室",)

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
YSZ_X = ("玉樹州", "玉樹藏族自治州", "玉树州", "玉树藏族自治州")

GOLD = {"e09_qinghai": {
  "entities": [
    E("王大南", PER), E("李大宏", PER), E("鄭勇男", PER), E("嚴中則", PER), E("趙翃昊", PER),
    E("宋江濤", PER), E("武良桃", PER), E("劉生賢", PER),
    E(DW, ORG), E(XB, ORG), E(QHSW, ORG), E(XCB, ORG), E(WXB, ORG), E(XCBO, ORG), E(WL, ORG),
    E(YS, ORG),
    E(HK, LOC, optional=True),
    E(QH, LOC, optional=True), E(("玉樹州",), LOC, optional=True),
    E(YSXC, ORG, optional=True), E(JGB, ORG, optional=True),
    E(("大公報", "《大公報》"), ORG, optional=True), E(("文匯報", "《文匯報》"), ORG, optional=True),
    E(("大公文匯全媒體",), ORG, optional=True),
    E(("報史館", "全媒體新聞中心", "戰略合作協議", "簽約儀式"), ANY, optional=True),
  ],
  "relations": [
    R(DW, "partner_of", XB),
    R("王大南", "works_for", QHSW),
    R("王大南", "works_for", XCB + ("宣傳部",)),
    R("李大宏", "works_for", DW),
    R("鄭勇男", "works_for", DW),
    R("嚴中則", "works_for", DW),
    R("嚴中則", "works_for", JGB, optional=True),
    R("趙翃昊", "works_for", WXB + XCB),
    R("趙翃昊", "works_for", XB),
    R("宋江濤", "works_for", WL),
    R("武良桃", "works_for", YS),
    R("武良桃", "works_for", YSXC),
    R("劉生賢", "works_for", XCBO + XCB),
    R(XCB + WXB + XCBO, "part_of", QHSW + XCB, optional=True),
    R(XB + QHSW + XCB + WL, "located_in", QH, optional=True),
    R(DW, "located_in", HK, optional=True),
    R(QH, "partner_of", HK, optional=True),
  ],
  "money": [],
}}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["e09_qinghai"]["relations"] += [
    R(YSZ_X, "part_of", QH, optional=True),
]
