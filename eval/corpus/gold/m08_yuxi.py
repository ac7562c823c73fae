"""Gold annotation of eval/corpus/articles/m08_yuxi.txt (format of ../shared/eval/gold_dev.py)."""
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

LJ = ("山东朗进科技股份有限公司", "朗进")
PRJ = ("智能空气源热泵绿色烤烟系统研发及产业化项目", "“智能空气源热泵绿色烤烟系统研发及产业化项目”", "该项目")
HT = ("玉溪红塔工业园区",)
YX = ("玉溪", "玉溪市")
YXZF = ("玉溪市政府", "玉溪市人民政府")
TCJ = ("云南省投资促进局", "省投资促进局")
YN_X = ("云南", "云南省")

GOLD = {"m08_yuxi": {
  "entities": [
    E(LJ, ORG), E(PRJ, PROJ), E(HT, (LOC, ORG)), E(YXZF, ORG),
    E(TCJ, ORG, optional=True),
    E(YX, LOC, optional=True), E(YN_X, LOC, optional=True), E(("山东",), LOC, optional=True),
    E(("云南烟草产业",), ANY, optional=True),
  ],
  "relations": [
    R(PRJ, "located_in", HT + YX),
    R(LJ, "located_in", HT + YX, optional=True),
    R(LJ, "partner_of", TCJ + YXZF, optional=True),
    R(TCJ, "partner_of", YXZF, optional=True),
    R(YXZF, "located_in", YX, optional=True),
    R(HT, "located_in", YX, optional=True),
    R(HT, "part_of", YX, optional=True),
  ],
  "money": [],
}}

# Optional part_of links of the article's places to their prefecture and province
# (GB/T 2260; official simplified names included), as in batches j-l.
GOLD["m08_yuxi"]["relations"] += [
    R(HT, "part_of", ("红塔区", "玉溪市红塔区"), optional=True),
    R(YX + HT, "part_of", YN_X, optional=True),
]
