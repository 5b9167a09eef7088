"""What the pages say in words: status, value with precision, countdown, staleness.

These helpers only format the answer layer's dataclasses; every conclusion comes
from ``airdate.answer``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote, urlsplit

from airdate.answer.describe import describe_day, describe_value, describe_window, parse_day, value_interval
from airdate.models import Evidence, Fact, FactSheet, Rejection, Superseded

# Evidence older than this (relative to today) gets a warning on the page.
STALE_AFTER_DAYS = 180

STATUS_HEADLINE = {
    "confirmed": "Confirmed",
    "estimated": "No confirmed date: estimated",
    "disputed": "No confirmed date: sources disagree",
    "unannounced": "No confirmed date: nothing announced",
    "unknown": "Nothing known yet",
}
STATUS_WORD = {
    "confirmed": "confirmed",
    "estimated": "estimate",
    "disputed": "disputed",
    "unannounced": "not announced",
    "unknown": "unknown",
}


def label(attribute: str) -> str:
    return attribute.replace("_", " ")


def safe_url(url: str | None) -> str | None:
    """``url`` when it is a web address; anything else (``javascript:``...) is never linked."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def source_path(article: str) -> str:
    return "/source/" + quote(article, safe="")


def season_path(slug: str, season: int | None) -> str:
    return f"/title/{quote(slug, safe='')}" + (f"/season/{season}" if season is not None else "")


def written_phrase(written: dict[str, str | None] | None) -> str:
    """"written June 2022 to April 2023" for a writing window, "" when unknown."""
    if not written:
        return ""
    start, end = parse_day(written.get("start")), parse_day(written.get("end"))
    if start is None and end is None:
        return ""
    return "written " + describe_window(start, end)


def value_phrase(fact: Fact | None) -> str:
    """The value with its precision and how sure it is: "late 2024 to early 2025, estimate"."""
    if fact is None or fact.status == "unknown":
        return "nothing known"
    if fact.value is None or fact.status == "unannounced":
        return "no date announced" if fact.attribute == "premiere_date" else "none announced"
    return f"{describe_value(fact.attribute, fact.value)}, {STATUS_WORD.get(fact.status, fact.status)}"


def headline(fact: Fact | None) -> str:
    status = fact.status if fact else "unknown"
    return STATUS_HEADLINE.get(status, status)


def confirmed_day(fact: Fact | None) -> date | None:
    """The single confirmed day of a premiere, if there is one."""
    if fact is None or fact.status != "confirmed":
        return None
    window = value_interval(fact.value)
    if window is None or window.start is None or window.start != window.end:
        return None
    return window.start


def countdown(fact: Fact | None, today: date) -> str | None:
    """"in 23 days" for a confirmed day still ahead; None otherwise (estimates get no countdown)."""
    day = confirmed_day(fact)
    if day is None or day <= today:
        return None
    days = (day - today).days
    return "tomorrow" if days == 1 else f"in {days} days"


def newest_written(sheet: FactSheet) -> date | None:
    """The latest day any evidence on the sheet can have been written."""
    days: list[date] = []
    for bound in ((sheet.as_of or {}).get("end"), (sheet.as_of or {}).get("start")):
        day = parse_day(bound)
        if day:
            days.append(day)
    for fact in sheet.facts:
        for ev in fact.evidence:
            w = ev.written or {}
            day = parse_day(w.get("end")) or parse_day(w.get("start"))
            if day:
                days.append(day)
    return max(days) if days else None


def stale_warnings(sheet: FactSheet, today: date) -> list[str]:
    """Why what the page shows may be out of date, relative to ``today``."""
    warnings: list[str] = []
    premiere = sheet.fact("premiere_date")
    window = value_interval(premiere.value) if premiere else None
    if sheet.stale and window is not None and window.end is not None:
        warnings.append(
            f"The estimated window ended on {describe_day(window.end)}, before today ({describe_day(today)}): "
            "the season may have come out or slipped since these pages were written."
        )
    newest = newest_written(sheet)
    if newest is not None and (today - newest).days > STALE_AFTER_DAYS:
        months = (today - newest).days // 30
        warnings.append(
            f"The newest evidence was written by {describe_day(newest)}, about {months} months before today; "
            "look for newer pages and ingest them."
        )
    return warnings


@dataclass(frozen=True)
class EvidenceRow:
    article: str
    href: str
    url: str | None
    quote: str
    modality: str
    written: str
    value: str = ""
    reason: str = ""

    @property
    def reason_short(self) -> str:
        """The reason's first sentence (or 200 characters), for a page read at a glance."""
        cut = self.reason.find(". ")
        short = self.reason[: cut + 1] if 0 < cut < 200 else self.reason[:200]
        return short if len(short) < len(self.reason) else ""


def evidence_rows(items: tuple[Evidence, ...], urls: dict[str, str | None]) -> list[EvidenceRow]:
    return [
        EvidenceRow(e.article, source_path(e.article), safe_url(urls.get(e.article)), e.quote, e.modality, written_phrase(e.written))
        for e in items
    ]


def superseded_rows(attribute: str, items: tuple[Superseded, ...], urls: dict[str, str | None]) -> list[EvidenceRow]:
    return [
        EvidenceRow(
            s.article, source_path(s.article), safe_url(urls.get(s.article)), s.quote, "", written_phrase(s.written),
            value=describe_value(attribute, s.value), reason=s.reason,
        )
        for s in items
    ]


def rejection_rows(items: tuple[Rejection, ...], urls: dict[str, str | None]) -> list[EvidenceRow]:
    return [
        EvidenceRow(
            r.article, source_path(r.article), safe_url(urls.get(r.article)), r.quote, "", "",
            value=f"{label(r.attribute)}: {describe_value(r.attribute, r.value)}", reason=r.reason,
        )
        for r in items
    ]


def percent(value: float) -> str:
    return f"{round(value * 100)}%"


def page_params(limit: int, offset: int, total: int) -> dict[str, Any]:
    """Previous/next offsets for a list page."""
    return {
        "prev": max(0, offset - limit) if offset > 0 else None,
        "next": offset + limit if offset + limit < total else None,
        "total": total,
        "limit": limit,
        "offset": offset,
    }
