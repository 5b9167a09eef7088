"""Weeks and halves of a month, open-ended qualifiers and named holidays, on sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from airdate.timex import find_expressions

REF = date(2026, 1, 10)


def one(text: str, anchor: date = REF) -> tuple[str, str, str, str]:
    found = find_expressions(text, anchor)
    assert len(found) == 1, [e.text for e in found]
    e = found[0]
    return e.text, str(e.interval.start), str(e.interval.end), e.interval.granularity


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It premieres the first week of November 2026.",
         ("the first week of November 2026", "2026-11-01", "2026-11-07", "week")),
        ("Shooting resumes in the second week of June, 2027.",
         ("the second week of June, 2027", "2027-06-08", "2027-06-14", "week")),
        ("Filming wraps the last week of March 2026.",
         ("the last week of March 2026", "2026-03-25", "2026-03-31", "week")),
        ("The finale airs in the final week of February 2028.",  # leap year: 23..29
         ("the final week of February 2028", "2028-02-23", "2028-02-29", "week")),
        ("It lands in the second half of June 2026.",
         ("the second half of June 2026", "2026-06-16", "2026-06-30", "part_of_month")),
        ("Tickets go on sale in the first half of September 2026.",
         ("the first half of September 2026", "2026-09-01", "2026-09-15", "part_of_month")),
        # a whole year's half stays the half of the year
        ("It returns in the second half of 2027.", ("the second half of 2027", "2027-07-01", "2027-12-31", "half")),
    ],
)
def test_weeks_and_halves_of_a_month(text: str, want: tuple[str, str, str, str]) -> None:
    assert one(text) == want


def test_a_yearless_week_of_a_month_takes_the_year_the_tense_gives() -> None:
    # said in January 2026 of something ahead: this November
    assert one("The show will premiere the first week of November.")[1:] == ("2026-11-01", "2026-11-07", "week")
    # said in January 2026 of something done: last November
    assert one("The show premiered the last week of November.")[1:] == ("2025-11-24", "2025-11-30", "week")


def test_the_week_of_the_month_is_the_anchor_month() -> None:
    assert one("Shooting starts in the third week of the month.")[1:] == ("2026-01-15", "2026-01-21", "week")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The show returns in H2 2027 at the earliest.", ("2027-07-01", "2027-12-31", True)),
        ("It is unlikely to arrive before H2 2027.", ("2027-07-01", "2027-12-31", True)),
        ("The film will not arrive before spring 2026.", ("2026-03-01", "2026-05-31", False)),
        ("Season 3 won't be out until 2028.", ("2028-01-01", "2028-12-31", False)),
    ],
)
def test_earliest_windows_are_the_window_itself_and_open_ended(text: str, want: tuple[str, str, bool]) -> None:
    e, = find_expressions(text, REF)
    assert (str(e.interval.start), str(e.interval.end), e.hedged) == want
    assert e.open_ended


def test_a_plain_before_is_a_deadline_not_an_earliest_window() -> None:
    e, = find_expressions("It will arrive before H2 2027.", REF)
    assert (e.interval.start, e.interval.end, e.open_ended) == (REF, date(2027, 6, 30), True)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It premieres on New Year's Day 2027.", ("2027-01-01", "2027-01-01", "day")),
        ("The special airs on New Year’s Eve.", ("2026-12-31", "2026-12-31", "day")),
        ("The romcom opens on Valentine's Day 2027.", ("2027-02-14", "2027-02-14", "day")),
        ("It opens on Easter 2026.", ("2026-04-05", "2026-04-05", "day")),
        ("It opens Easter Sunday 2027.", ("2027-03-28", "2027-03-28", "day")),
        ("The trailer drops on Good Friday 2026.", ("2026-04-03", "2026-04-03", "day")),
        ("It streams on Independence Day 2026.", ("2026-07-04", "2026-07-04", "day")),
        # lunisolar festivals: the two months they always fall in, not a guessed day
        ("It arrives in theatres on Diwali 2026.", ("2026-10-01", "2026-11-30", "month")),
        ("It lands over Lunar New Year 2028.", ("2028-01-01", "2028-02-29", "month")),
        ("The drama opens on Holi 2027.", ("2027-02-01", "2027-03-31", "month")),
    ],
)
def test_holidays(text: str, want: tuple[str, str, str]) -> None:
    assert one(text)[1:] == want


def test_a_yearless_holiday_takes_its_year_from_the_tense() -> None:
    assert one("It arrives this Diwali.")[1:] == ("2026-10-01", "2026-11-30", "month")
    assert one("It opened on Diwali.")[1:] == ("2025-10-01", "2025-11-30", "month")
    assert one("The finale airs on Easter.")[1:] == ("2026-04-05", "2026-04-05", "day")


def test_a_purely_lunar_festival_names_no_day_and_holiday_names_as_names_are_no_time() -> None:
    # Eid moves through every season: only the year written with it stays
    assert one("It opens on Eid 2026.") == ("2026", "2026-01-01", "2026-12-31", "year")
    for text in ("The Independence Day sequel flopped.", "Halloween costumes are on sale.",
                 "Easter eggs are hidden in the episode.", "The holiday season is busy."):
        assert find_expressions(text, REF) == [], text


def test_an_ambiguous_body_date_reads_day_first_on_a_day_first_page() -> None:
    page = "By Desk Team | 18/09/2026\n\nRelease Date | 06/03/2027\n\nThe teaser came out on 04/05/2026."
    days = [e.interval.start for e in find_expressions(page, REF)]
    assert days == [date(2026, 9, 18), date(2027, 3, 6), date(2026, 5, 4)]
    # the same body on a month-first page (09/18/2026 can only be month-first) reads month/day
    page = page.replace("18/09/2026", "09/18/2026")
    days = [e.interval.start for e in find_expressions(page, REF)]
    assert days == [date(2026, 9, 18), date(2027, 6, 3), date(2026, 4, 5)]
