"""Gold annotation of eval/corpus/articles/c01_cangzhou.txt (format of ../shared/eval/gold_dev.py)."""
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

CZ = ("沧州市", "沧州")
BJ = ("北京",)

GOLD = {"c01_cangzhou": {
  "entities": [
    E("李如意", PER),
    E(("伍振国",), PER, optional=True), E(("孙红丽",), PER, optional=True),
    E(CZ, LOC), E(BJ, LOC), E(("雄安新区",), LOC),
    E(("京津冀",), LOC, optional=True), E(("京津",), LOC, optional=True),
    E(("北京日报",), ORG, optional=True),
    E(("沧州市领导", "沧州市相关负责人"), ANY, optional=True),
  ],
  "relations": [
    R(CZ, "has_investment", "63500000000"),
    R(("李如意",), "reported_by", ("ARTICLE",)),
    # true administrative chain (MCA division table, Xzqh20251231), optional
    R(CZ, "part_of", ('河北省', '河北'), optional=True),
  ],
  "money": [M(6.35e10)],
}}
