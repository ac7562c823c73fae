"""Gold annotation of eval/corpus/articles/c02_haerbin.txt (format of ../shared/eval/gold_dev.py)."""
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

HRB = ("哈爾濱市", "哈爾濱")
HRBTZ = ("哈爾濱市企業和投資服務局", "市投資服務局")
HRBXWB = ("哈爾濱市人民政府新聞辦公室",)
HRBZF = ("哈爾濱市人民政府", "哈爾濱市政府", "市政府")
HRBSW = ("哈爾濱市委", "市委")
GDWX_PROJ = ("工大衛星總部基地項目", "工大衛星總部基地")
LHFJ_PROJ = ("聯合飛機大型無人機",)
HG_PROJ = ("哈鍋氫能綜合性試驗基地項目", "哈鍋氫能綜合性試驗基地")
GDDQ = ("高端電氣裝備智能製造基地",)
QS_PROJ = ("欽實新能源船舶與綠色港航融合發展示範基地",)
YD_PROJ = ("中國移動萬卡智算中心", "萬卡智算中心")
KY_PROJ = ("科友半導體碳化矽產業園",)
SL_PROJ = ("三聯藥業大輸液(二期)", "三聯藥業大輸液（二期）", "三聯藥業大輸液")
DFJY_PROJ = ("東方基因研發生產基地",)
HDJY_PROJ = ("華大基因超級測序工廠",)
LJXZ_PROJ = ("龍江學子創業園(一期)項目", "龍江學子創業園（一期）項目", "龍江學子創業園(一期)",
             "龍江學子創業園（一期）", "龍江學子創業園")
YBL_PROJ = ("亞布力抽水蓄能電站項目", "亞布力抽水蓄能電站")
ALL_PROJ = (GDWX_PROJ + LHFJ_PROJ + HG_PROJ + QS_PROJ + YD_PROJ + KY_PROJ + SL_PROJ + DFJY_PROJ
            + HDJY_PROJ + LJXZ_PROJ + YBL_PROJ)

GOLD = {"c02_haerbin": {
  "entities": [
    E("劉向英", PER), E("習近平", PER), E("張曉磊", PER), E("白雨彤", PER),
    E(HRB, LOC, optional=True),  # only inside org names and the slogan
    E(HRBTZ, ORG), E(HRBXWB, ORG),
    E(("中國信息通信研究院",), ORG), E(("安天科技",), ORG), E(("國網",), ORG),
    E(GDWX_PROJ, (PROJ, LOC, ORG)), E(HG_PROJ, (PROJ, LOC, ORG)), E(QS_PROJ, (PROJ, LOC, ORG)),
    E(GDDQ, (LOC, ORG, PROJ)),
    E(YD_PROJ, (PROJ, ORG, LOC)), E(KY_PROJ, (PROJ, LOC, ORG)), E(SL_PROJ, PROJ),
    E(DFJY_PROJ, (PROJ, LOC, ORG)), E(HDJY_PROJ, (PROJ, ORG, LOC)), E(LJXZ_PROJ, (PROJ, LOC, ORG)),
    E(YBL_PROJ, PROJ),
    E(LHFJ_PROJ, PROJ, optional=True),
    E(HRBZF, ORG, optional=True), E(HRBSW, ORG, optional=True),
    E(("工大衛星",), ORG, optional=True), E(("聯合飛機",), ORG, optional=True),
    E(("哈鍋",), ORG, optional=True), E(("欽實",), ORG, optional=True),
    E(("中國移動",), ORG, optional=True), E(("科友半導體",), ORG, optional=True),
    E(("三聯藥業",), ORG, optional=True), E(("東方基因",), ORG, optional=True),
    E(("華大基因",), ORG, optional=True),
    E(("亞布力",), LOC, optional=True), E(("中國",), LOC, optional=True),
    E(("超高純銅材料產線", "檢測中心", "龍江學子", "推動高質量發展奮力譜寫中國式現代化哈爾濱新篇章"),
      ANY, optional=True),
  ],
  "relations": [
    R("劉向英", "works_for", HRBTZ),
    R(HRBTZ, "located_in", HRB, optional=True), R(HRBTZ, "part_of", HRB + HRBZF, optional=True),
    R(HRBXWB, "part_of", HRBZF, optional=True), R(HRBXWB, "located_in", HRB, optional=True),
    R(HG_PROJ, "located_in", GDDQ),
    R(GDDQ, "located_in", HRB, optional=True),
    R(ALL_PROJ, "located_in", HRB, optional=True),
    R(YD_PROJ + ("中國移動",), "partner_of", ("中國信息通信研究院", "安天科技"), optional=True),
    R(HRB + HRBTZ, "has_investment", "138390000000"),
    R(YBL_PROJ, "has_investment", "7700000000"),
    R(("張曉磊",), "reported_by", ("ARTICLE",)), R(("白雨彤",), "reported_by", ("ARTICLE",)),
    # true administrative chain (MCA division table, Xzqh20251231), optional
    R(('亞布力', '亞布力鎮', '亚布力', '亚布力镇'), "part_of", ('尚志市', '尚志'), optional=True),
    R(('尚志市', '尚志'), "part_of", ('哈爾濱市', '哈尔滨市', '哈爾濱', '哈尔滨'), optional=True),
    R(HRB + ('哈尔滨市', '哈尔滨'), "part_of", ('黑龍江省', '黑龙江省', '黑龍江', '黑龙江'), optional=True),
  ],
  "money": [M(1.3839e11), M(7.7e9)],
}}
