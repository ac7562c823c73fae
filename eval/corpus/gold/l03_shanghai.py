"""Gold annotation of eval/corpus/articles/l03_shanghai.txt (format of ../shared/eval/gold_dev.py)."""
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

SH = ("上海", "上海市", "滬")
TZB = ("上海市委統戰部", "上海統戰部", "上海市委統戰部常務副部長")[:2]
HLH = ("上海海外聯誼會",)
HLH_BGS = ("上海海外聯誼會辦公室",)
ZZ = ("澳門中華總商會", "中總")
ZZ_T = ZZ + ("該會",)
GSL = ("上海市工商聯",)
GSL_LLB = ("上海市工商聯聯絡部",)
GSL_BGS = ("上海市工商聯辦公室",)
GSL_WH = ("上海市工商聯文化商會",)
SHAM = ("上海市澳門聯誼會",)
MO = ("澳門", "本澳")
DLG = ("經貿代表團", "上海市經貿代表團")
ZZ_OFFICERS = ("何富强", "莫志偉", "黃仁民", "馮健富", "李居仁", "關勳杰", "吳綺華", "梁慶華", "鍾寧")

GOLD = {"l03_shanghai": {
  "entities": [
    E("王霄漢", PER),
  ] + [E(p, PER) for p in ZZ_OFFICERS] + [
    E("楊彬", PER), E("李健成", PER), E("葛瓊", PER), E("陳月英", PER), E("戴曉軍", PER),
    E("陳楠", PER), E("魯協", PER), E("虞蕾", PER), E("楊勇", PER),
    E(TZB, ORG), E(HLH, ORG), E(ZZ, ORG), E(GSL, ORG), E(GSL_WH, ORG), E(SHAM, ORG), E(GSL_LLB, ORG),
    E(SH, LOC),
    E(HLH_BGS, ORG), E(GSL_BGS, ORG),
    E(MO, LOC, optional=True), E(("橫琴",), (LOC, ORG)),
    E(("深合區",), (LOC, ORG), optional=True), E(("特區政府",), ORG, optional=True),
    E(("中國",), LOC, optional=True), E(("葡語國家",), LOC, optional=True),
    E(DLG, ANY, optional=True),
  ],
  "relations": [
    R(("王霄漢",), "works_for", TZB),
    R(("王霄漢",), "works_for", HLH),
  ] + [R(p, "works_for", ZZ_T) for p in ZZ_OFFICERS] + [
    R(("楊彬",), "works_for", GSL),
    R(("李健成",), "works_for", GSL),
    R(("葛瓊",), "works_for", GSL),
    R(("陳月英",), "works_for", SHAM),
    R(("戴曉軍",), "works_for", GSL_WH),
    R(("陳楠",), "works_for", GSL_LLB + GSL),
    R(("魯協",), "works_for", HLH_BGS + HLH),
    R(("虞蕾",), "works_for", GSL_BGS + GSL),
    R(("王霄漢",), "works_for", DLG, optional=True),
    R(TZB + HLH + DLG, "partner_of", ZZ, optional=True),
    R(GSL_WH + GSL_LLB + GSL_BGS, "part_of", GSL, optional=True),
    R(HLH_BGS, "part_of", HLH, optional=True),
    R(TZB + HLH + GSL + GSL_WH + SHAM, "located_in", SH, optional=True),
    R(ZZ, "located_in", MO, optional=True),
    R(("深合區",), "located_in", ("橫琴",), optional=True),
  ],
  "money": [],
}}

# True administrative containments (optional), as in batches a-k.
GOLD["l03_shanghai"]["relations"] += [
    R(("橫琴", "深合區"), "part_of", ("珠海", "珠海市", "廣東", "廣東省", "广东省", "广东"), optional=True),
    R(("橫琴", "深合區"), "located_in", ("珠海", "珠海市", "廣東", "廣東省", "广东省", "广东"), optional=True),
]
