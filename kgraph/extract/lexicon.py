"""Word lists the refinement and relation rules share: suffixes, titles, cue verbs.

These are closed grammatical classes of the genre (organisational and place
suffixes, job titles, location verbs), not a gazetteer of names.
"""

from __future__ import annotations

import re
from pathlib import Path

from kgraph.extract.provinces import PROVINCES

__all__ = [
    "ADMIN_LEVEL",
    "COMPANY_SUFFIXES",
    "GOVERNMENT_LEVELS",
    "LEVEL_HEADS",
    "ORG_SUFFIXES",
    "PARK_SUFFIXES",
    "PLACE_SUFFIXES",
    "POST_CHAIN",
    "PROVINCES",
    "SETTLING_VERBS",
    "TIME_WORDS",
    "TITLES",
    "admin_level",
    "ending_regex",
    "suffix_regex",
]

#: words for a day or a time that a name never holds (记者 近日, 肇庆市日前假…)
TIME_WORDS = (
    *("日前", "近日", "昨日", "昨天", "今日", "今天", "近期", "目前", "本月", "上周"),
    *("当天", "当日"),
)

#: verbs that settle an organisation or project in the place written after them
#: (``落户贺兰``, ``选址于永春``); relations read more location cues than these
SETTLING_VERBS = (
    "落户",
    "落地",
    "位于",
    "入驻",
    "进驻",
    "扎根",
    "选址",
    "安家",
    "坐落",
)

#: company suffixes: strong evidence of an organisation name on their own
COMPANY_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团有限公司",
    "集团",
    "公司",
)
#: organisational units and institutions
ORG_SUFFIXES = (
    *COMPANY_SUFFIXES,
    "供电公司",
    "分公司",
    "研究院",
    "研究所",
    "研究中心",
    "实验室",
    "医院",
    "卫生院",
    "大学",
    "学院",
    "学校",
    "中学",
    "小学",
    "银行",
    "协会",
    "商会",
    *("工商联", "侨联", "妇联", "文联", "科协", "残联", "青联", "台联", "总工会"),
    "联谊会",
    # the units of a town or district: 财政所, 司法所, 市场监管所, 税务所
    *("财政所", "司法所", "监管所", "税务所", "供电所", "管理所", "卫生所"),
    "总会",
    "联会",
    "同乡会",
    "学会",
    "联合会",
    "委员会",
    "管委会",
    "办事处",
    "组织部",
    "宣传部",
    "统战部",
    "党支部",
    "党委",
    "党工委",
    "纪委",
    "纪工委",
    "监委",
    "政府",
    "人大",
    "政协",
    "法院",
    "检察院",
    "公安局",
    "派出所",
    "局",
    "厅",
    "服务中心",
    "创新中心",
    "检测中心",
    "孵化中心",
    "合作社",
    *("农庄", "农场", "牧场"),
    "基金会",
    "事务所",
    "工作室",
    "联盟",
    "联合体",
)
#: parks and facilities: named places that are not administrative units
PARK_SUFFIXES = (
    "工业园区",
    "产业园区",
    "科技园区",
    "园区",
    "工业园",
    "产业园",
    "科技园",
    "创业园",
    "企业园",
    "开发区",
    "高新区",
    "片区",
    "区域",
    "小镇",
    "产业社区",
    "度假区",
    "风景区",
    "景区",
    "港区",
    "口岸",
    "广场",
)
#: place suffixes: administrative units, roads and the parks above
PLACE_SUFFIXES = (
    *PARK_SUFFIXES,
    "自治区",
    "特别行政区",
    "省",
    "市",
    "自治州",
    "州",
    "盟",
    "区",
    "县",
    "旗",
    "街道",
    "镇",
    "乡",
    "村",
    "社区",
    "大道",
    "路",
    "街",
    "巷",
    "湾",
    "岛",
)
#: administrative level by suffix; larger is higher; parks and roads have none
ADMIN_LEVEL = {
    "自治区": 5,
    "特别行政区": 5,
    "省": 5,
    "市": 4,
    "自治州": 4,
    "州": 4,
    "盟": 4,
    "区": 3,
    "县": 3,
    "旗": 3,
    "街道": 2,
    "镇": 2,
    "乡": 2,
    "区域": 2,
    "经济开发区": 2,
    "开发区": 2,
    "高新区": 2,
    "村": 1,
    "社区": 1,
}
#: job titles that introduce a person (``负责人陈学金``, ``书记王某``)
_HAND_TITLES = (
    "党委书记",
    "党工委书记",
    "副书记",
    "书记",
    "副主任",
    "主任",
    "负责人",
    "董事长",
    "副董事长",
    "董事",
    "监事会主席",
    "党组书记",
    "党组副书记",
    "党组成员",
    "党委委员",
    "党委常委",
    "总经理",
    "副总经理",
    "经理",
    "总裁",
    "院长",
    "副院长",
    "所长",
    "局长",
    "副局长",
    "村长",
    "站长",
    "部长",
    "处长",
    "科长",
    "主席",
    "理事长",
    "秘书长",
    "队长",
    "队员",
    "创始人",
    "首席执行官",
    "工程师",
    "研究员",
    "教授",
    "委员",
    "校长",
    "副校长",
    "名誉校长",
    "法定代表人",
    "执行校长",
    "常务副校长",
    "董事局主席",
    "董事会主席",
    "联合创始人",
    "创办人",
    "CEO",
    "COO",
    "CFO",
    "CTO",
    # heads of the units the genre names, ``<unit>长`` and their deputies:
    # provincial departments, prefectures and banners, courts, customs, media
    "厅长",
    "副厅长",
    "庭长",
    "关长",
    "社长",
    "副社长",
    "台长",
    "园长",
    "监事长",
    "监事",
    "总编辑",
    "总经济师",
    "总会计师",
    "总规划师",
    "总建筑师",
    "总设计师",
    # civil servants' ranks, written as posts (一级巡视员, 副调研员)
    "巡视员",
    "副巡视员",
    "调研员",
    "副调研员",
    "村主任",
    "支书",
    # Hong Kong, Macau and Taiwan posts (rare in the mainland data of titles.txt)
    "行政长官",
    "特首",
    "司长",
    "署长",
    "议员",
    "立法会议员",
    "立委",
    "立法委员",
    "主委",
    "副主委",
    "会董",
    "执行长",
    "总干事",
    # heads of works and the C-suite, rare in titles.txt
    "厂长",
    "首席运营官",
    "首席财务官",
    "首席技术官",
)


