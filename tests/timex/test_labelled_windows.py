"""Writing windows on every labelled page of the extraction corpora (gold ``published_estimate``):
the share of gold windows contained, the median width ratio and the share of pages with a dateline
dated exactly may not get worse than the figures pinned in baseline.json."""

from __future__ import annotations

import json
from pathlib import Path

from airdate.timex.window_eval import fit_pages, window_figures

EXTRACT_TESTS = Path(__file__).resolve().parents[1] / "extract"
BASELINE = Path(__file__).with_name("baseline.json")


def test_labelled_page_windows_do_not_get_worse_than_the_pinned_figures() -> None:
    fits = [fit for folder in ("corpus", "heldout", "heldout2", "heldout3") for fit in fit_pages(EXTRACT_TESTS / folder)]
    figures = window_figures(fits)
    pinned = json.loads(BASELINE.read_text())["writing_windows"]["labelled_pages"]
    misses = [(f.article, f.window.start, f.window.end, f.gold) for f in fits if not f.contains]
    assert figures["pages"] >= pinned["pages"], figures
    assert figures["contained"] >= pinned["contained"], (figures, misses)
    assert figures["median_width_ratio"] <= pinned["median_width_ratio"], figures
    assert figures["dateline_exact"] >= pinned["dateline_exact"], figures
