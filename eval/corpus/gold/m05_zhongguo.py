"""Gold annotation of eval/corpus/articles/m05_zhongguo.txt (format of ../shared/eval/gold_dev.py)."""
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

DG = ("東莞",)
WSD = ("萬士達", "東莞台資企業萬士達")
CX = ("《財訊雙週刊》", "財訊雙週刊", "財訊")
CN = ("中國",)
GD_XS = ("廣東", "廣東省", "广东省", "广东")

GOLD = {"m05_zhongguo": {
  "entities": [
    E("王孟倫", PER), E("歐巴馬", PER),
    E(WSD, ORG), E(CX, ORG),
    E(DG, LOC),
    E(CN, LOC, optional=True), E(("台灣", "台"), LOC, optional=True), E(("美國",), LOC, optional=True),
    E(("港",), LOC, optional=True),
  ],
  "relations": [
    R(WSD, "located_in", DG),
    R(WSD, "located_in", CN, optional=True),
  ],
  "money": [M(5e10)],
}}

# Optional part_of links of the article's places to their province
# (GB/T 2260; official simplified names included), as in batches j-l.
GOLD["m05_zhongguo"]["relations"] += [
    R(DG + ("東莞市", "东莞市", "东莞"), "part_of", GD_XS, optional=True),
]
