"""The fresh held-out corpus (tests/extract/heldout) keeps the seed gold conventions.

These checks look only at the labels and the articles, never at the extractor: the corpus exists to
measure the extractor on pages nobody tuned it on, so its labels must stand on their own.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

HELDOUT = Path(__file__).resolve().parent / "heldout"
GOLD_FILES = sorted((HELDOUT / "gold").glob("*.json"))

ATTRIBUTES = {
    "premiere_date", "renewal", "cancellation", "production_stage", "platform", "cast_member", "character",
    "director", "writer", "based_on", "viewership", "trailer", "episode_count", "production_company", "other",
}
MODALITIES = {"confirmed", "reported", "expected", "speculative", "conditional", "negated"}
STAGES = {"announced", "development", "casting", "pre-production", "filming", "post-production"}
ANCHORS = {"start", "span", "end", "as_of"}
CLAIM_KEYS = {"subject", "season", "attribute", "value", "modality", "quote", "also_quotes", "condition", "note"}


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = (HELDOUT / gold["article"]).read_text(encoding="utf-8")
    return gold, article


def _frozen(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def test_corpus_is_complete() -> None:
    articles = sorted(p.name for p in HELDOUT.glob("*.txt"))
    named = sorted(json.loads(p.read_text(encoding="utf-8"))["article"] for p in GOLD_FILES)
    assert len(articles) == 16, f"expected 16 held-out articles, found {len(articles)}"
    assert articles == named, "every held-out article needs exactly one gold file naming it"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_article_is_long_enough(path: Path) -> None:
    _, article = _load(path)
    words = len(article.split())
    assert 700 <= words <= 1800, f"{path.stem}: {words} words, outside 700..1800"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_quotes_are_verbatim(path: Path) -> None:
    gold, article = _load(path)
    for claim in gold["claims"]:
        for quote in [claim["quote"], *claim.get("also_quotes", [])]:
            assert quote and quote in article, f"{path.stem}: not in the article: {quote!r}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_boilerplate_blocks_are_found(path: Path) -> None:
    gold, article = _load(path)
    collapsed = " ".join(article.split())
    for block in gold["boilerplate"]:
        assert block == " ".join(block.split()), f"{path.stem}: boilerplate entry not whitespace-collapsed: {block!r}"
        assert block in collapsed, f"{path.stem}: boilerplate entry not in the article: {block!r}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_published_estimate_is_an_ordered_window(path: Path) -> None:
    gold, _ = _load(path)
    estimate = gold["published_estimate"]
    assert estimate["start"] <= estimate["end"], f"{path.stem}: published_estimate start after end"
    assert estimate["reasoning"].strip(), f"{path.stem}: published_estimate needs its reasoning"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_claims_follow_the_conventions(path: Path) -> None:
    gold, _ = _load(path)
    for claim in gold["claims"]:
        where = f"{path.stem}: {claim['subject']} s{claim['season']} {claim['attribute']}"
        assert set(claim) <= CLAIM_KEYS, f"{where}: unknown keys {set(claim) - CLAIM_KEYS}"
        assert claim["attribute"] in ATTRIBUTES, f"{where}: unknown attribute"
        assert claim["modality"] in MODALITIES, f"{where}: unknown modality {claim['modality']!r}"
        assert claim["season"] is None or (isinstance(claim["season"], int) and claim["season"] >= 1), where
        value = claim["value"]
        if claim["modality"] == "negated":
            if claim["attribute"] == "renewal":
                assert value is not None and value["renewed"] is False, f"{where}: negated renewal must be renewed=false"
            else:
                assert value is None, f"{where}: negated claims carry a null value"
        elif claim["attribute"] == "renewal":
            assert value["renewed"] is True, f"{where}: renewed=false must be labelled negated"
        if claim["modality"] == "conditional":
            assert claim.get("condition"), f"{where}: a conditional claim needs its condition"
        if value is None:
            continue
        if claim["attribute"] == "production_stage":
            assert value["stage"] in STAGES and value["anchor"] in ANCHORS, f"{where}: bad stage/anchor"
        if claim["attribute"] == "character":
            assert set(value) == {"name", "played_by"} and value["name"], f"{where}: character needs name/played_by"
        if claim["attribute"] == "cancellation":
            assert value["cancelled"] is True, f"{where}: cancellation value must say cancelled=true"
        if claim["attribute"] == "based_on":
            assert set(value) == {"title", "alt_title", "medium", "author", "run_start", "run_end"}, where


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_no_duplicate_claims(path: Path) -> None:
    gold, _ = _load(path)
    keys = Counter(
        (c["subject"], c["season"], c["attribute"], _frozen(c["value"]), c["modality"]) for c in gold["claims"]
    )
    duplicates = [key for key, count in keys.items() if count > 1]
    assert not duplicates, f"{path.stem}: duplicate claims {duplicates}"
