"""Gold annotation of eval/corpus/articles/k08_rongzhou.txt (format of ../shared/eval/gold_dev.py)."""
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

RX = ("容县",)
RZZ = ("容州镇", "容县容州镇")
QB = ("峤北村",)
HG = ("红光村",)
HN = ("华南村",)
GX_X = ("广西", "广西壮族自治区")
ZDW = ("容州镇党委", "镇党委", "该镇党委", "中共容州镇委员会")
GXRB = ("广西日报",)

GOLD = {"k08_rongzhou": {
  "entities": [
    E("秦崇广", PER), E("叶超平", PER), E("李清辉", PER),
    E(RX, LOC), E(RZZ, LOC),
    E(QB, (LOC, ORG)), E(HG, (LOC, ORG)), E(HN, (LOC, ORG)),
    E(ZDW, ORG, optional=True), E(GXRB, ORG, optional=True), E(GX_X, LOC, optional=True),
    E(("绣江河", "绣江"), LOC, optional=True), E(("原圩市",), (LOC, ORG), optional=True),
    E(("村民合作社", "农业服务队", "运输公司", "益农信息社", "土方工程队", "机动车教练场",
       "村两委班子", "村两委"), ANY, optional=True),
  ],
  "relations": [
    R(("秦崇广",), "reported_by", ("ARTICLE",)),
    R(("叶超平",), "reported_by", ("ARTICLE",)),
    R(RZZ, "part_of", RX),
    R(QB + HG + HN, "part_of", RZZ, optional=True),
    R(QB + HG + HN, "part_of", RX, optional=True),
    R(QB + HG + HN, "located_in", RZZ + RX, optional=True),
    R(("李清辉",), "works_for", ZDW + RZZ, optional=True),
    R(("秦崇广", "叶超平"), "works_for", GXRB, optional=True),
    R(HG, "located_in", ("绣江河", "绣江"), optional=True),
    R(("村民合作社",), "part_of", HN, optional=True),
  ],
  "money": [M(1.5629e6), M(9.7e4), M(1.91e5), M(2.294e5), M(1.037e5), M(8e4),
            M(5e4, optional=True), M(3e4, optional=True)],
}}

# True administrative containments (optional), as in batches a-j.
GOLD["k08_rongzhou"]["relations"] += [
    R(RX + RZZ, "part_of", ("玉林市", "玉林"), optional=True),
    R(RX + RZZ, "part_of", GX_X, optional=True),
]

# Optional part_of links of the article's places and zones to the higher divisions that
# contain them (GB/T 2260; simplified official names included), as in batches a-i.
GOLD["k08_rongzhou"]["relations"] += [
    R(QB + HG + HN, "part_of", ("玉林市", "玉林"), optional=True),
    R(QB + HG + HN, "part_of", GX_X, optional=True),
]
