"""Gold annotation of eval/corpus/articles/d08_chongqing.txt (format of ../shared/eval/gold_dev.py)."""
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

CQ = ("重慶", "重慶市")
LJ = ("兩江新區", "重慶兩江新區")
ZZJ = ("政制及內地事務局",)
HKGOV = ("香港特區政府", "香港特別行政區政府", "特區政府")
GH = ("重慶光環購物公園", "光環購物公園")
LJZH = ("禮嘉智慧公園",)
LJGY = ("兩江工業互聯網體驗中心",)
GHZLG = ("重慶市規劃展覽館新館", "重慶市規劃展覽館")
HY = ("重慶紅岩革命紀念館", "紅岩革命紀念館")
ZQY = ("中國汽車工程研究院",)

GOLD = {"d08_chongqing": {
  "entities": [
    E("鄭寶生", PER), E(("林鄭月娥", "林鄭"), PER), E("曾國衞", PER),
    E(CQ, LOC), E(LJ, (LOC, ORG)),
    E(GH, (LOC, ORG, PROJ)), E(LJZH, (LOC, ORG)), E(LJGY, (LOC, ORG)),
    E(GHZLG, (LOC, ORG)), E(HY, (LOC, ORG)),
    E(ZZJ, ORG), E(ZQY, ORG), E(("中國共產黨",), ORG),
    E(("香港",), LOC, optional=True), E(("中國",), LOC, optional=True),
    E(HKGOV, ORG, optional=True),
    E(("成渝地區雙城經濟圈", "成渝", "渝港", "渝", "內地"), ANY, optional=True),
  ],
  "relations": [
    R("鄭寶生", "reported_by", "ARTICLE"),
    R("曾國衞", "works_for", ZZJ),
    R(("林鄭月娥", "林鄭"), "works_for", HKGOV, optional=True),
    R(ZZJ, "part_of", HKGOV, optional=True),
    R(LJZH, "located_in", LJ),
    R(LJ, "part_of", CQ, optional=True),
    R(LJ, "located_in", CQ, optional=True),
    R(GH, "located_in", CQ, optional=True),
    R(ZQY, "located_in", CQ, optional=True),
    R(LJGY, "located_in", CQ + LJ, optional=True),
    R(GHZLG, "located_in", CQ, optional=True),
    R(HY, "located_in", CQ, optional=True),
  ],
  "money": [],
}}
