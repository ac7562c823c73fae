"""Gold annotation of eval/corpus/articles/d02_chuxiong.txt (format of ../shared/eval/gold_dev.py)."""
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

CXS = ("楚雄市", "楚雄")
CXZF = ("楚雄市人民政府", "市人民政府")
CXSW = ("楚雄市委", "市委")
CXGT = ("楚雄州国有资本投资集团有限公司", "楚雄州国有资本投资集团")
YUZE = ("宇泽半导体(云南)有限公司", "宇泽半导体（云南）有限公司", "宇泽半导体")
FM_PROJ = ("楚雄工业园富民片区综合开发项目", "富民片区综合开发项目")
YZ_PROJ = ("宇泽半导体(云南)有限公司年产20GW单晶硅拉棒和22GW切片及配套基础设施建设项目",
           "宇泽半导体（云南）有限公司年产20GW单晶硅拉棒和22GW切片及配套基础设施建设项目",
           "年产20GW单晶硅拉棒和22GW切片及配套基础设施建设项目")
FMPQ = ("楚雄工业园富民片区", "富民片区")

GOLD = {"d02_chuxiong": {
  "entities": [
    E("张永", PER), E("罗兴贵", PER), E("周德华", PER), E("杨洋", PER),
    E(CXS, LOC),
    E(CXZF, ORG), E(CXGT, ORG), E(YUZE, ORG),
    E(FM_PROJ, PROJ), E(YZ_PROJ, PROJ),
    E(CXSW, ORG, optional=True),
    E(("楚雄市融媒体中心",), ORG, optional=True),
    E(FMPQ + ("楚雄工业园",), (LOC, ORG), optional=True),
    E(("楚雄州",), LOC, optional=True), E(("云南",), LOC, optional=True),
    E(("国有股权划转", "市属相关部门", "楚雄市各级各部门"), ANY, optional=True),
  ],
  "relations": [
    R("张永", "reported_by", "ARTICLE"),
    R("罗兴贵", "works_for", CXSW),
    R("罗兴贵", "works_for", CXZF),
    R("周德华", "works_for", CXSW),
    R("周德华", "works_for", CXZF),
    R("杨洋", "works_for", CXSW),
    R("杨洋", "works_for", CXZF),
    R(CXZF, "partner_of", CXGT),
    R(CXZF, "partner_of", YUZE),
    R(CXGT, "partner_of", YUZE, optional=True),
    R(FM_PROJ, "located_in", FMPQ + ("楚雄工业园",) + CXS, optional=True),
    R(YZ_PROJ + YUZE, "located_in", CXS + FMPQ, optional=True),
    R(FMPQ, "part_of", ("楚雄工业园",) + CXS, optional=True),
    R(FMPQ, "located_in", ("楚雄工业园",) + CXS, optional=True),
    R(CXZF + CXSW, "located_in", CXS, optional=True), R(CXZF + CXSW, "part_of", CXS, optional=True),
    R(CXS, "part_of", ("楚雄州", "楚雄彝族自治州", "云南", "云南省"), optional=True),
    R(CXGT, "located_in", ("楚雄州",) + CXS, optional=True),
    # true administrative chain (MCA division table, Xzqh20251231), optional
    R(('楚雄州', '楚雄彝族自治州'), "part_of", ('云南省', '云南'), optional=True),
  ],
  "money": [],
}}
