"""Gold annotation of eval/corpus/articles/l08_changji.txt (format of ../shared/eval/gold_dev.py)."""
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

WLMQ = ("乌鲁木齐", "乌鲁木齐市")
CJ = ("昌吉", "昌吉市")
JKQ = ("乌鲁木齐经开区(头屯河区)", "乌鲁木齐经开区（头屯河区）", "乌鲁木齐经开区", "头屯河区")
LH = ("两河高端制造科技产业园",)
CJGX = ("昌吉高新区",)
XJ_X = ("新疆", "新疆维吾尔自治区")
DDZB = ("新疆大道专用装备有限公司",)
DDSY = ("新疆大道实业投资有限公司",)
SQ = ("陕汽新疆汽车有限公司",)
DFYH = ("新疆东方雨虹建筑材料有限公司",)
HX = ("鸿星东南建筑科技(新疆)有限公司", "鸿星东南建筑科技（新疆）有限公司")
PRJ = ("中厚板容器载具项目",)
DFYH_P = ("新疆东方雨虹建筑材料有限公司一期项目", "一期项目")
XJTV = ("新疆广播电视台",)
REPORTERS = ("艾博文", "刘晓庆", "尹小雨", "张楼", "宋华敏")

GOLD = {"l08_changji": {
  "entities": [
    E(p, PER) for p in REPORTERS
  ] + [
    E("任泳圭", PER), E("杨森", PER), E("刘海涛", PER),
    E(DDZB, ORG), E(DDSY, ORG), E(SQ, ORG), E(DFYH, ORG), E(HX, ORG),
    E(WLMQ, LOC), E(CJ, LOC),
    E(JKQ, (LOC, ORG)), E(LH, (LOC, ORG)), E(CJGX, (LOC, ORG)),
    E(PRJ, PROJ),
    E(DFYH_P, PROJ, optional=True),
    E(XJ_X, LOC, optional=True),
    E(XJTV, ORG, optional=True), E(("丝路视听",), ORG, optional=True), E(("昌吉市台",), ORG, optional=True),
    E(("刘海",), PER, optional=True),
    E(("新型建材项目", "工业项目"), ANY, optional=True),
  ],
  "relations": [
    R(p, "reported_by", ("ARTICLE",)) for p in REPORTERS
  ] + [
    R(("任泳圭",), "works_for", SQ),
    R(("杨森",), "works_for", DDSY),
    R(("刘海涛",), "works_for", DFYH),
    R(PRJ, "located_in", LH + JKQ + WLMQ),
    R(DDZB, "located_in", LH + JKQ + WLMQ, optional=True),
    R(DDZB, "partner_of", PRJ, optional=True),
    R(LH, "part_of", JKQ + WLMQ, optional=True), R(LH, "located_in", JKQ + WLMQ, optional=True),
    R(JKQ, "part_of", WLMQ, optional=True), R(JKQ, "located_in", WLMQ, optional=True),
    R(CJGX, "part_of", CJ, optional=True), R(CJGX, "located_in", CJ, optional=True),
    R(DFYH + HX + DFYH_P, "located_in", CJGX + CJ, optional=True),
    R(DFYH_P, "part_of", DFYH, optional=True),
    R(("张楼",), "works_for", ("昌吉市台",), optional=True),
    R(("艾博文", "刘晓庆", "尹小雨"), "works_for", XJTV, optional=True),
    R(DDZB, "part_of", DDSY, optional=True),
  ],
  "money": [],
}}

# True administrative containments (optional), as in batches a-k.
GOLD["l08_changji"]["relations"] += [
    R(WLMQ + CJ + JKQ + LH + CJGX, "part_of", XJ_X, optional=True),
    R(("昌吉市",), "part_of", ("昌吉州", "昌吉回族自治州"), optional=True),
    R(CJGX, "part_of", ("昌吉州", "昌吉回族自治州"), optional=True),
]
