"""``kgraph build … -o FOLDER --figures parts|places`` (kgraph.cli.figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.cli import EXIT_ERROR, EXIT_OK, main

pytest.importorskip("matplotlib")
ROOT = Path(__file__).parents[2]
QUICK = ("--engine", "jieba", "-q")


def test_cli_figures_one_per_part(tmp_path: Path) -> None:
    out = tmp_path / "figs"
    args = ["build", str(ROOT / "eval" / "articles"), "-o", str(out)]
    assert main([*args, "--figures", "parts", "--format", "svg", *QUICK]) == EXIT_OK
    written = sorted(out.iterdir())
    assert len(written) > 3 and all(p.suffix == ".svg" for p in written)
    assert written[0].name.startswith("01-")


def test_cli_figures_crowded_single_figure_gets_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.png"
    paths = [str(ROOT / "eval" / "articles"), str(ROOT / "examples")]
    assert main(["build", *paths, "-o", str(out), *QUICK]) == EXIT_OK
    assert out.stat().st_size > 0
    assert "--figures parts" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("-o", "figs.png"), "looks like a file name"),
        (("-o", "figs", "--format", "turtle"), "--figures draws png, svg, pdf"),
        (("-o", "figs", "--per-document"), "one folder from the merged graph"),
        (("-o", "-"), "pass -o FOLDER"),
    ],
)
def test_cli_figures_bad_uses_are_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    extra: tuple[str, ...],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    article = ROOT / "examples" / "a1_xiangjiadang.txt"
    assert main(["build", str(article), *extra, "--figures", "parts", *QUICK]) == (
        EXIT_ERROR
    )
    (line,) = capsys.readouterr().err.splitlines()
    assert message in line
