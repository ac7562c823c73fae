"""Gold annotation of eval/corpus/articles/m06_sichuan.txt (format of ../shared/eval/gold_dev.py)."""
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

SC_X = ("四川", "四川省")
SC_XS = SC_X + ("四川省",)
GAB = ("四川省港澳事務辦公室", "四川省港澳辦")
ZZ = ("澳門中華總商會", "中總")
ZZ_T = ZZ + ("該會",)
MO = ("澳門", "本澳")
CY = ("成渝地區雙城經濟圈",)
ZZ_OFFICERS = ("劉藝良", "黃嘉豪", "岑定賢", "林毓霞", "鄭穎堯", "李柱坤", "梁慶華", "鍾寧")

GOLD = {"m06_sichuan": {
  "entities": [
    E("張濤", PER),
  ] + [E(p, PER) for p in ZZ_OFFICERS] + [
    E(GAB, ORG), E(ZZ, ORG),
    E(("特區政府",), ORG, optional=True),
    E(SC_X, LOC, optional=True), E(MO, LOC, optional=True), E(("中國", "中國西部"), LOC, optional=True),
    E(CY, (LOC, ORG), optional=True),
    E(("西部大開發", "新一輪西部大開發", "西部大開發戰略"), ANY, optional=True),
  ],
  "relations": [
    R(("張濤",), "works_for", GAB),
  ] + [R((p,), "works_for", ZZ_T) for p in ZZ_OFFICERS] + [
    R(GAB, "partner_of", ZZ, optional=True),
    R(GAB, "located_in", SC_X, optional=True),
    R(ZZ, "located_in", MO, optional=True),
  ],
  "money": [],
}}
