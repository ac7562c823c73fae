"""Gold annotation of eval/corpus/articles/g02_yangpu.txt (format of ../shared/eval/gold_dev.py)."""
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

HN = ("海南", "海南省")
HNGOV = ("海南省人民政府", "海南省政府", "省方")
HNGOV_T = HNGOV + HN
SY = ("三亞",)
YP = ("洋浦",)
YPBS = ("洋浦保稅港區", "保稅港區", "一區", "「一區」")
RJY = ("海南生態軟件園",)
CYY = ("三亞創意產業園",)
CEC = ("中國電子信息產業集團公司",)
CECD = ("中國電子科技開發",)
CMGOV = ("澄邁縣政府",)
CM = ("澄邁縣", "澄邁")
HK = ("香港",)
PH1 = ("保稅港區一期工程",)

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
SY_X = SY + ("三亞市", "三亚", "三亚市")
CN_X = ("中國", "中華人民共和國", "中国", "中华人民共和国")

GOLD = {"g02_yangpu": {
  "entities": [
    E("羅保銘", PER), E("方曉宇", PER), E("姜斯憲", PER),
    E(SY, LOC), E(YP, LOC),
    E(YPBS, (LOC, ORG)), E(RJY, (LOC, ORG)), E(CYY, (LOC, ORG)),
    E(CEC, ORG), E(CECD, ORG), E(CMGOV, ORG),
    E(HN, LOC, optional=True), E(HK, LOC, optional=True),
    E(("中國",), LOC, optional=True), E(("歐洲",), LOC, optional=True),
    E(CM, LOC, optional=True),
    E(HNGOV, ORG, optional=True),
    E(PH1, PROJ, optional=True),
    E(("一島一區兩園", "「一島一區兩園」", "兩園", "「兩園」", "產業園", "香港媒體",
       "石油化工生產基地", "區域性物流和航運中心港", "自由貿易區"), ANY, optional=True),
  ],
  "relations": [
    R("羅保銘", "works_for", HNGOV_T),
    R("方曉宇", "works_for", HNGOV_T),
    R("姜斯憲", "works_for", HNGOV_T),
    R(CECD, "partner_of", CMGOV),
    R(CECD, "located_in", RJY + ("產業園",)),
    R(CEC, "partner_of", RJY, optional=True),
    R(CEC, "located_in", RJY, optional=True),
    R(CEC, "partner_of", CECD, optional=True),
    R(CECD, "partner_of", HNGOV_T, optional=True),
    R(PH1, "located_in", YPBS + YP, optional=True), R(PH1, "part_of", YPBS, optional=True),
    R(YPBS, "located_in", YP + HN, optional=True), R(YPBS, "part_of", YP + HN, optional=True),
    R(YP, "part_of", HN, optional=True), R(YP, "located_in", HN, optional=True),
    R(RJY, "located_in", CM + HN, optional=True), R(RJY, "part_of", CM + HN, optional=True),
    R(CYY, "located_in", SY, optional=True), R(CYY, "part_of", SY_X, optional=True),
    R(CMGOV, "located_in", CM + HN, optional=True), R(CMGOV, "part_of", CM, optional=True),
    R(HNGOV, "located_in", HN, optional=True),
  ],
  "money": [],
}}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["g02_yangpu"]["relations"] += [
    R(SY_X, "part_of", HN, optional=True),
    R(CM, "part_of", HN, optional=True),
    R(HN, "part_of", CN_X, optional=True),
]
