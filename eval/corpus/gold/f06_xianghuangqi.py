"""Gold annotation of eval/corpus/articles/f06_xianghuangqi.txt (format of ../shared/eval/gold_dev.py)."""
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

NMG = ("内蒙古",)
XLGL = ("锡林郭勒盟", "内蒙古锡林郭勒盟")
XHQ = ("镶黄旗", "锡林郭勒盟镶黄旗", "内蒙古锡林郭勒盟镶黄旗")
XBLG = ("新宝拉格镇", "镶黄旗新宝拉格镇")
P_LI = ("镶黄旗锂资源综合利用项目", "锂资源综合利用项目")
P_SN = ("深能特高压风电调相机项目",)
P_XX = ("协鑫特高压风电调相机项目",)
P_MJ = ("蒙金矿业铌钽矿采选项目", "铌钽矿采选项目")
P_HJ = ("华建花岗岩固废综合回收利用项目", "花岗岩固废综合回收利用项目")
P_WH = ("镶黄旗新宝拉格镇北外环道路项目", "新宝拉格镇北外环道路项目", "北外环道路项目")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
NMG_X = NMG + ("内蒙古自治区",)
HHHT_X = ("呼和浩特", "呼和浩特市")

GOLD = {
"f06_xianghuangqi": {
  "entities": [
    E("贝赫", PER), E("达布希拉图", PER),
    E("石毅", PER, optional=True), E("李国栋", PER, optional=True),
    E(XLGL, LOC), E(XHQ, LOC), E("呼和浩特", LOC),
    E(P_LI, PROJ), E(P_SN, PROJ), E(P_XX, PROJ), E(P_MJ, PROJ), E(P_HJ, PROJ), E(P_WH, PROJ),
    E(NMG, LOC, optional=True),
    E(XBLG, LOC, optional=True),
    E(("新华社", "新华网"), ORG, optional=True),
    E(("深能", "协鑫", "蒙金矿业", "华建", "招商引资暨招才引智推介会"), ANY, optional=True),
  ],
  "relations": [
    R(XHQ, "part_of", XLGL),
    R(XLGL, "part_of", NMG_X, optional=True),
    R(XHQ, "part_of", NMG_X, optional=True),
    R(XBLG, "part_of", XHQ, optional=True),
    R(XHQ, "has_investment", ("3289000000",)),
    R(XHQ, "has_investment", ("1080000000",), optional=True),
    R(XHQ, "has_investment", ("840000000",), optional=True),
    R(P_LI + P_SN + P_XX + P_MJ + P_HJ, "located_in", XHQ, optional=True),
    R(P_WH, "located_in", XBLG + XHQ, optional=True),
    R(("贝赫",), "works_for", ("新华社", "新华网"), optional=True),
    R(("贝赫",), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(3.289e9), M(5e6, optional=True), M(1.08e9), M(8.4e8)],
},
}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["f06_xianghuangqi"]["relations"] += [
    R(XBLG, "part_of", XLGL, optional=True),
    R(XBLG, "part_of", NMG_X, optional=True),
    R(HHHT_X, "part_of", NMG_X, optional=True),
]
