"""End to end on the fresh corpus of invented pages (tests/extract/heldout): the figures do not drop below
the pinned ones. Its labels were written without running the extractor (see test_heldout_labels.py); since
its first scoring it is used for development, so these figures guard against regressions, not for generality."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from airdate.extract.evaluate import ArticleRun, run_gold, score_runs

HELDOUT = Path(__file__).with_name("heldout")
BASELINE = Path(__file__).with_name("baseline.json")


@lru_cache(maxsize=1)
def _runs() -> tuple[ArticleRun, ...]:
    return tuple(run_gold(HELDOUT / "gold", HELDOUT))


def test_fresh_heldout_figures_do_not_drop_below_the_pinned_baseline() -> None:
    figures = score_runs(list(_runs()))
    pinned = json.loads(BASELINE.read_text())["fresh_heldout"]
    assert figures["micro"]["f1"] >= pinned["micro_f1"], figures["micro"]
    assert figures["micro"]["precision"] >= pinned["micro_precision"], figures["micro"]
    assert figures["micro"]["recall"] >= pinned["micro_recall"], figures["micro"]
    assert figures["strict"]["f1"] >= pinned["strict_f1"], figures["strict"]
    assert figures["modality_accuracy"] >= pinned["modality_accuracy"]
    assert figures["boilerplate"] >= pinned["boilerplate"]


def test_fresh_heldout_quotes_are_verbatim_and_no_network_is_a_show() -> None:
    for run in _runs():
        for claim in run.claims:
            assert claim.quote in run.text
            assert claim.subject.lower() not in {"hulu", "netflix", "max", "apple", "prime", "peacock", "amazon"}, claim
