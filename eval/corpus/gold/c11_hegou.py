"""Gold annotation of eval/corpus/articles/c11_hegou.txt (format of ../shared/eval/gold_dev.py)."""
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

YZ = ("禹州市",)
FG = ("方岗镇", "禹州市方岗镇")
HG = ("和沟村", "方岗镇和沟村", "禹州市方岗镇和沟村", "禹州市和沟村")
QM = ("强民种植合作社",)
HGDZB = ("和沟村党支部", "村党支部", "党支部")

GOLD = {"c11_hegou": {
  "entities": [
    E("宋广军", PER), E("刘艳红", PER), E("杨绍杰", PER), E("郑帅举", PER), E("郑金良", PER),
    E(YZ, LOC), E(FG, LOC), E(HG, (LOC, ORG)), E(("昌王村",), (LOC, ORG)), E(("亳州",), LOC),
    E(QM, ORG),
    E(HGDZB, ORG, optional=True),
    E(("丹参", "防风", "合作社"), ANY, optional=True),
  ],
  "relations": [
    R(FG + ("方岗",), "part_of", YZ + ("禹州",)),
    R(HG, "part_of", FG + ("方岗",)),
    R(HG, "located_in", FG + YZ, optional=True),
    R(QM, "located_in", HG),
    R("郑帅举", "works_for", QM),
    R("杨绍杰", "works_for", HG + HGDZB, optional=True),
    R(HGDZB, "part_of", HG, optional=True),
    R(QM, "partner_of", HGDZB + HG, optional=True),
    R(("宋广军",), "reported_by", ("ARTICLE",)), R(("刘艳红",), "reported_by", ("ARTICLE",)),
    # true administrative chain (MCA division table, Xzqh20251231), optional
    R(YZ + ('禹州',), "part_of", ('许昌市', '许昌'), optional=True),
    R(('许昌市', '许昌'), "part_of", ('河南省', '河南'), optional=True),
    R(('亳州', '亳州市'), "part_of", ('安徽省', '安徽'), optional=True),
  ],
  "money": [M(1000, optional=True)],  # 每人每月1000多元: a per-person monthly rate
}}
