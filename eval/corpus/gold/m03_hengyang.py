"""Gold annotation of eval/corpus/articles/m03_hengyang.txt (format of ../shared/eval/gold_dev.py)."""
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

HUN_X = ("湖南", "湖南省")
HY = ("衡陽市", "衡陽")
CS = ("長沙",)
GD_X = ("廣東",)
GWYTB = ("國務院台辦", "大陸國務院台辦")
HNZF = ("湖南省政府", "湖南省人民政府")
FYT = ("飛雅特汽車", "飛雅特")
WW = ("旺旺食品", "旺旺")
EVT = ("第五屆「湘台經貿交流合作會」", "湘台經貿交流合作會", "第五屆湘台經貿交流合作會", "「湘台經貿交流合作會」")
FILM = ("《衡陽會戰》", "衡陽會戰")

GOLD = {"m03_hengyang": {
  "entities": [
    E("周強", PER), E("宋楚瑜", PER),
    E(GWYTB, ORG), E(HNZF, ORG), E(FYT, ORG), E(WW, ORG),
    E(HY, LOC), E(CS, LOC), E(("武漢",), LOC), E(("昆明",), LOC),
    E(HUN_X, LOC, optional=True), E(GD_X, LOC, optional=True),
    E(("上海",), LOC, optional=True), E(("北京",), LOC, optional=True),
    E(("珠三角",), LOC, optional=True), E(("台灣", "兩岸", "湘台"), LOC, optional=True),
    E(("大陸",), LOC, optional=True),
    E(EVT, ANY, optional=True), E(FILM, ANY, optional=True),
  ],
  "relations": [
    R(("周強",), "works_for", HNZF + HUN_X),
    R(FYT, "located_in", CS),
    R(GWYTB, "partner_of", HNZF, optional=True),
    R(EVT, "located_in", HY, optional=True),
    R(WW, "located_in", HUN_X, optional=True),
    R(HNZF, "located_in", HUN_X, optional=True),
  ],
  "money": [],
}}

# Optional part_of links of the article's places to their province
# (GB/T 2260; official simplified names included), as in batches j-l.
GOLD["m03_hengyang"]["relations"] += [
    R(HY + ("衡阳市", "衡阳"), "part_of", HUN_X, optional=True),
    R(CS + ("長沙市", "长沙市", "长沙"), "part_of", HUN_X, optional=True),
    R(("武漢", "武漢市", "武汉市", "武汉"), "part_of", ("湖北", "湖北省"), optional=True),
    R(("昆明", "昆明市"), "part_of", ("雲南", "雲南省", "云南省", "云南"), optional=True),
]
