"""Gold annotation of eval/corpus/articles/c06_qianan.txt (format of ../shared/eval/gold_dev.py)."""
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

QA = ("乾安县", "乾安")
QAXW = ("乾安县委",)
QAZF = ("乾安县人民政府", "乾安县政府", "县政府")
TK_PROJ = ("乾安县铁科高速公路项目", "铁科高速公路项目", "乾安县铁科高速公路项目建设")
BR_PROJ = ("博瑞现代农业产业园三期项目", "博瑞现代农业产业园三期")
PHQ_PROJ = ("乾安县2019年棚户区改造项目", "2019年棚户区改造项目")
JX_PROJ = ("吉林西部供水工程项目", "吉林西部供水工程")

GOLD = {"c06_qianan": {
  "entities": [
    E("高艺上", PER), E(("赵新",), PER, optional=True),
    E(QA, LOC),
    E(QAXW, ORG),
    E(TK_PROJ, PROJ), E(BR_PROJ, PROJ), E(PHQ_PROJ, PROJ), E(JX_PROJ, PROJ),
    E(("马铃薯淀粉产业化",), PROJ, optional=True),
    E(("铁科高速公路",), LOC, optional=True),
    E(("博瑞现代农业产业园",), (LOC, ORG), optional=True),
    E(QAZF, ORG, optional=True),
    E(("吉林省委", "省委"), ORG, optional=True), E(("吉林省人民政府", "吉林省政府", "省政府"), ORG, optional=True),
    E(("吉林",), LOC, optional=True),
    E(("中国吉林网",), ORG, optional=True), E(("吉刻APP", "吉刻"), ORG, optional=True),
    E(("吉网",), ORG, optional=True),
    E(("“三早”行动", "三早"), ANY, optional=True),
  ],
  "relations": [
    R(TK_PROJ + BR_PROJ + PHQ_PROJ + ("马铃薯淀粉产业化",), "located_in", QA, optional=True),
    R(JX_PROJ, "located_in", QA + ("吉林",), optional=True),
    R(QAXW + QAZF, "located_in", QA, optional=True), R(QAXW + QAZF, "part_of", QA, optional=True),
    R(QA + QAXW + QAZF, "has_investment", "2150000000", optional=True),
    R(QA + QAXW + QAZF, "has_investment", "147000000", optional=True),
    R(("高艺上",), "reported_by", ("ARTICLE",)),
    # true administrative chain (MCA division table, Xzqh20251231), optional
    R(QA, "part_of", ('松原市', '松原'), optional=True),
    R(('松原市', '松原'), "part_of", ('吉林省', '吉林'), optional=True),
  ],
  "money": [M(2.15e9), M(1.47e8), M(5e7, optional=True)],
}}
