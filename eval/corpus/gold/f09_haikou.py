"""Gold annotation of eval/corpus/articles/f09_haikou.txt (format of ../shared/eval/gold_dev.py)."""
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

HK = ("海垦茶业集团", "海垦茶业")
HJ = ("海胶集团",)
WS = ("乌石农场公司",)
MRS = ("母瑞山农场公司",)
MRSCY = ("海南母瑞山茶业有限公司",)
CY_PROJ = ("6500亩新建茶园项目", "新建茶园项目")
MRS_PROJ = ("母瑞山茶产业项目",)

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
HKS_X = ("海口", "海口市")
HN_X = ("海南", "海南省")

GOLD = {
"f09_haikou": {
  "entities": [
    E("欧英才", PER), E("陆和", PER), E("蔡锦源", PER),
    E("海口", LOC),
    E(HK, ORG), E(HJ, ORG), E(WS, ORG), E(MRS, ORG), E(MRSCY, ORG),
    E(CY_PROJ, PROJ), E(MRS_PROJ, PROJ),
    E(("海南日报",), ORG, optional=True),
    E(("海南",), LOC, optional=True), E(("母瑞山",), LOC, optional=True),
    E(("垦区", "海垦茶业集团党委", "瑞山红", "省农业产业化重点龙头企业", "中国茶叶百强企业"),
      ANY, optional=True),
  ],
  "relations": [
    R(("蔡锦源",), "works_for", HK + ("海垦茶业集团党委",)),
    R(HK, "partner_of", HJ),
    R(HK, "partner_of", WS),
    R(HK, "partner_of", MRS),
    R(HJ, "partner_of", WS, optional=True),
    R(HK + MRS, "partner_of", MRSCY, optional=True),
    R(MRSCY, "part_of", HK + MRS, optional=True),
    R(MRS_PROJ + MRSCY, "located_in", ("母瑞山",), optional=True),
    R(("欧英才",), "works_for", ("海南日报",), optional=True),
    R(("欧英才",), "reported_by", ("ARTICLE",)), R(("陆和",), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(7.84e7), M(7.04e6)],
},
}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["f09_haikou"]["relations"] += [
    R(HKS_X, "part_of", HN_X, optional=True),
]
