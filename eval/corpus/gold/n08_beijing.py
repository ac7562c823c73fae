"""Gold annotation of eval/corpus/articles/n08_beijing.txt (format of ../shared/eval/gold_dev.py)."""
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

BJ = ("北京", "北京市")
FGW = ("北京市发改委", "市发改委", "北京市发展和改革委员会", "北京市发展改革委")
HRKXC = ("怀柔科学城",)
HT = ("回天地区",)
CN = ("城南地区",)
LK = ("北京大兴国际机场临空经济区", "临空经济区")
P_PG = ("轨道交通平谷线", "平谷线")
P_JC = ("市郊铁路京承线先期开通工程", "京承线先期开通工程")
P_HM = ("市郊铁路怀柔-密云线引入北京北站", "怀柔-密云线引入北京北站")
P_JG = ("北京激光加速科学创新中心",)
P_TK = ("太空实验室地面实验基地",)
P_ZB = ("北京大兴国际机场综合保税区(一期)(北京部分)", "北京大兴国际机场综合保税区（一期）（北京部分）",
        "北京大兴国际机场综合保税区(一期)", "北京大兴国际机场综合保税区（一期）", "北京大兴国际机场综合保税区")
P_LKFW = ("北京大兴国际机场临空经济区发展服务中心",)
P_XXY = ("新馨苑居住区九年一贯制学校",)
P_SS = ("三山五园艺术中心",)
P_SG = ("新首钢国际人才社区(核心区南区)", "新首钢国际人才社区（核心区南区）", "新首钢国际人才社区")
P_LT = ("龙潭中湖公园",)
P_CBH = ("潮白河森林生态景观带建设工程(四期)", "潮白河森林生态景观带建设工程（四期）", "潮白河森林生态景观带建设工程")
P_HP = ("黄平西侧路",)
P_HLG = ("回龙观公交保养场及场站工程",)
P_FT = ("丰台火车站周边道路",)
P_JDF = ("京东方生命科技产业基地",)
P_YZ = ("亦昭生物医药中试研发生产基地",)

GOLD = {"n08_beijing": {
  "entities": [
    E("盛丽", PER),
    E(BJ, LOC),
    E(HRKXC, (LOC, ORG)), E(HT, LOC),
    E(P_PG, PROJ), E(P_JC, PROJ), E(P_HM, PROJ), E(P_JG, (PROJ, ORG)), E(P_TK, (PROJ, ORG, LOC)),
    E(P_ZB, (PROJ, LOC, ORG)), E(P_LKFW, (PROJ, ORG)), E(P_XXY, (PROJ, ORG)), E(P_SS, (PROJ, ORG, LOC)),
    E(P_SG, (PROJ, LOC)), E(P_LT, (PROJ, LOC)), E(P_CBH, PROJ), E(P_HP, (PROJ, LOC)),
    E(P_HLG, PROJ), E(P_FT, PROJ), E(P_JDF, (PROJ, LOC, ORG)), E(P_YZ, (PROJ, LOC, ORG)),
    E(FGW, ORG, optional=True),
    E(CN, LOC, optional=True), E(LK, (LOC, ORG), optional=True),
    E(("北京北站",), (LOC, ORG), optional=True), E(("北京大兴国际机场",), (LOC, ORG), optional=True),
    E(("怀柔", "密云", "平谷", "丰台", "回龙观", "潮白河", "新馨苑居住区", "龙潭", "丰台火车站"), LOC, optional=True),
    E(("京东方",), ORG, optional=True), E(("首钢", "新首钢"), ANY, optional=True),
    E(("京承线", "怀柔-密云线", "市郊铁路"), ANY, optional=True),
    E(("本报",), ORG, optional=True),
  ],
  "relations": [
    R(("盛丽",), "reported_by", ("ARTICLE",)),
    R(BJ, "has_investment", ("108300000000",)),
    R(P_JG + P_TK, "located_in", HRKXC + BJ, optional=True),
    R(P_ZB + P_LKFW, "located_in", LK + ("北京大兴国际机场",) + BJ, optional=True),
    R(P_ZB + P_LKFW, "part_of", LK, optional=True),
    R(P_HP + P_HLG, "located_in", HT + BJ, optional=True),
    R(P_FT + P_JDF + P_YZ, "located_in", CN + BJ, optional=True),
    R(P_PG + P_JC + P_HM + P_XXY + P_SS + P_SG + P_LT + P_CBH, "located_in", BJ, optional=True),
    R(HRKXC + HT + CN + LK, "located_in", BJ, optional=True),
    R(HRKXC + HT + CN + LK, "part_of", BJ, optional=True),
    R(FGW, "located_in", BJ, optional=True), R(FGW, "part_of", ("北京市人民政府", "北京市政府") + BJ, optional=True),
    R(P_JDF, "part_of", ("京东方",), optional=True),
    R(("盛丽",), "works_for", ("本报", "劳动午报"), optional=True),
  ],
  "money": [M(1.083e11), M(1e10, optional=True)],
}}

# Optional part_of links of the article's places to their province-level city
# (GB/T 2260; official simplified names included), as in batches j-m.
GOLD["n08_beijing"]["relations"] += [
    R(("怀柔", "密云", "平谷", "丰台", "回龙观", "潮白河", "北京北站", "北京大兴国际机场"), "part_of", BJ, optional=True),
]
