"""Gold annotation of eval/corpus/articles/f01_haixi.txt (format of ../shared/eval/gold_dev.py)."""
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

QH = ("青海省", "青海")
HX = ("海西州", "海西", "青海省海西州", "青海海西州")
GUOYUAN = ("青海国源化工科技有限公司",)
HUANGHE = ("青海黄河矿业有限责任公司",)
GY_PROJ = ("青海国源化工科技有限公司年产13.5万吨氯酸盐项目", "年产13.5万吨氯酸盐项目", "氯酸盐项目")
HH_PROJ = ("青海黄河矿业有限责任公司夏日哈木镍钴矿采选项目", "夏日哈木镍钴矿采选项目", "镍钴矿采选项目")
LG_PROJ = ("青新藏(格尔木)陆港商旅物流中心项目", "青新藏（格尔木）陆港商旅物流中心项目",
           "陆港商旅物流中心项目")
CK_PROJ = ("乌兰县茶卡景区旅游扶贫基础设施建设项目(二期)", "乌兰县茶卡景区旅游扶贫基础设施建设项目（二期）",
           "乌兰县茶卡景区旅游扶贫基础设施建设项目", "茶卡景区旅游扶贫基础设施建设项目")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
HX_X = HX + ("海西蒙古族藏族自治州",)
GEM_X = ("格尔木", "格尔木市")

GOLD = {
"f01_haixi": {
  "entities": [
    E("石晶", PER),
    E(HX, LOC), E("柴达木盆地", LOC),
    E(GUOYUAN, ORG), E(HUANGHE, ORG),
    E(GY_PROJ, PROJ), E(HH_PROJ, PROJ), E(LG_PROJ, PROJ), E(CK_PROJ, PROJ),
    E(QH, LOC, optional=True),
    E(("格尔木",), LOC, optional=True), E(("乌兰县",), LOC, optional=True),
    E(("茶卡景区", "夏日哈木", "青新藏"), ANY, optional=True),
  ],
  "relations": [
    R(HX_X, "part_of", QH, optional=True),
    R(HX, "located_in", ("柴达木盆地",), optional=True),
    R(HX, "has_investment", ("105314000000",)),
    R(HX, "has_investment", ("20809000000",), optional=True),
    R(GY_PROJ + HH_PROJ + GUOYUAN + HUANGHE + HX, "has_investment", ("19443000000",), optional=True),
    R(LG_PROJ + CK_PROJ + HX, "has_investment", ("1366000000",), optional=True),
    R(CK_PROJ, "located_in", ("乌兰县", "茶卡景区"), optional=True),
    R(LG_PROJ, "located_in", ("格尔木",), optional=True),
    R(("乌兰县",), "part_of", HX_X, optional=True),
    R(GEM_X, "part_of", HX_X, optional=True),
    R(("石晶",), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(1.05314e11), M(2.0809e10), M(1.9443e10), M(1.366e9)],
},
}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["f01_haixi"]["relations"] += [
    R(GEM_X, "part_of", QH, optional=True),
    R(("乌兰县",), "part_of", QH, optional=True),
]
