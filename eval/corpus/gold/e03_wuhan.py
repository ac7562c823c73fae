"""Gold annotation of eval/corpus/articles/e03_wuhan.txt (format of ../shared/eval/gold_dev.py)."""
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


HB = ("湖北", "鄂")
WH = ("武漢",)
HK = ("香港", "香港特區", "香港地區", "港")
HKG = ("香港特區政府", "香港特區", "香港")
YX = ("武漢亞心總醫院", "亞心總醫院")
ZN = ("國家智能網聯汽車(武漢)測試示範區", "國家智能網聯汽車（武漢）測試示範區",
      "智能網聯汽車(武漢)測試示範區", "智能網聯汽車（武漢）測試示範區")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
WH_X = WH + ("武漢市", "武汉市", "武汉")
HB_X = HB + ("湖北省",)

GOLD = {"e03_wuhan": {
  "entities": [
    E("林鄭月娥", PER), E("梁婷", PER), E("顧鋒", PER),
    E(YX, ORG), E(ZN, (LOC, ORG)),
    E(WH, LOC), E(HK, LOC, optional=True),
    E(HB, LOC, optional=True),
    E("中新社", ORG, optional=True),
    E(("鄂港合作會議", "鄂港高層會晤", "鄂港高層會晤暨合作會議", "亞心一號", "新冠疫苗接種中心",
       "空中救援高架直升機場", "中部地區"), ANY, optional=True),
  ],
  "relations": [
    R("梁婷", "reported_by", "ARTICLE"), R("顧鋒", "reported_by", "ARTICLE"),
    R("林鄭月娥", "works_for", HKG),
    R("梁婷", "works_for", "中新社", optional=True), R("顧鋒", "works_for", "中新社", optional=True),
    R(HB, "partner_of", HK),
    R(YX, "located_in", WH, optional=True),
    R(ZN, "located_in", WH, optional=True), R(ZN, "part_of", WH_X, optional=True),
    R(WH_X, "part_of", HB_X, optional=True),
  ],
  "money": [M(4.13e9)],
}}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["e03_wuhan"]["relations"] += [
    R(ZN, "part_of", HB_X, optional=True),
]
