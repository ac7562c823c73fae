"""Gold annotation of eval/corpus/articles/h05_huhehaote.txt (format of ../shared/eval/gold_dev.py)."""
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

NMG = ("內蒙古", "内蒙古", "內蒙", "內蒙古自治區", "自治區")
HHHT = ("呼和浩特巿", "呼和浩特", "呼和浩特市")
RMHT = ("呼和浩特巿人民會堂", "人民會堂")
MO = ("澳門",)
NMG_ZX = ("政協第十三屆內蒙古自治區委員會", "內蒙古自治區政協", "內蒙政協", "區政協", "政協")
NMG_DW = ("內蒙古自治區黨委", "自治區黨委", "自治區")
NMG_GOV = ("內蒙古自治區人民政府", "內蒙古自治區政府", "自治區政府", "自治區")
SHQ = ("深合區", "橫琴粵澳深度合作區")
MEMBERS = ("何金明", "徐冠聰", "何偉權", "洪金樂", "張雅慧", "姚明禮", "魏立新")

GOLD = {"h05_huhehaote": {
  "entities": [
    E("張延昆", PER), E("楊劼", PER), E("孫紹騁", PER), E("王莉霞", PER),
    E("李國輝", PER), E("柯桃蘭", PER),
  ] + [E(m, PER) for m in MEMBERS] + [
    E(NMG_ZX, ORG),
    E(HHHT, LOC), E(RMHT, (LOC, ORG)),
    E(MO, LOC, optional=True),  # provincial-level SAR: optional like a province (cf. 香港 in g02)
    E(SHQ, (LOC, ORG)),
    E(NMG, LOC, optional=True),
    E(NMG_DW, ORG, optional=True), E(NMG_GOV, ORG, optional=True),
    E(("政協第十三屆內蒙古自治區委員會第二次會議", "內蒙政協會議"), ANY, optional=True),
    E(("內蒙古媒體", "葡語系地區", "港澳", "蒙澳", "澳區常委", "澳區委員", "澳委員",
       "《推動澳門與內蒙古深化交流,互促提升文旅服務水平》",
       "《關於内蒙古與澳門黄金產業合作的建議》",
       "《關于内蒙古與澳門在境外債券合作的建議》",
       "《聯動港澳平台助推內蒙古農牧產品貿易的建議》",
       "《内蒙古與澳門加强旅遊產業協同發展》",
       "《内蒙古的旅遊資源綜合利用與發展對策》"), ANY, optional=True),
  ],
  "relations": [
    R("張延昆", "works_for", NMG_ZX),
    R("楊劼", "works_for", NMG_ZX),
    R("孫紹騁", "works_for", NMG_DW + ("內蒙古",)),
    R("王莉霞", "works_for", NMG_GOV + ("內蒙古",)),
    # 澳區常委 / 委員 of the regional CPPCC: membership, optional.
    R("李國輝", "works_for", NMG_ZX, optional=True),
    R("柯桃蘭", "works_for", NMG_ZX, optional=True),
  ] + [R(m, "works_for", NMG_ZX, optional=True) for m in MEMBERS] + [
    R(RMHT, "located_in", HHHT, optional=True),
    R(RMHT, "part_of", HHHT, optional=True),
    R(HHHT, "part_of", NMG, optional=True),
    R(NMG_ZX, "located_in", NMG + HHHT, optional=True),
    R(NMG_DW, "located_in", NMG, optional=True),
    R(NMG_GOV, "located_in", NMG + HHHT, optional=True),
  ],
  "money": [],
}}

