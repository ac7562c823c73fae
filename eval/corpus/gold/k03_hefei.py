"""Gold annotation of eval/corpus/articles/k03_hefei.txt (format of ../shared/eval/gold_dev.py)."""
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

HF = ("合肥", "合肥市")
AH_X = ("安徽", "安徽省")
KFQ = ("合肥經濟技術開發區", "合肥開發區", "開發區")
GWH = ("合肥開發區管委會", "合肥經濟技術開發區管委會", "合肥經濟技術開發區管理委員會", "管委會")
HZ = ("國際會展中心", "合肥開發區的國際會展中心")
LY = ("香港聯亞製衣", "聯亞製衣")
HRHY = ("華潤華源公司", "華潤華源")
WHB = ("文匯報", "香港文匯報", "本報")
HSDH = ("徽商大會",)

GOLD = {"k03_hefei": {
  "entities": [
    E("張長城", PER), E("王厚亮", PER),
    E(HF, LOC), E(KFQ, (LOC, ORG)), E(GWH, ORG), E(HZ, (LOC, ORG)),
    E(LY, ORG), E(HRHY, ORG),
    E(AH_X, LOC, optional=True), E(("香港",), LOC, optional=True), E(("日本",), LOC, optional=True),
    E(WHB, ORG, optional=True),
    E(HSDH, ANY, optional=True),
    E(("汽車工業園", "五大工業園"), (LOC, ORG), optional=True),
    E(("香港聯亞製衣一期項目", "一期項目", "大型紡織項目"), ANY, optional=True),
  ],
  "relations": [
    R(("張長城",), "reported_by", ("ARTICLE",)),
    R(("王厚亮",), "works_for", GWH + KFQ),
    R(HZ, "located_in", KFQ),
    R(HSDH, "located_in", HZ + KFQ, optional=True),
    R(KFQ, "located_in", HF, optional=True), R(KFQ, "part_of", HF, optional=True),
    R(GWH, "part_of", KFQ, optional=True),
    R(LY, "located_in", KFQ + HF, optional=True),
    R(HRHY, "located_in", KFQ + HF, optional=True),
    R(("香港聯亞製衣一期項目",), "located_in", KFQ, optional=True),
    R(("汽車工業園", "五大工業園"), "located_in", KFQ, optional=True),
    R(KFQ + GWH, "has_investment", ("1200000000",), optional=True),
    R(("張長城",), "works_for", WHB, optional=True),
  ],
  "money": [M(1.36e10), M(1.2e9), M(1.052e10), M(1.28e9)],
}}

# True administrative containments (optional), as in batches a-j.
GOLD["k03_hefei"]["relations"] += [
    R(HF, "part_of", AH_X, optional=True),
    R(KFQ, "located_in", AH_X, optional=True),
]

# Optional part_of links of the article's places and zones to the higher divisions that
# contain them (GB/T 2260; simplified official names included), as in batches a-i.
GOLD["k03_hefei"]["relations"] += [
    R(KFQ + ("合肥经济技术开发区", "合肥开发区"), "part_of", AH_X, optional=True),
    R(("汽車工業園", "五大工業園"), "part_of", HF, optional=True),
    R(("汽車工業園", "五大工業園"), "part_of", AH_X, optional=True),
]
