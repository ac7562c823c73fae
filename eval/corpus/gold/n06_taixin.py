"""Gold annotation of eval/corpus/articles/n06_taixin.txt (format of ../shared/eval/gold_dev.py)."""
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

TX = ("太忻一体化经济区",)
TY = ("太原", "太原市")
XZ = ("忻州", "忻州市")
YQ = ("阳曲", "阳曲县")
DY = ("大盂产业新城", "阳曲大盂产业新城")
SX_X = ("山西", "山西省")
SXSW = ("山西省委", "省委", "中共山西省委")
SXZF = ("山西省人民政府", "山西省政府", "省政府") + SX_X
TYSW = ("太原市委", "市委", "中共太原市委")
SXRB = ("山西日报",)
P_TXDD = ("太忻大道",)
P_DYJC = ("大盂产业新城基础设施",)
P_KC = ("太原科创驱动中心",)
P_HGD = ("哈工大机器人华北总部基地",)
P_ZB = ("中北高新区战略性基础材料产业园二期", "中北高新区战略性基础材料产业园")
P_XN = ("山西新能汇通双碳产业园",)
P_QLW = ("清凉湾温泉康养小镇",)
P_XXGT = ("雄忻高铁",)
P_HTH = ("滹沱河供水",)
PROJS = P_TXDD + P_DYJC + P_KC + P_HGD + P_ZB + P_XN + P_QLW + P_XXGT + P_HTH

GOLD = {"n06_taixin": {
  "entities": [
    E("张吉福", PER), E("韦韬", PER), E("曹婷婷", PER),
    E(("张旭",), PER, optional=True),
    E(TX, (LOC, ORG)),
    E(TY, LOC), E(XZ, LOC), E(YQ, LOC),
    E(DY, (LOC, ORG)),
    E(("雄安新区",), LOC),
    E(TYSW[:1] + TYSW[2:], ORG),
    E(SXSW, ORG, optional=True), E(SXZF[:3], ORG, optional=True),
    E(SXRB, ORG, optional=True),
    E(SX_X, LOC, optional=True),
    E(P_TXDD, (PROJ, LOC)), E(P_DYJC, PROJ), E(P_KC, (PROJ, ORG, LOC)),
    E(P_HGD, (PROJ, LOC, ORG)), E(P_ZB, (PROJ, LOC)), E(P_XN, (PROJ, LOC, ORG)),
    E(P_QLW, (PROJ, LOC)), E(P_XXGT, (PROJ, LOC)), E(P_HTH, PROJ),
    E(("中北高新区",), (LOC, ORG), optional=True), E(("哈工大",), ORG, optional=True),
    E(("滹沱河",), LOC, optional=True), E(("京津冀",), LOC, optional=True),
    E(("清凉湾",), LOC, optional=True),
    E(("主会场", "分会场", "产业合作先导区", "“太忻速度”", "太忻速度", "“8+6”产业链条"), ANY, optional=True),
  ],
  "relations": [
    R(("曹婷婷",), "reported_by", ("ARTICLE",)),
    R(("张吉福",), "works_for", SXSW),
    R(("张吉福",), "works_for", SXZF),
    R(("韦韬",), "works_for", SXSW),
    R(("韦韬",), "works_for", TYSW),
    R(TX, "has_investment", ("103800000000",)),
    R(TX, "has_investment", ("40400000000",), optional=True),
    R(TX, "has_investment", ("42200000000",), optional=True),
    R(TX, "has_investment", ("61600000000",), optional=True),
    R(DY, "located_in", YQ + TY, optional=True), R(DY, "part_of", YQ + TY + TX, optional=True),
    R(DY, "located_in", TX, optional=True),
    R(P_DYJC, "located_in", DY + YQ, optional=True), R(P_DYJC, "part_of", DY, optional=True),
    R(P_ZB, "located_in", ("中北高新区",) + TY, optional=True),
    R(("中北高新区",), "located_in", TY, optional=True),
    R(PROJS, "located_in", TX + TY + XZ, optional=True),
    R(P_KC, "located_in", TY, optional=True),
    R(P_HGD, "part_of", ("哈工大",), optional=True),
    R(TX, "located_in", TY + XZ, optional=True), R(TX, "part_of", SX_X, optional=True),
    R(TX, "partner_of", ("京津冀", "雄安新区"), optional=True),
    R(YQ, "part_of", TY, optional=True),
    R(("曹婷婷",), "works_for", SXRB, optional=True),
    R(TYSW, "located_in", TY, optional=True),
  ],
  "money": [M(1.038e11), M(4.04e10), M(4.22e10), M(6.16e10)],
}}

# Optional part_of links of the article's places to their prefecture and province
# (GB/T 2260; official simplified names included), as in batches j-m.
GOLD["n06_taixin"]["relations"] += [
    R(TY + XZ, "part_of", SX_X, optional=True),
    R(YQ, "part_of", SX_X, optional=True),
    R(DY, "part_of", SX_X, optional=True),
    R(("雄安新区",), "part_of", ("河北省", "河北"), optional=True),
]
