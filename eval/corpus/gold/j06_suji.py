"""Gold annotation of eval/corpus/articles/j06_suji.txt (format of ../shared/eval/gold_dev.py)."""
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

HX = ("海兴县",)
SJ = ("苏基镇", "海兴县苏基镇")
XNLH = ("北京新农利合农业公司", "新农利合")
P_BH = ("新农利合——渤海国际农特产品交易中心项目", "渤海国际农特产品交易中心项目",
        "新农利合——渤海国际农特产品交易中心", "渤海国际农特产品交易中心")
CZ_X = ("沧州市", "沧州")
HB_X = ("河北省", "河北")

GOLD = {"j06_suji": {
  "entities": [
    E("解强", PER),
    E(HX, LOC), E(SJ, LOC),
    E(XNLH, ORG),
    E(P_BH, PROJ),
    E(("北京",), LOC, optional=True), E(("渤海",), LOC, optional=True),
    E(("园区",), (LOC, ORG), optional=True),
  ],
  "relations": [
    R(("解强",), "reported_by", ("ARTICLE",)),
    R(SJ, "part_of", HX),
    R(SJ, "partner_of", XNLH),
    R(P_BH + XNLH + SJ, "has_investment", ("1200000000",)),
    R(P_BH, "located_in", SJ + HX, optional=True),
    R(XNLH, "located_in", ("北京",), optional=True),
    R(XNLH, "partner_of", HX, optional=True),
  ],
  "money": [M(1.2e9)],
}}

# True administrative containments (optional), as in batches a-i.
GOLD["j06_suji"]["relations"] += [
    R(HX, "part_of", CZ_X, optional=True),
    R(HX, "part_of", HB_X, optional=True),
    R(SJ, "part_of", CZ_X, optional=True),
    R(SJ, "part_of", HB_X, optional=True),
]

# Optional part_of links of the article's places and zones to the higher divisions that
# contain them (GB/T 2260; simplified official names included), as in batches a-i.
GOLD["j06_suji"]["relations"] += [
    R(("园区",), "part_of", SJ, optional=True),
    R(("园区",), "part_of", HX, optional=True),
    R(("园区",), "part_of", CZ_X, optional=True),
    R(("园区",), "part_of", HB_X, optional=True),
]
