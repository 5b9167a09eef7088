"""A hand-filled store with fictional titles, for the web tests.

The extraction and fusion stages are exercised elsewhere; here the fusion output is
written directly so the pages can be checked against known conclusions.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from airdate.changes import diff_results
from airdate.models import (
    Claim,
    Document,
    Evidence,
    Fact,
    FusionOutput,
    FusionResult,
    Rejection,
    SourceReport,
    Superseded,
    WritingWindow,
)
from airdate.store import Store

TODAY = date(2026, 1, 10)
XSS_SCRIPT = "<script>window.__airdate_pwned = 'script'</script>"
XSS_IMG = "<img src=x onerror=\"window.__airdate_pwned = 'img'\">"


def window(start: str, end: str) -> dict[str, str]:
    return {"start": start, "end": end}


def document(name: str, text: str, url: str | None = None, title: str | None = None) -> Document:
    return Document(
        id=hashlib.sha256(text.encode()).hexdigest(), name=name, text=text, source=url or name, url=url, title=title
    )


PAGES: dict[str, tuple[str, str | None, WritingWindow]] = {
    "harbor-renewal.txt": (
        "The Glass Harbor has been renewed for season 2. Fans expect it in early 2024.",
        "https://news.example/harbor-renewal",
        WritingWindow(date(2022, 6, 1), date(2022, 9, 30)),
    ),
    "harbor-countdown.txt": (
        "The Glass Harbor season 2 is officially confirmed for April 14, 2023. Countdown: December 15, 2022.",
        "https://gossip.example/harbor",
        WritingWindow(date(2022, 7, 1), date(2023, 3, 31)),
    ),
    "harbor-filming.txt": (
        "Filming of The Glass Harbor season 2 starts in early 2024, so it may arrive late 2024 or early 2025.",
        "https://trade.example/harbor-filming",
        WritingWindow(date(2023, 7, 1), date(2023, 12, 31)),
    ),
    "lantern-date.txt": (
        "Copper Lantern premieres March 5, 2027, the studio confirmed.",
        "https://studio.example/lantern",
        WritingWindow(date(2026, 11, 1), date(2026, 11, 30)),
    ),
    "xss.txt": (
        f"Payload page {XSS_SCRIPT} and {XSS_IMG} about Velvet Static season 1 in summer 2026.",
        "javascript:alert(1)",
        WritingWindow(date(2025, 12, 1), date(2025, 12, 31)),
    ),
}

FILMING_QUOTE = "it may arrive late 2024 or early 2025"
EARLY_QUOTE = "Fans expect it in early 2024."
CONFIRMED_QUOTE = "The Glass Harbor season 2 is officially confirmed for April 14, 2023."
WIDGET_QUOTE = "Countdown: December 15, 2022."


def claims_for(name: str) -> list[Claim]:
    harbor: dict[str, list[tuple[str, Any, str, str]]] = {
        "harbor-renewal.txt": [
            ("renewal", {"renewed": True, "date": "2022-06-06", "event": None}, "reported", "The Glass Harbor has been renewed for season 2."),
            ("premiere_date", window("2024-01-01", "2024-04-30"), "expected", EARLY_QUOTE),
        ],
        "harbor-countdown.txt": [
            ("premiere_date", "2023-04-14", "confirmed", CONFIRMED_QUOTE),
            ("premiere_date", "2022-12-15", "confirmed", WIDGET_QUOTE),
        ],
        "harbor-filming.txt": [
            ("production_stage", {"stage": "filming", "start": "2024-01-01", "end": "2024-04-30", "anchor": "start"}, "expected", "Filming of The Glass Harbor season 2 starts in early 2024"),
            ("premiere_date", window("2024-09-01", "2025-04-30"), "speculative", FILMING_QUOTE),
        ],
    }
    if name in harbor:
        return [Claim(name, "The Glass Harbor", 2, a, v, m, q) for a, v, m, q in harbor[name]]
    if name == "lantern-date.txt":
        return [Claim(name, "Copper Lantern", 1, "premiere_date", "2027-03-05", "confirmed", "Copper Lantern premieres March 5, 2027, the studio confirmed.")]
    if name == "xss.txt":
        return [Claim(name, "Velvet Static", 1, "premiere_date", window("2026-06-01", "2026-08-31"), "expected", f"Payload page {XSS_SCRIPT} and {XSS_IMG}")]
    return []


def written(name: str) -> dict[str, str | None] | None:
    return PAGES[name][2].as_json()


def results(harbor_window: dict[str, str] | None = None) -> tuple[FusionResult, ...]:
    harbor_value = harbor_window or window("2024-09-01", "2025-04-30")
    return (
        FusionResult(
            title="The Glass Harbor",
            season=2,
            as_of=window("2022-06-01", "2023-12-31"),
            facts=(
                Fact(
                    "premiere_date", "estimated", harbor_value, 0.62,
                    evidence=(Evidence("harbor-filming.txt", FILMING_QUOTE, "speculative", written("harbor-filming.txt")),),
                    superseded=(Superseded(window("2024-01-01", "2024-04-30"), "harbor-renewal.txt", EARLY_QUOTE, written("harbor-renewal.txt"), "a later page moved the estimate"),),
                    explanation="Newest estimate, tied to filming in early 2024.",
                ),
                Fact("renewal", "confirmed", {"renewed": True, "date": "2022-06-06", "event": None}, 0.9,
                     evidence=(Evidence("harbor-renewal.txt", "The Glass Harbor has been renewed for season 2.", "reported", written("harbor-renewal.txt")),)),
            ),
            rejected=(
                Rejection("premiere_date", "2023-04-14", "harbor-countdown.txt", CONFIRMED_QUOTE, "later pages say no date had been announced"),
                Rejection("premiere_date", "2022-12-15", "harbor-countdown.txt", WIDGET_QUOTE, "a countdown widget contradicted by its own page"),
            ),
        ),
        FusionResult(title="The Glass Harbor", season=1, facts=(Fact("premiere_date", "confirmed", "2021-03-01", 0.95),)),
        FusionResult(
            title="Copper Lantern",
            season=1,
            as_of=window("2026-11-01", "2026-11-30"),
            facts=(Fact("premiere_date", "confirmed", "2027-03-05", 0.93,
                        evidence=(Evidence("lantern-date.txt", "Copper Lantern premieres March 5, 2027, the studio confirmed.", "confirmed", written("lantern-date.txt")),)),),
        ),
        FusionResult(title="Night Orchard", season=None, facts=(Fact("premiere_date", "unannounced", None, 0.5),)),
        FusionResult(
            title="Velvet Static",
            season=1,
            facts=(Fact("premiere_date", "estimated", window("2026-06-01", "2026-08-31"), 0.4,
                        evidence=(Evidence("xss.txt", f"Payload page {XSS_SCRIPT} and {XSS_IMG}", "expected", written("xss.txt")),),
                        explanation=f"Explained with {XSS_IMG}"),),
            rejected=(Rejection("premiere_date", "2026-01-01", "xss.txt", XSS_SCRIPT, f"reason carrying {XSS_IMG}"),),
        ),
    )


def sources() -> tuple[SourceReport, ...]:
    return (
        SourceReport("harbor-renewal.txt", "Harbor renewed", written("harbor-renewal.txt"), 0.8),
        SourceReport("harbor-countdown.txt", "Harbor countdown", written("harbor-countdown.txt"), 0.2, ("fabricated_confirmation",)),
        SourceReport("harbor-filming.txt", "Harbor filming", written("harbor-filming.txt"), 0.7),
        SourceReport("lantern-date.txt", "Lantern date", written("lantern-date.txt"), 0.9),
        SourceReport("xss.txt", f"Title {XSS_SCRIPT}", written("xss.txt"), 0.5, (XSS_IMG,)),
    )


def fill(store: Store, *, harbor_window: dict[str, str] | None = None) -> int:
    """Documents, windows, claims and one fusion run; returns the run id."""
    for name, (text, url, win) in PAGES.items():
        doc = document(name, text, url, title=name.split(".")[0])
        store.add_document(doc)
        store.replace_analysis(doc, win, claims_for(name))
    return save(store, harbor_window=harbor_window)


def save(store: Store, *, harbor_window: dict[str, str] | None = None) -> int:
    """Another fusion run, recording what changed since the previous one."""
    new = results(harbor_window)
    return store.save_fusion(FusionOutput(results=new, sources=sources()), diff_results(store.fusion_results(), new))
