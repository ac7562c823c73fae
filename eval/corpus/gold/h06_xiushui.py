"""Gold annotation of eval/corpus/articles/h06_xiushui.txt (format of ../shared/eval/gold_dev.py)."""
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

JX = ("江西", "江西省", "贛")
XS = ("修水縣", "江西省修水縣", "修水")
BZ = ("箔竹古村",)
MO = ("澳門", "澳")
ZZ = ("澳門中華總商會", "中總")
ZZ_T = ZZ + ("該會",)  # 獲該會會長…: resolved name + written form
JX_SW = ("江西省委",)
PROJ = ("江西省修水縣箔竹古村鄉村振興項目", "修水縣箔竹古村鄉村振興項目", "箔竹古村鄉村振興項目",
        "修水縣振興項目", "振興項目")
ZZ_OFFICERS = ("崔世昌", "賀定一", "馬志毅", "高明", "崔煜林", "崔世平", "黃國勝", "張沛然",
               "劉藝良", "何佩芬", "徐達明", "蕭志偉", "梁華", "劉永誠", "陳志玲", "區榮智")

GOLD = {"h06_xiushui": {
  "entities": [
    E("尹弘", PER),
  ] + [E(p, PER) for p in ZZ_OFFICERS] + [
    E(ZZ, ORG), E(JX_SW, ORG),
    E(XS, LOC),
    # 箔竹古村 is written only inside the agreement title: optional, like a place named
    # only inside an organisation name.
    E(BZ, (LOC, ORG), optional=True),
    E(MO, LOC, optional=True),  # provincial-level SAR: optional like a province (cf. 香港 in g02)
    E(PROJ, PROJ),
    E(JX, LOC, optional=True),
    E(("《江西省修水縣箔竹古村鄉村振興項目協議》", "江西省修水縣箔竹古村鄉村振興項目協議",
       "江西領導", "代表團", "贛澳", "贛籍鄉親", "澳門工商界", "該會"), ANY, optional=True),
  ],
  "relations": [
    R("尹弘", "works_for", JX_SW),
  ] + [R(p, "works_for", ZZ_T) for p in ZZ_OFFICERS] + [
    R(BZ, "part_of", XS, optional=True),  # chain written only inside the title
    R(XS, "part_of", JX, optional=True),  # link to the province: optional
    R(BZ, "part_of", JX, optional=True),
    R(PROJ, "located_in", BZ + XS + JX, optional=True),
    # 中總 pledged a donation (捐資) to 修水縣 for the project: a fund, so optional.
    R(PROJ + ZZ + XS, "has_investment", "3000000", optional=True),
    R(ZZ, "partner_of", XS, optional=True),
    R(ZZ, "partner_of", JX_SW, optional=True),
    R(ZZ, "located_in", MO, optional=True),
    R(JX_SW, "located_in", JX, optional=True),
  ],
  "money": [M(3e6)],
}}


# Optional part_of links to parent divisions the text does not write (GB/T 2260), as in batches a-g.
GOLD["h06_xiushui"]["relations"] += [
    R(XS, "part_of", ("九江市",), optional=True),
]
