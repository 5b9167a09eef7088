"""Runs and ranges that must go forward, recurring weekdays, anime cours, and "next SEASON"
said in winter (sentences written here)."""

from __future__ import annotations

from datetime import date

import pytest

from airdate.models import Interval
from airdate.timex import find_expressions, find_timex3


def found(text: str, anchor: Interval | date) -> dict[str, tuple[str, str, str]]:
    return {e.text: (str(e.interval.start), str(e.interval.end), e.interval.granularity)
            for e in find_expressions(text, anchor)}


# --- runs and ranges ------------------------------------------------------------------------

def test_every_weekday_is_a_set_and_the_run_ends_on_its_date_after_the_premiere() -> None:
    text = ("The streamer will premiere the second season on September 5, followed by weekly "
            "episodes every Friday through October 10.")
    assert found(text, date(2025, 6, 10)) == {
        "September 5": ("2025-09-05", "2025-09-05", "day"),
        "October 10": ("2025-10-10", "2025-10-10", "day"),
    }


def test_a_run_end_said_in_the_past_still_comes_after_its_start() -> None:
    # written in December: "November 7" is the past one; "January 10" must be the next January
    text = "The series returned on November 7 with new episodes every Saturday and Sunday until January 10."
    assert found(text, date(2025, 12, 10)) == {
        "November 7": ("2025-11-07", "2025-11-07", "day"),
        "January 10": ("2026-01-10", "2026-01-10", "day"),
    }


@pytest.mark.parametrize("text", [
    "It ran from November 3 through January 10.",
    "The season aired November 3 through January 10.",
    "It aired November 3 to January 10.",
])
def test_a_yearless_range_runs_forward_whatever_the_tense(text: str) -> None:
    (expression,) = find_expressions(text, date(2025, 12, 1))
    assert (expression.interval.start, expression.interval.end) == (date(2025, 11, 3), date(2026, 1, 10))


def test_a_range_from_a_weekday_to_a_date_runs_forward() -> None:
    (expression,) = find_expressions("Production ran Friday through October 10.", date(2025, 6, 1))
    assert expression.interval.start == date(2025, 5, 30) and expression.interval.end == date(2025, 10, 10)


def test_a_range_over_a_wide_anchor_still_runs_forward() -> None:
    (expression,) = find_expressions("It aired from November through February.", Interval(date(2025, 12, 1), date(2025, 12, 20), "day"))
    assert expression.interval.start <= expression.interval.end
    assert expression.interval.end == date(2026, 2, 28)


@pytest.mark.parametrize("text", [
    "New episodes drop every Friday.",
    "It airs each Sunday at 9 p.m.",
    "Episodes stream every other Monday, Wednesday or Friday.",
])
def test_recurring_weekdays_are_not_release_dates(text: str) -> None:
    assert find_expressions(text, date(2025, 6, 1)) == []


def test_a_weekday_without_every_is_still_a_day() -> None:
    assert found("The trailer drops Friday.", date(2025, 6, 4)) == {"Friday": ("2025-06-06", "2025-06-06", "day")}


def test_timeml_mode_annotates_every_weekday_as_a_set() -> None:
    timexes = find_timex3("New episodes air every Friday through October 10.", date(2025, 6, 1))
    assert [(t.text, t.type, t.value) for t in timexes] == [
        ("every Friday", "SET", "XXXX-WXX-5"), ("October 10", "DATE", "2025-10-10")]
