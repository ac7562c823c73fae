"""Gold annotation of eval/corpus/articles/b09_sanshui.txt (format of ../shared/eval/gold_dev.py)."""
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

GD = ("广东",)
FS = ("佛山",)
SS = ("三水",)
LPGY = ("三水乐平工业园区", "乐平工业园区", "佛山三水乐平工业园区", "广东佛山三水乐平工业园区")
XFLY = ("广东兴发铝业有限公司", "兴发铝业", "兴发", "兴发集团")
XFJM = ("广东兴发精密制造有限公司", "兴发精密")
XF_PROJ = ("新材料及精密智造项目", "广东兴发精密制造有限公司新材料及精密智造项目",
           "“兴发精密”项目")

GOLD = {"b09_sanshui": {
  "entities": [
    E("刘立斌", PER), E("廖玉庆", PER),
    E(FS, LOC), E(SS, LOC), E(LPGY, (LOC, ORG)),
    E(XFLY, ORG), E(XFJM, ORG), E(XF_PROJ, PROJ),
    E(GD, LOC, optional=True), E(("乐平",), LOC, optional=True),
  ],
  "relations": [
    R(SS + ("三水区",), "part_of", FS + ("佛山市",)),
    R(FS + ("佛山市",), "part_of", GD + ("广东省",), optional=True),
    R(LPGY, "part_of", SS), R(LPGY, "located_in", SS, optional=True),
    R(("乐平", "乐平镇"), "part_of", SS + ("三水区",), optional=True),
    R(LPGY, "part_of", ("乐平",), optional=True), R(LPGY, "located_in", ("乐平",), optional=True),
    R(XF_PROJ, "located_in", LPGY, optional=True),
    R(XFJM, "located_in", LPGY, optional=True),
    R(XFJM, "part_of", XFLY, optional=True),
    R("刘立斌", "works_for", XFLY),
    R("廖玉庆", "works_for", XFLY),
    R(XF_PROJ + XFJM, "has_investment", "1200000000"),
  ],
  "money": [M(1.2e9)],
}}
