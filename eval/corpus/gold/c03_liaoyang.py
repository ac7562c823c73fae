"""Gold annotation of eval/corpus/articles/c03_liaoyang.txt (format of ../shared/eval/gold_dev.py)."""
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

LY = ("辽阳市",)
LYSW = ("辽阳市委", "市委")
LYZF = ("辽阳市人民政府", "辽阳市政府", "市政府")
LNZF = ("辽宁省人民政府", "辽宁省政府", "省政府")
LN = ("辽宁",)
SH = ("上海",)
SJTU_SZ = ("上海交通大学深圳创新研究院",)
LYDBT = ("辽阳市经贸代表团",)

GOLD = {"c03_liaoyang": {
  "entities": [
    E("柳迪", PER), E("白英", PER), E("陈绿平", PER), E("刘河洲", PER), E("孔祥杰", PER),
    E(("程月",), PER, optional=True),
    E(LY, LOC), E(SH, LOC),
    E(("华峰铝业",), ORG), E(("中通快递",), ORG), E(("上海辽宁商会",), ORG), E(SJTU_SZ, ORG),
    E(LN, LOC, optional=True), E(("长三角",), LOC, optional=True),
    E(("深圳",), LOC, optional=True), E(("上海交通大学",), ORG, optional=True),
    E(LYSW, ORG, optional=True), E(LYZF, ORG, optional=True), E(LNZF, ORG, optional=True),
    E(LYDBT, ORG, optional=True),
    E(("辽宁—长三角招商引资促进周", "辽阳市重点项目集中签约推进会议", "省直相关部门", "两城三区四基地"),
      ANY, optional=True),
  ],
  "relations": [
    R("白英", "works_for", LYSW),
    R("白英", "works_for", LYZF + LY),
    R("白英", "works_for", LYDBT, optional=True),
    R("孔祥杰", "works_for", LYSW),
    R("孔祥杰", "works_for", LYZF + LY),
    R("陈绿平", "works_for", LNZF + LN),
    R("刘河洲", "works_for", SJTU_SZ),
    R(SJTU_SZ, "part_of", ("上海交通大学",), optional=True),
    R(SJTU_SZ, "located_in", ("深圳",), optional=True),
    R(("上海辽宁商会",), "located_in", SH, optional=True),
    R(("华峰铝业", "中通快递"), "located_in", SH, optional=True),
    R(LY + ("辽阳",), "part_of", LN + ("辽宁省",), optional=True),
    R(LY + LYZF + LYDBT, "partner_of", SJTU_SZ, optional=True),
    R(LY + LYZF + LYDBT, "has_investment", "8530000000"),
    R(("柳迪",), "reported_by", ("ARTICLE",)),
    # true administrative chain (MCA division table, Xzqh20251231), optional
    R(('深圳', '深圳市'), "part_of", ('广东省', '广东'), optional=True),
  ],
  "money": [M(8.53e9)],
}}
