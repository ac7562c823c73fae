"""Gold annotation of eval/corpus/articles/c05_qinyuan.txt (format of ../shared/eval/gold_dev.py)."""
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

CZ = ("长治市", "长治")
QY = ("沁源县", "沁源", "长治市沁源县")
XLD = ("小岭底村",)
HTP = ("黄土坡", "黄土坡岭")
SX = ("山西省", "山西")
HTP_PROJ = ("黄土坡隧道工程", "黄土坡隧道")

GOLD = {"c05_qinyuan": {
  "entities": [
    E("邓焕彦", PER), E(("崔杰", "崔 杰"), PER),
    E(CZ, LOC), E(QY, LOC), E(XLD, (LOC, ORG)), E(("北京",), LOC),
    E(HTP_PROJ, PROJ),
    E(HTP, LOC, optional=True), E(SX, LOC, optional=True),
    E(("山西日报",), ORG, optional=True),
    E(("沁源县2018秋冬季重点建设项目集中开工暨现场推进会", "2018年绿色沁源招商引资推介暨项目签约仪式",
       "转型项目建设年", "绿色沁源"), ANY, optional=True),
  ],
  "relations": [
    R(QY, "part_of", CZ),
    R(CZ + QY, "part_of", SX, optional=True),
    R(XLD, "part_of", QY, optional=True), R(XLD, "located_in", QY + HTP, optional=True),
    R(HTP_PROJ, "located_in", QY + HTP + XLD, optional=True),
    R(QY, "has_investment", "7173000000"),
    R(CZ, "has_investment", "7173000000", optional=True),
    R(QY, "has_investment", "12550000000"),
    R(("邓焕彦",), "reported_by", ("ARTICLE",)), R(("崔杰", "崔 杰"), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(7.173e9), M(1.255e10)],
}}
