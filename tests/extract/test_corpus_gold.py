"""End to end on our own corpus of invented release-date pages (tests/extract/corpus): the labels are
well formed, and the figures on each half of the dev/held-out split do not drop below the pinned ones."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from airdate.extract.evaluate import ArticleRun, run_gold, score_runs

CORPUS = Path(__file__).with_name("corpus")
GOLD = CORPUS / "gold"
BASELINE = Path(__file__).with_name("baseline.json")
SPLIT = json.loads((CORPUS / "split.json").read_text())
ATTRIBUTES = {
    "premiere_date", "renewal", "cancellation", "production_stage", "platform", "cast_member", "character", "director",
    "writer", "based_on", "viewership", "trailer", "episode_count", "production_company", "other",
}
MODALITIES = {"confirmed", "reported", "expected", "speculative", "conditional", "negated"}


@lru_cache(maxsize=2)
def _runs(half: str) -> tuple[ArticleRun, ...]:
    return tuple(run_gold(GOLD, CORPUS, only=frozenset(SPLIT[half])))


def test_the_split_covers_every_gold_file_once() -> None:
    stems = {f.stem for f in GOLD.glob("*.json")}
    dev, heldout = set(SPLIT["dev"]), set(SPLIT["heldout"])
    assert dev and heldout and not dev & heldout
    assert dev | heldout == stems


@pytest.mark.parametrize("gold_file", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_gold_labels_follow_the_seed_conventions(gold_file: Path) -> None:
    gold = json.loads(gold_file.read_text())
    text = (CORPUS / gold["article"]).read_text()
    flat = re.sub(r"\s+", " ", text)
    assert 300 <= len(text.split()) <= 1200
    assert set(gold) == {"article", "published_estimate", "boilerplate", "claims"}
    for block in gold["boilerplate"]:
        assert block in flat, block
    seen = set()
    for claim in gold["claims"]:
        assert claim["attribute"] in ATTRIBUTES and claim["modality"] in MODALITIES, claim
        assert claim["quote"] in text, claim["quote"]
        for quote in claim.get("also_quotes", []):
            assert quote in text, quote
        if claim["modality"] == "negated":
            assert claim["value"] is None or claim["attribute"] == "renewal", claim
        if claim["modality"] == "conditional":
            assert claim.get("condition"), claim
        key = (claim["subject"], claim["season"], claim["attribute"], json.dumps(claim["value"], sort_keys=True), claim["modality"])
        assert key not in seen, key
        seen.add(key)


@pytest.mark.parametrize("half", ["dev", "heldout"])
def test_corpus_figures_do_not_drop_below_the_pinned_baseline(half: str) -> None:
    figures = score_runs(list(_runs(half)))
    pinned = json.loads(BASELINE.read_text())[f"corpus_{half}"]
    assert figures["micro"]["f1"] >= pinned["micro_f1"], figures["micro"]
    assert figures["micro"]["precision"] >= pinned["micro_precision"], figures["micro"]
    assert figures["micro"]["recall"] >= pinned["micro_recall"], figures["micro"]
    assert figures["strict"]["f1"] >= pinned["strict_f1"], figures["strict"]
    assert figures["modality_accuracy"] >= pinned["modality_accuracy"]
    assert figures["boilerplate"] >= pinned["boilerplate"]


@pytest.mark.parametrize("half", ["dev", "heldout"])
def test_corpus_quotes_are_verbatim_and_roundup_titles_keep_their_claims(half: str) -> None:
    for run in _runs(half):
        for claim in run.claims:
            assert claim.quote in run.text
            assert claim.subject.lower() not in {"hulu", "netflix", "max", "fx", "peacock"}, claim
    roundup = [r for r in _runs(half) if r.name.startswith("c07")]
    if roundup:
        subjects = {c.subject for c in roundup[0].claims}
        assert {"Gasket", "Hollow Crown Academy", "Riverbend"} <= subjects, subjects
