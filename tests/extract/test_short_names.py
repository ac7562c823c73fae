"""Tests for kgraph.extract.short_names: region abbreviations and cut person names."""

from __future__ import annotations

import pytest

from kgraph.extract.short_names import person_short_form, region_short_form


@pytest.mark.parametrize(
    ("short", "names", "full"),
    [
        ("港", ["香港", "深圳市"], "香港"),
        ("澳", ["澳門特別行政區", "澳門"], "澳門"),
        ("滬", ["上海市", "北京"], "上海市"),
        ("沪", ["上海市"], "上海市"),
        ("華", ["中國", "美國"], "中國"),
        ("津", ["天津市"], "天津市"),
        # no full name written: no short form
        ("港", ["深圳市"], None),
        # a zone of the region is not the region
        ("沪", ["上海自贸区"], None),
        # a one-character word that is no region abbreviation
        ("城", ["城关镇"], None),
    ],
)
def test_region_short_form(short: str, names: list[str], full: str | None) -> None:
    assert region_short_form(short, names) == full


@pytest.mark.parametrize(
    ("short", "names", "full"),
    [
        ("周明", ["周明", "周明远"], "周明远"),
        ("劉凱", ["劉凱", "劉凱達", "王芳"], "劉凱達"),
        # two longer names: ambiguous, kept apart
        ("周明", ["周明远", "周明亮"], None),
        # two characters longer is another name
        ("周明", ["周明远大"], None),
        ("周", ["周明"], None),
    ],
)
def test_person_short_form(short: str, names: list[str], full: str | None) -> None:
    assert person_short_form(short, names) == full


def test_short_names_a_committee_is_no_short_form_of_its_department() -> None:
    from kgraph.extract.short_names import short_form_of

    assert short_form_of("青州市委", ["青州市委宣传部"], "ORG") is None


@pytest.mark.parametrize(
    ("short", "full", "found"),
    [
        ("友达光电股份有限公司", "友达光电(厦门)有限公司", False),  # parent, subsidiary
        ("统一企业股份有限公司", "成都统一企业食品有限公司", False),
        ("衍视公司", "嘉兴衍视电子科技有限公司", True),  # a short form stays one
    ],
)
def test_short_names_a_registered_name_is_no_short_form(
    short: str, full: str, found: bool
) -> None:
    from kgraph.extract.short_names import short_form_of

    assert (short_form_of(short, [full], "ORG") == full) is found


def test_short_names_a_city_is_no_short_form_of_its_zone() -> None:
    from kgraph.extract.short_names import short_form_of

    assert short_form_of("合肥", ["合肥开发区"], "PLACE") is None
    assert short_form_of("合肥", ["合肥市", "合肥开发区"], "PLACE") == "合肥市"
    # a zone's own name without its level stays a short form of it
    assert short_form_of("湘家荡", ["湘家荡区域"], "PLACE") == "湘家荡区域"


@pytest.mark.parametrize(
    ("short", "full"),
    [("上海海外联谊会", "上海海外联谊会办公室"), ("澳门中联办", "澳门中联办教青部")],
)
def test_short_names_a_body_is_no_short_form_of_its_office(
    short: str, full: str
) -> None:
    from kgraph.extract.short_names import short_form_of

    assert short_form_of(short, [full], "ORG") is None
