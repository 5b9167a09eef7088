"""Second round of cases reported by the extraction stage (sentences written here): an offset
restated by an explicit date, a yearless month narrowing the window just before it, the weekend,
a move's target, a weekday that fixes a yearless date's year, and countdown timers."""

from __future__ import annotations

from datetime import date

import pytest

from airdate.models import Document, Interval
from airdate.timex import find_expressions, infer_writing_window

REF = date(2025, 12, 1)


def found(text: str, anchor: Interval | date | None = REF) -> dict[str, tuple[str, str, str]]:
    return {e.text: (str(e.interval.start), str(e.interval.end), e.interval.granularity)
            for e in find_expressions(text, anchor)}


def window(text: str) -> tuple[date | None, date | None]:
    w = infer_writing_window(Document(id="t", name="t", text=text, source="t"))
    return w.start, w.end


def test_an_explicit_date_in_apposition_wins_over_the_offset_it_restates() -> None:
    assert found("The drama premiered on September 14, 2024, and was renewed less than a month later, on October 6, 2024.") == {
        "September 14, 2024": ("2024-09-14", "2024-09-14", "day"), "October 6, 2024": ("2024-10-06", "2024-10-06", "day")}
    assert "April 2, 2024" in found("It premiered in March 2024 and was renewed two weeks later (April 2, 2024).")
    # with no explicit date after it the offset stays
    assert found("It premiered on June 6, 2022, and the teaser dropped four months later.")["four months later"] == (
        "2022-10-01", "2022-10-31", "month")


def test_a_yearless_month_in_apposition_narrows_the_window_before_it_whatever_the_anchor() -> None:
    wide = Interval(date(2026, 3, 12), date(2027, 5, 31))
    assert found("The streamer is eyeing a spring 2027 launch, likely in April, though it could slip.", wide)["April"] == (
        "2027-04-01", "2027-04-30", "month")
    assert found("It returns in late 2026, possibly in November.", wide)["November"] == ("2026-11-01", "2026-11-30", "month")
    # a new event joined by "and" is no apposition: the anchor decides
    assert found("It premiered in 2025 and returns in April.", date(2025, 12, 1))["April"] == ("2026-04-01", "2026-04-30", "month")


def test_the_weekend_is_annotated_as_its_saturday_and_sunday() -> None:
    # shared/timex/README.md: "weekend | Sat - Sun | day"; said on a Monday in the past tense it is the one just gone
    assert found("The studio confirmed over the weekend that a second cour is coming.", date(2025, 10, 6))["the weekend"] == (
        "2025-10-04", "2025-10-05", "day")
    assert found("The finale airs this weekend.", date(2025, 10, 8))["this weekend"] == ("2025-10-11", "2025-10-12", "day")


def test_the_target_of_a_delay_is_still_ahead_of_the_writing() -> None:
    start, end = window("Drama Delayed to 2027 After Fire\n\nFilming began in November 2025. The show has been pushed to 2027.")
    assert start == date(2025, 11, 1) and end == date(2027, 12, 31)


def test_a_weekday_printed_with_a_yearless_date_fixes_its_year() -> None:
    assert found("Apple confirmed the delay on Tuesday, July 7.", date(2027, 3, 1))["Tuesday, July 7"] == (
        "2026-07-07", "2026-07-07", "day")
    text = ("Filming began in November 2025 and stopped after a fire on March 12, 2026. "
            "Apple confirmed the delay on Tuesday, July 7. The new season is set to premiere in spring 2027.")
    assert window(text)[0] == date(2026, 7, 7)


def test_a_countdown_timer_dates_the_crawl_so_bounds_the_writing() -> None:
    text = ("Season 3 is confirmed to release on March 20, 2026.\n\nCountdown to March 20, 2026 at 12:00 AM (PT)\n"
            "98 Days 14 Hours 22 Mins 05 Secs\n\nThe show was renewed in September 2025.")
    assert window(text) == (date(2025, 9, 1), date(2025, 12, 12))


def test_a_work_s_release_year_in_brackets_bounds_the_writing_from_below_whatever_the_tense() -> None:
    start, end = window(
        "Ashen Road 3 wraps production, sets June 2026 release date\n\n"
        "The upcoming film will be a follow-up to Ashen Road (2002) and Ashen Road 2 (2007).\n"
    )
    assert start is not None and start >= date(2002, 1, 1)
    assert end is not None and end >= date(2025, 1, 1)


def test_a_year_in_a_works_name_far_past_every_other_cue_does_not_date_the_page() -> None:
    start, end = window(
        "Kestrel Moor Season 2 Release Date\n\n"
        "Way back in 2022, when the first season of Kestrel Moor premiered, the studio said there would be no second season. "
        "The writer said the second season will keep all the melodrama of the first season and of the game Skyline 2077.\n"
    )
    assert start is not None and start.year == 2022
    assert end is None or end.year < 2040


@pytest.mark.parametrize(
    ("sentence", "phrase", "day"),
    [
        ("On Friday morning (April 25), viewers will be able to watch it.", "Friday morning (April 25)", "2025-04-25"),
        ("The drama premieres on Mar. 13 (Fri) at 9pm.", "Mar. 13 (Fri) at 9pm", "2026-03-13"),
        ("It airs from Sunday 9th November at 9pm.", "Sunday 9th November at 9pm", "2025-11-09"),
    ],
)
def test_a_weekday_beside_a_yearless_date_picks_the_year_it_falls_on_a_few_years_out(sentence: str, phrase: str, day: str) -> None:
    assert found(sentence, date(2023, 6, 1))[phrase] == (day, day, "day")


def test_the_decades_a_story_spans_do_not_bound_the_writing() -> None:
    text = ("Tin Lantern is set in Northern Ireland during the Troubles, the period of conflict from the late 1960s "
            "through to the late 1990s. Tin Lantern will start on Channel 4 later this year.")
    assert window(text) == (None, None)
