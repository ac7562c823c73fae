"""Gold annotation of eval/corpus/articles/g01_hebei.txt (format of ../shared/eval/gold_dev.py)."""
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

HB = ("河北", "河北省")
HBSW = ("河北省委", "省委")
HBGOV = ("河北省人民政府", "河北省政府", "省政府") + HB
SJZ = ("石家莊",)
HK = ("香港",)
JT = ("香港建滔化工集團", "建滔化工集團", "建滔集團", "建滔",
      "香港建滔化工集團(0148)", "香港建滔化工集團（0148）")
PJ = ("煤化工綜合開發項目", "煤化工綜合開發項目一期工程")
PJ2 = ("二期工程",)
HBR = ("環渤海區域", "環渤海")
JJJ = ("京津冀地區", "京津冀")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
SJZ_X = SJZ + ("石家莊市", "石家庄", "石家庄市")

GOLD = {"g01_hebei": {
  "entities": [
    E("張以正", PER), E("袁坤", PER), E("王海軍", PER),
    E("白克明", PER), E("郭庚茂", PER), E("張國榮", PER), E("付志方", PER), E("張力", PER),
    E("付雙建", PER), E("陳永錕", PER),
    E(HBSW, ORG), E(JT, ORG),
    E(SJZ, LOC),
    E(PJ, PROJ),
    E(HB, LOC, optional=True), E(HK, LOC, optional=True),
    E(PJ2, PROJ, optional=True),
    E(HBR, LOC, optional=True), E(JJJ, LOC, optional=True),
    E(("中西部", "東南部經濟發達省份", "香港商界", "金融界"), ANY, optional=True),
  ],
  "relations": [
    R(("張以正",), "reported_by", ("ARTICLE",)),
    R(("袁坤",), "reported_by", ("ARTICLE",)),
    R(("王海軍",), "reported_by", ("ARTICLE",)),
    R("白克明", "works_for", HBSW),
    R("郭庚茂", "works_for", HBGOV),
    R("張國榮", "works_for", JT),
    R("付志方", "works_for", HBSW),
    R("付志方", "works_for", HBGOV),
    R("張力", "works_for", HBSW),
    R("付雙建", "works_for", HBGOV),
    R("陳永錕", "works_for", JT),
    R(PJ + JT, "has_investment", ("900000000",)),
    R(PJ2 + PJ + JT, "has_investment", ("800000000",)),
    R(PJ + PJ2, "located_in", HB, optional=True),
    R(JT, "located_in", HB, optional=True),
    R(JT, "located_in", HK, optional=True),
    R(JT, "partner_of", HB + HBGOV, optional=True),
    R(PJ2, "part_of", PJ, optional=True),
    R(HBSW, "located_in", HB, optional=True),
    R(JJJ, "part_of", HBR, optional=True), R(JJJ, "located_in", HBR, optional=True),
    R(HB, "part_of", JJJ + HBR, optional=True),
  ],
  "money": [M(9e8), M(8e8)],
}}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["g01_hebei"]["relations"] += [
    R(SJZ_X, "part_of", HB, optional=True),
]