def _drawn_titles() -> tuple[str, ...]:
    """Posts drawn from CLUENER 2020 (``data/titles.txt``; scripts/build_titles.py)."""
    path = Path(__file__).resolve().parent.parent / "data" / "titles.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and line[0] != "#")


#: the levels whose government has a head: ``<level>长`` (省长, 州长, 旗长 …)
GOVERNMENT_LEVELS = "省市州盟县区旗镇乡"
#: the heads of each level's government and their deputies, by the grammar
#: ``(常务|执行)?副?<level>长``
LEVEL_HEADS = tuple(
    f"{deputy}{level}长"
    for level in GOVERNMENT_LEVELS
    for deputy in ("常务副", "执行副", "副", "")
)
#: posts in an organisation: a hand list of the genre's, the heads of each level's
#: government, and those drawn from data
TITLES = tuple(dict.fromkeys((*_HAND_TITLES, *LEVEL_HEADS, *_drawn_titles())))


def _post_chain() -> str:
    ordered = sorted(set(TITLES), key=len, reverse=True)
    title = "|".join(map(re.escape, ordered))
    return (
        rf"[\u4e00-\u9fff]{{0,6}}?(?:{title})"
        rf"(?:\s*[、兼及]\s*[\u4e00-\u9fff]{{0,4}}?(?:{title}))*"
    )


def suffix_regex(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """Compile an alternation of ``suffixes``, longest first.

    Examples
    --------
    >>> suffix_regex(("公司", "有限公司")).search("万托有限公司").group()
    '有限公司'
    """
    ordered = sorted(set(suffixes), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered)))


def ending_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """Compile an alternation of ``words`` that ends the text searched.

    Examples
    --------
    >>> ending_regex(("公司", "有限公司")).search("万托有限公司").group()
    '有限公司'
    >>> ending_regex(("公司",)).search("公司总部") is None
    True
    """
    return re.compile("(?:" + suffix_regex(words).pattern + ")$")


#: a post as written: an optional department, then titles joined by 、, 兼 or 及
#: (``党委书记、董事长兼CEO``, ``计财处处长``); a regular-expression source
POST_CHAIN = _post_chain()

_ADMIN_RE = re.compile(
    "(" + "|".join(sorted(map(re.escape, ADMIN_LEVEL), key=len, reverse=True)) + ")$"
)


_PARK_RE = re.compile(
    "(" + "|".join(sorted(map(re.escape, PARK_SUFFIXES), key=len, reverse=True)) + ")$"
)


def admin_level(name: str) -> int:
    """Administrative level of a place name by its suffix (0 for none).

    Examples
    --------
    >>> admin_level("嘉兴市"), admin_level("南湖区"), admin_level("东进路")
    (4, 3, 0)
    >>> [admin_level(n) for n in ("湘家荡工业园区", "膜力产业社区", "湘家荡区域")]
    [0, 0, 2]
    """
    park = _PARK_RE.search(name)
    if park and park.group(1) not in ADMIN_LEVEL:
        return 0
    m = _ADMIN_RE.search(name)
    return ADMIN_LEVEL[m.group(1)] if m and len(name) > len(m.group(1)) else 0
