"""Gold annotation of eval/corpus/articles/e05_yongzhou.txt (format of ../shared/eval/gold_dev.py)."""
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


YZ = ("永州", "永州市")
ZC = ("湖南振成生態農業發展有限公司",)
NJ = ("永州市農業農村局服務中心",)
HK = ("中國香港", "香港")
COUNTIES = ("江華", "江永", "新田", "祁陽", "雙牌")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
HN_X = ("湖南", "湖南省")
COUNTY_X = {
    "江華": ("江華", "江華瑤族自治縣", "江华", "江华瑶族自治县"),
    "江永": ("江永", "江永縣", "江永县"),
    "新田": ("新田", "新田縣", "新田县"),
    "祁陽": ("祁陽", "祁陽市", "祁阳", "祁阳市"),
    "雙牌": ("雙牌", "雙牌縣", "双牌", "双牌县"),
}

GOLD = {"e05_yongzhou": {
  "entities": [
    E("羅成剛", PER), E("楊祝學", PER),
    E("羅老闆", PER, optional=True),
    E(ZC, ORG), E(NJ, ORG),
    E(YZ, LOC),
  ] + [E(c, LOC) for c in COUNTIES] + [
    E(HK, LOC, optional=True),
    E("吉爾吉斯斯坦", LOC, optional=True), E("老撾", LOC, optional=True), E("印度", LOC, optional=True),
    E("韓國", LOC, optional=True), E("沙特", LOC, optional=True),
    E(("廣西",), LOC, optional=True), E(("湖南",), LOC, optional=True),
    E(("永州市農業農村局",), ORG, optional=True), E(("香港文匯報",), ORG, optional=True),
    E(("菜籃子", "菜園子"), ANY, optional=True),
  ],
  "relations": [
    R("羅成剛", "works_for", ZC),
    R("楊祝學", "works_for", NJ),
    R("楊祝學", "works_for", ("永州市農業農村局",), optional=True),
    R(YZ, "has_investment", ("1071000000",)),
    R(YZ, "has_investment", ("208000000",), optional=True),
    R(ZC, "located_in", YZ, optional=True),
    R(NJ, "located_in", YZ, optional=True), R(NJ, "part_of", YZ, optional=True),
  ] + [R(COUNTY_X[c], "part_of", YZ, optional=True) for c in COUNTIES] + [
    R(c, "located_in", YZ, optional=True) for c in COUNTIES],
  "money": [M(5e6), M(1.109e10), M(5e7, optional=True), M(1.071e9), M(2.08e8)],
}}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["e05_yongzhou"]["relations"] += [
    R(YZ, "part_of", HN_X, optional=True),
    R(COUNTY_X["江華"], "part_of", HN_X, optional=True),
    R(COUNTY_X["江永"], "part_of", HN_X, optional=True),
    R(COUNTY_X["新田"], "part_of", HN_X, optional=True),
    R(COUNTY_X["祁陽"], "part_of", HN_X, optional=True),
    R(COUNTY_X["雙牌"], "part_of", HN_X, optional=True),
]
