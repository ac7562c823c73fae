"""Gold annotation of eval/corpus/articles/d03_helan.txt (format of ../shared/eval/gold_dev.py)."""
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

HELAN = ("贺兰县", "贺兰")
HLXW = ("贺兰县委",)
TIANSI = ("泰国天丝集团", "天丝集团")
HN_PROJ = ("中国西北红牛生产基地", "泰国天丝集团中国西北红牛生产基地", "西北红牛生产基地",
           "红牛生产基地")
SCHOOL = ("贺兰县5所学校新建项目", "5所学校新建项目", "学校新建项目")

GOLD = {"d03_helan": {
  "entities": [
    E("吴隆重", PER), E("赵波", PER), E("贾茹", PER, optional=True),
    E(HELAN, LOC), E(("银川",), LOC),
    E(HLXW, ORG), E(TIANSI, ORG),
    E(HN_PROJ, (PROJ, LOC, ORG)),
    E(SCHOOL, PROJ, optional=True),
    E(("宁夏",), LOC, optional=True), E(("泰国",), LOC, optional=True),
    E(("中国",), LOC, optional=True),
    E(("人民网", "人民网-宁夏频道"), ORG, optional=True),
    E(("红牛", "中国西北"), ANY, optional=True),
  ],
  "relations": [
    R("吴隆重", "reported_by", "ARTICLE"),
    R("赵波", "works_for", HLXW),
    R(HN_PROJ, "located_in", HELAN),
    R(TIANSI, "located_in", HELAN, optional=True),
    R(HLXW, "located_in", HELAN, optional=True), R(HLXW, "part_of", HELAN, optional=True),
    R(HELAN, "part_of", ("银川", "银川市", "宁夏", "宁夏回族自治区"), optional=True),
    R(HELAN, "located_in", ("银川", "宁夏"), optional=True),
    R(("银川", "银川市"), "part_of", ("宁夏", "宁夏回族自治区"), optional=True),
    R(HELAN, "has_investment", "1100000000"),
    R(HELAN, "has_investment", "49600000000", optional=True),
    R(HELAN, "has_investment", "12000000000", optional=True),
    R(SCHOOL + HELAN, "has_investment", "392000000"),
  ],
  "money": [M(1.1e9), M(4.96e10), M(1.2e10), M(3.92e8)],
}}
