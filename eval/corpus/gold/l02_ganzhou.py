"""Gold annotation of eval/corpus/articles/l02_ganzhou.txt (format of ../shared/eval/gold_dev.py)."""
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

GZ = ("贛州",)
JX_X = ("江西", "江西省")
HH = ("鴻海", "鴻海 (2317-TW)")
FII = ("工業富聯", "Fii", "工業富聯 (Fii)", "工業富聯 (Fii)(601138-CN)")
PRJ = ("工業富聯贛州智慧製造計畫", "贛州智慧製造計畫", "贛州計畫", "該項目")
PRJ2 = ("工業富聯贛州智慧製造計畫二期", "贛州智慧製造計畫二期", "計畫二期", "工業富聯二期", "二期")
PRJ1 = ("計畫一期", "一期")
CNYES = ("鉅亨網",)

GOLD = {"l02_ganzhou": {
  "entities": [
    E("彭昱文", PER), E("鄭弘孟", PER),
    E(HH, ORG), E(FII, ORG),
    E(GZ, LOC), E(("台北",), LOC),
    E(PRJ, PROJ), E(PRJ2, PROJ),
    E(PRJ1, PROJ, optional=True),
    E(JX_X, LOC, optional=True), E(("中國大陸",), LOC, optional=True),
    E(CNYES, ORG, optional=True),
  ],
  "relations": [
    R(("彭昱文",), "reported_by", ("ARTICLE",)),
    R(("鄭弘孟",), "works_for", FII),
    R(PRJ, "located_in", GZ),
    R(PRJ2 + PRJ1, "located_in", GZ, optional=True),
    R(PRJ2 + PRJ1, "part_of", PRJ, optional=True),
    R(FII, "located_in", GZ, optional=True),
    R(FII, "part_of", HH, optional=True),
    R(FII, "partner_of", GZ, optional=True),
    R(("彭昱文",), "works_for", CNYES, optional=True),
  ],
  "money": [M(6e10), M(1e11)],
}}

# True administrative containments (optional), as in batches a-k.
GOLD["l02_ganzhou"]["relations"] += [
    R(GZ + ("贛州市", "赣州市", "赣州"), "part_of", JX_X, optional=True),
    R(PRJ, "located_in", JX_X, optional=True),
]
