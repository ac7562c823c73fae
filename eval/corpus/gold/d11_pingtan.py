"""Gold annotation of eval/corpus/articles/d11_pingtan.txt (format of ../shared/eval/gold_dev.py)."""
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

PT = ("平潭",)
PTSYQ = ("平潭實驗區", "平潭經貿特區")
HX = ("海西", "海西經濟區", "福建海西")
FQ = ("福清市", "福清")
TPV = ("冠捷科技", "福清廠")
MAC = ("行政院大陸委員會", "大陸委員會")
TAO = ("國台辦", "大陸國台辦")
FJSF = ("福建師範學院",)
FZDX = ("福州大學",)

GOLD = {"d11_pingtan": {
  "entities": [
    E("陳虹瑾", PER), E("唐瑞慶", PER), E("賈孝成", PER),
    E(PT, LOC), E(FQ, LOC), E(("福州",), LOC),
    E(PTSYQ, (LOC, ORG)), E(HX, (LOC, ORG)),
    E(TPV, ORG), E(MAC, ORG), E(TAO, ORG), E(FJSF, ORG), E(FZDX, ORG),
    E(("福建",), LOC, optional=True), E(("台灣",), LOC, optional=True),
    E(("大陸", "兩岸"), LOC, optional=True),
    E(("中央社", "中央商情網"), ORG, optional=True),
    E(("行政院",), ORG, optional=True),
    E(("平潭海洋大學",), ORG, optional=True),
    E(("平潭投資計畫", "冠捷科技的平潭投資計畫"), PROJ, optional=True),
    E(("台灣私立大學", "五個共同"), ANY, optional=True),
  ],
  "relations": [
    R("陳虹瑾", "reported_by", "ARTICLE"),
    R("唐瑞慶", "works_for", TPV),
    R("賈孝成", "works_for", TPV),
    R(TPV + ("平潭投資計畫", "冠捷科技的平潭投資計畫"), "has_investment", "40000000"),
    R(TPV, "located_in", FQ, optional=True),
    R(TPV + ("平潭投資計畫", "冠捷科技的平潭投資計畫"), "located_in", PT + PTSYQ, optional=True),
    R(PTSYQ, "located_in", PT + ("福建",), optional=True),
    R(PT + ("平潭縣", "平潭县") + FQ + PTSYQ + HX, "part_of", ("福建", "福建省"), optional=True),
    R(PT + FQ + PTSYQ + HX, "located_in", ("福建",), optional=True),
    R(FJSF, "partner_of", FZDX + ("台灣私立大學", "平潭海洋大學"), optional=True),
    R(FZDX, "partner_of", ("台灣私立大學", "平潭海洋大學"), optional=True),
    R(MAC, "part_of", ("行政院",), optional=True),
    # true administrative chain (MCA division table, Xzqh20251231), optional
    R(PT + ('平潭縣', '平潭县'), "part_of", ('福州市', '福州'), optional=True),
    R(FQ, "part_of", ('福州市', '福州'), optional=True),
    R(('福州', '福州市'), "part_of", ('福建省', '福建'), optional=True),
  ],
  "money": [M(4e7)],
}}
