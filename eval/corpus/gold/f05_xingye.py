"""Gold annotation of eval/corpus/articles/f05_xingye.txt (format of ../shared/eval/gold_dev.py)."""
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

XY = ("兴业县",)
YJ = ("远景能源有限公司",)
ZGH = ("中广核风电有限公司华南分公司",)

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
YL_X = ("玉林市", "玉林")
GX_X = ("广西壮族自治区", "广西")

GOLD = {
"f05_xingye": {
  "entities": [
    E("骆怡", PER), E("何少凤", PER), E("香香", PER, optional=True),
    E(XY, LOC),
    E(YJ, ORG), E(ZGH, ORG),
    E(("中广核风电有限公司",), ORG, optional=True),
    E(("风电场", "风电项目", "招商小分队"), ANY, optional=True),
  ],
  "relations": [
    R(XY, "partner_of", YJ),
    R(XY, "partner_of", ZGH),
    R(XY, "has_investment", ("5677000000",)),
    R(YJ + XY, "has_investment", ("2000000000",)),
    R(ZGH + XY, "has_investment", ("2500000000",)),
    R(("骆怡",), "reported_by", ("ARTICLE",)), R(("何少凤",), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(5.677e9), M(2e9), M(2.5e9)],
},
}

# Optional links to the province-level division / prefecture that contains a place
# even where the text does not write it, as in batches a-d.
GOLD["f05_xingye"]["relations"] += [
    R(XY, "part_of", YL_X, optional=True),
    R(XY, "part_of", GX_X, optional=True),
    R(YL_X, "part_of", GX_X, optional=True),
]
