"""Gold annotation of eval/corpus/articles/n05_xinxiang.txt (format of ../shared/eval/gold_dev.py)."""
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

XXX = ("新乡县",)
XXS = ("新乡市", "新乡")
HN_X = ("河南", "河南省")
SQ = ("河南三齐机械设备有限公司", "三齐机械设备有限公司")
P_SQ = ("河南三齐机械设备有限公司年产 20 万件工程机械配套件项目", "年产 20 万件工程机械配套件项目",
        "河南三齐机械设备有限公司年产20万件工程机械配套件项目", "年产20万件工程机械配套件项目",
        "工程机械配套件项目")
XLX = ("心连心公司",)
P_XLX = ("心连心公司年产 80 万吨车用尿素项目", "年产 80 万吨车用尿素项目", "心连心公司年产80万吨车用尿素项目",
         "年产80万吨车用尿素项目", "车用尿素项目")
SW = ("新乡市委", "市委", "中共新乡市委")
ZFW = ("新乡市委政法委", "政法委", "市委政法委", "新乡市委政法委员会")
XW = ("新乡县委", "县委", "中共新乡县委")
XZF = ("新乡县人民政府", "新乡县政府", "县政府") + XXX
XLD = ("郭力铭", "祝显成", "赵永峰", "张锋", "许万银", "元强", "李杨", "黄岩", "朱广治", "刘婷婷")

GOLD = {"n05_xinxiang": {
  "entities": [
    *[E(n, PER) for n in XLD],
    E(XXX, LOC),
    E(SQ, ORG), E(XLX, ORG),
    E(P_SQ, PROJ), E(P_XLX, PROJ),
    E(SW, ORG, optional=True), E(ZFW, ORG, optional=True),
    E(XW, ORG, optional=True), E(XZF[:3], ORG, optional=True),
    E(XXS, LOC, optional=True), E(HN_X, LOC, optional=True),
    E(("开发区",), (LOC, ORG), optional=True),
    E(("河南省委", "省委", "省委全会", "省委经济工作会议"), ANY, optional=True),
    E(("“开工一批”活动", "开工一批", "“投产一批”活动", "投产一批", "“三个一批”活动", "三个一批",
       "郑新一体化", "开工仪式"), ANY, optional=True),
  ],
  "relations": [
    R(("郭力铭",), "works_for", SW),
    R(("郭力铭",), "works_for", ZFW),
    R(("祝显成",), "works_for", XW),
    R(("祝显成",), "works_for", XZF),
    R(XLD[2:], "works_for", XW + XZF + ("新乡县人大常委会", "新乡县政协"), optional=True),
    R(P_SQ, "part_of", SQ, optional=True),
    R(P_SQ + SQ, "located_in", XXX + ("开发区",), optional=True),
    R(P_XLX, "part_of", XLX, optional=True),
    R(P_XLX + XLX, "located_in", XXX, optional=True),
    R(ZFW, "part_of", SW, optional=True),
    R(SW, "located_in", XXS, optional=True),
    R(XW + XZF[:3], "located_in", XXX, optional=True),
    R(XXX, "part_of", XXS, optional=True),
  ],
  "money": [],
}}

# Optional part_of links of the article's places to their prefecture and province
# (GB/T 2260; official simplified names included), as in batches j-m.
GOLD["n05_xinxiang"]["relations"] += [
    R(XXX, "part_of", HN_X, optional=True),
    R(XXS, "part_of", HN_X, optional=True),
]
