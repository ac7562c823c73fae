"""Gold annotation of eval/corpus/articles/c04_taikang.txt (format of ../shared/eval/gold_dev.py)."""
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

TK = ("太康县",)
TKZF = ("太康县人民政府", "太康县政府", "县政府")
TKXW = ("太康县委", "县委")
QIUDE = ("北京求德型材责任有限公司",)
HAIEN = ("河南海恩药业有限公司",)
DEJIN = ("拓城德金木业有限公司",)
HONGGUANG = ("宏光食品有限公司",)
COMPANIES = QIUDE + HAIEN + DEJIN + HONGGUANG

GOLD = {"c04_taikang": {
  "entities": [
    E("刘俊涛", PER), E("郜敏", PER), E("王国玺", PER), E("唐广辉", PER), E("宋志军", PER),
    E(TK, LOC),
    E(TKZF, ORG), E(TKXW, ORG),
    E(QIUDE, ORG), E(HAIEN, ORG), E(DEJIN, ORG), E(HONGGUANG, ORG),
    E(("北京",), LOC, optional=True), E(("河南",), LOC, optional=True), E(("拓城",), LOC, optional=True),
    E(("河南省委", "省委"), ORG, optional=True), E(("周口市委", "市委"), ORG, optional=True),
    E(("县委综合楼",), (LOC, ORG), optional=True),
    E(("大项目建设办公室", "县四个班子"), ANY, optional=True),
  ],
  "relations": [
    R(TKZF, "partner_of", QIUDE),
    R(TKZF, "partner_of", HAIEN),
    R(TKZF, "partner_of", DEJIN),
    R(TKZF, "partner_of", HONGGUANG),
    R("王国玺", "works_for", TKXW),
    R("唐广辉", "works_for", TKZF + TK),
    R("宋志军", "works_for", TKXW),
    R("宋志军", "works_for", TKZF + TK),
    R(TKZF + TK, "has_investment", "284000000"),
    R(COMPANIES, "has_investment", "284000000", optional=True),
    R(TKZF + TKXW, "located_in", TK, optional=True), R(TKZF + TKXW, "part_of", TK, optional=True),
    R(COMPANIES, "located_in", TK, optional=True),
    R(("刘俊涛",), "reported_by", ("ARTICLE",)), R(("郜敏",), "reported_by", ("ARTICLE",)),
    # true administrative chain (MCA division table, Xzqh20251231), optional
    R(TK + ('太康',), "part_of", ('周口市', '周口'), optional=True),
    R(('周口市', '周口'), "part_of", ('河南省', '河南'), optional=True),
  ],
  "money": [M(2.84e8)],
}}
