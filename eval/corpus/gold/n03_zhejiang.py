"""Gold annotation of eval/corpus/articles/n03_zhejiang.txt (format of ../shared/eval/gold_dev.py)."""
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

ZJ = ("浙江", "浙江省", "浙")
HK = ("香港", "港")
HZ = ("杭州", "杭州市")
SC = ("杭州市上城區", "上城區")
SFQ = ("杭港高端服務業示範區",)
XSJ = ("新世界中國",)
P_CS = ("城市藝術中心", "杭州項目")
HZHG = ("杭州海關",)
DXW = ("點新聞",)

GOLD = {"n03_zhejiang": {
  "entities": [
    E("包玉剛", PER), E("邵逸夫", PER), E("王寬誠", PER),
    E(("阿里巴巴",), ORG), E(("農夫山泉",), ORG), E(HZHG, ORG), E(XSJ, ORG),
    E(HZ, LOC), E(SC, LOC),
    E(SFQ, (LOC, ORG)),
    E(P_CS, (PROJ, LOC, ORG)),
    E(ZJ, LOC, optional=True), E(HK, LOC, optional=True),
    E(("中國", "內地"), LOC, optional=True),
    E(("寧波", "寧波幫"), ANY, optional=True),
    E(DXW, ORG, optional=True),
    E(("杭港合作新高地", "HK+", "「HK+」專欄", "浙港合作篇", "黨的十九大", "港股"), ANY, optional=True),
  ],
  "relations": [
    R(SC, "part_of", HZ),
    R(P_CS, "located_in", SFQ + SC + HZ),
    R(XSJ + P_CS, "has_investment", ("23000000000",)),
    R(P_CS, "part_of", XSJ, optional=True),
    R(XSJ, "located_in", SFQ + SC + HZ, optional=True),
    R(XSJ, "located_in", HK, optional=True),
    R(SFQ, "located_in", SC + HZ, optional=True),
    R(SFQ, "part_of", SC + HZ, optional=True),
    R(SFQ, "partner_of", HK, optional=True),
    R(("阿里巴巴", "農夫山泉"), "located_in", ZJ, optional=True),
    R(HZHG, "located_in", HZ, optional=True),
    R(ZJ, "partner_of", HK, optional=True),
  ],
  "money": [M(4.897e10), M(5.471e6), M(7.862e6), M(2.3e10)],
}}

# Optional part_of links of the article's places to their province
# (GB/T 2260; official simplified names included), as in batches j-m.
GOLD["n03_zhejiang"]["relations"] += [
    R(HZ + ("杭州市",), "part_of", ZJ + ("浙江省",), optional=True),
    R(SC + ("上城区",), "part_of", ZJ, optional=True),
    R(SC, "part_of", ("杭州市",), optional=True),
    R(SFQ, "part_of", ZJ, optional=True),
]
