"""Gold annotation of eval/corpus/articles/d07_kunming.txt (format of ../shared/eval/gold_dev.py)."""
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

XINHUA = ("香港新華集團", "新華集團", "香港新華集團董事會")
YNGOV = ("雲南省政府", "省政府")
YNSW = ("雲南省委",)
ZX = ("全國政協教科文衛體委員會", "全國政協")
ZSH = ("香港中華總商會",)
YN = ("雲南", "雲南省", "滇")

GOLD = {"d07_kunming": {
  "entities": [
    E("譚旻煦", PER), E("蔡冠深", PER), E("陳豪", PER),
    E(("昆明",), LOC),
    E(XINHUA, ORG), E(YNGOV, ORG), E(YNSW, ORG), E(ZX, ORG), E(ZSH, ORG),
    E(YN, LOC, optional=True), E(("香港",), LOC, optional=True),
    E(("東盟",), (LOC, ORG), optional=True),
    E(("南亞", "東南亞", "南亞東南亞", "香港文匯報"), ANY, optional=True),
    E(("雲南──東盟商企合作機制", "輻射中心"), ANY, optional=True),
  ],
  "relations": [
    R("譚旻煦", "reported_by", "ARTICLE"),
    R("蔡冠深", "works_for", ZX),
    R("蔡冠深", "works_for", ZSH),
    R("蔡冠深", "works_for", XINHUA),
    R("陳豪", "works_for", YNSW),
    R("陳豪", "works_for", YNGOV),
    R(XINHUA, "partner_of", YNGOV),
    R("蔡冠深", "partner_of", YNGOV, optional=True),
    R(XINHUA, "partner_of", YN, optional=True),
    R(XINHUA, "located_in", YN + ("昆明",), optional=True),
    R(XINHUA, "located_in", ("香港",), optional=True),
    R(ZSH, "located_in", ("香港",), optional=True),
    R(YNGOV + YNSW, "located_in", ("昆明",) + YN, optional=True),
    R(("昆明", "昆明市"), "part_of", YN + ("云南", "云南省"), optional=True),
  ],
  "money": [],
}}
