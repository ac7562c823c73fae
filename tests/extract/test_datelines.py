"""The publication date an article gives itself (kgraph.extract.datelines)."""

from __future__ import annotations

from datetime import date

import pytest

from kgraph.extract.datelines import document_of, publication_date
from kgraph.extract.layout import title_of

_BODY = "全市重点项目集中开工,总投资120亿元,涉及先进制造、现代服务等领域。" * 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # web page metadata lines
        (
            "标题\n\n发布时间:2019-03-12 08:35:39 | 来源:人民网\n\n" + _BODY,
            date(2019, 3, 12),
        ),
        ("标题\n发表时间：2022-12-29\n" + _BODY, date(2022, 12, 29)),
        ("标题\n2018年05月18日08:24 | 来源:北京日报\n" + _BODY, date(2018, 5, 18)),
        ("标题 ( 2022年08月01日 )      来源: 桃浦镇\n" + _BODY, date(2022, 8, 1)),
        ("标题\n\n北部湾在线 2019-05-24\n\n" + _BODY, date(2019, 5, 24)),
        # newspaper page header, in Chinese numerals too
        ("2024年3月16日 星期六\n标题\n" + _BODY, date(2024, 3, 16)),
        ("二〇二四年三月十六日\n标题\n" + _BODY, date(2024, 3, 16)),
        # a wire dateline with its year
        ("(中央社记者陈虹瑾福州2012年5月19日电)台商" + _BODY, date(2012, 5, 19)),
        # traditional characters
        ("標題\n發布時間:2023.06.27\n" + _BODY, date(2023, 6, 27)),
        # full-width digits
        ("标题\n２０２１－１１－１６ １０:４９\n" + _BODY, date(2021, 11, 16)),
        # a date at the foot of the page
        (_BODY + "\n(2020年1月15日)\n", date(2020, 1, 15)),
    ],
)
def test_datelines_read_the_page_date(text: str, expected: date) -> None:
    assert publication_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "本报讯(记者 王明)11月16日,全市重点项目集中开工。" + _BODY,  # no year
        _BODY[:200] + "项目于2021年9月1日开工建设。" + _BODY,  # an event's date
        "标题\n发布时间:2023-02-30\n" + _BODY,  # not a day of the calendar
        "",
        # a label of an event's date deep in the body is no page label
        _BODY + "\n开工时间:2023年5月1日\n" + _BODY,
        _BODY + "\n时间:2023年5月1日\n" + _BODY,
        # 电 inside a word near a body date is no dateline
        "标题\n2023年5月1日,国家电网公司在此签约。" + _BODY,
        # a span of months is no day (2023年1-9月), nor a range of days
        "标题\n2023年1-9月,全市完成投资5亿元。\n" + _BODY,
        "2023年1-9月\n" + _BODY,
        "2023.1-9\n" + _BODY,
        # a weekday after a date in a sentence: an event, not the page header
        "标题\n2023年5月1日(星期一),项目开工。" + _BODY,
        # a short text has no deep zone: its body dates are still events
        "标题\n项目于2021年9月1日开工建设,总投资5亿元。",
    ],
)
def test_datelines_no_date_for_sure_gives_none(text: str) -> None:
    assert publication_date(text) is None


def test_datelines_labelled_date_beats_a_page_header() -> None:
    text = "2019-01-01\n标题\n发布时间:2019-03-12 08:35\n" + _BODY
    assert publication_date(text) == date(2019, 3, 12)


def test_datelines_title_skips_a_date_line() -> None:
    assert title_of("2024年3月16日 星期六\n\n项目集中开工\n正文") == "项目集中开工"
    assert title_of("2019-05-24 10:35\n标题") == "标题"


def test_datelines_document_of_gives_the_record() -> None:
    doc = document_of("a1", "标题\n发布时间:2019-03-12\n正文", source="in/a1.txt")
    assert (doc.doc_id, doc.source, doc.title, doc.date) == (
        "a1",
        "in/a1.txt",
        "标题",
        date(2019, 3, 12),
    )
    assert doc.n_chars == len("标题\n发布时间:2019-03-12\n正文")
