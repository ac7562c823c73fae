"""Tests for kgraph.extract.bylines: the forms Chinese news bylines take."""

from __future__ import annotations

import pytest

from kgraph.extract.bylines import is_byline_line, iter_reporters


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "标题\n本报讯(记者 王钰程 见习记者 相紫月)11月16日上午,开工。",
            ["王钰程", "相紫月"],
        ),
        ("标题\n东南网12月7日讯(本网记者 刘惠萍)小吃搭台。", ["刘惠萍"]),
        ("标题\n本报讯(记者宋广军通讯员刘艳红)12月11日,天冷。", ["宋广军", "刘艳红"]),
        ("标题\n(中央社记者陈虹瑾福州2012年5月19日电)大陆力推。", ["陈虹瑾"]),
        ("标题\n本报讯 记者周发源报道 项目开工。", ["周发源"]),
        ("标题\n人民网银川7月23日电(吴隆重)近期,开工。", ["吴隆重"]),
        ("□本报记者 朱传忠\n本报讯 近日,分红。", ["朱传忠"]),
        ("标题\n正文。\n中国吉林网 吉刻APP 记者 高艺上\n编辑: 赵新", ["高艺上"]),
        ("标题\n作者:康福实、陈炜炜 | 责任编辑:乔一\n正文。", ["康福实", "陈炜炜"]),
        (
            "标题\n信息来源:益阳日报作者:孙殉华 卢鹏翔责任编辑:李媛媛",
            ["孙殉华", "卢鹏翔"],
        ),
        ("标题\n正文,开工建设。(记者 张晓磊 实习生 白雨彤)\n", ["张晓磊", "白雨彤"]),
        ("标题\n正文,4大领域。 (山西日报 邓焕彦 崔 杰)\n", ["邓焕彦", "崔 杰"]),
        ("标题\n服务新疆所需。\\大公报记者应江洪\n", ["应江洪"]),
        ("标题\n正文。\n张明/文\n", ["张明"]),
        # a wire's dateline led by its reporters, without brackets
        ("中央社记者王建国、李晓华台北16日电 大陆力推。", ["王建国", "李晓华"]),
        ("标题\n中新社记者王建国福州11月16日电 开工。", ["王建国"]),
        # the outlet's station is no name: 本报驻河北记者
        (
            "【本报记者张以正、本报驻河北记者袁坤、王海军石家庄18日电】会见客人。",
            ["张以正", "袁坤", "王海军"],
        ),
        # a joint credit: the reporter wrote and took the pictures
        ("标题\n文、图:记者 王建国\n开工。", ["王建国"]),
        # an inline byline at the head of a line, the outlet leading it
        ("标题\n大公报记者王建国报道:项目开工。", ["王建国"]),
        ("标题\n大公报记者 王建国、李晓华 报道：项目开工。", ["王建国", "李晓华"]),
    ],
)
def test_bylines_forms(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in iter_reporters(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "标题\n记者从日前召开的会议上获悉,2019年,斜桥镇将聚焦服务。",
        "标题\n刚迈进车间,记者就看到满墙的介绍。",
        "标题\n正文。\n(责编:李培胜、吕倩)",
        "标题\n正文。\n责任编辑:张倩",
        "记者从会上获悉,16日电力公司开工。",
    ],
)
def test_bylines_not_reporters(text: str) -> None:
    assert list(iter_reporters(text)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("签约仪式举行。\n\n图文:张建国", ["张建国"]),
        ("记者 张建国／台北报导\n\n日前,签约仪式举行。", ["张建国"]),
        ("记者张建国/台北报导\n\n日前,签约仪式举行。", ["张建国"]),
        ("签约仪式举行。\n\n【责任编辑:王小丽】", []),
    ],
)
def test_bylines_picture_text_and_taiwan_forms(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in iter_reporters(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # correspondents named before the reporter, set apart by a space
        (
            "标题\n本报讯 (韩松 罗晓东 记者 钟雅琴)3月5日,开工。",
            ["韩松", "罗晓东", "钟雅琴"],
        ),
        # names written together: cut where a surname starts the next one
        ("标题\n正文,开工。(记者吴静岚陈岩)", ["吴静岚", "陈岩"]),
        ("标题\n青禾讯(通讯员梁云秀杨军祥)3月5日,开工。", ["梁云秀", "杨军祥"]),
        # the dateline in square brackets, the names in round ones
        ("标题\n【中新社武汉4月10日电】(周刚 洪文海)3月5日,开工。", ["周刚", "洪文海"]),
        # a square-bracket byline closed by its dateline
        ("标题\n【本报记者古桢明湛江一日电】3月5日,开工。", ["古桢明"]),
        (
            "标题\n【大公报讯】记者帅成、敖敏华广州报道:3月5日,开工。",
            ["帅成", "敖敏华"],
        ),
        # the place filed from is no reporter
        ("标题\n正文。\n(东方卫视、看看新闻Knews记者 俞涛 香港报道)", ["俞涛"]),
        # a metadata line with a date and outlets before the role
        ("标题\n2023-07-05 21:02:48 东方卫视、青禾新闻记者  俞涛\n正文。", ["俞涛"]),
        ("标题\n正文。\n编辑:香香 作者:记者/骆怡 通讯员/何少峰", ["骆怡", "何少峰"]),
        ("标题\n采写:南方+记者 孙景峰\n正文。", ["孙景峰"]),
        # an editor's credit ends the byline
        ("标题\n正文。\n记者:亚荣 编辑:秀芬", ["亚荣"]),
        # the photographer after 图/ is no reporter
        ("标题\n正文。\n文/青禾日报记者 梁文华 图/青禾日报记者 何方", ["梁文华"]),
    ],
)
def test_bylines_leading_names_runs_and_brackets(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in iter_reporters(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "标题\n正文。(编辑 李瑞红)",
        "标题\n正文。(付晨晨摄)",
        "标题\n正文。\n(记者 高远 摄)",
        "标题\n正文。(青禾发布)",
        "标题\n正文。(青禾县融媒体中心)",
        "标题\n正文。(青禾宣传部供图)",
        "标题\n正文。\n审核:李苗 校对:张晓",
    ],
)
def test_bylines_editors_credits_and_outlets_are_no_reporters(text: str) -> None:
    assert [text[s:e] for s, e in iter_reporters(text)] == []


