"""The second held-out corpus (tests/extract/heldout2) keeps the seed gold conventions.

Like tests/extract/heldout, these pages are about invented shows and were labelled without running
the extractor; the checks look only at the labels and the articles so the labels stand on their own.
The convention checks are shared with the first held-out corpus; this file adds the checks that the
second corpus's messier pages (FAQ answers, countdown widgets, list rows) make worth having.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from tests.extract.test_heldout_labels import ANCHORS, ATTRIBUTES, CLAIM_KEYS, MODALITIES, STAGES, _frozen

HELDOUT2 = Path(__file__).resolve().parent / "heldout2"
GOLD_FILES = sorted((HELDOUT2 / "gold").glob("*.json"))


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = (HELDOUT2 / gold["article"]).read_text(encoding="utf-8")
    return gold, article


def _is_day(text: object) -> bool:
    if not isinstance(text, str):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _dates_in(value: object) -> list[object]:
    """Every date-bearing field of a value: plain days, interval bounds and renewal/cancellation dates."""
    if isinstance(value, str):
        return [value] if value[:1].isdigit() else []
    if not isinstance(value, dict):
        return []
    found: list[object] = []
    for key in ("start", "end"):
        if key in value and value[key] is not None:
            found.append(value[key])
    if isinstance(value.get("date"), (str, dict)):
        found.extend(_dates_in(value["date"]) if isinstance(value["date"], dict) else [value["date"]])
    return found


def test_corpus_is_complete() -> None:
    articles = sorted(p.name for p in HELDOUT2.glob("*.txt"))
    named = sorted(json.loads(p.read_text(encoding="utf-8"))["article"] for p in GOLD_FILES)
    assert len(articles) == 16, f"expected 16 held-out articles, found {len(articles)}"
    assert articles == named, "every held-out article needs exactly one gold file naming it"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_article_is_long_enough(path: Path) -> None:
    _, article = _load(path)
    words = len(article.split())
    assert 700 <= words <= 1600, f"{path.stem}: {words} words, outside 700..1600"


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
def test_no_quote_comes_from_boilerplate(path: Path) -> None:
    # A claim quoted from a sidebar or an "Also Read" teaser would contradict the scope rule.
    gold, _ = _load(path)
    for claim in gold["claims"]:
        for quote in [claim["quote"], *claim.get("also_quotes", [])]:
            collapsed = " ".join(quote.split())
            for block in gold["boilerplate"]:
                assert not collapsed.startswith(block), f"{path.stem}: claim quoted from boilerplate: {quote!r}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_published_estimate_is_an_ordered_window(path: Path) -> None:
    gold, _ = _load(path)
    estimate = gold["published_estimate"]
    assert _is_day(estimate["start"]) and _is_day(estimate["end"]), f"{path.stem}: estimate bounds must be days"
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
        if claim["attribute"] == "viewership":
            assert isinstance(value["amount"], (int, float)) and value["amount"] > 0 and value["unit"], where
        if claim["attribute"] == "episode_count":
            assert isinstance(value, int) and value > 0, f"{where}: episode_count is a positive integer"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_dates_are_real_days_in_order(path: Path) -> None:
    gold, _ = _load(path)
    for claim in gold["claims"]:
        where = f"{path.stem}: {claim['subject']} s{claim['season']} {claim['attribute']}"
        for day in _dates_in(claim["value"]):
            assert _is_day(day), f"{where}: {day!r} is not a YYYY-MM-DD day"
        value = claim["value"]
        interval = value.get("date") if isinstance(value, dict) and isinstance(value.get("date"), dict) else value
        if isinstance(interval, dict) and interval.get("start") and interval.get("end"):
            assert interval["start"] <= interval["end"], f"{where}: interval starts after it ends"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_conditions_are_worded_as_in_the_article(path: Path) -> None:
    gold, article = _load(path)
    lowered = article.lower()
    for claim in gold["claims"]:
        if "condition" in claim:
            assert claim["condition"].lower() in lowered, f"{path.stem}: condition not in the text: {claim['condition']!r}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_subjects_are_named_in_the_article(path: Path) -> None:
    gold, article = _load(path)
    for subject in {claim["subject"] for claim in gold["claims"]}:
        assert subject.lower() in article.lower(), f"{path.stem}: subject {subject!r} never named in the article"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_no_duplicate_claims(path: Path) -> None:
    gold, _ = _load(path)
    keys = Counter(
        (c["subject"], c["season"], c["attribute"], _frozen(c["value"]), c["modality"]) for c in gold["claims"]
    )
    duplicates = [key for key, count in keys.items() if count > 1]
    assert not duplicates, f"{path.stem}: duplicate claims {duplicates}"
