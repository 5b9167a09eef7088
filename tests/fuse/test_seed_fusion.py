"""EXPECTED.md's conclusions, drawn by fusion from the gold claims of the five seed pages.

The gold labels stand in for extraction so this stage is tested on its own; one test
adds the noise the extractor will bring (duplicates, extra "other" claims, lost
conditions) and checks the same conclusions hold.
"""

from __future__ import annotations

import dataclasses
import random

import pytest

from airdate.fuse import fuse_claims
from airdate.models import FusionOutput, FusionResult
from airdate.normalize import title_key

from .seeds import GOLD, gold_claims

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="needs ../shared/seeds/gold (the shared seed labels)")

SHOW = "all of us are dead"


@pytest.fixture(scope="module")
def output() -> FusionOutput:
    claims, windows = gold_claims()
    return fuse_claims(claims, windows, None)


def result(out: FusionOutput, show: str, season: int | None) -> FusionResult:
    found = [r for r in out.results if title_key(r.title) == show and r.season == season]
    assert len(found) == 1, [(r.title, r.season) for r in out.results]
    return found[0]


def article(name: str, out: FusionOutput) -> str:
    return next(s.article for s in out.sources if s.article.startswith(name))


def test_no_confirmed_season_2_date_and_the_latest_estimate_is_current(output: FusionOutput) -> None:
    fact = next(f for f in result(output, SHOW, 2).facts if f.attribute == "premiere_date")
    assert fact.status == "estimated"
    assert fact.value["start"] == "2024-09-01" and fact.value["end"] == "2025-04-30"
    assert fact.evidence[0].article.startswith("004")


def test_estimate_history_in_writing_order(output: FusionOutput) -> None:
    fact = next(f for f in result(output, SHOW, 2).facts if f.attribute == "premiere_date")
    history = [(s.value["start"], s.value["end"], s.article[:3]) for s in fact.superseded]
    assert history == [
        ("2023-01-01", "2023-04-30", "002"),
        ("2023-09-01", "2024-04-30", "003"),
        ("2024-01-01", "2024-04-30", "001"),
    ]
    assert all("fair estimate when written" in s.reason for s in fact.superseded)


def test_fabricated_and_widget_dates_rejected_citing_the_pages_that_contradict_them(output: FusionOutput) -> None:
    rejected = {r.value: r for r in result(output, SHOW, 2).rejected if r.attribute == "premiere_date"}
    assert set(rejected) == {"2023-04-14", "2022-12-15"}
    april = rejected["2023-04-14"]
    assert april.article.startswith("000")
    for page in ("001", "003", "004"):
        assert page in april.reason
    assert "no date had been announced" in april.reason and "cannot precede filming" in april.reason
    widget = rejected["2022-12-15"]
    assert widget.article.startswith("003") and "countdown widget" in widget.reason
    assert "the same page says" in widget.reason and "001" in widget.reason and "004" in widget.reason


def test_renewal_dated_and_002_superseded_not_penalised(output: FusionOutput) -> None:
    fact = next(f for f in result(output, SHOW, 2).facts if f.attribute == "renewal")
    assert fact.status == "confirmed"
    assert fact.value["renewed"] is True and fact.value["date"] == "2022-06-06"
    assert [s.article[:3] for s in fact.superseded] == ["002"]
    assert "true when written" in fact.superseded[0].reason
    sources = {s.article[:3]: s for s in output.sources}
    assert "contradicted" not in sources["002"].flags and "stale" in sources["002"].flags
    assert sources["002"].reliability > 0.85


def test_000_is_the_least_reliable_source(output: FusionOutput) -> None:
    sources = {s.article[:3]: s for s in output.sources}
    worst = min(sources.values(), key=lambda s: s.reliability)
    assert worst.article.startswith("000")
    assert "fabricated" in worst.flags
    assert "widget-contradicted" in sources["003"].flags
    assert all(s.reliability > worst.reliability + 0.15 for k, s in sources.items() if k != "000")


def test_season_1_premiere_with_the_internal_contradiction_shown(output: FusionOutput) -> None:
    season1 = result(output, SHOW, 1)
    fact = next(f for f in season1.facts if f.attribute == "premiere_date")
    assert fact.status == "confirmed" and fact.value == "2022-01-28"
    assert "2022-01-08" in fact.explanation
    jan8 = [r for r in season1.rejected if r.value == "2022-01-08"]
    assert len(jan8) == 1 and "filming went on until 2022-01-28" in jan8[0].reason


