"""Calendar arithmetic on whole days: the fixed windows behind each time word.

Hand-written rather than taken from dateutil because every function here returns
an inclusive *window* (start, end) under the project's conventions (early = Jan-Apr,
meteorological seasons, ...), which no library models.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from datetime import date, timedelta

MIN_YEAR = 1000
MAX_YEAR = 2999

Window = tuple[date, date]

# meteorological seasons: first month of each; winter starts in December of the year before
SEASON_FIRST_MONTH = {"spring": 3, "summer": 6, "fall": 9, "winter": 12}
# anime cours: the broadcast quarters Japanese TV names by season, all inside their year
COUR_FIRST_MONTH = {"winter": 1, "spring": 4, "summer": 7, "fall": 10}
PART_OF_YEAR_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
PART_OF_MONTH_DAYS = {
    "early": (1, 10), "mid": (11, 20), "late": (21, 31), "first_half": (1, 15), "second_half": (16, 31),
    # "the first/second/third/fourth week of June": seven days counted from the 1st
    "week1": (1, 7), "week2": (8, 14), "week3": (15, 21), "week4": (22, 28),
}


def valid_year(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def last_day(year: int, month: int) -> int:
    return _stdlib_calendar.monthrange(year, month)[1]


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift_day_by_months(day: date, months: int) -> date:
    year, month = add_months(day.year, day.month, months)
    return date(year, month, min(day.day, last_day(year, month)))


def year_window(year: int) -> Window:
    return date(year, 1, 1), date(year, 12, 31)


def month_window(year: int, month: int) -> Window:
    return date(year, month, 1), date(year, month, last_day(year, month))


def months_window(year: int, first: int, last: int) -> Window:
    return date(year, first, 1), date(year, last, last_day(year, last))


def quarter_window(year: int, quarter: int) -> Window:
    return months_window(year, 3 * quarter - 2, 3 * quarter)


def half_window(year: int, half: int) -> Window:
    return months_window(year, 1, 6) if half == 1 else months_window(year, 7, 12)


def part_of_year_window(year: int, part: str) -> Window:
    first, last = PART_OF_YEAR_MONTHS[part]
    return months_window(year, first, last)


def season_window(year: int, season: str, part: str | None = None, cour: bool = False) -> Window:
    """Season of ``year``; winter YEAR runs Dec (YEAR-1) to Feb YEAR.

    ``part`` early/mid/late picks the first/second/third month of the season. ``cour``: the
    anime broadcast quarter instead (winter YEAR = Jan-Mar YEAR, ..., fall = Oct-Dec).
    """
    first_year, first_month = year, (COUR_FIRST_MONTH if cour else SEASON_FIRST_MONTH)[season]
    if season == "winter" and not cour:
        first_year -= 1
    if part is not None:
        offset = {"early": 0, "mid": 1, "late": 2}[part]
        y, m = add_months(first_year, first_month, offset)
        return month_window(y, m)
    end_year, end_month = add_months(first_year, first_month, 2)
    return date(first_year, first_month, 1), date(end_year, end_month, last_day(end_year, end_month))


def part_of_month_window(year: int, month: int, part: str) -> Window:
    if part == "last_week":  # "the last/final week of March": its last seven days
        end = date(year, month, last_day(year, month))
        return end - timedelta(days=6), end
    first, last = PART_OF_MONTH_DAYS[part]
    return date(year, month, first), date(year, month, min(last, last_day(year, month)))


def iso_week_window(day: date) -> Window:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` (Mon=0) of a month, e.g. US Thanksgiving = 4th Thursday of November."""
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def hull(a: Window, b: Window) -> Window:
    return min(a[0], b[0]), max(a[1], b[1])


def safe_date(year: int, month: int, day: int) -> date | None:
    if not valid_year(year) or not 1 <= month <= 12 or not 1 <= day <= last_day(year, month):
        return None
    return date(year, month, day)
