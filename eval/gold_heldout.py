"""Hand-made gold annotation of four held-out regional news articles (eval/articles/h*.txt).

The articles and this annotation were written blind to the extractor's code, following the
genre and the annotation conventions of the shared development gold (gold_dev.py).

Entities: (aliases, types, optional). A prediction matches when its label is one of the aliases
(after normalisation) and its type is one of the types. Optional entities are neither missed nor
counted as false positives.
Relations: (heads, relation, tails, optional); symmetric relations may match either direction.
Money: (value in yuan, optional); a prediction matches within 1 %.

Conventions (as in the development gold):
- every named person (bylines, photo credits, quoted people) is required; a byline person also
  has a required reported_by edge to "ARTICLE";
- companies, institutes, government bodies are ORG; parks, communities, villages and named
  buildings are accepted as PLACE or ORG; roads are PLACE; a place named only inside an
  organisation name (江苏泰越…, 深圳市迅捷…) is optional; generic or unnamed things are optional;
- place-in-place chains written in the text (佛山市南海区丹灶镇) are required part_of; a
  village/community/park inside a town, and roads, are optional containment;
- an organisation that 入驻/落户/迁入/扎根 a place is required located_in; a company located only
  through its project's site is optional;
- works_for a company/institute/government bureau is required; a party secretary or town head
  "working for" a town/village is optional;
- A与B签约/合作/共建/合资, A联合B are required partner_of; loose links are optional;
- has_investment attaches to the project (or its owning company) or to the place/org that is
  the subject of the sentence; 完成固定资产投资 / 完成…投资 statistics, targets, subsidies and
  funds are optional; 数亿元 is 1e8 and optional, 近千万元 is 1e7, 亿元以上 (a threshold) is optional.
"""
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

# ---------------------------------------------------------------- h1: 丽水市缙云县壶镇镇
LS = ("丽水市", "丽水")
JINYUN = ("缙云县", "缙云", "丽水市缙云县")
HZ = ("壶镇镇", "壶镇", "缙云县壶镇镇", "丽水市缙云县壶镇镇")
RUICHI = ("浙江锐驰智能装备有限公司", "锐驰公司", "锐驰", "锐驰智能")
RUICHI_PROJ = ("年产30万台智能锯切设备项目", "锐驰公司年产30万台智能锯切设备项目",
               "智能锯切设备项目", "年产30万台智能锯切设备")
HENGFENG = ("缙云县恒丰带锯床有限公司", "恒丰公司", "恒丰", "恒丰带锯床")
JYY = ("浙江缙云智能制造研究院", "缙云智能制造研究院")
BAICHUAN = ("浙江百川精工科技有限公司", "百川精工", "百川公司", "百川")
HZGY = ("壶镇工业功能区", "壶镇工业功能区二期")
XWY = ("壶镇镇小微企业园", "壶镇镇小微企业园二期")
LKC = ("岭口村", "壶镇镇岭口村")
HZTZ = ("缙云县壶镇工业投资发展有限公司", "壶镇工业投资发展有限公司", "壶镇工投公司")

# ---------------------------------------------------------------- h2: 泰州市姜堰区姜堰经济开发区
TZS = ("泰州市", "泰州")
JYQ = ("姜堰区", "姜堰", "泰州市姜堰区")
JYKFQ = ("姜堰经济开发区", "三水街道", "姜堰经济开发区(三水街道)", "姜堰经济开发区（三水街道）",
         "泰州市姜堰区姜堰经济开发区(三水街道)", "泰州市姜堰区姜堰经济开发区（三水街道）",
         "泰州市姜堰区姜堰经济开发区", "姜堰区姜堰经济开发区")
JYGWH = ("姜堰经济开发区管委会", "姜堰经济开发区管理委员会", "开发区管委会")
TAIYUE = ("江苏泰越新能源科技有限公司", "泰越新能源", "泰越公司", "泰越")
TAIYUE_PROJ = ("年产5GWh储能电池及系统集成项目", "泰越新能源年产5GWh储能电池及系统集成项目",
               "储能电池及系统集成项目")
