"""The list of titles with their next known premiere, for index pages and feeds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from airdate.answer.describe import describe_value, value_interval
from airdate.answer.facts import default_season, sheet_for
from airdate.answer.titles import known_titles
from airdate.models import FusionResult
from airdate.normalize import slug, title_key
from airdate.store import Store

STATUS_RANK = {"confirmed": 0, "estimated": 1, "disputed": 2, "unannounced": 3, "unknown": 4}


@dataclass(frozen=True)
class TitleSummary:
    title: str
    slug: str
    season: int | None
    status: str
    value: Any
    phrase: str
    seasons: tuple[int, ...]
    aliases: tuple[str, ...]
    stale: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "slug": self.slug,
            "season": self.season,
            "status": self.status,
            "value": self.value,
            "phrase": self.phrase,
            "seasons": list(self.seasons),
            "aliases": list(self.aliases),
            "stale": self.stale,
        }


def list_titles(store: Store, today: date | None = None, query: str | None = None) -> list[TitleSummary]:
    """Every title with its next known premiere: confirmed first, then estimates, then unannounced."""
    results = store.fusion_results()
    grouped: dict[str, dict[int | None, FusionResult]] = {}
    for result in results:
        grouped.setdefault(title_key(result.title), {})[result.season] = result
    summaries = []
    for known in known_titles(results):
        if query and title_key(query) not in known.key and not any(title_key(query) in title_key(a) for a in known.aliases):
            continue
        by_season = grouped.get(known.key, {})
        season = default_season(by_season)
        sheet = sheet_for(known, by_season, season, today)
        premiere = sheet.fact("premiere_date")
        status = premiere.status if premiere else "unknown"
        value = premiere.value if premiere else None
        summaries.append(
            TitleSummary(
                title=known.title,
                slug=slug(known.title),
                season=season,
                status=status,
                value=value,
                phrase=describe_value("premiere_date", value) if value is not None else "no date announced",
                seasons=tuple(s for s in known.seasons if s is not None),
                aliases=known.aliases,
                stale=sheet.stale,
            )
        )

    def order(summary: TitleSummary) -> tuple[int, str, str]:
        window = value_interval(summary.value)
        start = window.start.isoformat() if window and window.start else "9999"
        return (STATUS_RANK.get(summary.status, 5), start, summary.title.lower())

    return sorted(summaries, key=order)
