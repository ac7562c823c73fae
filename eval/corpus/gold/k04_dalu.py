"""Gold annotation of eval/corpus/articles/k04_dalu.txt (format of ../shared/eval/gold_dev.py)."""
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

def _fw(*names):
    """Each name plus its full-width-bracket variant."""
    out = []
    for n in names:
        out.append(n)
        w = n.replace("(", "（").replace(")", "）")
        if w != n:
            out.append(w)
    return tuple(out)


TSH = ("台灣「經濟部」投資審議委員會", "「經濟部」投資審議委員會", "經濟部投資審議委員會",
       "投資審議委員會", "投審會")
JJB = ("「經濟部」", "經濟部", "台灣「經濟部」")
JG = ("佳格食品股份有限公司", "佳格食品")
SHJG = ("上海佳格食品有限公司", "上海佳格")
TY = ("統一企業股份有限公司", "統一企業")
TYZG = _fw("統一企業(中國)投資有限公司")
CDTY = ("成都統一企業食品有限公司",)
YD = ("遠鼎投資股份有限公司", "遠鼎投資")
YDSZ = _fw("亞東工業(蘇州)有限公司")
YDGD = ("友達光電股份有限公司", "友達光電", "友達")
YDXM = _fw("友達光電(廈門)有限公司")
LQ = ("聯強國際股份有限公司", "聯強國際", "聯強")
LQZG = _fw("聯強國際(中國)投資有限公司")
HY = ("瀚宇彩晶股份有限公司", "瀚宇彩晶")
HSBL = _fw("瀚斯寶麗顯示科技(南京)有限公司")
QMDZ = ("奇美電子股份有限公司", "奇美電子")
NHQM = ("南海奇美電子有限公司",)
QMSY = ("奇美實業股份有限公司", "奇美實業")
ZJQM = ("鎮江奇美化工有限公司",)
ZG = ("中國鋼鐵股份有限公司", "中國鋼鐵", "中鋼")
ZGZJ = ("越南中鋼住金公司", "中鋼住金公司", "中鋼住金")
ZXW = ("中新網",)
PAIRS = [  # (investor, target, amount in US dollars)
    (JG, SHJG, "10500000"), (TY, TYZG + CDTY, "55117500"), (YD, YDSZ, "32500000"),
    (YDGD, YDXM, "80000000"), (LQ, LQZG, "23000000"), (HY, HSBL, "51000000"),
    (QMDZ, NHQM, "60000000"), (QMSY, ZJQM, "92950000"), (ZG, ZGZJ, "292740000"),
]
CITIES = [(SHJG, ("上海",)), (CDTY, ("成都",)), (YDSZ, ("蘇州",)), (YDXM, ("廈門",)),
          (HSBL, ("南京",)), (NHQM, ("南海",)), (ZJQM, ("鎮江",)), (ZGZJ, ("越南",))]

GOLD = {"k04_dalu": {
  "entities": [
    E(TSH, ORG), E(JG, ORG), E(SHJG, ORG), E(TY, ORG), E(TYZG, ORG), E(CDTY, ORG),
    E(YD, ORG), E(YDSZ, ORG), E(YDGD, ORG), E(YDXM, ORG), E(LQ, ORG), E(LQZG, ORG),
    E(HY, ORG), E(HSBL, ORG), E(QMDZ, ORG), E(NHQM, ORG), E(QMSY, ORG), E(ZJQM, ORG),
    E(ZG, ORG), E(ZGZJ, ORG),
    E(JJB, ORG, optional=True), E(ZXW, ORG, optional=True),
    E(("文匯", "文匯報", "香港文匯報"), ORG, optional=True),
    E(("台灣",), LOC, optional=True), E(("中國大陸", "大陸", "中國"), LOC, optional=True),
    E(("越南",), LOC, optional=True),
    E(("上海",), LOC, optional=True), E(("成都",), LOC, optional=True),
    E(("蘇州",), LOC, optional=True), E(("廈門",), LOC, optional=True),
    E(("南京",), LOC, optional=True), E(("南海",), LOC, optional=True),
    E(("鎮江",), LOC, optional=True),
  ],
  "relations": [
    R(TSH, "part_of", JJB, optional=True),
    R(TSH, "located_in", ("台灣",), optional=True),
  ],
  "money": [M(1.05e7), M(5.51175e7), M(3.25e7), M(8e7), M(2.3e7), M(5.1e7), M(6e7),
            M(9.295e7), M(4.050675e8), M(2.9274e8)],
}}

for investor, target, amount in PAIRS:
    GOLD["k04_dalu"]["relations"] += [
        R(investor + target, "has_investment", (amount,)),
        R(target, "part_of", investor, optional=True),
        R(investor, "partner_of", target, optional=True),
    ]
for company, city in CITIES:
    GOLD["k04_dalu"]["relations"].append(R(company, "located_in", city, optional=True))
GOLD["k04_dalu"]["relations"] += [
    R(CDTY, "part_of", TYZG, optional=True),
    R(JG + TY + YD + YDGD + LQ + HY + QMDZ + QMSY + TSH, "has_investment", ("405067500",),
      optional=True),
    R(JG + TY + YD + YDGD + LQ + HY + QMDZ + QMSY + ZG, "located_in", ("台灣",), optional=True),
]

# Optional part_of links of the article's places and zones to the higher divisions that
# contain them (GB/T 2260; simplified official names included), as in batches a-i.
JS_X = ("江蘇省", "江蘇", "江苏省", "江苏")
GOLD["k04_dalu"]["relations"] += [
    R(("成都", "成都市"), "part_of", ("四川省", "四川"), optional=True),
    R(("蘇州", "蘇州市", "苏州市", "苏州"), "part_of", JS_X, optional=True),
    R(("廈門", "廈門市", "厦门市", "厦门"), "part_of", ("福建省", "福建"), optional=True),
    R(("南京", "南京市"), "part_of", JS_X, optional=True),
    R(("南海", "南海區", "南海区"), "part_of", ("佛山市", "佛山"), optional=True),
    R(("南海", "南海區", "南海区"), "part_of", ("廣東省", "廣東", "广东省", "广东"), optional=True),
    R(("鎮江", "鎮江市", "镇江市", "镇江"), "part_of", JS_X, optional=True),
]
