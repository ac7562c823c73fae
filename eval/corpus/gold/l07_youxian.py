"""Gold annotation of eval/corpus/articles/l07_youxian.txt (format of ../shared/eval/gold_dev.py)."""
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

YX = ("攸县",)
GXQ = ("攸县高新区",)
CYY = ("攸县高新区返乡创业园", "返乡创业园")
HNLK = ("湖南省澜科新创电子有限公司",)
SZLK = ("深圳市澜科新创科技有限公司",)
SJ = ("松井新材料公司", "松井新材料")
SZ = ("深圳",)
ZZ = ("株洲市", "株洲")
HN_X = ("湖南", "湖南省")
ZZRB = ("株洲日报",)

GOLD = {"l07_youxian": {
  "entities": [
    E("王军", PER), E("彭亮霞", PER), E("罗武吉", PER), E("苏林", PER),
    E(HNLK, ORG), E(SZLK, ORG), E(SJ, ORG),
    E(YX, LOC), E(SZ, LOC),
    E(GXQ, (LOC, ORG)), E(CYY, (LOC, ORG)),
    E(ZZRB, ORG, optional=True),
    E(HN_X, LOC, optional=True), E(ZZ, LOC, optional=True),
    E(("欧美",), LOC, optional=True), E(("印度",), LOC, optional=True),
    E(("深圳总公司", "总公司"), ANY, optional=True),
    E(("华纯新材料",), ANY, optional=True), E(("固辉新材料",), ANY, optional=True),
    E(("旭日陶瓷二期", "旭日陶瓷"), ANY, optional=True), E(("地博光电二期", "地博光电"), ANY, optional=True),
    E(("抽水蓄能先导项目",), ANY, optional=True), E(("300MW地面分布式光伏",), ANY, optional=True),
    E(("智慧绿色能源互联网",), ANY, optional=True),
    E(("园区创业大会战",), ANY, optional=True),
  ],
  "relations": [
    R(("王军",), "reported_by", ("ARTICLE",)),
    R(("彭亮霞",), "reported_by", ("ARTICLE",)),
    R(("罗武吉",), "reported_by", ("ARTICLE",)),
    R(("苏林",), "works_for", HNLK),
    R(HNLK, "located_in", CYY + GXQ + YX),
    R(SZLK + HNLK, "has_investment", ("2000000",)),
    R(SJ, "has_investment", ("2000000000",)),
    R(YX, "has_investment", ("18200000000",)),
    R(YX, "has_investment", ("12600000000",), optional=True),
    R(SZLK, "located_in", SZ, optional=True),
    R(SZLK, "located_in", GXQ + YX, optional=True),
    R(HNLK, "part_of", SZLK, optional=True),
    R(SJ, "located_in", YX, optional=True),
    R(GXQ, "part_of", YX, optional=True), R(GXQ, "located_in", YX, optional=True),
    R(CYY, "part_of", GXQ + YX, optional=True), R(CYY, "located_in", GXQ + YX, optional=True),
    R(HNLK, "located_in", HN_X, optional=True),
    R(("王军", "彭亮霞", "罗武吉"), "works_for", ZZRB, optional=True),
  ],
  "money": [M(1.82e10), M(2e6), M(2e9), M(1.26e10), M(1e8, optional=True)],
}}

# True administrative containments (optional), as in batches a-k.
GOLD["l07_youxian"]["relations"] += [
    R(YX, "part_of", ZZ, optional=True),
    R(YX + ZZ, "part_of", HN_X, optional=True),
    R(GXQ + CYY, "part_of", ZZ + HN_X, optional=True),
    R(SZ + ("深圳市",), "part_of", ("广东", "广东省"), optional=True),
]
