"""Geometry of a season's timeline picture, drawn by the template as inline SVG.

One row per dated claim, oldest page first: a thin grey bar for when the page was
written, and a band for the window it gave (renewal, production stage, premiere
estimate), coloured by its fate; rejected claims are struck through. Hand-written
rather than a plotting library because the picture is a few rectangles and a
library would need inline script or images that the CSP forbids.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from airdate.answer import TimelineEntry
from airdate.answer.describe import describe_window, value_interval
from airdate.models import Interval

WIDTH = 960
LABEL_WIDTH = 330
PLOT_LEFT = LABEL_WIDTH + 10
PLOT_RIGHT = WIDTH - 20
ROW_HEIGHT = 26
TOP = 34
MAX_ROWS = 60
MAX_YEARS = 12


@dataclass(frozen=True)
class Bar:
    x: float
    width: float
    point: bool  # a single day, drawn as a marker


@dataclass(frozen=True)
class Row:
    y: float
    label: str
    tooltip: str
    kind: str  # estimate | confirmed | renewal | stage | cancellation | trailer
    fate: str  # accepted | superseded | rejected | noted
    said: Bar | None
    value: Bar | None


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class TimelinePicture:
    width: int
    height: int
    plot_left: int
    plot_right: int
    rows: tuple[Row, ...]
    ticks: tuple[Tick, ...]
    today_x: float | None
    hidden: int  # claims not drawn (no date at all, or beyond MAX_ROWS)


def _kind(entry: TimelineEntry) -> str:
    if entry.attribute == "premiere_date":
        return "confirmed" if entry.modality == "confirmed" else "estimate"
    return {"renewal": "renewal", "production_stage": "stage", "cancellation": "cancellation"}.get(entry.attribute, "trailer")


def _value_window(entry: TimelineEntry) -> Interval | None:
    value: Any = entry.value
    if entry.attribute in ("renewal", "cancellation", "trailer") and isinstance(value, dict):
        return value_interval(value.get("date")) or value_interval(value)
    return value_interval(value)


def _bounds(window: Interval | None) -> list[date]:
    return [d for d in ((window.start, window.end) if window else ()) if d is not None]


def _axis(days: list[date], today: date) -> tuple[date, date]:
    lo, hi = min(days), max(days)
    if (hi - lo).days > MAX_YEARS * 366:
        # A stray far-off value must not squash the rest into a sliver.
        lo, hi = max(lo, today - timedelta(days=8 * 366)), min(hi, today + timedelta(days=4 * 366))
    return date(lo.year, 1, 1), date(hi.year, 12, 31)


def build_picture(entries: list[TimelineEntry], today: date) -> TimelinePicture:
    dated = [(e, _value_window(e), value_interval(e.written)) for e in entries]
    dated = [(e, v, w) for e, v, w in dated if v is not None or w is not None]
    hidden = len(entries) - len(dated)
    if len(dated) > MAX_ROWS:
        hidden += len(dated) - MAX_ROWS
        dated = dated[-MAX_ROWS:]  # the newest pages matter most
    days = [d for _, v, w in dated for d in _bounds(v) + _bounds(w)] + [today]
    lo, hi = _axis(days, today)
    span = max(1, (hi - lo).days)

    def x(day: date) -> float:
        day = min(max(day, lo), hi)
        return round(PLOT_LEFT + (day - lo).days / span * (PLOT_RIGHT - PLOT_LEFT), 1)

    def bar(window: Interval | None) -> Bar | None:
        if window is None or (window.start is None and window.end is None):
            return None
        start = window.start or lo
        end = window.end or hi
        if start == end:
            return Bar(x(start), 0, True)
        return Bar(x(start), max(2.0, x(end) - x(start)), False)

    rows = []
    for i, (entry, value, written) in enumerate(dated):
        said = f"written {describe_window(written.start, written.end)}" if written else "writing date unknown"
        label = entry.summary if len(entry.summary) <= 48 else entry.summary[:47] + "…"
        rows.append(
            Row(
                y=TOP + i * ROW_HEIGHT,
                label=label,
                tooltip=f"{entry.summary}; {said}; {entry.article}; {entry.fate}: \u201c{entry.quote}\u201d",
                kind=_kind(entry),
                fate=entry.fate,
                said=bar(written),
                value=bar(value),
            )
        )
    ticks = tuple(Tick(x(date(year, 1, 1)), str(year)) for year in range(lo.year, hi.year + 1))
    return TimelinePicture(
        width=WIDTH,
        height=TOP + max(1, len(rows)) * ROW_HEIGHT + 30,
        plot_left=PLOT_LEFT,
        plot_right=PLOT_RIGHT,
        rows=tuple(rows),
        ticks=ticks,
        today_x=x(today) if lo <= today <= hi else None,
        hidden=hidden,
    )
