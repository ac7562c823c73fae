"""Gold annotation of eval/corpus/articles/n04_shenyang.txt (format of ../shared/eval/gold_dev.py)."""
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

LN = ("遼寧", "遼寧省", "辽宁省", "辽宁")
HK = ("香港",)
HKGOV = ("香港特別行政區政府", "香港特區政府", "特區政府", "香港政府") + HK
SY = ("瀋陽", "瀋陽市")
DR = ("東軟集團",)
WA = ("瀋陽五愛市場", "五愛市場")
ZX = ("瀋陽中興商業城", "中興商業城")
JRKFQ = ("瀋陽金融開發區", "金融開發區")
FORUM = ("「遼寧 --- 香港經貿合作交流會」", "遼寧 --- 香港經貿合作交流會", "遼寧---香港經貿合作交流會",
         "遼寧-香港經貿合作交流會", "經貿合作交流會")

GOLD = {"n04_shenyang": {
  "entities": [
    E("曾蔭權", PER),
    E(SY, LOC),
    E(DR, ORG),
    E(WA, (LOC, ORG)), E(ZX, (LOC, ORG)), E(JRKFQ, (LOC, ORG)),
    E(LN[:2], LOC, optional=True), E(HK, LOC, optional=True),
    E(HKGOV[:4], ORG, optional=True),
    E(("東北三省", "內地", "中國北部地區"), LOC, optional=True),
    E(FORUM, ANY, optional=True),
    E(("考察團", "瀋陽市歡迎晚宴"), ANY, optional=True),
  ],
  "relations": [
    R(("曾蔭權",), "works_for", HKGOV),
    R(WA, "located_in", SY, optional=True), R(WA, "part_of", SY, optional=True),
    R(ZX, "located_in", SY, optional=True),
    R(JRKFQ, "located_in", SY, optional=True), R(JRKFQ, "part_of", SY, optional=True),
    R(DR, "located_in", SY + LN, optional=True),
    R(SY, "part_of", LN, optional=True),
    R(LN, "has_investment", ("148000000",), optional=True),
    R(HK, "has_investment", ("148000000",), optional=True),
    R(LN, "partner_of", HK, optional=True),
    R(FORUM, "located_in", SY + LN, optional=True),
  ],
  "money": [M(1.48e8)],
}}

# Optional part_of links of the article's places to their province
# (GB/T 2260; official simplified names included), as in batches j-m.
GOLD["n04_shenyang"]["relations"] += [
    R(SY + ("沈阳市", "沈阳"), "part_of", LN, optional=True),
    R(WA + ZX + JRKFQ, "part_of", LN, optional=True),
]
