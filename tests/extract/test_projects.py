"""Project names by their grammar (kgraph.extract.projects), on hand-tagged words."""

from __future__ import annotations

from kgraph.extract.projects import find_projects, without_fragments


def _tagged(tagged: str) -> tuple[str, list[tuple[int, int, str]]]:
    """``词/tag 词/tag``: the text and its ``(start, end, tag)`` words."""
    text, words = "", []
    for item in tagged.split():
        word, _, tag = item.rpartition("/")
        words.append((len(text), len(text) + len(word), tag))
        text += word
    return text, words


def _names(tagged: str, spans: list[tuple[int, int, str]] | None = None) -> list[str]:
    text, words = _tagged(tagged)
    return [text[s:e] for s, e, _ in find_projects(text, words, spans or [])]


def test_projects_left_edge_after_de_keeps_verbs_inside() -> None:
    # 的 after an amount is the edge; a word tagged v stays inside the name
    assert _names("总/a 投资/n 7亿元/m 的/u 青岭/nz 抽水蓄能电站/v 项目/n 开工/v") == [
        "青岭抽水蓄能电站项目"
    ]


def test_projects_gongcheng_ending() -> None:
    assert _names("随着/p 石湾坡/LOC 隧道/n 工程/n 的/u 奠基/vn") == ["石湾坡隧道工程"]


def test_projects_conjunction_and_phase_stay_inside() -> None:
    got = _names(
        "签约/v 青禾/n 冻品/nz 加工/vn 及/c 冷链/nz 物流/n 建设/vn 项目/n ,/w "
        "溪南/LOC 创业园/n (/w 二期/m )/w 项目/n"
    )
    assert got == ["青禾冻品加工及冷链物流建设项目", "溪南创业园(二期)项目"]


def test_projects_clause_verb_is_the_edge() -> None:
    assert _names("推动/v 落实/v 鹿鸣/nz 农业/n 产业园/n 三期/m 项目/n") == [
        "鹿鸣农业产业园三期项目"
    ]


def test_projects_classes_are_not_names() -> None:
    for tagged in (
        "全市/n 招商引资/vn 项目/n",
        "与/p 北京/LOC 合作/vn 项目/n",
        "32个/m 项目/n",
        "28个/m 乡镇/n 项目/n",
        "该/r 项目/n",
        "民生/n 工程/n",
        "民生/n 服务/vn 项目/n 29个/m",
    ):
        assert _names(tagged) == [], tagged


def test_projects_two_projects_joined_are_two() -> None:
    assert _names("建设/v 东溪/nz 水厂/n 工程/n 和/c 西岭/nz 管网/n 工程/n") == [
        "东溪水厂工程",
        "西岭管网工程",
    ]


def test_projects_never_end_inside_a_name() -> None:
    text, words = _tagged("青岭/nz 工程/n 有限公司/n")
    assert find_projects(text, words, [(0, 8, "ORG")]) == []


def test_projects_listed_before_deng_xiangmu() -> None:
    got = _names(
        "推动/v 青禾/a 医疗基地/n 、/w 鹿鸣数农业中心/ORG 等/u 重大/a 项目/n 建设/vn"
    )
    assert got == ["青禾医疗基地", "鹿鸣数农业中心"]


def test_projects_listed_kinds_are_not_projects() -> None:
    assert _names("推进/v 硅石/n 加工/vn 、/w 光伏/n 发电/vn 等/u 重点/n 项目/n") == []


def test_fragments_inside_a_project_are_dropped() -> None:
    text = "青禾冻品加工及冷链物流建设项目"
    project = [(0, len(text), "PROJECT")]
    assert without_fragments(text, [(7, 11, "ORG")], project) == []
    # a complete name (its suffix) is the owner and stays
    text = "溪南县鹿鸣建设项目"
    assert without_fragments(text, [(0, 3, "PLACE")], [(0, 9, "PROJECT")]) == [
        (0, 3, "PLACE")
    ]
    # a listed project read as an organisation becomes only a project
    text = "鹿鸣数农业中心"
    assert without_fragments(text, [(0, 7, "ORG")], [(0, 7, "PROJECT")]) == []


def test_projects_facility_heads() -> None:
    got = _names("建成/v 青禾/nz 研发/vn 生产/vn 基地/n 和/c 星河/nz 测序/vn 工厂/n")
    assert got == ["青禾研发生产基地", "星河测序工厂"]


def test_projects_listed_before_a_count_and_a_field_of_projects() -> None:
    """``等N个`` + the field (轨道交通、市郊铁路) + 重大项目 closes the list too."""
    names = _names(
        "安排/v 青岭/LOC 轨道/n 交通/n 线/n 、/w 东湖/nz 科学/n 中心/n "
        "等/u 2个/m 轨道/n 交通/n 、/w 科技/n 重大/a 项目/n 。/w"
    )
    assert "青岭轨道交通线" in names and "东湖科学中心" in names


def test_projects_listed_cut_too_short_is_no_name() -> None:
    names = _names(
        "安排/v 火车站/n 周边/f 道路/n 、/w 东湖/nz 科学/n 中心/n "
        "等/u 2个/m 重大/a 项目/n"
    )
    assert "道路" not in names
