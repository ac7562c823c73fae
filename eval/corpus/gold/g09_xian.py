"""Gold annotation of eval/corpus/articles/g09_xian.txt (format of ../shared/eval/gold_dev.py)."""
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


GG = ("澳門公共行政管理學會", "公管學會")
GAB = ("陝西省港澳辦", "省港澳辦", "陝 西省港澳辦")
SX = ("陝西省", "陝西", "陝")
MO = ("澳門", "澳")
XA = ("西安",)
DH = ("敦煌",)
LZ = ("蘭州",)
GBA = ("粵港澳大灣區",)
HQ = ("橫琴深合區",)
DYT = ("大雁塔",)
GCQ = ("西安古城墻",)
BYC = ("大唐不夜城",)
BMY = ("秦始皇兵馬俑",)

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
XA_X = XA + ("西安市",)
DH_X = DH + ("敦煌市",)
LZ_X = LZ + ("蘭州市", "兰州", "兰州市")
SX_X = SX + ("陕西省", "陕西")
GS_X = ("甘肅省", "甘肅", "甘", "甘肃省", "甘肃")
CN_X = ("中國", "中華人民共和國", "中国", "中华人民共和国")

GOLD = {"g09_xian": {
  "entities": [
    E("姚金川", PER), E("李略", PER), E("張宇", PER), E("趙佳芬", PER), E("韓瑛", PER),
    E("惠程勇", PER), E("郭曉明", PER), E("許志雄", PER), E("林宇杰", PER),
    E(GG, ORG), E(GAB, ORG),
    E(XA, LOC), E(DH, LOC), E(LZ, LOC),
    E(GBA, (LOC, ORG)), E(HQ, (LOC, ORG)),
    E(DYT, (LOC, ORG)), E(GCQ, (LOC, ORG)), E(BYC, (LOC, ORG)), E(BMY, (LOC, ORG)),
    E(SX, LOC, optional=True), E(MO, LOC, optional=True),
    E(("陝甘", "甘", "陝澳"), LOC, optional=True),
    E(("內地",), LOC, optional=True), E(("大中華區",), LOC, optional=True),
    E(("中國",), LOC, optional=True),
    E(("考察團", "一帶一路", "“一帶一路”", "一國兩制", "“一國兩制”", "自由行", "賭權開放"),
      ANY, optional=True),
  ],
  "relations": [
    R(("姚金川",), "works_for", GAB),
    R(("張宇",), "works_for", GAB),
    R(("趙佳芬",), "works_for", GAB),
    R(("韓瑛",), "works_for", GAB),
    R(("李略",), "works_for", GG),
    R(("惠程勇",), "works_for", GG),
    R(("郭曉明",), "works_for", GG),
    R(("許志雄",), "works_for", GG),
    R(("林宇杰",), "works_for", GG),
    R(MO, "partner_of", SX),
    R(GG, "partner_of", GAB, optional=True),
    R(GG + MO, "partner_of", SX + GAB, optional=True),
    R(MO, "has_investment", ("445000000",), optional=True),
    R(GG, "located_in", MO, optional=True),
    R(GAB, "located_in", SX + XA, optional=True), R(GAB, "part_of", SX, optional=True),
    R(DYT + GCQ + BYC + BMY, "located_in", XA, optional=True),
    R(DYT + GCQ + BYC + BMY, "part_of", XA, optional=True),
    R(HQ, "part_of", GBA, optional=True), R(HQ, "located_in", GBA, optional=True),
  ],
  "money": [M(4.45e8)],
}}

# Optional links to the province-level division / prefecture that contains a place
# even where the text does not write it, as in batches a-d.
GOLD["g09_xian"]["relations"] += [
    R(XA_X, "part_of", SX_X, optional=True),
    R(DH_X + LZ_X, "part_of", GS_X, optional=True),
    R(DH_X, "part_of", ("酒泉市", "酒泉"), optional=True),
    R(("酒泉市", "酒泉"), "part_of", GS_X, optional=True),
    R(SX_X + GS_X, "part_of", CN_X, optional=True),
    R(MO + ("澳門特別行政區", "澳门", "澳门特别行政区"), "part_of", CN_X, optional=True),
]
