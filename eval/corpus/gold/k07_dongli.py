"""Gold annotation of eval/corpus/articles/k07_dongli.txt (format of ../shared/eval/gold_dev.py)."""
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

DL = ("东丽区", "天津市东丽区", "东丽")
TJ = ("天津", "天津市")
DLQW = ("东丽区委", "区委", "天津市东丽区委", "中共天津市东丽区委员会", "中共东丽区委")
DLZF = ("东丽区人民政府", "东丽区政府", "区政府", "天津市东丽区人民政府") + DL
DLDZ = ("东丽区政府党组", "区政府党组", "东丽区人民政府党组")
QWBGS = ("东丽区委办公室", "区委办公室")
ZQB = ("中国企业报", "中企天津报道")
EVT = ("天津市东丽区招商引资项目集中签约活动暨招商大使聘任仪式", "东丽区招商引资项目集中签约活动暨招商大使聘任仪式",
       "招商引资项目集中签约活动暨招商大使聘任仪式", "招商引资项目集中签约活动", "招商大使聘任仪式",
       "2024年招商引资项目集中签约仪式", "天津东丽区举行2024年招商引资项目集中签约仪式", "签约仪式")

GOLD = {"k07_dongli": {
  "entities": [
    E("贾堤", PER), E("李春", PER), E("陈晖", PER), E("闫峰", PER), E("王洪府", PER),
    E("连欣", PER), E("习近平", PER),
    E(DL, LOC), E(TJ, LOC),
    E(DLQW, ORG),
    E(DLZF[:4], ORG, optional=True), E(DLDZ, ORG, optional=True), E(QWBGS, ORG, optional=True),
    E(ZQB, ORG, optional=True), E(("中国",), LOC, optional=True),
    E(("京津冀",), LOC, optional=True), E(("“津城”", "津城", "“滨城”", "滨城"), LOC, optional=True),
    E(EVT, ANY, optional=True),
    E(("“三年行动计划”", "三年行动计划", "科创绿谷", "都市新区", "经济大区"), ANY, optional=True),
  ],
  "relations": [
    R(DL, "part_of", TJ),
    R(("贾堤",), "works_for", DLQW),
    R(("李春",), "works_for", DLQW),
    R(("李春",), "works_for", DLZF),
    R(("李春",), "works_for", DLDZ, optional=True),
    R(("陈晖",), "works_for", DLQW),
    R(("闫峰",), "works_for", DLQW),
    R(("闫峰",), "works_for", DLZF),
    R(("王洪府",), "works_for", DLQW),
    R(("王洪府",), "works_for", QWBGS + DLQW),
    R(("连欣",), "works_for", DLZF),
    R(DL + EVT + DLZF[:4], "has_investment", ("7010000000",)),
    R(DL + EVT + DLZF[:4], "has_investment", ("7000000000",), optional=True),
    R(EVT, "located_in", DL + TJ, optional=True),
    R(DLQW + DLZF[:4], "located_in", DL, optional=True),
    R(QWBGS + DLDZ, "part_of", DLQW + DLZF[:4], optional=True),
  ],
  "money": [M(7.01e9), M(7e9), M(1e8, optional=True)],
}}
