"""Gold annotation of eval/corpus/articles/l01_xiapu.txt (format of ../shared/eval/gold_dev.py)."""
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

FJ_X = ("福建", "福建省")
ND = ("寧德市", "寧德")
XP = ("霞浦縣", "霞浦")
CR = ("崇儒佘族鄉", "霞浦縣崇儒佘族鄉")
PARK = ("霞浦台灣農民創業園", "霞浦台創園", "「霞浦台創園」", "福建霞浦台灣農民創業園")
PRJ = ("福建霞浦台灣農民創業園農業智能化種植基地項目", "霞浦台灣農民創業園農業智能化種植基地項目",
       "農業智能化種植基地項目")
WR = ("福州沃然農業科技有限公司",)
MX = ("寧德市茂鑫農業科技有限公司",)
ROSE = ("無刺即食玫瑰示範種植基地",)
# simplified official forms, for the optional links to higher divisions only
ND_S = ("宁德市", "宁德")
XP_S = ("霞浦县",)
CR_S = ("崇儒畲族乡",)

GOLD = {"l01_xiapu": {
  "entities": [
    E("龔怡全", PER),
    E(WR, ORG), E(MX, ORG),
    E(XP, LOC), E(ND, LOC), E(CR, LOC),
    E(PARK, (LOC, ORG)),
    E(PRJ, PROJ),
    E(FJ_X, LOC, optional=True), E(("台灣",), LOC, optional=True), E(("台北", "台灣台北"), LOC, optional=True),
    E(("三沙", "霞浦三沙"), LOC, optional=True), E(("福州",), LOC, optional=True),
    E(("中新社",), ORG, optional=True),
    E(ROSE, (PROJ, LOC), optional=True),
    E(("區域性智慧農業示範與服務中心",), ANY, optional=True),
    E(("精深加工與品牌化基地",), ANY, optional=True),
    E(("「霞浦三沙—台灣台北」貨運航線", "霞浦三沙—台灣台北", "貨運航線"), ANY, optional=True),
    E(("國家級台灣農民創業園", "台灣農民創業園"), ANY, optional=True),
    E(("台資公司",), ANY, optional=True),
  ],
  "relations": [
    R(XP, "part_of", ND),
    R(CR, "part_of", XP),
    R(("龔怡全",), "works_for", WR),
    R(WR + PRJ, "has_investment", ("100000000",)),
    R(MX, "located_in", PARK),
    R(MX, "located_in", XP + ND, optional=True),
    R(PARK, "part_of", XP, optional=True), R(PARK, "located_in", XP + ND, optional=True),
    R(PRJ, "located_in", PARK + XP, optional=True),
    R(WR, "located_in", CR + XP, optional=True),
    R(WR, "located_in", ("福州",), optional=True),
    R(WR, "partner_of", PARK + XP, optional=True),
    R(ROSE, "located_in", PARK + XP, optional=True),
    R(MX, "partner_of", ROSE, optional=True),
    R(("三沙", "霞浦三沙"), "part_of", XP, optional=True),
  ],
  "money": [M(1e8)],
}}

# True administrative containments (optional), as in batches a-k.
GOLD["l01_xiapu"]["relations"] += [
    R(XP + XP_S, "part_of", FJ_X, optional=True),
    R(ND + ND_S, "part_of", FJ_X, optional=True),
    R(CR + CR_S, "part_of", ND + ND_S, optional=True),
    R(CR + CR_S, "part_of", FJ_X, optional=True),
    R(PARK, "part_of", ND + ND_S + FJ_X, optional=True),
    R(("福州", "福州市"), "part_of", FJ_X, optional=True),
]
