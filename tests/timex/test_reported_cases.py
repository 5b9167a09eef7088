"""Cases reported by the extraction stage: timer ownership, "the ___ part of", "as of late",
months that point back into the text, and "the following months after X" (sentences written here)."""

from __future__ import annotations

from datetime import date

import pytest

from airdate.models import Interval
from airdate.timex import find_expressions

REF = date(2024, 5, 15)


def found(text: str, anchor: Interval | date | None = REF) -> dict[str, tuple[str, str, str]]:
    return {e.text: (str(e.interval.start), str(e.interval.end), e.interval.granularity)
            for e in find_expressions(text, anchor)}


def test_a_timer_belongs_only_to_the_date_right_before_it() -> None:
    text = ("Good news: the studio picked the show up again on March 8, 2022.\n"
            "Countdown to November 14, 2022 at 6:00 PM (UTC)\n0 Days 0 Hours 0 Mins 0 Secs")
    flags = {e.text: e.widget for e in find_expressions(text, REF)}
    assert flags == {"March 8, 2022": False, "Countdown to November 14, 2022 at 6:00 PM (UTC)": True}


def test_a_date_line_with_a_timer_under_it_is_still_a_widget() -> None:
    text = "Season 3 premieres November 14, 2022 at 6 PM ET\n12 Days 4 Hours 3 Mins 9 Secs"
    (expression,) = find_expressions(text, REF)
    assert expression.widget and expression.interval.start == date(2022, 11, 14)


@pytest.mark.parametrize(("text", "phrase", "want"), [
    ("The pilot was shot in the early part of 2021.", "the early part of 2021", ("2021-01-01", "2021-04-30", "part_of_year")),
    ("It returns in the latter part of 2025.", "the latter part of 2025", ("2025-09-01", "2025-12-31", "part_of_year")),
    ("Filming wrapped in the later part of 2023.", "the later part of 2023", ("2023-09-01", "2023-12-31", "part_of_year")),
    ("Casting opens in the first part of the year.", "the first part of the year", ("2024-01-01", "2024-04-30", "part_of_year")),
    ("Casting closed in the final part of last year.", "the final part of last year", ("2023-09-01", "2023-12-31", "part_of_year")),
    ("It lands in the middle part of 2026.", "the middle part of 2026", ("2026-05-01", "2026-08-31", "part_of_year")),
    ("It lands in the early part of the summer.", "the early part of the summer", ("2024-06-01", "2024-06-30", "season")),
])
def test_the_part_of_phrases_name_a_third(text: str, phrase: str, want: tuple[str, str, str]) -> None:
    assert found(text) == {phrase: want}


def test_the_first_part_of_a_series_is_not_a_time() -> None:
    assert found("The first part of the series was better.") == {}


def test_as_of_late_is_recently_and_leaves_the_bare_year() -> None:
    assert found("The comedy was one of the best releases as of late in 2021.") == {
        "2021": ("2021-01-01", "2021-12-31", "year")}
    assert found("Things have been quiet as of late.") == {}
    # without the idiom, "late in" is the last third of the year
    assert found("The comedy was renewed late in 2021.") == {"late in 2021": ("2021-09-01", "2021-12-31", "part_of_year")}
    # "as of late 2021" is "as of the end of 2021", not the idiom
    assert found("As of late 2021, no renewal had come.") == {"late 2021": ("2021-09-01", "2021-12-31", "part_of_year")}


def test_a_month_used_as_a_modifier_takes_the_year_of_its_earlier_mention() -> None:
    text = ("A press release dated March 9, 2019, confirmed the spin-off. "
            "The following months after the March announcement, the studio held auditions.")
    got = found(text)
    assert got["March"] == ("2019-03-01", "2019-03-31", "month")
    # a window from the month after the event, as wide as "the coming months"
    assert got["The following months"] == ("2019-04-01", "2019-09-30", "month")
    # the same without any writing anchor: the text alone decides
    assert found(text, None)["March"] == ("2019-03-01", "2019-03-31", "month")


def test_the_nearest_earlier_mention_of_the_month_wins() -> None:
    text = ("The first film opened on May 2, 2015. The sequel opened on May 9, 2019. "
            "Since the May premiere, the studio has stayed quiet.")
    assert found(text)["May"] == ("2019-05-01", "2019-05-31", "month")


def test_an_offset_after_a_named_event_counts_from_that_event() -> None:
    text = "The network renewed it on June 3, 2020. Four months after the June renewal, filming began."
    got = found(text)
    assert got["June"] == ("2020-06-01", "2020-06-30", "month")
    assert got["Four months after"] == ("2020-10-01", "2020-10-31", "month")


def test_a_bare_month_in_the_future_keeps_the_writing_anchor() -> None:
    text = "Season 1 premiered on April 12, 2020. Season 2 will arrive in April."
    assert found(text)["April"] == ("2025-04-01", "2025-04-30", "month")


def test_a_bare_past_month_is_not_placed_after_the_writing() -> None:
    text = "Season 1 is due on April 12, 2026. Filming wrapped in April."
    assert found(text)["April"] == ("2024-04-01", "2024-04-30", "month")
    assert found(text)["April 12, 2026"] == ("2026-04-12", "2026-04-12", "day")


def test_widget_dates_do_not_lend_their_year() -> None:
    text = "Countdown to April 1, 2030\n3 Days 2 Hours\nThe cast met in April."
    assert found(text)["April"] == ("2024-04-01", "2024-04-30", "month")


def test_the_following_weeks_run_42_days_after_the_event() -> None:
    got = found("The trailer dropped on June 6, 2023. The following weeks brought more news.")
    assert got["The following weeks"] == ("2023-06-07", "2023-07-18", "week")


def test_a_row_number_before_a_month_and_day_is_no_day_of_its_own() -> None:
    text = "Episodes Dates 3 April 19, 2025 11:30 PM 10 June 7, 2025 11:30 PM. It airs on 3 April 2025."
    assert found(text) == {
        "April 19, 2025": ("2025-04-19", "2025-04-19", "day"),
        "June 7, 2025": ("2025-06-07", "2025-06-07", "day"),
        "3 April 2025": ("2025-04-03", "2025-04-03", "day"),
    }


def test_a_hyphen_joins_a_season_to_its_year_and_a_capital_may_opens_a_range() -> None:
    assert found("The second season aired during the Summer-2022 season.")["the Summer-2022"] == ("2022-06-01", "2022-08-31", "season")
    assert found("May to June 2024 is the plan.")["May to June 2024"][:2] == ("2024-05-01", "2024-06-30")
    assert "may" not in " ".join(found("You may to June go.")).lower()
