"""What a parsed time phrase means, before and after it meets its anchor.

An ``Atom`` is one parsed phrase. It is either absolute (it names its year), yearless
("March 31", "the fall": the year comes from the reference day and the tense),
year-relative ("early next year"), deictic ("two weeks ago": a function of the
reference day), or event-anchored ("four months later": resolved against another
expression of the same sentence). ``resolve`` turns it into a window of days for a
single reference day; ``airdate.timex.expressions`` widens that over an anchor interval.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.easter import easter

from airdate.timex import calendar as cal
from airdate.timex.calendar import Window
from airdate.timex.lexicon import HOLIDAY_MONTHS

FUTURE, PAST = "future", "past"
# "the following months/weeks" after an event span as long as "the coming months/weeks" after today
FOLLOWING_MONTHS = 6
FOLLOWING_DAYS = 42


@dataclass(frozen=True)
class Atom:
    unit: str  # granularity: day, month, season, quarter, half, part_of_year, part_of_month, year, week
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    part: str | None = None  # early / mid / late
    number: int | None = None  # quarter or half number
    year_offset: int | None = None  # "next year" = +1 from the reference year
    direction: str | None = None  # this / next / last, for yearless months, seasons, weekdays
    weekday: int | None = None
    holiday: str | None = None
    deictic: Callable[[date], Window] | None = None
    offset: tuple[int, str] | None = None  # event-anchored: (signed amount, unit)
    that: bool = False  # "that November": the year of the previous expression
    hedged: bool = False
    open_ended: bool = False
    cour: bool = False  # a season named in anime context: the broadcast quarter, not the weather
    named_weekday: int | None = None  # "Tuesday, July 7": the weekday printed with a yearless date

    @property
    def absolute(self) -> bool:
        return self.year is not None and self.deictic is None and self.offset is None

    @property
    def needs_year(self) -> bool:
        return self.year is None and self.year_offset is None and self.deictic is None and self.offset is None

    def with_year(self, year: int) -> Atom:
        return replace(self, year=year, year_offset=None, direction=None)


def window_in_year(atom: Atom, year: int) -> Window | None:
    """The atom's window if it belongs to ``year``; None when the parts do not make a date."""
    if not cal.valid_year(year):
        return None
    unit = atom.unit
    if atom.holiday is not None:
        if atom.holiday in HOLIDAY_MONTHS:
            return cal.months_window(year, *HOLIDAY_MONTHS[atom.holiday])
        day = holiday_day(atom.holiday, year)
        return (day, day) if day else None
    if unit == "year":
        return cal.year_window(year)
    if unit == "decade":
        return cal.year_window(year)[0], cal.year_window(year + 9)[1]
    if unit == "month" and atom.month:
        return cal.month_window(year, atom.month)
    if unit == "day_range" and atom.month and atom.day and atom.number:
        first = cal.safe_date(year, atom.month, atom.day)
        last = cal.safe_date(year, atom.month, atom.number)
        return (first, last) if first and last and first <= last else None
    if unit == "day" and atom.month and atom.day:
        day = cal.safe_date(year, atom.month, atom.day)
        return (day, day) if day else None
    if unit in {"part_of_month", "week"} and atom.month and atom.part:
        return cal.part_of_month_window(year, atom.month, atom.part)
    if unit == "season" and atom.season:
        return cal.season_window(year, atom.season, atom.part, atom.cour)
    if unit == "quarter" and atom.number:
        return cal.quarter_window(year, atom.number)
    if unit == "half" and atom.number:
        return cal.half_window(year, atom.number)
    if unit == "part_of_year" and atom.part:
        return cal.part_of_year_window(year, atom.part)
    return None


def holiday_day(name: str, year: int) -> date | None:
    if name == "christmas":
        return date(year, 12, 25)
    if name == "christmas eve":
        return date(year, 12, 24)
    if name == "halloween":
        return date(year, 10, 31)
    if name == "thanksgiving":
        return cal.nth_weekday(year, 11, 3, 4)
    if name == "new year's eve":
        return date(year, 12, 31)
    if name == "new year's day":
        return date(year, 1, 1)
    if name == "valentine's day":
        return date(year, 2, 14)
    if name == "independence day":
        return date(year, 7, 4)
    if name in {"easter", "good friday"}:
        sunday = easter(year)  # dateutil's Western (Gregorian) computus
        return sunday if name == "easter" else sunday - timedelta(days=2)
    return None


def _candidates(atom: Atom, ref: date) -> list[Window]:
    out = []
    for year in (ref.year - 1, ref.year, ref.year + 1, ref.year + 2):
        window = window_in_year(atom, year)
        if window is not None:
            out.append(window)
    if atom.named_weekday is not None:
        # "Tuesday, July 7": only the years in which July 7 is a Tuesday (if any is near); a page whose writing date is
        # only guessed may be some years off, and the weekday, which repeats a day only every five or six years, is
        # the better witness of the year (of two as near, the later: such pages look ahead)
        agreeing = [w for w in out if w[0].weekday() == atom.named_weekday]
        if not agreeing:
            wider = [w for year in range(ref.year - 4, ref.year + 5) if (w := window_in_year(atom, year)) is not None]
            agreeing = sorted((w for w in wider if w[0].weekday() == atom.named_weekday), key=lambda w: (abs(w[0].year - ref.year), -w[0].year))[:1]
        return agreeing or out
    return out


