"""Gold annotation of eval/corpus/articles/k01_zhaoqing.txt (format of ../shared/eval/gold_dev.py)."""
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

ZQ = ("肇慶", "肇慶市")
ZQXQ = ("肇慶新區",)
GD_X = ("廣東", "廣東省")
GD_XS = GD_X + ("广东省", "广东")
ZQZX = ("肇慶市政協", "政協肇慶市委員會")
ZQSW = ("肇慶市委", "市委", "中共肇慶市委")
ZQZF = ("肇慶市人民政府", "肇慶市政府", "市政府") + ZQ
ZLB = ("中聯辦", "中央人民政府駐香港特別行政區聯絡辦公室", "中央政府駐港聯絡辦")
ZLB_KL = ("中聯辦九龍工作部", "九龍工作部")
ZLB_XJ = ("中聯辦新界工作部", "新界工作部")
SZ = ("四洲集團",)
QGZX = ("全國政協",)
ZZ = ("中總", "香港中華總商會")
GLH = ("工聯會", "香港工會聯合會")
HYD = ("霍英東集團",)
XH = ("新華集團",)
FL = ("婦聯",)
GDSZ = ("廣東社總", "香港廣東社團總會")
ZYTX = ("肇慶雲浮各邑同鄉總會",)
HOTEL = ("洲際酒店",)
EVT = ("2013年港澳新春團拜會", "港澳新春團拜會", "新春團拜會", "肇慶市春茗", "春茗", "新春團拜")
WL = ("物流基地",)

GOLD = {"k01_zhaoqing": {
  "entities": [
    E("張成文", PER), E("吳華欽", PER), E("關鵬", PER), E("陳宣群", PER), E("林武", PER),
    E("戴德豐", PER), E("何靖", PER), E("袁武", PER), E("鄭耀棠", PER), E("霍啟山", PER),
    E("何平", PER), E("蔡冠深", PER), E("葉順興", PER), E("王國強", PER), E("黎漢光", PER),
    E(ZQ, LOC), E(ZQXQ, (LOC, ORG)), E(HOTEL, (LOC, ORG)),
    E(ZQZX, ORG), E(ZLB, ORG), E(ZLB_KL, ORG), E(ZLB_XJ, ORG), E(SZ, ORG), E(ZZ, ORG),
    E(GLH, ORG), E(HYD, ORG), E(XH, ORG), E(FL, ORG), E(GDSZ, ORG), E(ZYTX, ORG),
    E(ZQSW, ORG, optional=True), E(ZQZF[:3], ORG, optional=True), E(QGZX, ORG, optional=True),
    E(("香港文匯報", "文匯報"), ORG, optional=True), E(("霍英東",), PER, optional=True),
    E(GD_X, LOC, optional=True), E(("香港", "港", "港澳"), LOC, optional=True), E(("雲浮",), LOC, optional=True),
    E(("華南", "西南"), LOC, optional=True),
    E(EVT, ANY, optional=True), E(WL, ANY, optional=True),
    E(("「兩區」", "兩區"), ANY, optional=True),
  ],
  "relations": [
    R(("張成文",), "works_for", ZQZX),
    R(("吳華欽",), "works_for", ZQSW),
    R(("關鵬",), "works_for", ZQZF),
    R(("陳宣群",), "works_for", ZQZF),
    R(("林武",), "works_for", ZLB),
    R(("戴德豐",), "works_for", SZ),
    R(("戴德豐",), "works_for", QGZX, optional=True),
    R(("何靖",), "works_for", ZLB_KL + ZLB),
    R(("袁武",), "works_for", ZZ),
    R(("鄭耀棠",), "works_for", GLH),
    R(("霍啟山",), "works_for", HYD),
    R(("何平",), "works_for", ZLB_XJ + ZLB),
    R(("蔡冠深",), "works_for", XH),
    R(("蔡冠深",), "works_for", QGZX, optional=True),
    R(("葉順興",), "works_for", FL),
    R(("王國強",), "works_for", GDSZ),
    R(("黎漢光",), "works_for", ZYTX),
    R(SZ + WL, "has_investment", ("200000000",)),
    R(WL, "located_in", ZQXQ + ZQ, optional=True),
    R(SZ, "located_in", ZQXQ + ZQ, optional=True),
    R(ZQXQ, "part_of", ZQ, optional=True), R(ZQXQ, "located_in", ZQ, optional=True),
    R(ZLB_KL + ZLB_XJ, "part_of", ZLB, optional=True),
    R(ZQZX + ZQSW + ZQZF[:3], "located_in", ZQ, optional=True),
    R(EVT, "located_in", HOTEL + ("香港",), optional=True),
    R(SZ, "partner_of", ZQ + ZQZF[:3], optional=True),
  ],
  "money": [M(2e8)],
}}

# True administrative containments (optional), as in batches a-j.
GOLD["k01_zhaoqing"]["relations"] += [
    R(ZQ + ("肇庆市", "肇庆"), "part_of", GD_XS, optional=True),
    R(ZQXQ + ("肇庆新区",), "part_of", GD_XS, optional=True),
]

# Optional part_of links of the article's places and zones to the higher divisions that
# contain them (GB/T 2260; simplified official names included), as in batches a-i.
GOLD["k01_zhaoqing"]["relations"] += [
    R(("雲浮", "雲浮市", "云浮市", "云浮"), "part_of", GD_XS, optional=True),
]