def test_bylines_is_byline_line() -> None:
    assert is_byline_line("青禾日报记者 梁文华 通讯员 周杰")
    assert not is_byline_line("记者从会上获悉,项目开工。")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the dateline's city run into the name is cut off it
        ("标题\n(新华社记者王明杭州5月19日电)某公司开工。", ["王明"]),
        ("标题\n(新华社记者李强哈尔滨3月2日电)某公司开工。", ["李强"]),
        ("标题\n(中央社记者林美玲台北21日电)经济部表示。", ["林美玲"]),
        # a three-character name is never cut without a place after it
        ("标题\n(记者王东阳5月1日电)某公司开工。", ["王东阳"]),
        # Taiwan's papers: names in lenticular brackets closed by 报导
        ("某时报【吴家豪╱台北报导】经济部昨天公布。", ["吴家豪"]),
        ("【记者陈志明、林美玲／综合报导】经济部昨天公布。", ["陈志明", "林美玲"]),
        # a lenticular outlet tag names no one
        ("【某某新闻台】政府举行签署仪式。", []),
    ],
)
def test_bylines_datelines_and_lenticular(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in iter_reporters(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Taiwan's tortoise-shell brackets
        ("标题\n〔记者林欣汉／台北报导〕经济部今天表示。", ["林欣汉"]),
        # the place filed from, set off by a space before 报道, is no reporter
        ("标题\n大公报记者 王小明 重庆报道：县里召开会议。", ["王小明"]),
        # the inline byline without 报道, the name set off by spaces
        ("标题\n【香港商报讯】记者 王小明 县里召开会议。", ["王小明"]),
        ("标题\n本报讯 记者 近日 从有关部门获悉,县里召开会议。", []),
        # a reporter named like a city stays a reporter
        ("标题\n本报讯(记者 黄山 通讯员 李华)县里召开会议。", ["黄山", "李华"]),
        # a text credit in closing brackets, and a picture credit after it
        ("标题\n县里召开会议。\n（文/王小明 李大伟）", ["王小明", "李大伟"]),
        ("标题\n县里召开会议。\n文字：王小明 图片：李大伟", ["王小明"]),
        # ... a word before the role: a special correspondent abroad
        ("标题\n〔特派记者彭文钧/中国重庆报导〕代表团昨天抵达。", ["彭文钧"]),
        # an inline byline after 消息：
        ("澳门日报消息：记者黎鸿报道，特区政府昨日宣布。", ["黎鸿"]),
        # a bar after the role, and a text credit with its photographer's
        ("标题\n记者|王小明\n某县召开会议。", ["王小明"]),
        ("标题\n文｜王小明 图｜李大伟\n某县召开会议。", ["王小明"]),
        ("文/王小明 图/李大伟\n某县召开会议。", ["王小明"]),
        ("标题\n文 / 王小明\n某县召开会议。", ["王小明"]),
        # 文/图 after the names
        ("□ 本报记者 徐鹏飞 文/图\n某县召开会议。", ["徐鹏飞"]),
        # a three-character name ending in 文 keeps it
        ("【本报讯】记者陈大文报道：特区政府昨日宣布。", ["陈大文"]),
        # a company's bracketed place after 电 is no dateline's name
        ("标题\n友达光电(厦门)有限公司增资。", []),
        # a wire's dateline, then the reporter set off by spaces
        ("标题\n中新网南昌1月5日电 记者 王明 江西召开会议。", ["王明"]),
        # a prefixed role on the closing line is no name
        ("标题\n县里召开会议。\n特约记者 王明", ["王明"]),
        # roles run into their names after 讯, set off by spaces, no 报道
        ("标题\n本报讯 记者王明 通讯员李华 近日,县里召开会议。", ["王明", "李华"]),
        ("标题\n本报讯 记者近日从有关部门获悉,县里召开会议。", []),
        # a report compiled from several sources names no one
        ("标题\n县里召开会议。\n\n(综合报道)\n", []),
        ("标题\n县里召开会议。\n（综合报道）", []),
    ],
)
def test_bylines_brackets_bars_and_credits(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in iter_reporters(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "标题\n本报讯 记者近日 获悉,县里召开会议。",
        "标题\n本报讯 记者了解到 近日,开会。",
    ],
)
def test_bylines_an_inline_run_names_people_only(text: str) -> None:
    assert list(iter_reporters(text)) == []
