"""Gold annotation of eval/corpus/articles/c10_dalian.txt (format of ../shared/eval/gold_dev.py)."""
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

DL = ("大连", "大连市")
LN = ("辽宁",)
SZ = ("大连神州纺织有限公司", "神州纺织有限公司", "台企神州纺织有限公司")
DLTB = ("大连市台办",)
P3 = ("三期项目", "三期项目厂房建设")
P1 = ("一期项目",)
P2 = ("二期项目",)

GOLD = {"c10_dalian": {
  "entities": [
    E("方永乐", PER), E(("雍紫薇",), PER, optional=True),
    E(DL, LOC), E(SZ, ORG), E(DLTB, ORG),
    E(LN, LOC, optional=True), E(("台湾",), LOC, optional=True),
    E(("中国台湾网",), ORG, optional=True),
    E(P3 + P1 + P2, PROJ, optional=True),
  ],
  "relations": [
    R(SZ, "located_in", DL),
    R(DL, "part_of", LN + ("辽宁省",), optional=True),
    R("方永乐", "works_for", DLTB + ("中国台湾网",), optional=True),
    R(DLTB, "located_in", DL, optional=True), R(DLTB, "part_of", DL, optional=True),
    R(SZ + P3, "has_investment", "54000000"),
    R(SZ + P1, "has_investment", "28000000"),
    R(SZ + P2, "has_investment", "34500000"),
    R(("方永乐",), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(5.4e7), M(2.8e7), M(3.45e7)],
}}
