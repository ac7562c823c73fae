"""Gold annotation of eval/corpus/articles/c08_haerbinxinqu.txt (format of ../shared/eval/gold_dev.py)."""
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

HBXQ = ("哈尔滨新区",)
HBXQ_GWH = ("哈尔滨新区管委会", "哈尔滨新区管理委员会")
HND = ("海能达通信股份有限公司", "哈尔滨新区海能达通信股份有限公司")
HLJ = ("黑龙江省", "黑龙江", "龙江")
HLJSW = ("黑龙江省委",)
HLJZF = ("黑龙江省人民政府", "黑龙江省政府", "省政府")
DB = ("东北", "东北地区")

GOLD = {"c08_haerbinxinqu": {
  "entities": [
    E("唐贵江", PER), E("万勇", PER),
    E(HBXQ, (LOC, ORG)), E(("深圳",), LOC),
    E(DB, LOC, optional=True),  # a multi-province region: optional like a province
    E(HND, ORG), E(HLJSW, ORG),
    E(("哈工大",), ORG), E(("哈焊接所",), ORG), E(("哈电集团",), ORG),
    E(HLJ, LOC, optional=True), E(HLJZF, ORG, optional=True), E(HBXQ_GWH, ORG, optional=True),
    E(("中新经纬", "中新经纬客户端"), ORG, optional=True),
    E(("国家民用航空高技术产业基地", "新型工业化食品产业示范基地", "新型工业化装备制造业示范基地",
       "国家级双创示范基地", "国家服务贸易创新发展试点", "现代产业基地"), ANY, optional=True),
  ],
  "relations": [
    R("万勇", "works_for", HBXQ_GWH + HBXQ),
    R(HND, "located_in", HBXQ),
    R(HND, "located_in", ("深圳",), optional=True),
    R(("哈工大", "哈焊接所", "哈电集团"), "located_in", HBXQ, optional=True),
    R(("哈工大", "哈焊接所", "哈电集团"), "partner_of", ("哈工大", "哈焊接所", "哈电集团"), optional=True),
    R(HBXQ, "part_of", HLJ, optional=True), R(HBXQ, "located_in", HLJ + DB, optional=True),
    R(HLJ, "part_of", DB, optional=True), R(HLJ, "located_in", DB, optional=True),
    R(("唐贵江",), "reported_by", ("ARTICLE",)),
    # true administrative chain (MCA division table, Xzqh20251231), optional
    R(('深圳', '深圳市'), "part_of", ('广东省', '广东'), optional=True),
  ],
  "money": [],
}}
