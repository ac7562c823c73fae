"""Gold annotation of eval/corpus/articles/k05_tianjin.txt (format of ../shared/eval/gold_dev.py)."""
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

TJ = ("天津", "天津市")
SFYQ = ("示範工業園區", "31個示範工業園區", "天津市31個示範工業園區", "示範工業園")
WHB = ("香港文匯報", "文匯報")

GOLD = {"k05_tianjin": {
  "entities": [
    E("李欣", PER),
    E(TJ, LOC),
    E(SFYQ, (LOC, ORG), optional=True),
    E(WHB, ORG, optional=True),
  ],
  "relations": [
    R(("李欣",), "reported_by", ("ARTICLE",)),
    R(TJ + SFYQ, "has_investment", ("608000000000",), optional=True),
    R(TJ + SFYQ, "has_investment", ("170900000000",), optional=True),
    R(SFYQ, "located_in", TJ, optional=True), R(SFYQ, "part_of", TJ, optional=True),
    R(("李欣",), "works_for", WHB, optional=True),
  ],
  "money": [M(6.08e11), M(1.709e11), M(1e8, optional=True), M(5e8, optional=True),
            M(5e9, optional=True)],
}}
