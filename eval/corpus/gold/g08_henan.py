"""Gold annotation of eval/corpus/articles/g08_henan.txt (format of ../shared/eval/gold_dev.py)."""
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


HN = ("河南省", "河南", "豫")
ZZ = ("鄭州市", "鄭州")
ZMD = ("駐馬店",)
TB = ("台北市",)
HK = ("香港",)
MO = ("澳門",)
TW = ("台灣",)
WWP = ("香港文匯網",)
QC = ("河南省汽車零部件產業集群專題對接活動",)
NCP = ("2013年全國農產品加工業投資貿易洽談會", "全國農產品加工業投資貿易洽談會")
FZ = ("河南省紡織服裝鞋帽箱包玩具產業集群專題對接活動",)
JC = ("河南省新型建材產業集群專題對接活動",)
RH = ("中國(河南)—日韓經貿交流活動", "中國（河南）—日韓經貿交流活動")
GA = ("2013河南—港澳經貿交流活動",)
TWH = ("2013河南—台灣經貿合作交流活動",)
LT = ("中原經濟區建設高層論壇",)

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
ZZ_X = ZZ + ("郑州市", "郑州")
ZMD_X = ZMD + ("駐馬店市", "驻马店", "驻马店市")
TB_X = TB + ("台北", "臺北市", "臺北")
HN_X = HN
TW_X = TW + ("臺灣", "台湾", "台灣省", "台湾省")
CN_X = ("中國", "中華人民共和國", "中国", "中华人民共和国")

GOLD = {"g08_henan": {
  "entities": [
    E("朱娟", PER),
    E(ZZ, LOC), E(ZMD, LOC), E(TB, LOC),
    E(HN, LOC, optional=True), E(HK, LOC, optional=True), E(MO, LOC, optional=True),
    E(TW, LOC, optional=True), E(("日本",), LOC, optional=True), E(("韓國",), LOC, optional=True),
    E(("中國",), LOC, optional=True), E(("中原",), LOC, optional=True),
    E(("港澳台", "港澳", "日韓"), LOC, optional=True),
    E(("中原經濟區",), (LOC, ORG), optional=True),
    E(WWP + ("文匯網",), ORG, optional=True),
    E(QC + NCP + FZ + JC + RH + GA + TWH + LT +
      ("項目對接會", "媒體見面會", "經貿代表團", "金鳳凰"), ANY, optional=True),
  ],
  "relations": [
    R(("朱娟",), "reported_by", ("ARTICLE",)),
    R(("朱娟",), "works_for", WWP, optional=True),
    R(ZZ + ZMD, "part_of", HN, optional=True), R(ZZ + ZMD, "located_in", HN, optional=True),
    R(TB, "part_of", TW, optional=True), R(TB, "located_in", TW, optional=True),
    R(QC + FZ + JC + RH, "located_in", ZZ, optional=True),
    R(NCP, "located_in", ZMD, optional=True),
    R(GA + LT, "located_in", HK + MO, optional=True),
    R(TWH, "located_in", TB, optional=True),
    R(HN + GA, "has_investment", ("10000000000",), optional=True),
    R(HN + TWH, "has_investment", ("5000000000",), optional=True),
    R(HN, "partner_of", HK + MO + TW + ("港澳台", "港澳", "日本", "韓國", "日韓"), optional=True),
  ],
  "money": [M(1e10), M(5e9)],
}}

# Optional links to the province-level division / prefecture that contains a place
# even where the text does not write it, as in batches a-d.
GOLD["g08_henan"]["relations"] += [
    R(ZZ_X + ZMD_X, "part_of", HN_X + ("河南省", "河南"), optional=True),
    R(HN_X, "part_of", CN_X, optional=True),
    R(TB_X, "part_of", TW_X, optional=True),
]