HUARUI = ("泰州华锐汽车零部件有限公司", "华锐公司", "华锐", "华锐汽车零部件")
MINGYAO = ("江苏明曜光电科技有限公司", "明曜光电", "明曜公司", "明曜")
MINGYAO_PROJ = ("年产3GW高效光伏组件项目", "明曜光电年产3GW高效光伏组件项目", "高效光伏组件项目")
HUJIANG = ("上海沪江产业投资集团有限公司", "沪江集团", "沪江产业投资集团", "沪江")
CSJ = ("长三角储能技术研究院",)
JYFGW = ("姜堰区发展和改革委员会", "姜堰区发改委")
JYXNY = ("姜堰新能源产业园",)
JYKC = ("姜堰科创中心", "开发区姜堰科创中心")
FENGHUANG = ("凤凰社区", "三水街道凤凰社区")
FH_PROJ = ("凤凰人才公寓项目", "凤凰人才公寓")

# ---------------------------------------------------------------- h3: 安徽广德经济开发区
AH = ("安徽省", "安徽")
XC = ("宣城市", "宣城")
GD = ("广德市", "广德", "广德市区")
GDKFQ = ("广德经济开发区", "安徽广德经济开发区")
GDGWH = ("广德经济开发区管委会", "广德经济开发区管理委员会", "开发区管委会")
DINGXIN = ("安徽鼎新电路科技有限公司", "鼎新电路", "鼎新公司", "鼎新")
DINGXIN_PROJ = ("高端HDI板及封装基板项目", "鼎新电路高端HDI板项目", "高端HDI板项目",
                "安徽鼎新电路科技有限公司高端HDI板及封装基板项目")
XUNJIE = ("深圳市迅捷精密线路股份有限公司", "迅捷精密", "迅捷公司", "迅捷")
XUNJIE_BASE = ("华东生产基地", "迅捷精密华东生产基地", "迅捷精密华东基地", "华东基地")
HUASHENG = ("广德华晟新材料有限公司", "华晟新材料", "华晟公司", "华晟")
HUASHENG_PROJ = ("年产1200万张高频覆铜板项目", "高频覆铜板项目")
YONGTAI = ("安徽永泰电子化学品有限公司", "永泰电子化学品", "永泰公司", "永泰")
HDS = ("安徽华东电子材料研究所", "华东电子材料研究所")
GDYJY = ("广德电子电路产业研究院", "电子电路产业研究院")
DZYQ = ("电子电路产业园", "开发区电子电路产业园", "广德电子电路产业园")
GDDQ = ("开发区东区", "东区")
KCDS = ("广德科创大厦", "开发区广德科创大厦")
ZHUXI = ("竹溪社区", "开发区竹溪社区")
ZJ = ("浙江省", "浙江")
HUZHOU = ("湖州市", "湖州", "浙江湖州")

# ---------------------------------------------------------------- h4: 佛山市南海区丹灶镇
FS = ("佛山市", "佛山")
NH = ("南海区", "南海", "佛山市南海区")
DZ = ("丹灶镇", "丹灶", "南海区丹灶镇", "佛山市南海区丹灶镇")
JINSHA = ("金沙片区", "丹灶镇金沙片区")
QNY = ("丹灶氢能产业园",)
QIYUE = ("广东氢越动力科技有限公司", "氢越动力", "氢越公司", "氢越")
QIYUE_PROJ = ("燃料电池电堆及系统产业化项目", "氢越动力燃料电池电堆及系统产业化项目")
JINCHENG = ("广州锦程客车有限公司", "锦程客车", "锦程公司", "锦程")
LANZE = ("佛山市澜泽氢能装备有限公司", "澜泽公司", "澜泽氢能", "澜泽")
DZZC = ("佛山市南海区丹灶镇资产经营有限公司", "丹灶镇资产经营有限公司", "丹灶镇资产经营公司")
HUACE = ("广东华测氢安检测技术有限公司", "华测氢安", "华测氢安公司")
JC_PROJ = ("丹灶氢能装备检测认证中心项目", "丹灶氢能装备检测认证中心", "氢能装备检测认证中心")
NHY = ("南海氢能技术研究院",)
NHZF = ("南海区人民政府",)
HNLM = ("华南氢能产业联盟",)
NHTCJ = ("南海区投资促进局",)
SHIMEN = ("石门村", "丹灶镇石门村")
ZSJ = ("珠三角", "珠江三角洲", "珠三角地区")

