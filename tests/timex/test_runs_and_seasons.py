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


def test_two_days_of_one_month_share_the_year_printed_after_them() -> None:
    assert found("The network aired the first two episodes on April 11 and 12, 2031, to fans.", date(2032, 1, 1)) == {
        "April 11 and 12, 2031": ("2031-04-11", "2031-04-12", "day"),
    }
    # (without a year after them, the two days stay apart)
    assert "June 3 and 5" not in found("The episodes aired on June 3 and 5 to fans.", date(2031, 7, 1))


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


# --- anime cours ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "phrase", "want"), [
    ("Part 2 premieres as part of the Winter 2026 anime season.", "the Winter 2026", ("2026-01-01", "2026-03-31", "season")),
    ("The Spring 2025 anime season is crowded.", "The Spring 2025", ("2025-04-01", "2025-06-30", "season")),
    ("Here is our Summer 2024 anime lineup.", "Summer 2024", ("2024-07-01", "2024-09-30", "season")),
    ("It airs in the fall 2025 cour.", "the fall 2025", ("2025-10-01", "2025-12-31", "season")),
    ("The streamer will simulcast it in winter 2026.", "winter 2026", ("2026-01-01", "2026-03-31", "season")),
    ("The anime returns in late fall 2025.", "late fall 2025", ("2025-12-01", "2025-12-31", "season")),
])
def test_a_season_in_anime_context_is_the_broadcast_quarter(text: str, phrase: str, want: tuple[str, str, str]) -> None:
    assert found(text, date(2025, 6, 1))[phrase] == want


def test_this_winter_in_anime_context_is_the_next_january_quarter() -> None:
    assert found("Crunchyroll will simulcast the second cour this winter.", date(2025, 6, 1)) == {
        "this winter": ("2026-01-01", "2026-03-31", "season")}


@pytest.mark.parametrize(("text", "phrase", "want"), [
    ("The drama returns in winter 2026.", "winter 2026", ("2025-12-01", "2026-02-28", "season")),
    ("The film opens in summer 2024.", "summer 2024", ("2024-06-01", "2024-08-31", "season")),
])
def test_a_season_without_anime_context_stays_meteorological(text: str, phrase: str, want: tuple[str, str, str]) -> None:
    assert found(text, date(2025, 6, 1))[phrase] == want


def test_anime_context_is_per_sentence() -> None:
    text = "The anime's second cour starts in Winter 2026. The live-action film follows in winter 2027."
    assert found(text, date(2025, 6, 1)) == {
        "Winter 2026": ("2026-01-01", "2026-03-31", "season"),
        "winter 2027": ("2026-12-01", "2027-02-28", "season"),
    }


# --- "next SEASON" said in winter --------------------------------------------------------------
# README: "next SEASON = the first instance starting after the current one". In mid-January the
# current season is winter 2024/25, so the first spring after it is spring 2025 (one annotator
# expected 2026; the README reading is kept, and it is the one the dev gold uses: "next summer"
# said on 15 September 2023 is summer 2024, the very next one, not the one after).

@pytest.mark.parametrize(("said", "text", "want"), [
    (date(2025, 1, 14), "The sequel may not arrive until next spring.", ("2025-03-01", "2025-05-31")),
    (date(2023, 9, 15), "The sequel opens next summer.", ("2024-06-01", "2024-08-31")),
    (date(2025, 4, 20), "The sequel opens next spring.", ("2026-03-01", "2026-05-31")),
    (date(2025, 1, 14), "The sequel opens next winter.", ("2025-12-01", "2026-02-28")),
    (date(2024, 12, 5), "The sequel opens next winter.", ("2025-12-01", "2026-02-28")),
])
def test_next_season_is_the_first_one_starting_after_the_current_season(said: date, text: str, want: tuple[str, str]) -> None:
    (expression,) = find_expressions(text, said)
    assert (str(expression.interval.start), str(expression.interval.end)) == want
