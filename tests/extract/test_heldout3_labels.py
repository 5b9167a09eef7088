"""The third held-out corpus (tests/extract/heldout3) keeps the seed gold conventions.

Like the first two held-out corpora, these pages are about invented shows and were labelled without
running the extractor; the checks look only at the labels and the articles. The third corpus is built
from page shapes the extractor was not tuned on (Indian, Filipino, Nigerian, British and Australian
entertainment sites, aggregator tables flattened into lines, episode guides, day-first dates, an actor
profile that mentions a show in passing), so on top of the shared conventions it checks the things
those shapes make easy to get wrong: day-first header dates, conditions that sit in their own quote,
negations that actually say no, and that the shapes the corpus exists for are really in it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from tests.extract.test_heldout2_labels import _dates_in, _is_day
from tests.extract.test_heldout_labels import ANCHORS, ATTRIBUTES, CLAIM_KEYS, MODALITIES, STAGES, _frozen

HELDOUT3 = Path(__file__).resolve().parent / "heldout3"
GOLD_FILES = sorted((HELDOUT3 / "gold").glob("*.json"))

# Bounded, unanchored and without nested quantifiers: cannot backtrack badly on any header.
DAY_FIRST = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")
# Words a negated claim's own quote must contain for the "no" to be in the text, not in the label.
# Only these attributes carry dates; free-text values such as "90-second teaser" merely start with a digit.
DATED_ATTRIBUTES = {"premiere_date", "renewal", "cancellation", "production_stage"}
NEGATION_CUES = ("not", "no ", "no,", "no.", "n't", "nothing", "never", "neither", "gone", "absence", "denied", "tba")


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = (HELDOUT3 / gold["article"]).read_text(encoding="utf-8")
    return gold, article


def _all_gold() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in GOLD_FILES]


def _quotes(claim: dict) -> list[str]:
    return [claim["quote"], *claim.get("also_quotes", [])]


def test_corpus_is_complete() -> None:
    articles = sorted(p.name for p in HELDOUT3.glob("*.txt"))
    named = sorted(json.loads(p.read_text(encoding="utf-8"))["article"] for p in GOLD_FILES)
    assert len(articles) == 14, f"expected 14 held-out articles, found {len(articles)}"
    assert articles == named, "every held-out article needs exactly one gold file naming it"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_article_is_long_enough(path: Path) -> None:
    _, article = _load(path)
    words = len(article.split())
    assert 900 <= words <= 1800, f"{path.stem}: {words} words, outside 900..1800"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_quotes_are_verbatim(path: Path) -> None:
    gold, article = _load(path)
    for claim in gold["claims"]:
        for quote in _quotes(claim):
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
    gold, _ = _load(path)
    for claim in gold["claims"]:
        for quote in _quotes(claim):
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
def test_day_first_header_dates_fall_in_the_estimate(path: Path) -> None:
    # These sites write DD/MM/YYYY in their bylines; a month-first reading would be a labelling slip.
    gold, _ = _load(path)
    estimate = gold["published_estimate"]
    for block in gold["boilerplate"]:
        for day, month, year in DAY_FIRST.findall(block):
            read = date(int(year), int(month), int(day)).isoformat()
            assert estimate["start"] <= read <= estimate["end"], (
                f"{path.stem}: header date {day}/{month}/{year} read day-first ({read}) is outside the estimate"
            )


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
        if claim["attribute"] not in DATED_ATTRIBUTES:
            continue
        for day in _dates_in(claim["value"]):
            assert _is_day(day), f"{where}: {day!r} is not a YYYY-MM-DD day"
        value = claim["value"]
        interval = value.get("date") if isinstance(value, dict) and isinstance(value.get("date"), dict) else value
        if isinstance(interval, dict) and interval.get("start") and interval.get("end"):
            assert interval["start"] <= interval["end"], f"{where}: interval starts after it ends"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_conditions_sit_in_their_own_quote(path: Path) -> None:
    # Stricter than the earlier corpora: the condition must be worded in the sentence that carries the claim.
    gold, _ = _load(path)
    for claim in gold["claims"]:
        if "condition" in claim:
            assert claim["modality"] == "conditional", f"{path.stem}: a condition on a {claim['modality']} claim"
            assert claim["condition"].lower() in claim["quote"].lower(), (
                f"{path.stem}: condition {claim['condition']!r} not in its quote {claim['quote']!r}"
            )


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_negated_claims_quote_a_negation(path: Path) -> None:
    gold, _ = _load(path)
    for claim in gold["claims"]:
        if claim["modality"] == "negated":
            quote = claim["quote"].lower()
            assert any(cue in quote for cue in NEGATION_CUES), f"{path.stem}: negated claim without a 'no': {quote!r}"


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


def test_the_corpus_holds_the_shapes_it_was_written_for() -> None:
    golds = _all_gold()
    claims = [claim for gold in golds for claim in gold["claims"]]
    modalities = Counter(claim["modality"] for claim in claims)
    assert all(modalities[m] >= 5 for m in MODALITIES), f"every modality needs examples: {modalities}"
    assert any(c["attribute"] == "cancellation" and c["modality"] == "confirmed" for c in claims), "a cancelled show"
    # A renewal for two seasons at once: one quote renewing consecutive seasons of the same title.
    renewals = Counter(
        (c["subject"], c["quote"]) for c in claims if c["attribute"] == "renewal" and c["modality"] == "confirmed"
    )
    assert any(count >= 2 for count in renewals.values()), "a renewal for two seasons at once"
    # A season released in parts: one title and season with two different confirmed day dates.
    days = Counter(
        (c["subject"], c["season"])
        for c in claims
        if c["attribute"] == "premiere_date" and c["modality"] == "confirmed" and isinstance(c["value"], str)
    )
    assert any(count >= 2 for count in days.values()), "a season with two confirmed release dates (volumes/windows)"
    # The actor profile: most of its claims are about titles other than the page's first subject.
    by_article = {gold["article"]: {c["subject"] for c in gold["claims"]} for gold in golds}
    assert any(len(subjects) >= 5 for subjects in by_article.values()), "a page naming many titles"
    # The contradiction page: one season both confirmed and negated for renewal.
    renewal_modalities: dict[tuple[str, int | None], set[str]] = {}
    for c in claims:
        if c["attribute"] == "renewal":
            renewal_modalities.setdefault((c["subject"], c["season"]), set()).add(c["modality"])
    assert any({"confirmed", "negated"} <= found for found in renewal_modalities.values()), "a writer contradicting"
