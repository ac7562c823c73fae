"""Gold annotation of eval/corpus/articles/g03_tongzhou.txt (format of ../shared/eval/gold_dev.py)."""
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

NT = ("南通",)
TZ = ("通州區", "通州")
TZQW = ("通州區委", "區委")
TZGOV = ("通州區人民政府", "通州區政府", "區政府")
TZGOV_T = TZGOV + TZ
CJ = ("川姜鎮",)
JFC = ("南通家紡城", "南通家紡")
SJ = ("南通四建集團有限公司", "南通四建集團", "南通四建")
HK = ("香港",)
EVT = ("非凡四十年·邁向世界的南通", "「非凡四十年·邁向世界的南通」",
       "2018香港媒體高層人士看南通活動", "香港媒體高層人士看南通活動")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
NT_X = NT + ("南通市",)
JS_X = ("江蘇省", "江蘇", "江苏省", "江苏")

GOLD = {"g03_tongzhou": {
  "entities": [
    E("淩屹", PER),
    E("杜林", PER), E("趙振華", PER), E("宋璟", PER), E("戎晨", PER),
    E(NT, LOC), E(TZ, LOC), E(CJ, LOC),
    E(TZQW, ORG),
    E(JFC, (LOC, ORG)), E(SJ, ORG),
    E(TZGOV, ORG, optional=True),
    E(HK, LOC, optional=True),
    E(("香港商報網",), ORG, optional=True),
    E(EVT, ANY, optional=True),
    E(("家紡研究院", "快速維權中心", "電子商務產業園", "眾創空間", "微供市場", "魯班獎",
       "香港媒體高層", "港媒", "家紡產業集聚區"), ANY, optional=True),
  ],
  "relations": [
    R(("杜林",), "reported_by", ("ARTICLE",)),
    R(("趙振華",), "reported_by", ("ARTICLE",)),
    R(("宋璟",), "reported_by", ("ARTICLE",)),
    R(("戎晨",), "reported_by", ("ARTICLE",)),
    R("淩屹", "works_for", TZQW),
    R("淩屹", "works_for", TZGOV_T),
    R(JFC, "located_in", CJ),
    R(SJ, "located_in", TZ),
    R(SJ, "located_in", CJ, optional=True),
    R(CJ, "part_of", TZ, optional=True),
    R(TZ, "part_of", NT_X, optional=True),
    R(JFC, "located_in", NT + TZ, optional=True),
    R(TZQW, "located_in", TZ, optional=True), R(TZGOV, "located_in", TZ, optional=True),
    R(("電子商務產業園", "家紡研究院", "快速維權中心", "眾創空間", "微供市場"), "located_in", CJ,
      optional=True),
  ],
  "money": [M(1.1694e11), M(2.1e10), M(6e10), M(6.45e9)],
}}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["g03_tongzhou"]["relations"] += [
    R(NT_X, "part_of", JS_X, optional=True),
]
