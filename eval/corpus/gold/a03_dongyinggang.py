"""Gold annotation of eval/corpus/articles/a03_dongyinggang.txt (format of ../shared/eval/gold_dev.py)."""
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

DYG = ("东营港经济开发区", "开发区", "园区")
DYGDGW = ("东营港经济开发区党工委",)
DYGGWH = ("东营港经济开发区管委会", "管委会")
DY = ("东营",)
DYRD = ("东营市人大常委会", "市人大常委会")
DYZF = ("东营市人民政府", "东营市政府", "市政府")
DYZX = ("东营市政协", "市政协")
DYSW = ("东营市委", "市委")
SHENCHI = ("山东神驰控股有限公司", "神驰控股", "山东神驰")

GOLD = {"a03_dongyinggang": {
  "entities": [
    E("陈士钊", PER), E("杨梦斌", PER), E("冯艺东", PER), E("田青云", PER), E("杨同贤", PER),
    E("隋华杰", PER), E("牛荣海", PER), E("杜振波", PER),
    E(DYG, (LOC, ORG)), E(DYGDGW, ORG), E(SHENCHI, ORG),
    E(DY, LOC, optional=True),
    E(DYGGWH, ORG, optional=True), E(DYRD, ORG, optional=True), E(DYZX, ORG, optional=True),
    E(DYSW, ORG, optional=True), E(DYZF, ORG, optional=True),
    E(("东营市政协党组", "市政协党组"), ORG, optional=True),
    E(("山东",), LOC, optional=True),
    E(("大众网东营频道", "大众网"), ORG, optional=True),
    E(("新旧动能转换重大工程", "新旧动能转换"), ANY, optional=True),
  ],
  "relations": [
    R("杨梦斌", "works_for", DYRD + DY),
    R("冯艺东", "works_for", DYZF + DY),
    R("田青云", "works_for", DYZX + DY),
    R("田青云", "works_for", ("东营市政协党组", "市政协党组"), optional=True),
    R("杨同贤", "works_for", DYGDGW),
    R("杨同贤", "works_for", DYGGWH + ("东营港经济开发区",)),
    R("隋华杰", "works_for", DYGDGW),
    R("牛荣海", "works_for", SHENCHI),
    R("杜振波", "works_for", DYSW + DY),
    R("杜振波", "works_for", DYGDGW),
    R(DYG + DYGGWH, "has_investment", "18423000000"),
    R(DYG + DYGGWH, "has_investment", "89700000000", optional=True),
    R(DYG + DYGGWH, "has_investment", "24100000000", optional=True),
    R(SHENCHI, "located_in", DYG, optional=True),
    R(DYG, "part_of", DY, optional=True), R(DYG, "located_in", DY, optional=True),
    R(DYGDGW + DYGGWH, "located_in", DYG, optional=True),
    R(DYGDGW + DYGGWH, "part_of", DYG, optional=True),
    R(DY + ("东营市",), "part_of", ("山东", "山东省"), optional=True),
    R(("陈士钊",), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(8.97e10), M(2.41e10), M(1.8423e10)],
}}
