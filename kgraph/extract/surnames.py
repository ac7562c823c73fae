"""The common Chinese surnames, in simplified and traditional characters.

A closed class the grammar of names reads: a name written after a post starts
with one (`kgraph.extract.titled_people`), and so does each name of a byline
written without a space (`kgraph.extract.layout`).
"""

from __future__ import annotations

__all__ = ["SURNAMES"]

#: the most common Chinese surnames (single characters), simplified and traditional
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于"
    "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹"
    "薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易"
    "乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农"
    "司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬"
    "边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乐"
    "劉陳楊黃趙吳週孫馬鄭謝韓馮鄧彭葉蘇魏呂盧薑鍾譚陸範賈韋鄒熊閆顧龔錢嚴湯莊聶"
    "譚俞寧紀畢單塗駱藍遊靳鮑喻饒穆簡婁竇戚岑衛欒隋鞏"
)
