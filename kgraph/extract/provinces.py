"""The short names of China's provinces, municipalities and special regions.

A closed class: they start many company names (``浙江湖纳能源…``) and name the
province an article's places lie in. `kgraph.extract.lexicon` re-exports them.
"""

from __future__ import annotations

__all__ = ["PROVINCES"]

#: provinces' short names, which start many company names (``浙江湖纳能源…``)
PROVINCES = (
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
    "中国",
    "中华",
)
