"""Claim and fact values in words a person reads in a second."""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from airdate.fuse.values import parse_day
from airdate.models import Interval


def value_interval(value: Any) -> Interval | None:
    """The day interval a date-like value covers: a day string or a ``{start, end}`` window."""
    day = parse_day(value)
    if day is not None:
        return Interval(day, day, "day")
    if isinstance(value, dict) and ("start" in value or "end" in value):
        start, end = parse_day(value.get("start")), parse_day(value.get("end"))
        if start is None and end is None:
            return None
        if start and end and start > end:
            start, end = end, start
        return Interval(start, end, "open" if start is None or end is None else "day")
    return None


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _part(day: date, *, at_start: bool) -> str:
    """The coarsest common name for the part of the year a window bound sits at."""
    y, m = day.year, day.month
    if at_start:
        if (m, day.day) == (1, 1):
            return str(y)
        named = {5: "mid", 9: "late"}
    else:
        if (m, day.day) == (12, 31):
            return str(y)
        named = {4: "early", 8: "mid"}
    if day.day == (1 if at_start else _month_end(y, m)) and m in named:
        return f"{named[m]} {y}"
    return f"{calendar.month_name[m]} {y}"


def describe_window(start: date | None, end: date | None) -> str:
    """"late 2024 to early 2025", "April 2023", "2024", "June 6, 2022", "after March 2025"."""
    if start is None and end is None:
        return "an unknown time"
    if start is None:
        return f"by {describe_day(end)}" if end else "an unknown time"
    if end is None:
        return f"from {describe_day(start)} on"
    if start == end:
        return describe_day(start)
    if start.year == end.year:
        y = start.year
        whole = {
            ((1, 1), (12, 31)): f"{y}",
            ((1, 1), (4, 30)): f"early {y}",
            ((5, 1), (8, 31)): f"mid {y}",
            ((9, 1), (12, 31)): f"late {y}",
            ((1, 1), (6, 30)): f"the first half of {y}",
            ((7, 1), (12, 31)): f"the second half of {y}",
        }
        key = ((start.month, start.day), (end.month, end.day))
        if key in whole:
            return whole[key]
        whole_months = start.day == 1 and end.day == _month_end(y, end.month)
        if whole_months and start.month == end.month:
            return f"{calendar.month_name[start.month]} {y}"
        if whole_months and (end.month - start.month) == 2 and start.month % 3 == 1:
            return f"Q{(start.month + 2) // 3} {y}"
    if start.year == end.year:
        # Within one year, part names ("early 2026") can read backwards against a month
        # ("March 2026 to early 2026"); months or days cannot.
        if start.day == 1 and end.day == _month_end(end.year, end.month):
            return f"{calendar.month_name[start.month]} to {calendar.month_name[end.month]} {end.year}"
        return f"{calendar.month_name[start.month]} {start.day} to {describe_day(end)}"
    first = _part(start, at_start=True)
    last = _part(end, at_start=False)
    if first.startswith(("mid", "late", "early")) or last.startswith(("mid", "late", "early")) or first.isdigit():
        return f"{first} to {last}"
    return f"{describe_day(start)} to {describe_day(end)}"


def describe_day(day: date | None) -> str:
    if day is None:
        return "an unknown day"
    return f"{calendar.month_name[day.month]} {day.day}, {day.year}"


def describe_value(attribute: str, value: Any) -> str:
    """A short phrase for a fact or claim value of ``attribute``."""
    if value is None:
        return "none announced"
    if attribute in ("premiere_date",) or (isinstance(value, dict) and {"start", "end"} <= set(value) and attribute != "production_stage"):
        interval = value_interval(value)
        if interval is not None:
            return describe_window(interval.start, interval.end)
    if attribute == "renewal" and isinstance(value, dict):
        if value.get("renewed") is False:
            return "not renewed"
        text = "renewed"
        when = value_interval(value.get("date")) if value.get("date") else None
        if when is not None:
            text += f" on {describe_window(when.start, when.end)}" if when.start == when.end else f" in {describe_window(when.start, when.end)}"
        if value.get("event"):
            text += f" ({value['event']})"
        return text
    if attribute == "cancellation" and isinstance(value, dict):
        return "cancelled" if value.get("cancelled", True) else "not cancelled"
    if attribute == "production_stage" and isinstance(value, dict):
        stage = value.get("stage") or "in production"
        when = value_interval(value)
        anchor = value.get("anchor")
        if when is None:
            return stage
        phrase = describe_window(when.start, when.end)
        if anchor == "start":
            return f"{stage} starting {phrase}"
        if anchor == "end":
            return f"{stage} ending {phrase}"
        if anchor == "as_of":
            return f"{stage} (as of {phrase})"
        return f"{stage} in {phrase}"
    if attribute == "viewership" and isinstance(value, dict):
        return str(value.get("text") or f"{value.get('amount')} {value.get('unit')}")
    if attribute == "character" and isinstance(value, dict):
        name = value.get("name") or "?"
        return f"{name} (played by {value['played_by']})" if value.get("played_by") else str(name)
    if attribute == "based_on" and isinstance(value, dict):
        parts = [str(value.get("title") or f"a {value.get('medium') or 'work'}")]
        if value.get("author"):
            parts.append(f"by {value['author']}")
        if value.get("run_start"):
            parts.append(f"({value['run_start']}-{value.get('run_end') or ''})".replace("-)", ")"))
        return " ".join(parts)
    if isinstance(value, list):
        return ", ".join(describe_value(attribute, v) for v in value)
    if isinstance(value, dict):
        return str(value.get("text") or value.get("name") or value)
    return str(value)
