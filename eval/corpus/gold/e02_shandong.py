"""Gold annotation of eval/corpus/articles/e02_shandong.txt (format of ../shared/eval/gold_dev.py)."""
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


SD = ("山東", "山東省", "魯")
SDGOV = ("山東省人民政府", "山東省政府") + SD
SDSW = ("山東省委",)
HK = ("香港", "香港特區", "港")
LLC = ("特區政府駐山東聯絡處",)
SHB = ("香港特區政府駐上海辦事處",)
HKG = ("香港特區政府", "特區政府")
MTR = ("港鐵公司", "港鐵")
CRRC = ("中車青島四方機車公司", "中車青島四方")
WEEK = ("香港山東周", "2017香港山東周", "山東周")
WWP = ("香港文匯報", "文匯報")

# Full/short official names (and simplified forms in traditional articles) used by the
# optional part_of links to unwritten higher divisions, as in batches a-d.
QD_X = ("青島", "青島市", "青岛", "青岛市")
SD_X = SD + ("山东省", "山东")

GOLD = {"e02_shandong": {
  "entities": [
    E("丁春麗", PER), E("楊奕霞", PER), E("龔正", PER), E("李永紅", PER), E("鄧仲敏", PER),
    E(LLC, ORG), E(SHB, ORG), E(MTR, ORG), E(CRRC, ORG), E(SDSW, ORG),
    E(HK, LOC, optional=True),
    E(HKG, ORG, optional=True), E(WWP, ORG, optional=True),
    E(SD, LOC, optional=True), E(("上海",), LOC, optional=True), E(("青島",), LOC, optional=True),
    E(WEEK + ("國家新舊動能轉換綜合實驗區", "新舊動能轉換綜合實驗區", "高鐵列車"), ANY, optional=True),
  ],
  "relations": [
    R("丁春麗", "reported_by", "ARTICLE"), R("楊奕霞", "reported_by", "ARTICLE"),
    R("龔正", "works_for", SDGOV),
    R("李永紅", "works_for", SDSW),
    R("鄧仲敏", "works_for", SHB),
    R("鄧仲敏", "works_for", HKG, optional=True),
    R("丁春麗", "works_for", WWP, optional=True), R("楊奕霞", "works_for", WWP, optional=True),
    R(LLC, "located_in", SD, optional=True), R(LLC, "part_of", HKG, optional=True),
    R(SHB, "located_in", ("上海",), optional=True), R(SHB, "part_of", HKG, optional=True),
    R(MTR + HKG, "partner_of", CRRC, optional=True),
    R(SD, "partner_of", HK, optional=True),
  ],
  "money": [],
}}

# True administrative containments between the article's gold places that the text does
# not write as a chain (optional), as in batches a-d.
GOLD["e02_shandong"]["relations"] += [
    R(QD_X, "part_of", SD_X, optional=True),
]
