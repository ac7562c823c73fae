"""Gold annotation of eval/corpus/articles/g06_mianyang.txt (format of ../shared/eval/gold_dev.py)."""
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


HKCD = ("香港商報網", "香港商報")
CN = ("中國",)
SC = ("四川",)
MY = ("綿陽", "綿陽市", "綿")
YA = ("雅安市", "雅安")
YB = ("宜賓市", "宜賓")
BZ = ("巴中市", "巴中")
PZH = ("攀枝花市", "攀枝花")
AB = ("阿壩州", "阿壩")
KJC = ("中國(綿陽)科技城", "中國（綿陽）科技城")
EXPO = ("第七屆中國(綿陽)科技城國際科技博覽會", "第七屆中國（綿陽）科技城國際科技博覽會",
        "中國(綿陽)科技城國際科技博覽會", "中國（綿陽）科技城國際科技博覽會", "科博會")
CONF = ("第七屆中國(綿陽)科技城國際科技博覽會投資推介暨采供對接大會",
        "第七屆中國（綿陽）科技城國際科技博覽會投資推介暨采供對接大會",
        "投資推介暨采供對接大會", "大會")
SCGOV = ("四川省人民政府", "四川省政府") + SC + ("四川省",)
MYSW = ("綿陽市委",)
MYGOV = ("綿陽市人民政府", "市人民政府")
MYGOV_T = MYGOV + ("綿陽市政府",) + MY
MYRD = ("綿陽市人大常委會",)
YASW = ("雅安市委",)
YAGOV_T = ("雅安市人民政府", "雅安市政府") + YA
YBGOV = ("宜賓市人民政府",)
BZGOV = ("巴中市人民政府",)
PZHGOV = ("攀枝花市人民政府",)
ABSW = ("中共阿壩州委", "阿壩州委")
ABGOV_T = ("阿壩州人民政府", "阿壩州政府", "阿壩藏族羌族自治州人民政府") + AB

# Province-level names used by the optional part_of links to unwritten higher divisions.
SC_X = SC + ("四川省", "川")
CN_X = CN + ("中華人民共和國",)

GOLD = {"g06_mianyang": {
  "entities": [
    E("王一宏", PER), E("元方", PER), E("馬華", PER), E("張寶杉", PER), E("廖雪梅", PER),
    E("宋開慧", PER), E("陳揚傑", PER), E("邱成平", PER), E("弋鵬飛", PER), E("於泳", PER),
    E("羅婧今", PER),
    E(MY, LOC),
    E(("四川省人民政府",), ORG), E(MYSW, ORG), E(MYGOV, ORG), E(MYRD, ORG), E(YASW, ORG),
    E(YBGOV, ORG), E(BZGOV, ORG), E(PZHGOV, ORG), E(ABSW, ORG),
    E(SC, LOC, optional=True), E(CN, LOC, optional=True),
    E(YA, LOC, optional=True), E(YB, LOC, optional=True), E(BZ, LOC, optional=True),
    E(PZH, LOC, optional=True), E(AB, LOC, optional=True),
    E(KJC, (LOC, ORG), optional=True),
    E(EXPO, ANY, optional=True), E(CONF, ANY, optional=True),
    E(HKCD, ORG, optional=True),
    E(("五大經濟片區", "世界500強", "中國500強", "中國民營500強", "行業100強"), ANY, optional=True),
  ],
  "relations": [
    R(("羅婧今",), "reported_by", ("ARTICLE",)),
    R(("張寶杉",), "reported_by", ("ARTICLE",)),
    R(("羅婧今",), "works_for", HKCD, optional=True),
    R(("張寶杉",), "works_for", HKCD, optional=True),
    R("王一宏", "works_for", SCGOV),
    R("元方", "works_for", MYSW),
    R("元方", "works_for", MYGOV_T),
    R("馬華", "works_for", MYRD),
    R("廖雪梅", "works_for", MYGOV_T),
    R("宋開慧", "works_for", YASW),
    R("宋開慧", "works_for", YAGOV_T),
    R("陳揚傑", "works_for", YBGOV),
    R("邱成平", "works_for", BZGOV),
    R("弋鵬飛", "works_for", PZHGOV),
    R("於泳", "works_for", ABSW),
    R("於泳", "works_for", ABGOV_T),
    # money
    R(CONF, "has_investment", ("92375000000",)),
    R(MY, "has_investment", ("67810000000",)),
    R(EXPO + MY + KJC, "has_investment", ("547000000000",), optional=True),
    # events and places (not stated as relations)
    R(CONF + EXPO, "located_in", MY, optional=True),
    R(CONF, "part_of", EXPO, optional=True),
    R(KJC, "part_of", MY, optional=True), R(KJC, "located_in", MY, optional=True),
    R(MYSW + MYGOV + MYRD, "located_in", MY, optional=True),
    R(("四川省人民政府",), "located_in", SC_X, optional=True),
    R(YASW, "located_in", YA, optional=True), R(YBGOV, "located_in", YB, optional=True),
    R(BZGOV, "located_in", BZ, optional=True), R(PZHGOV, "located_in", PZH, optional=True),
    R(ABSW, "located_in", AB, optional=True),
  ],
  "money": [M(5.47e11), M(9.2375e10), M(6.781e10)],
}}

# Optional links to the province-level division / country that contains a place
# even where the text does not write it.
GOLD["g06_mianyang"]["relations"] += [
    R(MY + YA + YB + BZ + PZH + AB, "part_of", SC_X, optional=True),
    R(MY + YA + YB + BZ + PZH + AB, "located_in", SC_X, optional=True),
    R(SC_X + MY, "part_of", CN_X, optional=True),
]
