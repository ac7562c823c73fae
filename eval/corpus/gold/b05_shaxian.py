"""Gold annotation of eval/corpus/articles/b05_shaxian.txt (format of ../shared/eval/gold_dev.py)."""
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

SM = ("三明", "三明市")
SX = ("沙县区", "沙县", "三明沙县", "三明市沙县区")
GXQ = ("三明高新技术产业开发区",)
ZQ = ("站前片区", "三明高新技术产业开发区站前片区")
MP = ("马铺化工园", "三明高新技术产业开发区马铺化工园")
HUAZHONG = ("福建华忠生态科技发展有限公司",)
HH_PROJ = ("花卉数字产业园项目", "花卉数字产业园")
GC_PROJ = ("古村速冻食品智能化加工及冷链物流一体化建设项目",)
XCL_PROJ = ("新材料生产项目",)

GOLD = {"b05_shaxian": {
  "entities": [
    E("刘惠萍", PER), E("陈艳艳", PER, optional=True),
    E(SM, LOC), E(SX, LOC), E(GXQ, (LOC, ORG)), E(ZQ, (LOC, ORG)), E(MP, (LOC, ORG)),
    E(HUAZHONG, ORG), E(HH_PROJ, PROJ), E(GC_PROJ, PROJ),
    E(XCL_PROJ, PROJ, optional=True),
    E(("福建",), LOC, optional=True), E(("东南网",), ORG, optional=True),
    E(("鲜切花数字交易中心", "冷链物流中心", "2021小吃旅游文化系列活动", "招商推介会"), ANY,
      optional=True),
  ],
  "relations": [
    R(SX, "part_of", SM),
    R(SM, "part_of", ("福建", "福建省"), optional=True),
    R(ZQ, "part_of", GXQ), R(ZQ, "located_in", GXQ, optional=True),
    R(MP, "part_of", GXQ), R(MP, "located_in", GXQ, optional=True),
    R(GXQ, "located_in", SM + SX, optional=True), R(GXQ, "part_of", SM + SX, optional=True),
    R(HH_PROJ, "located_in", ZQ),
    R(HUAZHONG, "located_in", ZQ, optional=True),
    R(XCL_PROJ, "located_in", MP, optional=True),
    R(HH_PROJ + HUAZHONG, "has_investment", "1000000000"),
    R(GC_PROJ, "has_investment", "331000000"),
    R(XCL_PROJ, "has_investment", "315000000", optional=True),
    R(SX, "has_investment", "7438000000"),
    R("刘惠萍", "reported_by", "ARTICLE"),
  ],
  "money": [M(7.438e9), M(1e9), M(3.31e8), M(3.15e8)],
}}
