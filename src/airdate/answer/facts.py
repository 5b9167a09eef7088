"""Fact sheets: what fusion concluded about one title and season, ready for any face."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from airdate.answer.describe import value_interval
from airdate.answer.titles import KnownTitle, resolve_title
from airdate.models import Fact, FactSheet, FusionResult, SourceReport
from airdate.normalize import title_key
from airdate.store import Store

# Credits and homes of a series hold for every season unless a season says otherwise.
SERIES_WIDE = ("platform", "director", "writer", "based_on", "production_company")
ORDER = (
    "premiere_date",
    "renewal",
    "cancellation",
    "production_stage",
    "platform",
    "director",
    "writer",
    "cast_member",
    "character",
    "based_on",
    "production_company",
    "viewership",
    "trailer",
    "episode_count",
    "other",
)


def results_for(results: list[FusionResult], title: KnownTitle) -> dict[int | None, FusionResult]:
    return {r.season: r for r in results if title_key(r.title) == title.key}


def default_season(by_season: dict[int | None, FusionResult]) -> int | None:
    """The season a user most likely means: the highest one with anything known."""
    seasons = [s for s, r in by_season.items() if s is not None and r.facts]
    return max(seasons) if seasons else None


def is_stale(fact: Fact | None, today: date | None) -> bool:
    """An estimate whose whole window lies before ``today`` tells nothing current."""
    if fact is None or today is None or fact.status not in ("estimated", "disputed"):
        return False
    window = value_interval(fact.value)
    return bool(window and window.end and window.end < today)


def fact_sheet(store: Store, title: str, season: int | None = None, today: date | None = None) -> FactSheet:
    """The fact sheet for ``title`` (forgiving lookup) and ``season``.

    With no season, the highest season that has facts. Series-wide facts (platform,
    credits, source material) fill in where the season itself has none.
    """
    results = store.fusion_results()
    known = resolve_title(results, title)
    return sheet_for(known, results_for(results, known), season, today)


def sheet_for(
    known: KnownTitle,
    by_season: dict[int | None, FusionResult],
    season: int | None,
    today: date | None,
    *,
    whole_series: bool = False,
) -> FactSheet:
    """The fact sheet of an already resolved title, from its results by season."""
    if season is None and not whole_series:
        season = default_season(by_season)
    own = by_season.get(season)
    series = by_season.get(None) if season is not None else None
    facts: dict[str, Fact] = {f.attribute: f for f in own.facts} if own else {}
    if series:
        for fact in series.facts:
            if fact.attribute in SERIES_WIDE and fact.attribute not in facts:
                facts[fact.attribute] = replace(fact, explanation=(fact.explanation + " (series-wide)").strip())
    ordered = tuple(sorted(facts.values(), key=lambda f: ORDER.index(f.attribute) if f.attribute in ORDER else len(ORDER)))
    return FactSheet(
        title=known.title,
        season=season,
        as_of=own.as_of if own else (series.as_of if series else None),
        facts=ordered,
        rejected=own.rejected if own else (),
        today=today,
        stale=is_stale(facts.get("premiere_date"), today),
        aliases=known.aliases,
    )


def list_sources(store: Store) -> list[SourceReport]:
    return store.source_reports()