def resolve_yearless(atom: Atom, ref: date, tense: str | None) -> Window | None:
    """Pick the year of a phrase without one: by this/next/last, else by tense."""
    if atom.weekday is not None and atom.month is None:
        return _resolve_weekday(atom, ref, tense)
    candidates = _candidates(atom, ref)
    if not candidates:
        return None
    direction = atom.direction
    if direction == "this":
        return next((w for w in candidates if w[1] >= ref), candidates[-1])
    if direction == "next":
        current = next((w for w in candidates if w[0] <= ref <= w[1]), None)
        after = current[1] if current else ref
        return next((w for w in candidates if w[0] > after), candidates[-1])
    if direction == "last":
        past = [w for w in candidates if w[1] < ref]
        return past[-1] if past else candidates[0]
    if tense == FUTURE:
        return next((w for w in candidates if w[1] >= ref), candidates[-1])
    if tense == PAST:
        past = [w for w in candidates if w[0] <= ref]
        return past[-1] if past else candidates[0]
    containing = next((w for w in candidates if w[0] <= ref <= w[1]), None)
    if containing:
        return containing
    return min(candidates, key=lambda w: min(abs((w[0] - ref).days), abs((w[1] - ref).days)))


def _resolve_weekday(atom: Atom, ref: date, tense: str | None) -> Window:
    assert atom.weekday is not None
    ahead = (atom.weekday - ref.weekday()) % 7
    if atom.direction == "this":
        day = ref + timedelta(days=ahead)
    elif atom.direction == "next":
        day = ref + timedelta(days=ahead or 7)
    elif atom.direction == "last" or tense != FUTURE:
        behind = (ref.weekday() - atom.weekday) % 7
        if atom.direction == "last" and behind == 0:
            behind = 7
        day = ref - timedelta(days=behind)
    else:
        day = ref + timedelta(days=ahead or 7)
    if atom.unit == "weekend":
        if atom.direction == "next" and ahead != 0:
            day += timedelta(days=7)  # "next weekend" said midweek is the one after this one
        return day, day + timedelta(days=1)
    return day, day


def resolve(atom: Atom, ref: date | None, tense: str | None) -> Window | None:
    """The atom's window seen from one reference day (None when it cannot be placed)."""
    if atom.year is not None and atom.deictic is None and atom.offset is None:
        return window_in_year(atom, atom.year)
    if ref is None:
        return None
    if atom.deictic is not None:
        return atom.deictic(ref)
    if atom.year_offset is not None:
        return window_in_year(atom, ref.year + atom.year_offset)
    if atom.offset is not None:
        return None
    return resolve_yearless(atom, ref, tense)


def shift_window(window: Window, granularity: str, amount: int, unit: str) -> tuple[Window, str]:
    """An event-anchored offset ("four months later") applied at the anchor's granularity."""
    start = window[0]
    if unit == "calendar_months":  # "the following months": the month after X to six months after
        year, month = cal.add_months(window[1].year, window[1].month, 1)
        last_year, last_month = cal.add_months(window[1].year, window[1].month, FOLLOWING_MONTHS)
        if not cal.valid_year(year) or not cal.valid_year(last_year):
            return window, granularity
        return (cal.month_window(year, month)[0], cal.month_window(last_year, last_month)[1]), "month"
    if unit == "calendar_weeks":  # "the following weeks": the 42 days after X, like "the coming weeks"
        return (window[1] + timedelta(days=1), window[1] + timedelta(days=FOLLOWING_DAYS)), "week"
    if unit.startswith("calendar_"):  # "the following year": the whole calendar unit
        if unit == "calendar_year":
            year = start.year + amount
            return (cal.year_window(year), "year") if cal.valid_year(year) else (window, granularity)
        year, month = cal.add_months(start.year, start.month, amount if unit == "calendar_month" else 0)
        if unit == "calendar_week":
            return cal.iso_week_window(start + timedelta(days=7 * amount)), "week"
        if unit == "calendar_day":
            day = start + timedelta(days=amount)
            return (day, day), "day"
        return (cal.month_window(year, month), "month") if cal.valid_year(year) else (window, granularity)
    if unit == "day":
        day = start + timedelta(days=amount)
        return (day, day), "day"
    if unit == "week":
        return cal.iso_week_window(start + timedelta(days=7 * amount)), "week"
    months = amount if unit == "month" else 12 * amount
    year, month = cal.add_months(start.year, start.month, months)
    if not cal.valid_year(year):
        return window, granularity
    if granularity == "day" and unit == "year":
        day = cal.shift_day_by_months(start, months)
        return (day, day), "day"
    if granularity == "year" or (unit == "year" and granularity in {"part_of_year", "half", "quarter", "season"}):
        if granularity == "year":
            return cal.year_window(year), "year"
        end_year, end_month = cal.add_months(window[1].year, window[1].month, months)
        return (cal.month_window(year, month)[0], cal.month_window(end_year, end_month)[1]), granularity
    return cal.month_window(year, month), "month"