def test_one_viewership_figure(output: FusionOutput) -> None:
    fact = next(f for f in result(output, SHOW, 1).facts if f.attribute == "viewership")
    assert fact.status == "confirmed" and fact.value["amount"] == 474260000
    assert {e.article[:3] for e in fact.evidence} == {"001", "003"}


def test_squid_game_renewal_disputed_and_kept_apart(output: FusionOutput) -> None:
    fact = next(f for f in result(output, "squid game", 2).facts if f.attribute == "renewal")
    assert fact.status == "disputed"
    assert {e.article[:3] for e in fact.evidence} == {"002", "003"}
    show2 = result(output, SHOW, 2)
    renewal = next(f for f in show2.facts if f.attribute == "renewal")
    assert all("2022-06-13" not in e.quote for e in renewal.evidence)
    assert {title_key(r.title) for r in output.results} >= {SHOW, "squid game", "witcher", "kingdom", "train to busan"}


def test_series_level_credits_and_best_attested_spelling(output: FusionOutput) -> None:
    series = {f.attribute: f for f in result(output, SHOW, None).facts}
    assert series["director"].value == ["Lee Jae-kyoo"]
    assert series["platform"].value == "Netflix" and series["platform"].status == "confirmed"
    assert series["writer"].value == ["Chun Sung-il"]
    assert series["based_on"].status == "confirmed" and series["based_on"].value["title"] == "Now at Our School"


def test_production_and_cast(output: FusionOutput) -> None:
    facts = {f.attribute: f for f in result(output, SHOW, 2).facts}
    stage = facts["production_stage"]
    assert stage.value["stage"] == "pre-production" and stage.value["start"] == "2022-07-13"
    assert "first half of 2024" in stage.explanation
    assert facts["cast_member"].status == "unannounced"
    cast1 = next(f for f in result(output, SHOW, 1).facts if f.attribute == "cast_member")
    assert len(cast1.value) == 9 and "Lomon" in cast1.value


def test_invented_characters_not_taken_on_the_refuted_page_word(output: FusionOutput) -> None:
    characters = next(f for f in result(output, SHOW, 1).facts if f.attribute == "character")
    names = {c["name"] for c in characters.value}
    assert "Joon-hyuk" not in names and "Yongji" not in names
    assert "Joon-hyuk" in characters.explanation
    assert any(n in names for n in ("Nam-ra", "Choi Nam-ra", "Nam-Ra"))
    assert "Nam Ji-Hyun" in characters.explanation  # one page names the actor; the explanation says so


def test_every_fact_has_an_explanation_and_as_of(output: FusionOutput) -> None:
    for r in output.results:
        assert r.as_of is not None
        for f in r.facts:
            assert f.explanation and 0.0 <= f.confidence <= 1.0


def test_same_conclusions_from_noisy_extraction() -> None:
    claims, windows = gold_claims()
    rng = random.Random(7)
    noisy = list(claims)
    noisy += rng.sample(claims, 12)  # duplicated claims
    noisy += [
        dataclasses.replace(claims[0], attribute="other", value=f"unrelated remark {i}", modality="speculative", quote=f"Remark {i}.")
        for i in range(5)
    ]
    noisy = [dataclasses.replace(c, condition=None) for c in noisy]  # conditions lost
    noisy = [dataclasses.replace(c, subject="All Of Us Is Dead") if i % 7 == 0 and c.subject.startswith("All") else c
             for i, c in enumerate(noisy)]
    rng.shuffle(noisy)
    out = fuse_claims(noisy, windows, None)
    season2 = result(out, SHOW, 2)
    assert {r.value for r in season2.rejected if r.attribute == "premiere_date"} == {"2023-04-14", "2022-12-15"}
    fact = next(f for f in season2.facts if f.attribute == "premiere_date")
    assert fact.status == "estimated" and fact.value["start"] == "2024-09-01"
    assert "All Of Us Is Dead" in season2.aliases and season2.title == "All of Us Are Dead"
    worst = min(out.sources, key=lambda s: s.reliability)
    assert worst.article.startswith("000")
