"""Build each article into its own node-link JSON and score it with a gold file.

usage: python scripts/eval_articles.py GOLD.py ARTICLES_DIR [--out DIR] [--scorer S]

The scorer defaults to ``../shared/eval/score.py`` when present, else the copy in
``eval/score.py``. Its last line is ``MICRO {...}`` with micro P/R/F1.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import kgraph
from kgraph.export import write_graph

ROOT = Path(__file__).resolve().parent.parent


def build_articles(articles: Path, out: Path) -> list[str]:
    """Write ``out/<article id>.json`` for every ``*.txt`` in ``articles``."""
    nlp = kgraph.load()
    ids = []
    for path in sorted(articles.glob("*.txt")):
        kg = kgraph.build([(path.stem, path.read_text(encoding="utf-8"))], nlp=nlp)
        write_graph(kg, out / f"{path.stem}.json")
        ids.append(path.stem)
    return ids


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("articles", type=Path)
    parser.add_argument("--out", type=Path, help="keep the JSON files here")
    shared = ROOT.parent / "shared" / "eval" / "score.py"
    default = shared if shared.exists() else ROOT / "eval" / "score.py"
    parser.add_argument("--scorer", type=Path, default=default)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        ids = build_articles(args.articles, out)
        cmd = [
            sys.executable,
            str(args.scorer),
            str(args.gold),
            str(out),
            ",".join(ids),
        ]
        return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
