"""Gold annotation of eval/corpus/articles/h07_zhaoyuan.txt (format of ../shared/eval/gold_dev.py)."""
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

ZY = ("肇源县", "肇源")
DQ = ("大庆市",)
YDLY = ("沈阳远东粮油物流股份有限公司",)
HJSP = ("四川徽记食品股份有限公司",)
DLSN = ("肇东市大力水泥制品厂",)
FDPC = ("河北凤东皮草有限公司",)
P_LC = ("20万吨粮食仓储物流项目",)
P_SD = ("有机水稻生产及米业加工项目",)
P_SN = ("水泥制品加工项目", "肇东市大力水泥制品厂水泥制品加工项目")
P_TP = ("兔皮深加工项目", "河北凤东皮草有限公司兔皮深加工项目")
DBW = ("东北网",)

GOLD = {"h07_zhaoyuan": {
  "entities": [
    E("王小兵", PER), E("岳云雪", PER), E("高长利", PER),
    E("杨禹", PER, optional=True),
    E(ZY, LOC), E(DQ, LOC),
    E(YDLY, ORG), E(HJSP, ORG), E(DLSN, ORG), E(FDPC, ORG),
    E(P_LC, PROJ), E(P_SD, PROJ), E(P_SN, PROJ), E(P_TP, PROJ),
    E(DBW, ORG, optional=True),
    E(("肇东市",), LOC, optional=True), E(("沈阳",), LOC, optional=True),
    E(("四川",), LOC, optional=True), E(("河北",), LOC, optional=True),
    E(("哈洽会", "本届哈洽会", "肇源展台", "区域招商办", "园区招商办", "行业招商办",
       "乡镇招商办", "招商团队"), ANY, optional=True),
  ],
  "relations": [
    R(ZY, "part_of", DQ),
    R(ZY, "partner_of", YDLY), R(ZY, "partner_of", HJSP),
    R(ZY, "partner_of", DLSN), R(ZY, "partner_of", FDPC),
    R(P_LC + YDLY + ZY, "has_investment", "110000000"),
    R(P_SD + HJSP + ZY, "has_investment", "200000000"),
    R(P_SN + DLSN + ZY, "has_investment", "150000000"),
    R(P_TP + FDPC + ZY, "has_investment", "50000000"),
    R(ZY, "has_investment", "510000000", optional=True),
    R(ZY, "has_investment", "8800000000", optional=True),
    R(ZY, "has_investment", "4800000000", optional=True),
    R(ZY, "has_investment", "1900000000", optional=True),
    R(P_LC + P_SD + P_SN + P_TP, "located_in", ZY, optional=True),
    R(YDLY, "partner_of", P_LC, optional=True), R(HJSP, "partner_of", P_SD, optional=True),
    R(DLSN, "partner_of", P_SN, optional=True), R(FDPC, "partner_of", P_TP, optional=True),
    R(DLSN, "located_in", ("肇东市",), optional=True),
    R(YDLY, "located_in", ("沈阳",), optional=True),
    R(HJSP, "located_in", ("四川",), optional=True),
    R(FDPC, "located_in", ("河北",), optional=True),
    R("岳云雪", "works_for", DBW, optional=True),
    R("高长利", "works_for", DBW, optional=True),
    R(("王小兵",), "reported_by", ("ARTICLE",)),
    R(("岳云雪",), "reported_by", ("ARTICLE",)),
    R(("高长利",), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(8.8e9), M(5.1e8), M(1.1e8), M(2e8), M(1.5e8), M(5e7), M(4.8e9), M(1.9e9)],
}}

# Optional part_of links to parent divisions the text does not write (GB/T 2260), as in batches a-g.
GOLD["h07_zhaoyuan"]["relations"] += [
    R(ZY, "part_of", ("黑龙江省",), optional=True),
    R(DQ, "part_of", ("黑龙江省",), optional=True),
    R(("肇东市",), "part_of", ("绥化市",), optional=True),
    R(("肇东市",), "part_of", ("黑龙江省",), optional=True),
    R(("沈阳",), "part_of", ("辽宁省",), optional=True),
]
