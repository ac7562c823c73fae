"""Gold annotation of eval/corpus/articles/b06_lianjiang.txt (format of ../shared/eval/gold_dev.py)."""
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

ZJ = ("湛江",)
LJ = ("廉江市", "廉江", "湛江廉江市")
LJSW = ("廉江市委",)
LJZF = ("廉江市政府", "廉江市人民政府", "市政府")
ZSCY = ("浙商产业园项目", "浙商产业园")
GT_PROJ = ("广东省湛江钢铁加工物流园区建设项目",)
SMALL = ("小家电精密五金配件生产", "富昌橡胶制品及模具制造")

GOLD = {"b06_lianjiang": {
  "entities": [
    E("陈恩才", PER),
    E(ZJ, LOC), E(LJ, LOC), E(("粤西",), LOC),
    E(LJSW, ORG), E(ZSCY, (PROJ, LOC, ORG)), E(GT_PROJ, PROJ),
    E(LJZF, ORG, optional=True),
    E(("浙江",), LOC, optional=True), E(("广东省",), LOC, optional=True),
    E(SMALL + ("湛江钢铁加工物流园区",), ANY, optional=True),
  ],
  "relations": [
    R(LJ, "part_of", ZJ + ("湛江市",)),
    R(ZJ + ("湛江市",), "part_of", ("广东省", "广东"), optional=True),
    R(LJ, "located_in", ("粤西",), optional=True), R(LJ, "part_of", ("粤西",), optional=True),
    R("陈恩才", "works_for", LJSW),
    R(SMALL, "located_in", ZSCY, optional=True),
    R(ZSCY + GT_PROJ, "located_in", LJ, optional=True),
    R(LJSW + LJZF, "located_in", LJ, optional=True), R(LJSW + LJZF, "part_of", LJ, optional=True),
    R(LJ, "has_investment", "12244000000"),
  ],
  "money": [M(1.2244e10)],
}}
