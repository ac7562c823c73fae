"""Gold annotation of eval/corpus/articles/f03_daxing.txt (format of ../shared/eval/gold_dev.py)."""
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

BJ = ("北京市",)
DX = ("大兴区", "北京市大兴区")
DXQW = ("大兴区委",)
DXZF = ("大兴区人民政府", "大兴区政府")
YSZX = ("大兴区营商服务中心",)
NAMED = ("中国融通", "中建市政", "中铁置业", "庞大集团", "伊藤忠纤维", "恩力动力", "江南信安")
OTHERS = ("佰达天昇", "微链道爱", "蓝图创想", "凯普顿医药", "氢璞创能", "腾势汽车", "巨石能源")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
BJ_X = BJ + ("北京",)

GOLD = {
"f03_daxing": {
  "entities": [
    E("刘学亮", PER),
    E(DX, LOC), E(YSZX, (LOC, ORG)),
    E(DXQW, ORG),
  ] + [E((c,), ORG) for c in NAMED + OTHERS] + [
    E(BJ, LOC, optional=True),
    E(DXZF, ORG, optional=True),
    E(("首都",), LOC, optional=True),
    E(("中国经济网", "新大兴新国门", "两区"), ANY, optional=True),
  ],
  "relations": [
    R(("刘学亮",), "works_for", DXQW),
    R(("刘学亮",), "works_for", DXZF + DX),
    R(DX, "part_of", BJ_X, optional=True),
    R(YSZX, "located_in", DX, optional=True),
    R(YSZX, "part_of", DX, optional=True),
    R(DX, "has_investment", ("10000000000",)),
  ] + [R(DX + DXZF + DXQW, "partner_of", (c,)) for c in NAMED]
    + [R(DX + DXZF + DXQW, "partner_of", (c,), optional=True) for c in OTHERS],
  "money": [M(1e10), M(2e10)],
},
}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["f03_daxing"]["relations"] += [
    R(DX, "part_of", ("首都",), optional=True),
]
