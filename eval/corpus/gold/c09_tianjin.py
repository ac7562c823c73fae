"""Gold annotation of eval/corpus/articles/c09_tianjin.txt (format of ../shared/eval/gold_dev.py)."""
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

TJ = ("天津市", "津")
TJZF = ("天津市政府", "天津市人民政府", "市政府")
TJSW = ("天津市委", "市委")
COSCO = ("中远海运集团", "中远海运")
TJG = ("天津港集团",)

GOLD = {"c09_tianjin": {
  "entities": [
    E("钟远海", PER), E("李鸿忠", PER), E("张国清", PER), E("阴和俊", PER), E("许立荣", PER),
    E("付刚峰", PER), E("孙文魁", PER), E("孟庆松", PER), E("王海民", PER), E("张为", PER),
    E(TJ, LOC),
    E(COSCO, ORG), E(TJZF, ORG), E(TJSW, ORG), E(TJG, ORG),
    E(("京津冀",), LOC, optional=True),
    E(("中远海运集团总部", "中远海运集团党组", "党组"), ORG, optional=True),
    E(("《构建世界一流港航全面合作战略框架协议》", "构建世界一流港航全面合作战略框架协议",
       "战略合作框架协议"), ANY, optional=True),
  ],
  "relations": [
    R(COSCO, "partner_of", TJZF + TJ),
    R(COSCO, "partner_of", TJG),
    R("李鸿忠", "works_for", TJSW),
    R("张国清", "works_for", TJZF + TJ),
    R("阴和俊", "works_for", TJSW),
    R("许立荣", "works_for", COSCO),
    R("付刚峰", "works_for", COSCO),
    R("孙文魁", "works_for", TJZF + TJ),
    R("孟庆松", "works_for", TJZF + TJ),
    R("王海民", "works_for", COSCO),
    R("张为", "works_for", COSCO),
    R(("许立荣", "付刚峰", "王海民"), "works_for", ("中远海运集团党组", "党组"), optional=True),
    R(TJG + TJZF + TJSW, "located_in", TJ, optional=True),
    R(TJZF + TJSW, "part_of", TJ, optional=True),
    R(("钟远海",), "reported_by", ("ARTICLE",)),
  ],
  "money": [],
}}
