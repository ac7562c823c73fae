"""Gold annotation of eval/corpus/articles/k09_dawu.txt (format of ../shared/eval/gold_dev.py)."""
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

ST = ("湖北首通电磁科技有限公司", "首通电磁", "首通电磁科技")
KFQ = ("大悟县经济开发区", "县经济开发区", "大悟经济开发区", "开发区")
DW = ("大悟县", "大悟", "县")
HB_X = ("湖北", "湖北省")
LEAD = ("大悟县委", "县委", "大悟县人民政府", "县政府", "大悟县人民代表大会常务委员会", "县人大常委会",
        "大悟县政协", "县政协") + DW[:2]
PRJ = ("漆包线生产线", "漆包线生产线55条", "该项目")

GOLD = {"k09_dawu": {
  "entities": [
    E("余德芳", PER), E("余海群", PER), E("卢美胜", PER), E("曾献齐", PER), E("刘志", PER),
    E("杜荣", PER),
    E(ST, ORG),
    E(KFQ, (LOC, ORG), optional=True), E(DW[:2], LOC, optional=True),
    E(HB_X, LOC, optional=True),
    E(PRJ, ANY, optional=True),
    E(("开工仪式",), ANY, optional=True),
  ],
  "relations": [
    R(ST + PRJ, "has_investment", ("160000000",)),
    R(ST + PRJ, "located_in", KFQ + DW[:2], optional=True),
    R(KFQ, "located_in", DW[:2], optional=True), R(KFQ, "part_of", DW[:2], optional=True),
    R(("余德芳", "余海群", "卢美胜", "曾献齐", "刘志", "杜荣"), "works_for", LEAD, optional=True),
  ],
  "money": [M(1.6e8)],
}}

# True administrative containments (optional), as in batches a-j.
GOLD["k09_dawu"]["relations"] += [
    R(DW[:2], "part_of", ("孝感市", "孝感"), optional=True),
    R(DW[:2], "part_of", HB_X, optional=True),
]

# Optional part_of links of the article's places and zones to the higher divisions that
# contain them (GB/T 2260; simplified official names included), as in batches a-i.
GOLD["k09_dawu"]["relations"] += [
    R(KFQ, "part_of", ("孝感市", "孝感"), optional=True),
    R(KFQ, "part_of", HB_X, optional=True),
]
