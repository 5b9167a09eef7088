"""A season's timeline: every dated claim in the order its page was written, with its fate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from airdate.answer.describe import describe_value
from airdate.answer.facts import fact_sheet
from airdate.models import FactSheet, WritingWindow
from airdate.normalize import title_key
from airdate.store import Store

TIMELINE_ATTRIBUTES = ("premiere_date", "renewal", "cancellation", "production_stage", "trailer")


@dataclass(frozen=True)
class TimelineEntry:
    written: dict[str, str | None] | None
    article: str
    attribute: str
    value: Any
    modality: str
    quote: str
    fate: str  # accepted | superseded | rejected | noted
    summary: str

    def sort_key(self) -> tuple[str, str]:
        w = self.written or {}
        return (w.get("start") or w.get("end") or "9999", w.get("end") or "9999")

    def as_json(self) -> dict[str, Any]:
        return {
            "written": self.written,
            "article": self.article,
            "attribute": self.attribute,
            "value": self.value,
            "modality": self.modality,
            "quote": self.quote,
            "fate": self.fate,
            "summary": self.summary,
        }


def _fate(sheet: FactSheet, attribute: str, article: str, quote: str) -> str:
    if any(r.attribute == attribute and r.article == article and r.quote == quote for r in sheet.rejected):
        return "rejected"
    fact = sheet.fact(attribute)
    if fact is None:
        return "noted"
    if any(s.article == article and s.quote == quote for s in fact.superseded):
        return "superseded"
    if any(e.article == article and e.quote == quote for e in fact.evidence):
        return "accepted"
    return "noted"


def _written(window: WritingWindow | None) -> dict[str, str | None] | None:
    return window.as_json() if window else None


def timeline(store: Store, title: str, season: int | None = None, today: date | None = None) -> tuple[FactSheet, list[TimelineEntry]]:
    """The fact sheet and the dated history behind it, oldest page first."""
    sheet = fact_sheet(store, title, season, today)
    keys = {title_key(sheet.title)} | {title_key(a) for a in sheet.aliases}
    windows = store.windows()
    entries = []
    for claim in store.claims_about(keys, sheet.season):
        if claim.attribute not in TIMELINE_ATTRIBUTES:
            continue
        entries.append(
            TimelineEntry(
                written=_written(windows.get(claim.article)),
                article=claim.article,
                attribute=claim.attribute,
                value=claim.value,
                modality=claim.modality,
                quote=claim.quote,
                fate=_fate(sheet, claim.attribute, claim.article, claim.quote),
                summary=f"{claim.attribute.replace('_', ' ')}: {describe_value(claim.attribute, claim.value)} ({claim.modality})",
            )
        )
    return sheet, sorted(entries, key=TimelineEntry.sort_key)
