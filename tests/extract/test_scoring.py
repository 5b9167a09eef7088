"""The scorer follows shared/eval/SCORING.md on small hand-made claims."""

from __future__ import annotations

from airdate.extract.evaluate import gold_view
from airdate.extract.scoring import blocks_without_claims, claims_match, match_article, score_articles


def claim(attribute: str, value: object, modality: str = "confirmed", season: int | None = 2, subject: str = "Quiet Pines") -> dict:
    return {"subject": subject, "season": season, "attribute": attribute, "value": value, "modality": modality}


def test_date_windows_match_relaxed_by_iou_and_strict_by_identity() -> None:
    gold = claim("premiere_date", {"start": "2025-01-01", "end": "2025-04-30"})
    near = claim("premiere_date", {"start": "2025-01-01", "end": "2025-06-30"})
    far = claim("premiere_date", {"start": "2025-01-01", "end": "2025-12-31"})
    assert claims_match(gold, near, strict=False) > 0 and claims_match(gold, near, strict=True) == 0
    assert claims_match(gold, far, strict=False) == 0
    assert claims_match(claim("premiere_date", "2025-03-01"), claim("premiere_date", {"start": "2025-03-01", "end": None}), strict=True)



def test_a_reduced_iso_date_names_its_whole_month_or_year() -> None:
    month = {"start": "2022-12-01", "end": "2022-12-31", "text": "December 2022"}
    assert claims_match(claim("premiere_date", "2022-12"), claim("premiere_date", month), strict=True)
    renewal = claim("renewal", {"renewed": True, "date": "2022-12", "event": None})
    assert claims_match(renewal, claim("renewal", {"renewed": True, "date": month, "event": None}), strict=False)
    assert not claims_match(renewal, claim("renewal", {"renewed": True, "date": "2023-05-02", "event": None}), strict=False)
    assert claims_match(claim("premiere_date", "2024"), claim("premiere_date", {"start": "2024-01-01", "end": "2024-12-31"}), strict=True)

def test_null_gold_needs_a_negated_prediction() -> None:
    gold = claim("premiere_date", None, "negated")
    assert claims_match(gold, claim("premiere_date", None, "negated"), strict=False)
    assert not claims_match(gold, claim("premiere_date", "2025-03-01"), strict=False)


def test_names_match_across_order_hyphens_and_subject_spelling() -> None:
    gold = claim("cast_member", "Park Ji-hu", subject="Some of Us Are Lost")
    assert claims_match(gold, claim("cast_member", "Ji-hu Park", subject="Some Of Us Is Lost"), strict=False)
    assert not claims_match(gold, claim("cast_member", "Park Ji-hu", season=1, subject="Some of Us Are Lost"), strict=False)


def test_matching_is_one_to_one_and_duplicates_count_once() -> None:
    gold = [claim("platform", "Hulu")]
    preds = [claim("platform", "Hulu"), claim("platform", "Hulu", "reported"), claim("platform", "Hulu")]
    score = match_article(gold, preds, strict=False)
    assert len(score.pairs) == 1 and len(score.predicted) == 1  # same subject, season, attribute and value: once


def test_figures_and_modality_accuracy() -> None:
    gold = [claim("platform", "Hulu"), claim("renewal", {"renewed": True, "date": None}, "reported")]
    preds = [claim("platform", "Hulu"), claim("renewal", {"renewed": True, "date": "2024-01-02"}), claim("trailer", None, "negated")]
    figures = score_articles([(gold, preds)])
    assert figures["micro"] == {"precision": 0.6667, "recall": 1.0, "f1": 0.8}
    assert figures["modality_accuracy"] == 0.5
    assert figures["by_attribute"]["trailer"]["predicted"] == 1 and figures["by_attribute"]["trailer"]["precision"] == 0.0


def test_boilerplate_blocks_are_found_after_whitespace_collapse() -> None:
    text = "Body sentence here.\n\nAlso  Read\nSome   teaser\n\nMore body."
    clean, found = blocks_without_claims(text, ["Also Read Some teaser"], [(0, 19)])
    assert (clean, found) == (1, 1)
    clean, found = blocks_without_claims(text, ["Also Read Some teaser"], [(text.index("Some"), text.index("Some") + 4)])
    assert (clean, found) == (0, 1)


def test_claims_are_scored_in_the_gold_readmes_vocabulary() -> None:
    base = {"subject": "X", "season": 1, "modality": "confirmed", "quote": "q"}
    episodes, cancelled, denied = gold_view([
        {**base, "attribute": "episode_count", "value": 10},
        {**base, "attribute": "cancellation", "value": {"cancelled": True, "date": "2024-05-01"}},
        {**base, "attribute": "cancellation", "value": None, "modality": "negated"},
        {**base, "attribute": "platform", "value": "Hulu"},
    ])[:3]
    assert (episodes["attribute"], episodes["value"]) == ("other", "10 episodes")
    assert (cancelled["attribute"], cancelled["value"]["renewed"], cancelled["value"]["date"]) == ("renewal", False, "2024-05-01")
    assert denied["attribute"] == "platform"  # a denied cancellation has no gold form and is left out