GOLD = {
"h1_huzhen": {
  "entities": [
    E("叶晓蕾", PER), E("楼建平", PER), E("应志强", PER), E("朱伟东", PER), E("李建新", PER),
    E("陶明远", PER), E("吕晓芬", PER), E("潘红霞", PER), E("吕美娟", PER), E("李文斌", PER),
    E(LS, LOC), E(JINYUN, LOC), E(HZ, LOC), E(("永康", "永康市"), LOC), E("东南亚", LOC),
    E("金川路", LOC), E("好溪大道", LOC),
    E(HZGY, (LOC, ORG)), E(XWY, (LOC, ORG)), E(LKC, (LOC, ORG)),
    E(RUICHI, ORG), E(HENGFENG, ORG), E(JYY, ORG), E(BAICHUAN, ORG), E(HZTZ, ORG),
    E(("浙江省", "浙江"), LOC, optional=True),
    E(("带锯床精密加工联合实验室", "联合实验室", "共富工坊", "岭口村共富工坊", "锯床之乡",
       "壶镇镇党委", "岭口村党支部", "研究院", "园区", "工坊", "小微企业园"), ANY, optional=True),
  ],
  "relations": [
    R(HZ, "part_of", JINYUN),
    R(JINYUN, "part_of", LS),
    R(JINYUN + LS, "part_of", ("浙江省", "浙江"), optional=True),
    R("应志强", "works_for", RUICHI),
    R("李建新", "works_for", HENGFENG),
    R("陶明远", "works_for", JYY),
    R("潘红霞", "works_for", HZTZ),
    R("朱伟东", "works_for", HZ + ("壶镇镇党委",), optional=True),
    R("吕美娟", "works_for", LKC + ("岭口村党支部",), optional=True),
    R(RUICHI_PROJ + RUICHI, "has_investment", "680000000"),
    R(HZ, "has_investment", "2100000000"),
    R(HZ, "has_investment", "936000000", optional=True),
    R(HZ, "has_investment", "2000000000", optional=True),
    R(HENGFENG, "has_investment", "10000000"),
    R(XWY + ("园区二期",) + HZTZ, "has_investment", "320000000", optional=True),
    R(HENGFENG, "partner_of", JYY),
    R(JYY, "located_in", HZ),
    R(BAICHUAN, "located_in", XWY),
    R(RUICHI_PROJ + RUICHI, "located_in", HZGY + ("金川路", "好溪大道") + HZ, optional=True),
    R(HENGFENG, "located_in", HZ, optional=True),
    R(HZTZ, "located_in", XWY + HZ, optional=True),
    R(HZGY, "part_of", HZ, optional=True), R(HZGY, "located_in", HZ, optional=True),
    R(XWY, "part_of", HZ, optional=True), R(XWY, "located_in", HZ, optional=True),
    R(LKC, "part_of", HZ, optional=True), R(LKC, "located_in", HZ, optional=True),
    R(RUICHI, "partner_of", LKC, optional=True),
    R("叶晓蕾", "reported_by", "ARTICLE"), R("楼建平", "reported_by", "ARTICLE"),
  ],
  "money": [M(4e8), M(6.8e8), M(1e8, optional=True), M(2.1e9), M(9.36e8), M(5.87e9), M(2e9),
            M(1e7), M(8.6e7), M(2e7), M(1.15e9), M(3.2e8), M(2000), M(1.8e5), M(1.5e7)],
},
"h2_jiangyan": {
  "entities": [
    E("孙婧雯", PER), E("顾晨阳", PER), E("钱蕴", PER), E("蒋浩然", PER), E("沈一帆", PER),
    E("周立新", PER), E("严国栋", PER), E("朱敏", PER), E("许嘉禾", PER), E("杜晓帆", PER),
    E("王丽娟", PER),
    E(TZS, LOC), E(JYQ, LOC), E(JYKFQ, LOC), E("欧洲", LOC), E("通扬路", LOC), E("凤凰路", LOC),
    E(JYXNY, (LOC, ORG)), E(JYKC, (LOC, ORG)), E(FENGHUANG, (LOC, ORG)),
    E(TAIYUE, ORG), E(HUARUI, ORG), E(MINGYAO, ORG), E(HUJIANG, ORG), E(CSJ, ORG),
    E(JYGWH, ORG), E(JYFGW, ORG),
    E(("江苏省", "江苏"), LOC, optional=True), E(("上海", "上海市"), LOC, optional=True),
    E(("长三角", "长江三角洲"), LOC, optional=True),
    E(FH_PROJ + ("三水街道党工委", "凤凰社区党委", "储能电池热管理联合创新中心", "联合创新中心",
       "新能源产业基金", "开发区", "园区", "研究院", "管委会"), ANY, optional=True),
  ],
  "relations": [
    R(JYQ, "part_of", TZS),
    R(JYKFQ, "part_of", JYQ),
    R(TZS + JYQ, "part_of", ("江苏省", "江苏"), optional=True),
    R("蒋浩然", "works_for", TAIYUE),
    R("沈一帆", "works_for", MINGYAO),
    R("周立新", "works_for", JYGWH + JYKFQ),
    R("周立新", "works_for", ("三水街道党工委",), optional=True),
    R("严国栋", "works_for", HUARUI),
    R("朱敏", "works_for", JYFGW),
    R("杜晓帆", "works_for", CSJ),
    R("王丽娟", "works_for", FENGHUANG + ("凤凰社区党委",), optional=True),
    R(TAIYUE_PROJ + TAIYUE, "has_investment", "1500000000"),
    R(MINGYAO_PROJ + MINGYAO, "has_investment", "800000000"),
    R(TAIYUE, "has_investment", "800000000", optional=True),
    R(JYKFQ + JYGWH, "has_investment", "4650000000"),
    R(JYKFQ + JYGWH, "has_investment", "2230000000", optional=True),
    R(JYKFQ + JYGWH, "has_investment", "1870000000", optional=True),
    R(JYKFQ + JYGWH + HUJIANG + ("新能源产业基金",), "has_investment", "1000000000", optional=True),
    R(JYQ + JYFGW, "has_investment", "50000000", optional=True),
    R(HUARUI, "has_investment", "30000000"),
    R(TAIYUE + CSJ + ("储能电池热管理联合创新中心", "联合创新中心"), "has_investment", "120000000",
      optional=True),
    R(FH_PROJ, "has_investment", "160000000"),
    R(MINGYAO, "partner_of", TAIYUE),
    R(JYKFQ + JYGWH, "partner_of", HUJIANG),
    R(HUARUI, "partner_of", TAIYUE),
    R(TAIYUE, "partner_of", CSJ),
    R(CSJ, "located_in", JYKC),
    R(HUARUI, "located_in", JYQ),
    R(HUARUI, "located_in", JYXNY, optional=True),
    R(TAIYUE_PROJ + TAIYUE, "located_in", JYKFQ + JYXNY, optional=True),
    R(MINGYAO_PROJ + MINGYAO, "located_in", JYXNY, optional=True),
    R(JYKC, "part_of", JYKFQ, optional=True), R(JYKC, "located_in", JYKFQ, optional=True),
    R(JYXNY, "part_of", JYKFQ, optional=True),
    R(JYXNY, "located_in", JYKFQ + ("通扬路", "凤凰路"), optional=True),
    R(FENGHUANG, "part_of", JYKFQ, optional=True), R(FENGHUANG, "located_in", JYKFQ, optional=True),
    R(FH_PROJ, "located_in", FENGHUANG, optional=True),
    R(JYGWH, "located_in", JYKFQ, optional=True), R(JYGWH, "part_of", JYKFQ, optional=True),
    R(JYFGW, "located_in", JYQ, optional=True), R(JYFGW, "part_of", JYQ, optional=True),
    R("孙婧雯", "reported_by", "ARTICLE"), R("顾晨阳", "reported_by", "ARTICLE"),
    R("钱蕴", "reported_by", "ARTICLE"),
  ],
  "money": [M(1.5e9), M(3e9), M(8e8), M(1e8, optional=True), M(4.65e9), M(2.23e9), M(1e9),
            M(3e7), M(8e7), M(1.87e9), M(4.12e10), M(5e7), M(3e6), M(1.2e8), M(1.6e8)],
},
"h3_guangde": {
  "entities": [
    E("方文静", PER), E("汪涛", PER), E("程立军", PER), E("邱海鸣", PER), E("蔡文博", PER),
    E("韦建华", PER), E("吴思远", PER), E("刘小军", PER), E("邵红梅", PER), E("俞海峰", PER),
    E(AH, LOC), E(XC, LOC), E(GD, LOC), E(GDKFQ, LOC), E(ZJ, LOC), E(("江苏省", "江苏"), LOC),
    E(("长三角", "长江三角洲", "长三角地区"), LOC), E(HUZHOU, LOC), E(("上海", "上海市"), LOC),
    E(("苏州", "苏州市"), LOC), E(("江西", "江西省"), LOC), E("迎宾大道", LOC),
    E(DZYQ, (LOC, ORG)), E(KCDS, (LOC, ORG)), E(ZHUXI, (LOC, ORG)),
    E(DINGXIN, ORG), E(XUNJIE, ORG), E(HUASHENG, ORG), E(YONGTAI, ORG), E(HDS, ORG),
    E(GDYJY, ORG), E(GDGWH, ORG),
    E(("深圳", "深圳市"), LOC, optional=True), E(GDDQ, LOC, optional=True),
    E(XUNJIE_BASE + ("联合实验室", "开发区党工委", "广德经济开发区党工委", "竹溪社区党委",
       "人才公寓", "产业工人公寓", "开发区", "园区", "研究院", "管委会"), ANY, optional=True),
  ],
  "relations": [
    R(GD, "part_of", XC),
    R(GD, "part_of", AH),
    R(XC, "part_of", AH, optional=True),
    R(GDKFQ, "part_of", GD),
    R(GDKFQ, "located_in", GD, optional=True),
    R(HUZHOU, "part_of", ZJ),
    R("程立军", "works_for", DINGXIN),
    R("邱海鸣", "works_for", XUNJIE + XUNJIE_BASE),
    R("蔡文博", "works_for", HUASHENG),
    R("韦建华", "works_for", YONGTAI),
    R("吴思远", "works_for", GDYJY),
    R("刘小军", "works_for", DINGXIN),
    R("邵红梅", "works_for", ZHUXI + ("竹溪社区党委",), optional=True),
    R("俞海峰", "works_for", GDKFQ + GDGWH + ("开发区党工委", "广德经济开发区党工委"), optional=True),
    R(DINGXIN_PROJ + DINGXIN, "has_investment", "2000000000"),
    R(XUNJIE + XUNJIE_BASE, "has_investment", "1200000000"),
    R(GDKFQ + GDGWH, "has_investment", "5800000000"),
    R(GDKFQ + GDGWH, "has_investment", "3120000000", optional=True),
    R(GDKFQ + GDGWH, "has_investment", "180000000"),
    R(HUASHENG_PROJ + HUASHENG, "has_investment", "550000000"),
    R(YONGTAI, "has_investment", "40000000"),
    R(XUNJIE + XUNJIE_BASE, "located_in", GDKFQ),
    R(YONGTAI, "located_in", GDKFQ),
    R(YONGTAI, "located_in", ("迎宾大道",) + DZYQ, optional=True),
    R(DZYQ, "located_in", GDKFQ + GDDQ),
    R(DZYQ, "located_in", ("迎宾大道",), optional=True),
    R(DZYQ, "part_of", GDKFQ + GDDQ, optional=True),
    R(GDDQ, "part_of", GDKFQ, optional=True),
    R(HUASHENG_PROJ + HUASHENG, "located_in", DZYQ, optional=True),
    R(DINGXIN_PROJ + DINGXIN, "located_in", GDKFQ, optional=True),
    R(HUASHENG, "partner_of", DINGXIN),
    R(GDGWH + GDKFQ, "partner_of", HDS),
    R(GDYJY, "partner_of", GDGWH + GDKFQ + HDS, optional=True),
    R(GDYJY, "located_in", KCDS),
    R(KCDS, "located_in", GDKFQ, optional=True), R(KCDS, "part_of", GDKFQ, optional=True),
    R(GDYJY, "partner_of", DINGXIN),
    R(ZHUXI, "part_of", GDKFQ, optional=True), R(ZHUXI, "located_in", GDKFQ, optional=True),
    R(GDGWH, "located_in", GDKFQ, optional=True), R(GDGWH, "part_of", GDKFQ, optional=True),
    R("方文静", "reported_by", "ARTICLE"), R("汪涛", "reported_by", "ARTICLE"),
  ],
  "money": [M(2e9), M(2.5e9), M(1.86e10), M(1.2e9), M(5.8e9), M(3.12e9), M(5.5e8), M(6e6),
            M(4e7), M(3.2e8), M(2e7), M(300), M(1.8e8)],
},
"h4_danzao": {
  "entities": [
    E("黎嘉欣", PER), E("邓志坚", PER), E("孔维杰", PER), E("黄振宇", PER), E("梁启帆", PER),
    E("何颖思", PER), E("罗嘉怡", PER), E("何卓明", PER), E("冯志豪", PER),
    E("陈", PER, optional=True),
    E(FS, LOC), E(NH, LOC), E(DZ, LOC), E(JINSHA, LOC), E(ZSJ, LOC), E("日本", LOC),
    E(QNY, (LOC, ORG)), E(SHIMEN, (LOC, ORG)),
    E(QIYUE, ORG), E(JINCHENG, ORG), E(LANZE, ORG), E(DZZC, ORG), E(HUACE, ORG), E(NHY, ORG),
    E(NHZF, ORG), E(HNLM, ORG), E(NHTCJ, ORG),
    E(("广东省", "广东"), LOC, optional=True), E(("广州", "广州市"), LOC, optional=True),
    E(("岭南",), LOC, optional=True),
    E(JC_PROJ + ("加氢装备联合研发中心", "联合研发中心", "百台电堆耐久性验证", "共享办公楼",
       "丹灶镇党委", "丹灶镇人民政府", "石门村党委", "加氢站", "产业园", "研究院"), ANY, optional=True),
  ],
  "relations": [
    R(DZ, "part_of", NH),
    R(NH, "part_of", FS),
    R(FS + NH, "part_of", ("广东省", "广东"), optional=True),
    R(DZ, "located_in", ZSJ, optional=True), R(DZ, "part_of", ZSJ, optional=True),
    R(JINSHA, "part_of", DZ, optional=True), R(JINSHA, "located_in", DZ, optional=True),
    R("孔维杰", "works_for", QIYUE),
    R("黄振宇", "works_for", LANZE),
    R("梁启帆", "works_for", NHY),
    R("罗嘉怡", "works_for", LANZE),
    R("冯志豪", "works_for", NHTCJ),
    R("何卓明", "works_for", DZ + ("丹灶镇人民政府", "丹灶镇党委"), optional=True),
    R(QIYUE, "located_in", QNY),
    R(QNY, "located_in", JINSHA),
    R(QNY, "part_of", JINSHA, optional=True),
    R(NHY, "located_in", JINSHA),
    R(LANZE, "located_in", QNY, optional=True),
    R(JC_PROJ, "located_in", QNY + JINSHA, optional=True),
    R(DZZC, "located_in", DZ, optional=True), R(DZZC, "part_of", DZ, optional=True),
    R(NHZF + NHTCJ, "located_in", NH, optional=True), R(NHZF + NHTCJ, "part_of", NH, optional=True),
    R(SHIMEN, "part_of", DZ, optional=True), R(SHIMEN, "located_in", DZ, optional=True),
    R(QIYUE_PROJ + QIYUE, "has_investment", "1200000000"),
    R(DZ, "has_investment", "6700000000"),
    R(DZ, "has_investment", "4180000000", optional=True),
    R(LANZE, "has_investment", "8500000"),
    R(JC_PROJ, "has_investment", "350000000"),
    R(DZZC + HUACE, "has_investment", "350000000", optional=True),
    R(QIYUE + NHY + ("百台电堆耐久性验证",), "has_investment", "30000000", optional=True),
    R(DZ, "has_investment", "50000000", optional=True),
    R(NH + DZ + NHTCJ, "has_investment", "100000000", optional=True),
    R(QIYUE, "partner_of", JINCHENG),
    R(DZZC, "partner_of", HUACE),
    R(NHZF, "partner_of", HNLM),
    R(NHY, "partner_of", NHZF + HNLM, optional=True),
    R(QIYUE, "partner_of", NHY),
    R(LANZE, "partner_of", NHY),
    R("黎嘉欣", "reported_by", "ARTICLE"), R("邓志坚", "reported_by", "ARTICLE"),
  ],
  "money": [M(6.7e9), M(4.18e9), M(1.2e9), M(2.6e8), M(9e8), M(8.5e6), M(2e8), M(3.5e8),
            M(5e8), M(3e7), M(5e7), M(1e8, optional=True), M(1e6), M(3200)],
},
}
