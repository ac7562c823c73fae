"""Gather the per-article gold (gold/<id>.py) of one split of the corpus (split.tsv)."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def gold_of(split: str) -> dict[str, dict[str, list[dict[str, object]]]]:
    """The ``GOLD`` mapping of every article of ``split`` ("dev", "test" or "all")."""
    lines = (HERE / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    gold: dict[str, dict[str, list[dict[str, object]]]] = {}
    for line in lines:
        article_id, article_split = line.split("\t")
        if split in ("all", article_split):
            path = HERE / "gold" / f"{article_id}.py"
            namespace: dict[str, object] = {"__file__": str(path)}
            exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
            gold.update(namespace["GOLD"])  # type: ignore[arg-type]
    return gold
