"""Gold annotation of eval/corpus/articles/m02_guizhou.txt (format of ../shared/eval/gold_dev.py)."""
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

GZ_X = ("貴州", "貴州省")
GZ_XS = GZ_X + ("贵州省", "贵州")
GZZX = ("貴州省政協", "政協", "政協貴州省委員會")
GZZX_AQ = GZZX + ("貴州省澳區政協",)
GZZX_GAT = ("貴州省政協港澳台僑與外事委員會",)
GZZX_JDC = ("貴州省政協辦公廳接待處",)
QDN_SW = ("貴州省黔東南州委", "黔東南州委")
QDN_ZX = ("貴州省黔東南州政協", "黔東南州政協")
QGZX = ("全國政協",)
ZLB = ("中聯辦",)
GYZX = ("貴陽市政協",)
LYH = ("澳門貴州聯誼會",)
MO = ("澳門",)
HQ = ("橫琴",)
XZY = ("新竹苑",)
DLG = ("貴州省政協訪澳代表團", "代表團", "貴州省政協訪問團", "訪澳代表團")
AQ_MEMBERS = ("梁仕友", "馬建章", "何漢昌", "陳順回", "高展明")
LYH_PEOPLE = ("謝法", "崔銘文", "梁立權", "歐仲華", "黃景燊", "廖美珍", "林愛蘭")

GOLD = {"m02_guizhou": {
  "entities": [
    E("王正福", PER), E("謝曉堯", PER), E("韓卉", PER), E("粟多能", PER), E("胡巍", PER),
    E("李又平", PER), E("候輝宏", PER), E("楊從明", PER), E("黃懋", PER), E("崔世安", PER),
    E(("何厚鏵",), PER), E("徐澤", PER), E("林昶", PER), E("梁高崗", PER),
  ] + [E(p, PER) for p in AQ_MEMBERS + LYH_PEOPLE] + [
    E(GZZX, ORG), E(GZZX_GAT, ORG), E(GZZX_JDC, ORG), E(QDN_SW, ORG), E(QDN_ZX, ORG),
    E(QGZX, ORG), E(ZLB, ORG), E(GYZX, ORG), E(LYH, ORG),
    E(HQ, (LOC, ORG)),
    E(XZY, (LOC, ORG), optional=True),
    E(("貴州省澳區政協",), ORG, optional=True), E(("貴州省政協辦公廳",), ORG, optional=True),
    E(GZ_X, LOC, optional=True), E(MO, LOC, optional=True), E(("香港",), LOC, optional=True),
    E(("黔東南州",), LOC, optional=True), E(("貴陽",), LOC, optional=True),
    E(("國家十二五規劃", "十二五規劃"), ANY, optional=True),
    E(DLG, ANY, optional=True),
  ],
  "relations": [
    R(("王正福",), "works_for", GZZX),
    R(("謝曉堯",), "works_for", GZZX),
    R(("韓卉",), "works_for", QDN_SW),
    R(("粟多能",), "works_for", QDN_ZX, optional=True),
    R(("胡巍",), "works_for", GZZX),
    R(("李又平",), "works_for", GZZX_GAT),
    R(("李又平",), "works_for", GZZX, optional=True),
    R(("候輝宏",), "works_for", GZZX_JDC + ("貴州省政協辦公廳",)),
    R(("候輝宏",), "works_for", GZZX, optional=True),
    R(("楊從明",), "works_for", GZZX, optional=True),
    R(("黃懋",), "works_for", GZZX, optional=True),
    R(("何厚鏵",), "works_for", QGZX),
    R(("徐澤",), "works_for", ZLB),
    R(("崔世安",), "works_for", ("澳門特區政府", "澳門特別行政區政府", "行政長官") + MO, optional=True),
    R(("林昶",), "works_for", GZZX_AQ),
  ] + [R((p,), "works_for", GZZX_AQ) for p in AQ_MEMBERS] + [
    R(("梁高崗",), "works_for", GYZX),
  ] + [R((p,), "works_for", LYH) for p in LYH_PEOPLE] + [
    R(("王正福", "謝曉堯", "韓卉", "粟多能", "胡巍", "李又平", "候輝宏", "楊從明", "黃懋"), "works_for", DLG, optional=True),
    R(GZZX_GAT + GZZX_JDC + ("貴州省政協辦公廳",), "part_of", GZZX, optional=True),
    R(GZZX_JDC, "part_of", ("貴州省政協辦公廳",), optional=True),
    R(GZZX + GZZX_GAT + GZZX_JDC, "located_in", GZ_X, optional=True),
    R(QDN_SW + QDN_ZX, "located_in", ("黔東南州",) + GZ_X, optional=True),
    R(GYZX, "located_in", ("貴陽",), optional=True),
    R(LYH + XZY + ZLB, "located_in", MO, optional=True),
    R(DLG + GZZX, "partner_of", ZLB + LYH, optional=True),
  ],
  "money": [],
}}

# Optional part_of links of the article's places to their prefecture and province
# (GB/T 2260; official simplified names included), as in batches j-l.
GOLD["m02_guizhou"]["relations"] += [
    R(("黔東南州", "黔东南苗族侗族自治州", "黔東南苗族侗族自治州", "黔东南州"), "part_of", GZ_XS, optional=True),
    R(("貴陽", "貴陽市", "贵阳市", "贵阳"), "part_of", GZ_XS, optional=True),
    R(HQ + ("横琴",), "part_of", ("珠海", "珠海市", "廣東", "廣東省", "广东省", "广东"), optional=True),
]
