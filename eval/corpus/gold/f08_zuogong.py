"""Gold annotation of eval/corpus/articles/f08_zuogong.txt (format of ../shared/eval/gold_dev.py)."""
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

XZ = ("西藏",)
ZG = ("左贡县", "左贡", "西藏左贡")
HD = ("夯达高原特色产品加工园", "左贡县夯达高原特色产品加工园")
XMZ = ("福建省援藏队厦门工作组",)

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
XZ_X = XZ + ("西藏自治区",)
CD_X = ("昌都市", "昌都")
XM_X = ("厦门", "厦门市")
FJ_X = ("福建省", "福建")

GOLD = {
"f08_zuogong": {
  "entities": [
    E("旦增努布", PER), E("陈濛濛", PER, optional=True),
    E(ZG, LOC), E("川藏线", LOC),
    E(HD, (LOC, ORG)),
    E(XMZ, ORG),
    E(XZ, LOC, optional=True), E(("藏东南",), LOC, optional=True),
    E(("福建省",), LOC, optional=True), E(("厦门",), LOC, optional=True),
    E(("新华网",), ORG, optional=True),
    E(("路见西藏", "援藏干部"), ANY, optional=True),
  ],
  "relations": [
    R(HD, "located_in", ("川藏线",) + ZG),
    R(HD, "part_of", ZG, optional=True),
    R(ZG, "part_of", XZ_X, optional=True),
    R(ZG, "located_in", ("藏东南",), optional=True),
    R(XMZ, "has_investment", ("40000000",), optional=True),
    R(XMZ, "partner_of", ZG + HD, optional=True),
    R(XMZ, "located_in", ZG, optional=True),
    R(("旦增努布",), "works_for", ("新华网",), optional=True),
  ],
  "money": [M(4e7), M(2.8e7), M(9e6)],
},
}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["f08_zuogong"]["relations"] += [
    R(HD, "part_of", XZ_X, optional=True),
    R(XM_X, "part_of", FJ_X, optional=True),
]

# Optional links to the province-level division / prefecture that contains a place
# even where the text does not write it, as in batches a-d.
GOLD["f08_zuogong"]["relations"] += [
    R(ZG, "part_of", CD_X, optional=True),
    R(CD_X, "part_of", XZ_X, optional=True),
]
