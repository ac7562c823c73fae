"""Gold annotation of eval/corpus/articles/e07_shanghai.txt (format of ../shared/eval/gold_dev.py)."""
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


TSL = ("特斯拉", "Tesla", "特斯拉(Tesla)", "特斯拉（Tesla）", "美國電動車廠特斯拉")
SH = ("上海",)
SHGOV = ("上海市政府", "上海市人民政府")
ESS = ("儲能超級工廠", "「儲能超級工廠」", "特斯拉儲能超級工廠項目", "特斯拉儲能超級工廠",
       "儲能超級工廠項目")
SHF = ("特斯拉上海超級工廠", "特斯拉上海工廠", "上海超級工廠", "上海工廠")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
SH_X = SH + ("上海市",)
CN_X = ("中國", "中華人民共和國", "中国", "中华人民共和国")

GOLD = {"e07_shanghai": {
  "entities": [
    E("陶琳", PER), E("莊木弟", PER),
    E(TSL, ORG), E(SHGOV, ORG),
    E(SH, LOC), E("台北", LOC), E("美國", LOC, optional=True),
    E(ESS, (PROJ, ORG, LOC)), E(SHF, (LOC, ORG, PROJ)),
    E(("中國",), LOC, optional=True),
    E(("中央社",), ORG, optional=True), E(("新華社",), ORG, optional=True),
    E(("路透社",), ORG, optional=True),
    E(("中方", "中國產業夥伴", "商用儲能電池"), ANY, optional=True),
  ],
  "relations": [
    R("陶琳", "works_for", TSL),
    R("莊木弟", "works_for", SHGOV),
    R(ESS, "located_in", SH),
    R(TSL, "partner_of", SH + SHGOV + ("中方",)),
    R(SHF, "located_in", SH, optional=True),
    R(TSL, "located_in", ("美國",), optional=True),
    R(SHGOV, "located_in", SH, optional=True), R(SHGOV, "part_of", SH_X, optional=True),
  ],
  "money": [],
}}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["e07_shanghai"]["relations"] += [
    R(SH_X, "part_of", CN_X, optional=True),
]
