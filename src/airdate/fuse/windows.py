"""Narrow each page's writing window with what other pages date.

A page that says "not yet renewed" was written before a renewal another page dates;
one that reports the renewal as done, after it. A page that says a stage began on a
day was written after that day; one that expects a stage or a premiere in a window
was written before that window closed. A narrowing that would empty a window is
ignored (the cue is then more likely wrong than the window).
"""

from __future__ import annotations

from datetime import date, timedelta

from airdate.fuse.context import Window
from airdate.fuse.values import renewal_date_window, window_of
from airdate.models import Claim, Cue, WritingWindow


def _narrow(window: Window, start: date | None = None, end: date | None = None) -> Window:
    lo, hi = window
    new_lo = max(lo, start) if lo and start else (start or lo)
    new_hi = min(hi, end) if hi and end else (end or hi)
    if new_lo and new_hi and new_lo > new_hi:
        return window
    return new_lo, new_hi


def narrow_windows(
    claims: list[tuple[Claim, str]],
    windows: dict[str, Window],
    event_dates: dict[tuple[str, int | None, str], Window],
) -> tuple[dict[str, Window], dict[str, list[Cue]]]:
    """``claims`` pairs each claim with its display title; ``event_dates`` maps
    (title, season, attribute) to the fused date of a renewal or cancellation."""
    out = dict(windows)
    cues: dict[str, list[Cue]] = {}

    def apply(article: str, start: date | None, end: date | None, quote: str) -> None:
        before = out.get(article, (None, None))
        after = _narrow(before, start, end)
        if after != before:
            out[article] = after
            bound = "lower" if after[0] != before[0] else "upper"
            day = after[0] if bound == "lower" else after[1]
            assert day is not None
            cues.setdefault(article, []).append(Cue("other_source", bound, day, quote))

    for claim, title in claims:
        value = claim.value
        if claim.attribute in ("renewal", "cancellation") and isinstance(value, dict):
            event = event_dates.get((title, claim.season, claim.attribute))
            if not event or event[0] is None or event[0] != event[1]:
                continue
            if value.get("renewed") is False or claim.modality == "negated":
                apply(claim.article, None, event[0] - timedelta(days=1), claim.quote)
            elif claim.modality in ("confirmed", "reported") and renewal_date_window(value) is None:
                apply(claim.article, event[0], None, claim.quote)
        elif claim.attribute == "production_stage" and isinstance(value, dict):
            w = window_of(value)
            if not w or value.get("anchor") != "start":
                continue
            if claim.modality in ("confirmed", "reported") and w[0]:
                apply(claim.article, w[0], None, claim.quote)
            elif claim.modality in ("expected", "speculative") and w[1]:
                apply(claim.article, None, w[1], claim.quote)
        elif claim.attribute == "premiere_date" and claim.modality in ("expected", "speculative"):
            w = window_of(value)
            if w and w[1]:
                apply(claim.article, None, w[1], claim.quote)
    return out, cues


def as_writing_windows(
    narrowed: dict[str, Window], original: dict[str, WritingWindow], cues: dict[str, list[Cue]]
) -> tuple[tuple[str, WritingWindow], ...]:
    out = []
    for article, (start, end) in sorted(narrowed.items()):
        base = original.get(article)
        extra = tuple(cues.get(article, ()))
        out.append((article, WritingWindow(start, end, (base.cues if base else ()) + extra)))
    return tuple(out)
