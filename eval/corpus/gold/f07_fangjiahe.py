"""Gold annotation of eval/corpus/articles/f07_fangjiahe.txt (format of ../shared/eval/gold_dev.py)."""
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

AS = ("安塞区",)
YHW = ("沿河湾镇", "安塞区沿河湾镇")
FJH = ("方家河村", "沿河湾镇方家河村", "安塞区沿河湾镇方家河村")
WSJD = ("市卫生监督所", "延安市卫生监督所")
GP = ("弓棚基地建设项目", "弓棚基地")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
YA_X = ("延安市", "延安")
SNX_X = ("陕西省", "陕西")

GOLD = {
"f07_fangjiahe": {
  "entities": [
    E("韩静", PER),
    E(AS, LOC), E(YHW, LOC), E(FJH, (LOC, ORG)),
    E(WSJD, ORG, optional=True),
    E(GP, PROJ),
    E(("产业扶贫基地", "村支部", "蔬菜大棚特色产业"), ANY, optional=True),
  ],
  "relations": [
    R(YHW, "part_of", AS),
    R(FJH, "part_of", YHW),
    R(FJH, "located_in", YHW, optional=True),
    R(GP + FJH, "has_investment", ("3200000",)),
    R(GP, "located_in", FJH, optional=True),
    R(WSJD, "partner_of", FJH, optional=True),
    R(("韩静",), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(3.2e6), M(500, optional=True), M(1.5e5)],
},
}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["f07_fangjiahe"]["relations"] += [
    R(FJH, "part_of", AS, optional=True),
]

# Optional links to the province-level division / prefecture that contains a place
# even where the text does not write it, as in batches a-d.
GOLD["f07_fangjiahe"]["relations"] += [
    R(AS, "part_of", YA_X, optional=True),
    R(AS, "part_of", SNX_X, optional=True),
    R(YA_X, "part_of", SNX_X, optional=True),
]
