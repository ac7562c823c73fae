"""Gold annotation of eval/corpus/articles/j04_shapotou.txt (format of ../shared/eval/gold_dev.py)."""
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

ZW = ("中卫市", "中卫")
SPT = ("沙坡头区", "中卫市沙坡头区")
DYZ = ("东园镇",)
XBS = ("新北山区", "东园镇新北山区")
NX_X = ("宁夏", "宁夏回族自治区", "自治区")
SPTYY = ("沙坡头区人民医院",)
ZWZY = ("中卫市中医医院", "原中卫市中医医院")
SPTJYJ = ("沙坡头区教育局",)
ZW10 = ("中卫十中项目", "中卫十中")
ZW3 = ("中卫三中",)
ZW4 = ("四中", "中卫四中")
ZW7 = ("七中", "中卫七中")
P_YY = ("沙坡头区人民医院迁建项目", "沙坡头区人民医院迁建")
P_GF = ("宁国运沙坡头区100MW复合光伏项目", "沙坡头区100MW复合光伏项目", "100MW复合光伏项目")
P_ZNJ = ("中能建“牛奶全产业+新能源”一体化示范", "“牛奶全产业+新能源”一体化示范", "牛奶全产业+新能源”一体化示范",
         "牛奶全产业+新能源一体化示范", "中能建“牛奶全产业+新能源”一体化示范项目")
P_LY = ("林源全钒液流储能电池生产", "林源全钒液流储能电池生产项目", "全钒液流储能电池生产")
P_XR = ("兴仁扬黄灌区续建配套与节水改造", "兴仁扬黄灌区续建配套与节水改造项目")
P_MY = ("茂烨330千伏变电站", "茂烨330千伏变电站项目")
P_NL = ("宁藜藜麦饲草绿色循环产业示范园区", "宁藜藜麦饲草绿色循环产业示范园区项目")

GOLD = {"j04_shapotou": {
  "entities": [
    E("王文革", PER), E("李宁", PER), E("龚德兵", PER),
    E(ZW, LOC), E(SPT, LOC), E(DYZ, LOC),
    E(SPTYY, ORG), E(ZWZY, ORG), E(SPTJYJ, ORG), E(ZW3, ORG),
    E(ZW10, (PROJ, ORG)),
    E(P_YY, PROJ), E(P_GF, PROJ),
    E(P_XR, PROJ), E(P_MY, (PROJ, LOC, ORG)), E(P_NL, (PROJ, LOC, ORG)),
    E(P_ZNJ, PROJ, optional=True), E(P_LY, PROJ, optional=True),
    E(XBS, LOC, optional=True),
    E(ZW4, ORG, optional=True), E(ZW7, ORG, optional=True),
    E(NX_X, LOC, optional=True),
    E(("中能建",), ORG, optional=True), E(("林源",), ORG, optional=True),
    E(("宁国运",), ORG, optional=True), E(("茂烨",), ORG, optional=True),
    E(("兴仁扬黄灌区",), LOC, optional=True), E(("宁藜",), ORG, optional=True),
    E(("城东区域",), LOC, optional=True),
  ],
  "relations": [
    R(("王文革",), "reported_by", ("ARTICLE",)),
    R(SPT, "part_of", ZW),
    R(SPT, "has_investment", ("27430000000",)),
    R(SPT, "has_investment", ("9310000000",), optional=True),
    R(P_GF, "has_investment", ("430000000",)),
    R(P_GF, "located_in", DYZ + XBS + SPT),
    R(XBS, "part_of", DYZ, optional=True),
    R(P_YY, "located_in", ZWZY + SPT + ZW, optional=True),
    R(SPTYY, "located_in", ZWZY + SPT + ZW, optional=True),
    R(SPTYY, "part_of", SPT, optional=True),
    R(SPTJYJ, "part_of", SPT, optional=True),
    R(ZWZY, "located_in", ZW, optional=True),
    R(P_YY + ZW10 + P_XR + P_MY + P_NL + P_ZNJ + P_LY, "located_in", SPT + ZW, optional=True),
    R(("李宁",), "works_for", P_YY, optional=True),
    R(("龚德兵",), "works_for", P_GF, optional=True),
    R(P_ZNJ, "part_of", ("中能建",), optional=True),
    R(("中能建",), "partner_of", SPT, optional=True),
  ],
  "money": [M(2.743e10), M(9.31e9), M(4.3e8), M(1e8, optional=True)],
}}

# True administrative containments (optional), as in batches a-i.
GOLD["j04_shapotou"]["relations"] += [
    R(ZW, "part_of", NX_X, optional=True),
    R(SPT, "part_of", NX_X, optional=True),
    R(DYZ, "part_of", SPT, optional=True),
    R(DYZ, "part_of", ZW, optional=True),
    R(XBS, "part_of", SPT, optional=True),
]

# Optional part_of links of the article's places and zones to the higher divisions that
# contain them (GB/T 2260; simplified official names included), as in batches a-i.
GOLD["j04_shapotou"]["relations"] += [
    R(DYZ, "part_of", NX_X, optional=True),
    R(XBS, "part_of", ZW, optional=True),
    R(XBS, "part_of", NX_X, optional=True),
    R(P_NL, "part_of", SPT, optional=True),
    R(P_NL, "part_of", ZW, optional=True),
    R(P_NL, "part_of", NX_X, optional=True),
]
