"""The fresh held-out corpora (tests/extract/heldout, heldout2, heldout3) keep the seed gold conventions.

These pages are about invented shows and were labelled without running the extractor; the checks look
only at the labels and the articles, never at the extractor, so the labels stand on their own. Every
corpus gets the shared convention checks; the later corpora add checks their shapes make worth having:
heldout2's messier pages (FAQ answers, countdown widgets, list rows) real days and worded conditions,
heldout3's Indian, Filipino, Nigerian, British and Australian site shapes (flattened tables, episode
guides, day-first dates, an actor profile) day-first header dates, conditions in their own quote,
negations that actually say no, and that the shapes the corpus exists for are really in it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

ATTRIBUTES = {
    "premiere_date", "renewal", "cancellation", "production_stage", "platform", "cast_member", "character",
    "director", "writer", "based_on", "viewership", "trailer", "episode_count", "production_company", "other",
}
MODALITIES = {"confirmed", "reported", "expected", "speculative", "conditional", "negated"}
STAGES = {"announced", "development", "casting", "pre-production", "filming", "post-production"}
ANCHORS = {"start", "span", "end", "as_of"}
CLAIM_KEYS = {"subject", "season", "attribute", "value", "modality", "quote", "also_quotes", "condition", "note"}
# Only these attributes carry dates; free-text values such as "90-second teaser" merely start with a digit.
DATED_ATTRIBUTES = {"premiere_date", "renewal", "cancellation", "production_stage"}
# Bounded, unanchored and without nested quantifiers: cannot backtrack badly on any header.
DAY_FIRST = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")
# Words a negated claim's own quote must contain for the "no" to be in the text, not in the label.
NEGATION_CUES = ("not", "no ", "no,", "no.", "n't", "nothing", "never", "neither", "gone", "absence", "denied", "tba")


@dataclass(frozen=True)
class Corpus:
    """One held-out folder and how strictly its labels are checked (later corpora were written to tighter rules)."""

    folder: str
    articles: int
    min_words: int
    max_words: int
    strict_values: bool = False  # viewership and episode_count value shapes, estimate bounds are real days
    real_dates: bool = False  # every date in a value is a YYYY-MM-DD day and intervals are ordered
    dated_attributes_only: bool = False  # the date check looks only at attributes that carry dates
    no_boilerplate_quotes: bool = False
    conditions_in_article: bool = False
    conditions_in_own_quote: bool = False
    negations_quoted: bool = False
    day_first_headers: bool = False
    subjects_named: bool = False

    @property
    def path(self) -> Path:
        return HERE / self.folder

    @property
    def gold_files(self) -> list[Path]:
        return sorted((self.path / "gold").glob("*.json"))


CORPORA = (
    Corpus("heldout", articles=16, min_words=700, max_words=1800),
    Corpus(
        "heldout2", articles=16, min_words=700, max_words=1600, strict_values=True, real_dates=True,
        no_boilerplate_quotes=True, conditions_in_article=True, subjects_named=True,
    ),
    Corpus(
        "heldout3", articles=14, min_words=900, max_words=1800, strict_values=True, real_dates=True,
        dated_attributes_only=True, no_boilerplate_quotes=True, conditions_in_own_quote=True,
        negations_quoted=True, day_first_headers=True, subjects_named=True,
    ),
)
ARTICLES = [
    pytest.param(corpus, path, id=f"{corpus.folder}-{path.stem}") for corpus in CORPORA for path in corpus.gold_files
]


def _with(flag: str) -> list:
    return [param for param in ARTICLES if getattr(param.values[0], flag)]


def _load(corpus: Corpus, path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = (corpus.path / gold["article"]).read_text(encoding="utf-8")
    return gold, article


def _frozen(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _quotes(claim: dict) -> list[str]:
    return [claim["quote"], *claim.get("also_quotes", [])]


def _where(path: Path, claim: dict) -> str:
    return f"{path.stem}: {claim['subject']} s{claim['season']} {claim['attribute']}"


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


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.folder)
def test_corpus_is_complete(corpus: Corpus) -> None:
    articles = sorted(p.name for p in corpus.path.glob("*.txt"))
    named = sorted(json.loads(p.read_text(encoding="utf-8"))["article"] for p in corpus.gold_files)
    assert len(articles) == corpus.articles, f"expected {corpus.articles} {corpus.folder} articles, found {len(articles)}"
    assert articles == named, f"every {corpus.folder} article needs exactly one gold file naming it"


@pytest.mark.parametrize(("corpus", "path"), ARTICLES)
def test_article_is_long_enough(corpus: Corpus, path: Path) -> None:
    _, article = _load(corpus, path)
    words = len(article.split())
    low, high = corpus.min_words, corpus.max_words
    assert low <= words <= high, f"{path.stem}: {words} words, outside {low}..{high}"


@pytest.mark.parametrize(("corpus", "path"), ARTICLES)
def test_quotes_are_verbatim(corpus: Corpus, path: Path) -> None:
    gold, article = _load(corpus, path)
    for claim in gold["claims"]:
        for quote in _quotes(claim):
            assert quote and quote in article, f"{path.stem}: not in the article: {quote!r}"


@pytest.mark.parametrize(("corpus", "path"), ARTICLES)
def test_boilerplate_blocks_are_found(corpus: Corpus, path: Path) -> None:
    gold, article = _load(corpus, path)
    collapsed = " ".join(article.split())
    for block in gold["boilerplate"]:
        assert block == " ".join(block.split()), f"{path.stem}: boilerplate entry not whitespace-collapsed: {block!r}"
        assert block in collapsed, f"{path.stem}: boilerplate entry not in the article: {block!r}"


@pytest.mark.parametrize(("corpus", "path"), _with("no_boilerplate_quotes"))
def test_no_quote_comes_from_boilerplate(corpus: Corpus, path: Path) -> None:
    # A claim quoted from a sidebar or an "Also Read" teaser would contradict the scope rule.
    gold, _ = _load(corpus, path)
    for claim in gold["claims"]:
        for quote in _quotes(claim):
            collapsed = " ".join(quote.split())
            for block in gold["boilerplate"]:
                assert not collapsed.startswith(block), f"{path.stem}: claim quoted from boilerplate: {quote!r}"


@pytest.mark.parametrize(("corpus", "path"), ARTICLES)
def test_published_estimate_is_an_ordered_window(corpus: Corpus, path: Path) -> None:
    gold, _ = _load(corpus, path)
    estimate = gold["published_estimate"]
    if corpus.strict_values:
        assert _is_day(estimate["start"]) and _is_day(estimate["end"]), f"{path.stem}: estimate bounds must be days"
    assert estimate["start"] <= estimate["end"], f"{path.stem}: published_estimate start after end"
    assert estimate["reasoning"].strip(), f"{path.stem}: published_estimate needs its reasoning"


@pytest.mark.parametrize(("corpus", "path"), _with("day_first_headers"))
def test_day_first_header_dates_fall_in_the_estimate(corpus: Corpus, path: Path) -> None:
    # These sites write DD/MM/YYYY in their bylines; a month-first reading would be a labelling slip.
    gold, _ = _load(corpus, path)
    estimate = gold["published_estimate"]
    for block in gold["boilerplate"]:
        for day, month, year in DAY_FIRST.findall(block):
            read = date(int(year), int(month), int(day)).isoformat()
            assert estimate["start"] <= read <= estimate["end"], (
                f"{path.stem}: header date {day}/{month}/{year} read day-first ({read}) is outside the estimate"
            )


@pytest.mark.parametrize(("corpus", "path"), ARTICLES)
def test_claims_follow_the_conventions(corpus: Corpus, path: Path) -> None:
    gold, _ = _load(corpus, path)
    for claim in gold["claims"]:
        where = _where(path, claim)
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
        if corpus.strict_values and claim["attribute"] == "viewership":
            assert isinstance(value["amount"], (int, float)) and value["amount"] > 0 and value["unit"], where
        if corpus.strict_values and claim["attribute"] == "episode_count":
            assert isinstance(value, int) and value > 0, f"{where}: episode_count is a positive integer"


@pytest.mark.parametrize(("corpus", "path"), _with("real_dates"))
def test_dates_are_real_days_in_order(corpus: Corpus, path: Path) -> None:
    gold, _ = _load(corpus, path)
    for claim in gold["claims"]:
        where = _where(path, claim)
        if corpus.dated_attributes_only and claim["attribute"] not in DATED_ATTRIBUTES:
            continue
        for day in _dates_in(claim["value"]):
            assert _is_day(day), f"{where}: {day!r} is not a YYYY-MM-DD day"
        value = claim["value"]
        interval = value.get("date") if isinstance(value, dict) and isinstance(value.get("date"), dict) else value
        if isinstance(interval, dict) and interval.get("start") and interval.get("end"):
            assert interval["start"] <= interval["end"], f"{where}: interval starts after it ends"


@pytest.mark.parametrize(("corpus", "path"), _with("conditions_in_article"))
def test_conditions_are_worded_as_in_the_article(corpus: Corpus, path: Path) -> None:
    gold, article = _load(corpus, path)
    lowered = article.lower()
    for claim in gold["claims"]:
        if "condition" in claim:
            assert claim["condition"].lower() in lowered, f"{path.stem}: condition not in the text: {claim['condition']!r}"


@pytest.mark.parametrize(("corpus", "path"), _with("conditions_in_own_quote"))
def test_conditions_sit_in_their_own_quote(corpus: Corpus, path: Path) -> None:
    # Stricter than the earlier corpora: the condition must be worded in the sentence that carries the claim.
    gold, _ = _load(corpus, path)
    for claim in gold["claims"]:
        if "condition" in claim:
            assert claim["modality"] == "conditional", f"{path.stem}: a condition on a {claim['modality']} claim"
            assert claim["condition"].lower() in claim["quote"].lower(), (
                f"{path.stem}: condition {claim['condition']!r} not in its quote {claim['quote']!r}"
            )


@pytest.mark.parametrize(("corpus", "path"), _with("negations_quoted"))
def test_negated_claims_quote_a_negation(corpus: Corpus, path: Path) -> None:
    gold, _ = _load(corpus, path)
    for claim in gold["claims"]:
        if claim["modality"] == "negated":
            quote = claim["quote"].lower()
            assert any(cue in quote for cue in NEGATION_CUES), f"{path.stem}: negated claim without a 'no': {quote!r}"


@pytest.mark.parametrize(("corpus", "path"), _with("subjects_named"))
def test_subjects_are_named_in_the_article(corpus: Corpus, path: Path) -> None:
    gold, article = _load(corpus, path)
    for subject in {claim["subject"] for claim in gold["claims"]}:
        assert subject.lower() in article.lower(), f"{path.stem}: subject {subject!r} never named in the article"


@pytest.mark.parametrize(("corpus", "path"), ARTICLES)
def test_no_duplicate_claims(corpus: Corpus, path: Path) -> None:
    gold, _ = _load(corpus, path)
    keys = Counter(
        (c["subject"], c["season"], c["attribute"], _frozen(c["value"]), c["modality"]) for c in gold["claims"]
    )
    duplicates = [key for key, count in keys.items() if count > 1]
    assert not duplicates, f"{path.stem}: duplicate claims {duplicates}"


def test_heldout3_holds_the_shapes_it_was_written_for() -> None:
    corpus = next(c for c in CORPORA if c.folder == "heldout3")
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in corpus.gold_files]
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
