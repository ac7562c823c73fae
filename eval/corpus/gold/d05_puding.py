"""Gold annotation of eval/corpus/articles/d05_puding.txt (format of ../shared/eval/gold_dev.py)."""
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

PDYQ = ("普定工业园区",)
MCLY = ("贵州镁程铝业科技有限公司", "镁程铝业")
BSL = ("柏晟林材料科技有限公司", "柏晟林")
KLQ = ("贵州科洛奇机械设备制造有限公司", "科洛奇")

GOLD = {"d05_puding": {
  "entities": [
    E("鲁开伟", PER), E("徐内明", PER), E("杨维", PER),
    E(PDYQ, (LOC, ORG)),
    E(MCLY, ORG), E(BSL, ORG), E(KLQ, ORG),
    E(("普定",), LOC, optional=True), E(("贵州",), LOC, optional=True),
  ],
  "relations": [
    R("鲁开伟", "reported_by", "ARTICLE"),
    R("徐内明", "works_for", MCLY),
    R("杨维", "works_for", BSL),
    R(MCLY, "located_in", PDYQ, optional=True),
    R(BSL, "located_in", PDYQ, optional=True),
    R(KLQ, "located_in", PDYQ, optional=True),
    R(PDYQ, "located_in", ("普定",), optional=True),
    R(PDYQ, "part_of", ("普定",), optional=True),
    # true administrative chain (MCA division table, Xzqh20251231), optional
    R(('普定', '普定县'), "part_of", ('安顺市', '安顺'), optional=True),
    R(('安顺市', '安顺'), "part_of", ('贵州省', '贵州'), optional=True),
  ],
  "money": [M(1e7)],
}}
