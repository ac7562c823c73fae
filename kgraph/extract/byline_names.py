"""What a byline's words are: names run together, places, editors and credits.

Bylines write their names in a few ways that a separator alone does not cut:

* names run together with nothing between them, ``(记者吴静岚陈岩)``: a Chinese
  name starts with a surname, so a run of five to eight characters is cut
  where a common surname starts a name of two or three characters;
* the place a reporter filed from, ``俞涛 香港报道``: a division name before
  报道 or 电 is a place, not a second reporter;
* the page's other credits, which are never reporters: photographers
  (``图/B``, ``摄影:B``), editors and checkers
  (编辑, 责任编辑, 审核, 校对, 监制, 值班 …), the source line (来源, 转载 …)
  and pictures supplied by someone (``供图``).
"""

from __future__ import annotations

import re

from kgraph.divisions.table import load_divisions

__all__ = ["EDITOR_RE", "PHOTO_RE", "is_credit", "is_place", "split_run"]

#: the commonest single-character surnames (about 95 % of the population)
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱"
    "江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢"
    "安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅"
    "童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾"
    "尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟"
    "应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝"
)
#: words that credit an editor, a checker or the source: a byline stops there
EDITOR_RE = re.compile(
    r"责任编辑|值班编辑|编辑|责编|审核|审校|审签|校对|监制|终审|签发|主编|统筹"
    r"|来源|稿源|转载|出品|美编|制作"
)
_COMPOUND = frozenset(
    {
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "令狐",
        "慕容",
        "夏侯",
        "司徒",
        "端木",
        "公孙",
        "宇文",
        "长孙",
    }
)
#: a picture credit inside a byline (``文/A 图/B``, ``图片：B``, ``摄影:B``): no
#: reporter follows
PHOTO_RE = re.compile(
    r"(?<![文/／、])图[/／:：](?!\s*文)|图片[:：\s]|摄影[:：\s]|摄像[:：\s]"
)
_CREDIT = re.compile(r"(?:摄|供图|供稿|提供|图片)$")
_FOREIGN_PLACES = frozenset({"台北", "新北", "桃园", "台中", "台南", "高雄", "澳门"})


def split_run(word: str) -> list[str] | None:
    """Cut a run of names written together, or return None if it is no such run.

    Examples
    --------
    >>> split_run("吴静岚陈岩"), split_run("梁云秀杨军祥"), split_run("陈虹瑾福州")
    (['吴静岚', '陈岩'], ['梁云秀', '杨军祥'], None)
    """
    if 2 <= len(word) <= 3:
        return [word]
    if len(word) < 4 or word[0] not in SURNAMES or word[:2] in _COMPOUND:
        return None
    for cut in (3, 2):
        rest = word[cut:]
        if len(rest) >= 2 and rest[0] in SURNAMES and not is_place(rest):
            tail = split_run(rest)
            if tail is not None:
                return [word[:cut], *tail]
    return None


def is_place(word: str) -> bool:
    """Whether ``word`` names a province, city or county (the dateline's place).

    Examples
    --------
    >>> is_place("香港"), is_place("郑州"), is_place("陈岩")
    (True, True, False)
    """
    if word in _FOREIGN_PLACES:
        return True
    return any(d.level <= 3 for d in load_divisions().candidates(word))


def is_credit(body: str) -> bool:
    """Whether a bracket or line credits a picture, not a text (``付晨晨摄``).

    Examples
    --------
    >>> is_credit("记者 高远 摄"), is_credit("宣传部供图"), is_credit("记者 高远")
    (True, True, False)
    """
    return _CREDIT.search(body.rstrip(" \t\u3000")) is not None
