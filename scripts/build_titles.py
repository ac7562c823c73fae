"""Draw kgraph's lexicon of organisational posts from CLUENER 2020 (train split).

    python scripts/build_titles.py ../shared/data/cluener2020/train.json \
        > kgraph/data/titles.txt

A post is a CLUENER ``position`` mention written right after an organisation
mention (``company``, ``government``, ``organization``): ``温氏集团董事长``. Posts
seen so at least twice, 2–7 characters, are kept; occupations that name no post
in the organisation (嘉宾, 专家 …) are left out. Only this list of common words
is kept, never the data set.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

_NOT_POSTS = {"嘉宾", "专家", "官员", "士兵", "二等兵", "分析师", "高级分析师"}


def main(path: str) -> None:
    counts: Counter[str] = Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            labels = json.loads(line)["label"]
            ends = {
                last + 1
                for kind in ("company", "government", "organization")
                for spans in labels.get(kind, {}).values()
                for _, last in spans
            }
            for name, spans in labels.get("position", {}).items():
                counts[name] += sum(first in ends for first, _ in spans)
    print("# posts in organisations: CLUENER 2020 train, scripts/build_titles.py")
    for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if count >= 2 and 2 <= len(name) <= 7 and name not in _NOT_POSTS:
            print(name)


if __name__ == "__main__":
    main(sys.argv[1])
