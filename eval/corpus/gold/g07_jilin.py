"""Gold annotation of eval/corpus/articles/g07_jilin.txt (format of ../shared/eval/gold_dev.py)."""
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


JL = ("吉林省", "吉林")
JLZX = ("吉林省政協",)
FGW = ("國家發改委",)
AG = ("香港愛高電業",)
BD = ("香港博大東方集團",)
SZ = ("深圳",)
DG = ("東莞",)
HK = ("香港", "港")
DB = ("東北三省", "東北", "東北老工業基地")
PLAN = ("3年滾動計劃", "滾動計劃")
WWP = ("香港文匯報", "文匯報")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
SZ_X = SZ + ("深圳市",)
DG_X = DG + ("東莞市", "东莞", "东莞市")
JL_X = JL
GD_X = ("廣東省", "廣東", "广东省", "广东")
CN_X = ("中國", "中華人民共和國", "中国", "中华人民共和国")

GOLD = {"g07_jilin": {
  "entities": [
    E("黃燕明", PER), E("李昌鴻", PER), E("葉永成", PER), E("王金獅", PER),
    E(JLZX, ORG), E(FGW, ORG), E(AG, ORG), E(BD, ORG),
    E(SZ, LOC), E(DG, LOC),
    E(JL, LOC, optional=True), E(HK, LOC, optional=True), E(DB, LOC, optional=True),
    E(WWP, ORG, optional=True),
    E(PLAN + ("重大工程項目", "座談會", "政協委員", "港籍政協委員", "香港委員", "港商",
              "碳纖維", "現代農業", "可降解農用地膜"), ANY, optional=True),
  ],
  "relations": [
    R(("李昌鴻",), "reported_by", ("ARTICLE",)),
    R(("李昌鴻",), "works_for", WWP, optional=True),
    R(("黃燕明",), "works_for", JLZX),
    R(("葉永成",), "works_for", AG),
    R(("王金獅",), "works_for", BD),
    R(FGW + PLAN + ("重大工程項目",) + DB, "has_investment", ("1600000000000",)),
    R(AG, "located_in", DG, optional=True),
    R(AG + BD, "located_in", HK, optional=True),
    R(JLZX, "located_in", JL, optional=True), R(JLZX, "part_of", JL, optional=True),
    R(JL, "part_of", DB, optional=True), R(JL, "located_in", DB, optional=True),
  ],
  "money": [M(1.6e12)],
}}

# Optional links to the province-level division / prefecture that contains a place
# even where the text does not write it, as in batches a-d.
GOLD["g07_jilin"]["relations"] += [
    R(SZ_X, "part_of", GD_X, optional=True),
    R(DG_X, "part_of", GD_X, optional=True),
    R(JL_X, "part_of", CN_X, optional=True),
]
