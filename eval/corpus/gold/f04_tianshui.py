"""Gold annotation of eval/corpus/articles/f04_tianshui.txt (format of ../shared/eval/gold_dev.py)."""
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

TS = ("天水市", "天水")
GS = ("甘肃省",)
GSJHJ = ("甘肃省经济合作局",)
GSZX = ("甘肃省政协", "省政协")
TSSW = ("天水市委", "市委")
TSRD = ("天水市人大常委会", "市人大常委会")
TSZX = ("天水市政协", "市政协")
TSZF = ("天水市人民政府", "天水市政府", "天水市")
TSJW = ("天水市纪委", "市纪委")
TSZSJ = ("天水市招商局", "市招商局")
QZQW = ("秦州区委",)
JLH = ("陕、甘、川、宁四省毗邻地区十五方经联会", "经联会")
TSBG = ("天水宾馆",)
YUANDA = ("沈阳远大机电装备有限公司",)
DATANG = ("大唐新能源陕西筹建处",)
QS = ("清水县", "天水市清水县")
HZ = ("汉中市",)
LB = ("留坝县", "汉中市留坝县")
QS_PROJ = ("天水市清水县风能开发项目", "清水县风能开发项目", "风能开发项目")
LB_PROJ = ("汉中市留坝县冲滩风力发电项目", "留坝县冲滩风力发电项目", "冲滩风力发电项目")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
GS_X = GS + ("甘肃",)
SNX_X = ("陕西", "陕西省")
HZ_X = HZ + ("汉中",)
SY_X = ("沈阳", "沈阳市")
LN_X = ("辽宁省", "辽宁")

GOLD = {
"f04_tianshui": {
  "entities": [
    E("漆艳", PER), E("张景辉", PER), E("杨文廷", PER), E("何静", PER), E("任伯年", PER),
    E("宋敬国", PER), E("柴金祥", PER), E("杨维俊", PER), E("张明泰", PER), E("赵卫东", PER),
    E("张应华", PER),
    E(TS, LOC), E(TSBG, (LOC, ORG)),
    E(GSJHJ, ORG), E(QZQW, ORG), E(JLH, ORG), E(YUANDA, ORG), E(DATANG, ORG),
    E(QS_PROJ, PROJ), E(LB_PROJ, PROJ),
    E(GS, LOC, optional=True),
    E(("秦州区",), LOC, optional=True),
    E(QS, LOC, optional=True), E(HZ, LOC, optional=True), E(LB, LOC, optional=True),
    E(("沈阳",), LOC, optional=True), E(("陕西",), LOC, optional=True),
    E(("大唐新能源",), ORG, optional=True),
    E(("冲滩",), LOC, optional=True),
    E(GSZX, ORG, optional=True), E(TSSW, ORG, optional=True), E(TSRD, ORG, optional=True),
    E(TSZX, ORG, optional=True), E(TSZF[:2], ORG, optional=True), E(TSJW, ORG, optional=True),
    E(TSZSJ, ORG, optional=True),
    E(("第22届中国西部商品交易会", "中国西部商品交易会", "中国天水伏羲文化旅游节", "节会",
       "陕、甘、川、宁"), ANY, optional=True),
  ],
  "relations": [
    R(("张景辉",), "works_for", GSZX),
    R(("张景辉",), "works_for", TSSW),
    R(("杨文廷",), "works_for", GSJHJ),
    R(("何静",), "works_for", GSJHJ),
    R(("任伯年",), "works_for", TSRD),
    R(("宋敬国",), "works_for", TSZX),
    R(("柴金祥",), "works_for", TSSW),
    R(("柴金祥",), "works_for", TSZF),
    R(("杨维俊",), "works_for", TSSW),
    R(("杨维俊",), "works_for", TSJW),
    R(("张明泰",), "works_for", TSSW),
    R(("张明泰",), "works_for", QZQW + ("秦州区",)),
    R(("赵卫东",), "works_for", TSZF),
    R(("张应华",), "works_for", TSSW),
    R(QS_PROJ + YUANDA, "has_investment", ("2250000000",)),
    R(LB_PROJ + DATANG, "has_investment", ("1350000000",)),
    R(TS, "has_investment", ("12775000000",)),
    R(TS, "has_investment", ("33688000000",), optional=True),
    R(JLH + TS, "has_investment", ("35480000000",), optional=True),
    R(JLH, "has_investment", ("401997000000",), optional=True),
    R(QS, "part_of", TS, optional=True),
    R(LB, "part_of", HZ_X, optional=True),
    R(("秦州区",), "part_of", TS, optional=True),
    R(TS, "part_of", GS_X, optional=True),
    R(HZ_X, "part_of", SNX_X, optional=True),
    R(QS_PROJ, "located_in", QS + TS, optional=True),
    R(LB_PROJ, "located_in", LB + HZ + ("冲滩",), optional=True),
    R(TSBG, "located_in", TS, optional=True),
    R(("漆艳",), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(3.548e10), M(1.2775e10), M(4.01997e11), M(3.3688e10), M(2.25e9), M(1.35e9),
            M(1e8, optional=True)],
},
}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["f04_tianshui"]["relations"] += [
    R(QS, "part_of", GS_X, optional=True),
    R(("秦州区",), "part_of", GS_X, optional=True),
    R(LB, "part_of", SNX_X, optional=True),
]

# Optional links to the province-level division / prefecture that contains a place
# even where the text does not write it, as in batches a-d.
GOLD["f04_tianshui"]["relations"] += [
    R(SY_X, "part_of", LN_X, optional=True),
]
