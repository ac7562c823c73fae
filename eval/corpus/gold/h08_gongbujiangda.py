"""Gold annotation of eval/corpus/articles/h08_gongbujiangda.txt (format of ../shared/eval/gold_dev.py)."""
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

GBJD = ("工布江达县", "工布江达")
GBJD_XW = ("工布江达县委", "县委")
GBJD_GOV = ("工布江达县人民政府", "工布江达县政府", "县政府")

GOLD = {"h08_gongbujiangda": {
  "entities": [
    E("甘丹平措", PER), E("何立", PER), E("杨玉东", PER),
    E(GBJD, LOC),
    E(GBJD_XW, ORG),
    E(GBJD_GOV, ORG, optional=True),
    E(("网信工布江达",), ORG, optional=True),
    E(("工布江达县直相关部门", "县直相关部门"), ORG, optional=True),
    E(("工布江达县重点项目集中开工仪式", "重点项目集中开工仪式", "开工仪式",
       "工布江达县2020年重点项目集中开工"), ANY, optional=True),
  ],
  "relations": [
    R("甘丹平措", "works_for", GBJD_XW),
    R("何立", "works_for", GBJD_XW),
    R("杨玉东", "works_for", GBJD_XW),
    R("杨玉东", "works_for", GBJD_GOV + GBJD),
    R("甘丹平措", "works_for", GBJD, optional=True),
    R("何立", "works_for", GBJD, optional=True),
    R(GBJD + ("工布江达县重点项目集中开工仪式", "重点项目集中开工仪式",
       "工布江达县2020年重点项目集中开工"), "has_investment", "18480000", optional=True),
    R(GBJD_XW + GBJD_GOV, "located_in", GBJD, optional=True),
    R(GBJD_XW + GBJD_GOV, "part_of", GBJD, optional=True),
  ],
  "money": [M(1.848e7)],
}}

# Optional part_of links to parent divisions the text does not write (GB/T 2260), as in batches a-g.
GOLD["h08_gongbujiangda"]["relations"] += [
    R(GBJD, "part_of", ("林芝市",), optional=True),
    R(GBJD, "part_of", ("西藏自治区",), optional=True),
]
