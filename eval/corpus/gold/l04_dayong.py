"""Gold annotation of eval/corpus/articles/l04_dayong.txt (format of ../shared/eval/gold_dev.py)."""
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

ZS = ("中山市", "中山")
DY = ("大涌鎮", "大涌", "中山市大涌鎮")
AT = ("安堂社區", "大涌鎮安堂社區")
GD_XS = ("廣東", "廣東省", "广东省", "广东")
TXH = ("澳門中山隆都同鄉會", "隆都同鄉會", "同鄉會")
TXH_T = TXH + ("該會",)
DW = ("中山市大涌鎮黨委", "大涌鎮黨委")
ZF = ("中山市大涌鎮政府", "大涌鎮政府")
MO = ("澳門",)

GOLD = {"l04_dayong": {
  "entities": [
    E("李健華", PER), E("李周亮", PER), E("曹浩林", PER), E("林錫琴", PER), E("劉大慶", PER), E("梁偉權", PER),
    E(TXH, ORG),
    E(ZS, LOC), E(DY, LOC), E(AT, (LOC, ORG)),
    E(DW, ORG, optional=True), E(ZF, ORG, optional=True),
    E(("統戰辦", "大涌鎮統戰辦"), ORG, optional=True), E(("僑聯", "大涌鎮僑聯"), ORG, optional=True),
    E(MO, LOC, optional=True), E(("隆都",), LOC, optional=True), E(("中國",), LOC, optional=True),
    E(("訪問團",), ANY, optional=True),
    E(("第五批中國傳統村落名錄", "中國傳統村落名錄"), ANY, optional=True),
  ],
  "relations": [
    R(DY, "part_of", ZS),
    R(AT, "part_of", DY),
    R(("劉大慶",), "works_for", TXH_T),
    R(("梁偉權",), "works_for", TXH_T),
    R(("李健華",), "works_for", DW + DY, optional=True),
    R(("李周亮",), "works_for", DW + DY, optional=True),
    R(("曹浩林",), "works_for", ("統戰辦", "大涌鎮統戰辦") + DY, optional=True),
    R(("林錫琴",), "works_for", ("僑聯", "大涌鎮僑聯") + DY, optional=True),
    R(AT, "located_in", DY, optional=True),
    R(AT, "part_of", ZS, optional=True),
    R(TXH, "located_in", MO, optional=True),
    R(TXH, "partner_of", ZF + DY + DW, optional=True),
    R(DW + ZF, "located_in", DY, optional=True),
  ],
  "money": [],
}}

# True administrative containments (optional), as in batches a-k.
GOLD["l04_dayong"]["relations"] += [
    R(ZS + ("中山市",), "part_of", GD_XS, optional=True),
    R(DY + ("大涌镇",), "part_of", GD_XS, optional=True),
    R(AT + ("安堂社区",), "part_of", GD_XS, optional=True),
]
