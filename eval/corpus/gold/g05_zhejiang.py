"""Gold annotation of eval/corpus/articles/g05_zhejiang.txt (format of ../shared/eval/gold_dev.py)."""
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


ZJ = ("浙江",)
HK = ("香港",)
HZ = ("杭州",)
ZJSW = ("浙江省委",)
HKSP = ("香港科學園",)
MEET = ("浙港合作會議", "「浙港合作會議」")
MECH = ("浙港合作機制", "「浙港合作機制」")
# Implied employer of the Chief Executive (not written in the text).
HKGOV = ("香港特區政府", "香港特別行政區政府", "特區政府", "行政長官") + HK

# Province-level names used by the optional part_of links to unwritten higher divisions.
ZJ_X = ZJ + ("浙江省", "浙")
HK_X = HK + ("香港特別行政區", "香港特區")
CN_X = ("中國", "中華人民共和國")

GOLD = {"g05_zhejiang": {
  "entities": [
    E("李家超", PER), E("王浩", PER),
    E(ZJSW, ORG),
    E(HZ, LOC), E(HKSP, (LOC, ORG)),
    E(ZJ, LOC, optional=True), E(HK, LOC, optional=True),
    E(MEET, ANY, optional=True), E(MECH, ANY, optional=True),
    E(("浙港政府", "「一帶一路」", "一帶一路", "「一國兩制」", "一國兩制", "國際金融中心",
       "合作備忘錄"), ANY, optional=True),
  ],
  "relations": [
    R("王浩", "works_for", ZJSW),
    R("李家超", "works_for", HKGOV, optional=True),
    R(ZJ + ZJSW, "partner_of", HK + HKGOV, optional=True),
    R(HKSP, "located_in", HK, optional=True), R(HKSP, "part_of", HK_X, optional=True),
    R(ZJSW, "located_in", ZJ, optional=True),
  ],
  "money": [],
}}

# Optional links to the province-level division / country that contains a place
# even where the text does not write it.
GOLD["g05_zhejiang"]["relations"] += [
    R(HZ, "part_of", ZJ_X, optional=True), R(HZ, "located_in", ZJ_X, optional=True),
    R(HZ + ZJ_X + HK_X, "part_of", CN_X, optional=True),
]
