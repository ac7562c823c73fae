"""The executed quickstart notebook, as HTML, draws its network in a real browser.

The notebook's interactive view is an ``<iframe sandbox="allow-scripts"
srcdoc=...>``: the page's own scripts run (vis-network, the filters) while its
opaque origin keeps them from the notebook page and its cookies, and the
``srcdoc`` keeps it offline. This test executes the notebook (nbclient),
exports it with nbconvert, opens it in headless Chromium with the iframe moved
to the top of the page and checks that the network's canvas has drawn the nodes in their
type colours, five runs out of five.

``--disable-site-isolation-trials`` keeps the iframe in the page's process:
headless Chromium's ``--virtual-time-budget`` (the wait before the screenshot)
only runs the frames of that process, and an iframe of an opaque origin would
otherwise be screenshot before it has drawn.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kgraph.types import EntityType
from kgraph.viz.style import TYPE_COLOURS

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
nbconvert = pytest.importorskip("nbconvert")
image = pytest.importorskip("matplotlib.image")
CHROMIUM = shutil.which("chromium")
NOTEBOOK = Path(__file__).parent.parent / "notebooks" / "quickstart.ipynb"
#: written by the notebook next to itself
WRITTEN = ("a1.ttl", "a1.png", "a1.html")
RUNS = 5
FRAME_HEIGHT = 560  # the notebook's kgraph.viz.show(kg, height="560px")
#: moves the notebook's iframe to the top of the page, so that the window shows
#: it without scrolling (a headless screenshot is of the top of the page)
_TO_TOP = '<script>document.body.prepend(document.querySelector("iframe"));</script>'


@pytest.fixture(scope="module")
def notebook_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    try:
        client.execute()
    finally:
        for name in WRITTEN:
            (NOTEBOOK.parent / name).unlink(missing_ok=True)
    # the basic template: the cells alone, without the full template's
    # require.js from a CDN (this machine has no internet)
    body, _ = nbconvert.HTMLExporter(template_name="basic").from_notebook_node(notebook)
    assert body.count("<iframe") == 1
    page = tmp_path_factory.mktemp("nb") / "quickstart.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        + body
        + _TO_TOP
        + "</body></html>",
        encoding="utf-8",
    )
    return page


def _share_near(pixels, colour: str) -> float:  # type: ignore[no-untyped-def]
    import numpy as np

    rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    return float((np.abs(pixels[..., :3] - rgb).max(axis=-1) < 0.04).mean())


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_notebook_network_draws_in_headless_chromium(
    notebook_html: Path, tmp_path: Path
) -> None:
    assert CHROMIUM is not None
    drawn = 0
    for run in range(RUNS):
        shot = tmp_path / f"shot{run}.png"
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-site-isolation-trials",
                "--no-first-run",
                "--hide-scrollbars",
                f"--user-data-dir={tmp_path / f'profile{run}'}",
                "--window-size=1280,900",
                "--virtual-time-budget=15000",
                f"--screenshot={shot}",
                notebook_html.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        # inside the iframe, below the network page's heading and filters
        canvas = image.imread(shot)[130:FRAME_HEIGHT, :, :3]
        kinds = (EntityType.PLACE, EntityType.ORG, EntityType.PERSON)
        if canvas.std() > 0.02 and all(
            _share_near(canvas, TYPE_COLOURS[k]) > 1e-4 for k in kinds
        ):
            drawn += 1
    assert drawn == RUNS, f"the network drew in {drawn} of {RUNS} runs"
