"""Gold annotation of eval/corpus/articles/n02_wulanchabu.txt (format of ../shared/eval/gold_dev.py)."""
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

NMG = ("內蒙古", "內蒙", "內蒙古地區", "內蒙古自治區", "内蒙古自治区", "内蒙古")
WLCB = ("烏蘭察布市", "烏蘭察布", "內蒙古烏蘭察布市")
JN = ("集寧", "集寧區")
MCH = ("香港貿易促進會", "香港貿易促進會商務考察團")
JL = ("香港鉅龍實業投資有限公司",)
ST = ("蘇通電子",)
XY = ("香港熙源發展投資有限公司",)
WLY = ("物流園區", "集寧規劃的物流園區")
HK = ("香港",)

GOLD = {"n02_wulanchabu": {
  "entities": [
    E("李倩", PER), E("李福昌", PER),
    E(WLCB, LOC), E(JN, LOC),
    E(MCH, ORG), E(JL, ORG), E(ST, ORG), E(XY, ORG),
    E(NMG[:4], LOC, optional=True), E(HK, LOC, optional=True),
    E(("珠三角", "珠三角地區"), LOC, optional=True),
    E(WLY, (LOC, ORG), optional=True),
    E(("高壓化成箔項目",), ANY, optional=True),
    E(("皮具批發市場", "皮具專業市場", "汽車配件市場", "養老地產"), ANY, optional=True),
    E(("本報",), ORG, optional=True),
  ],
  "relations": [
    R(("李倩",), "reported_by", ("ARTICLE",)),
    R(("李福昌",), "works_for", JL),
    R(MCH, "partner_of", WLCB),
    R(MCH, "partner_of", NMG, optional=True),
    R(JL, "partner_of", ST, optional=True),
    R(("高壓化成箔項目",), "part_of", JL, optional=True),
    R(XY, "located_in", WLY + JN + WLCB, optional=True),
    R(WLY, "located_in", JN + WLCB, optional=True),
    R(WLY, "part_of", JN + WLCB, optional=True),
    R(ST, "located_in", WLCB, optional=True),
    R(MCH + JL + XY, "located_in", HK, optional=True),
    R(JL + XY, "part_of", MCH, optional=True),
    R(WLCB, "part_of", NMG, optional=True),
    R(JN, "part_of", WLCB, optional=True),
    R(("李倩",), "works_for", ("本報", "香港文匯報", "文匯報"), optional=True),
  ],
  "money": [],
}}

# Optional part_of links of the article's places to their province
# (GB/T 2260; official simplified names included), as in batches j-m.
GOLD["n02_wulanchabu"]["relations"] += [
    R(WLCB + ("乌兰察布市",), "part_of", NMG, optional=True),
    R(JN + ("集宁区",), "part_of", NMG, optional=True),
    R(JN, "part_of", ("乌兰察布市",), optional=True),
]
