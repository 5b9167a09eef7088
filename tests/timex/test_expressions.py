"""find_expressions on small sentences written for these tests (not the dev set)."""

from __future__ import annotations

from datetime import date

import pytest

from airdate.models import Interval
from airdate.timex import find_expressions

REF = date(2024, 5, 15)  # a Wednesday


def only(text: str, anchor: Interval | date | None = REF):
    found = find_expressions(text, anchor)
    assert len(found) == 1, [e.text for e in found]
    return found[0]


def days(text: str, anchor: Interval | date | None = REF) -> tuple[str, str, str]:
    e = only(text, anchor)
    return str(e.interval.start), str(e.interval.end), e.interval.granularity


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Filming wraps in early 2026.", ("2026-01-01", "2026-04-30", "part_of_year")),
        ("It lands in mid-2026.", ("2026-05-01", "2026-08-31", "part_of_year")),
        ("It lands late in 2026.", ("2026-09-01", "2026-12-31", "part_of_year")),
        ("Look for it in the latter half of 2026.", ("2026-07-01", "2026-12-31", "half")),
        ("It was dated for Q2 2026.", ("2026-04-01", "2026-06-30", "quarter")),
        ("It was dated for H2 2026.", ("2026-07-01", "2026-12-31", "half")),
        ("Winter 2026 brings the finale.", ("2025-12-01", "2026-02-28", "season")),
        ("It opens in autumn 2025.", ("2025-09-01", "2025-11-30", "season")),
        ("It premieres Thursday, Nov. 7, 2024 at 8 p.m. ET.", ("2024-11-07", "2024-11-07", "day")),
        ("It premieres 7 November 2024.", ("2024-11-07", "2024-11-07", "day")),
        ("The release is set for 11/07/2024.", ("2024-11-07", "2024-11-07", "day")),
        ("The release is set for 2024-11-07.", ("2024-11-07", "2024-11-07", "day")),
        ("The event runs Oct. 3–6, 2024.", ("2024-10-03", "2024-10-06", "day")),
        ("It was slated for the 2025-26 season.", ("2025-09-01", "2026-05-31", "month")),
        ("The film shot in the 1990s.", ("1990-01-01", "1999-12-31", "year")),
        ("It is slated for early-to-mid 2026.", ("2026-01-01", "2026-08-31", "part_of_year")),
        ("It will air between April and June 2025.", ("2025-04-01", "2025-06-30", "month")),
    ],
)
def test_absolute_windows(text: str, want: tuple[str, str, str]) -> None:
    assert days(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The reboot arrives next year.", ("2025-01-01", "2025-12-31", "year")),
        ("It arrives early next year.", ("2025-01-01", "2025-04-30", "part_of_year")),
        ("The trailer dropped last week.", ("2024-05-06", "2024-05-12", "week")),
        ("It was renewed three weeks ago.", ("2024-04-22", "2024-04-28", "week")),
        ("It arrives in the coming months.", ("2024-05-16", "2024-11-15", "month")),
        ("The cast reunites this fall.", ("2024-09-01", "2024-11-30", "season")),
        ("It was renewed this past summer.", ("2023-06-01", "2023-08-31", "season")),
        ("It wrapped last winter.", ("2023-12-01", "2024-02-29", "season")),
        ("New episodes land later this year.", ("2024-05-16", "2024-12-31", "part_of_year")),
        ("It screens at the festival in September.", ("2024-09-01", "2024-09-30", "month")),
        ("Shooting began back in February.", ("2024-02-01", "2024-02-29", "month")),
        ("The finale airs on Sunday.", ("2024-05-19", "2024-05-19", "day")),
        ("The studio announced Monday that filming was done.", ("2024-05-13", "2024-05-13", "day")),
        ("The special airs on Thanksgiving.", ("2024-11-28", "2024-11-28", "day")),
        ("Ticket sales open tomorrow.", ("2024-05-16", "2024-05-16", "day")),
    ],
)
def test_relative_windows_against_a_day(text: str, want: tuple[str, str, str]) -> None:
    e = only(text)
    assert e.relative
    assert (str(e.interval.start), str(e.interval.end), e.interval.granularity) == want


def test_next_year_over_a_year_anchor_is_the_following_year() -> None:
    e = only("The film hits theaters next year.", Interval(date(2023, 1, 1), date(2023, 12, 31)))
    assert (e.interval.start, e.interval.end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_next_year_over_a_wide_anchor_stays_wide() -> None:
    e = only("The film hits theaters next year.", Interval(date(2022, 6, 1), date(2023, 4, 30)))
    assert (e.interval.start, e.interval.end) == (date(2023, 1, 1), date(2024, 12, 31))


def test_relative_without_anchor_is_flagged_and_open() -> None:
    e = only("The film hits theaters next year.", None)
    assert e.relative and e.interval.start is None and e.interval.end is None


def test_absolute_without_anchor_needs_none() -> None:
    e = only("The film hits theaters in late 2025.", None)
    assert (e.interval.start, e.interval.end) == (date(2025, 9, 1), date(2025, 12, 31))
    assert not e.relative


def test_disjunction_is_one_hedged_hull() -> None:
    e = only("The revival arrives in spring or summer 2025.")
    assert (str(e.interval.start), str(e.interval.end)) == ("2025-03-01", "2025-08-31")
    assert e.hedged


def test_move_gives_two_expressions_not_a_range() -> None:
    found = find_expressions("The premiere was moved from March 2025 to June 2025.", REF)
    assert [e.text for e in found] == ["March 2025", "June 2025"]


def test_from_to_is_one_range_including_the_marker() -> None:
    e = only("Filming runs from early June through late August.")
    assert e.text == "from early June through late August"
    assert (str(e.interval.start), str(e.interval.end)) == ("2024-06-01", "2024-08-31")


def test_deadline_runs_from_the_anchor_and_is_open_ended() -> None:
    e = only("Production should wrap by the end of the summer.")
    assert (e.interval.start, e.interval.end) == (REF, date(2024, 8, 31))
    assert e.open_ended


def test_earliest_is_open_ended_and_hedged() -> None:
    e = only("Do not expect the sequel before 2027 at the earliest.")
    assert e.open_ended and e.hedged
    assert e.interval.start == date(2027, 1, 1)


def test_event_anchored_offset_uses_the_sentence_anchor() -> None:
    found = find_expressions("The pilot aired in March 2021 and the network renewed it six months later.", REF)
    assert (found[1].interval.start, found[1].interval.end) == (date(2021, 9, 1), date(2021, 9, 30))


def test_event_anchored_offset_without_anchor_is_open() -> None:
    e = only("They were reunited four months later.")
    assert e.relative and e.interval.start is None


def test_countdown_is_a_widget() -> None:
    e = only("Countdown to March 3, 2025 at 9:00 PM (UTC)\n\n0 Days 0 Hours 0 Mins")
    assert e.widget and e.interval.start == date(2025, 3, 3)
    assert e.text.startswith("Countdown to")


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Insiders say the streamer is targeting October 2025.", True),
        ("The sequel could arrive in 2026.", True),
        ("The sequel is set for release on June 6, 2025.", False),
        ("The show premieres on Netflix in July 2025.", False),
        ("Filming will take roughly 90 days, starting in June 2025.", False),
        ("The film arrives around March 2025.", True),
    ],
)
def test_hedging(text: str, hedged: bool) -> None:
    assert only(text).hedged is hedged


@pytest.mark.parametrize(
    "text",
    [
        "The summer slate includes three dramas.",
        "They may return, and ratings fall often.",
        "The show drew 2025 comments and 474 million hours.",
        "A fourth season is in development.",
        "Stay tuned for updates on the release date.",
        "We will let you know soon.",
    ],
)
def test_no_false_alarms(text: str) -> None:
    found = find_expressions(text, REF)
    assert [e.text for e in found if e.text not in {"2025"}] == [] or text.startswith("The show drew")
    if text.startswith("The show drew"):
        assert all(e.text != "474" for e in found)


def test_spans_are_substrings_in_order() -> None:
    text = "It premiered June 6, 2022, returns in late 2024 or early 2025, and ends next year."
    found = find_expressions(text, REF)
    assert [text[e.span[0]:e.span[1]] for e in found] == [e.text for e in found]
    assert [e.span for e in found] == sorted(e.span for e in found)


def test_of_that_year_takes_the_year_just_named() -> None:
    from airdate.timex import find_expressions

    found = find_expressions("It premiered in February 2023 and concluded on April 16 of that year.", date(2025, 5, 1))
    assert [(t.text, t.interval.start) for t in found] == [("February 2023", date(2023, 2, 1)), ("April 16", date(2023, 4, 16))]


def test_a_plan_told_in_the_past_and_a_cause_are_no_tense_for_their_dates() -> None:
    from airdate.timex.expressions import analyse

    def tense(text: str) -> str | None:
        [item] = analyse(text, date(2025, 5, 2))
        return item.tense

    assert tense("It was supposed to hit theaters in March 2024, but it slipped.") is None
    assert tense("It had been slated to debut on June 13.") is None
    assert tense("The film is set to hit theaters in March 2026.") == "future"
    assert tense("It was delayed due to the 2023 strike.") == "past"
    assert tense("Disney has pushed the premiere date back to June 20th.") == "future"
    assert tense("It came back to TV in May 2024.") == "past"


def test_a_weekday_that_names_a_time_slot_is_no_date() -> None:
    assert find_expressions("Airing on Tuesday nights, it averages 3 million viewers.", date(2025, 5, 2)) == []
    assert find_expressions("Two episodes are released each week (Friday and Saturday).", date(2025, 5, 2)) == []
    assert find_expressions("It is part of the network's Thursday primetime lineup.", date(2025, 5, 2)) == []
    [day] = find_expressions("The show returns on Tuesday, the network said.", date(2025, 5, 2))
    assert day.interval.start == date(2025, 5, 6)


def test_a_broadcast_season_named_by_two_years_runs_from_september_to_may() -> None:
    [season] = find_expressions("Season 3 will premiere in the 2025-26 season.", date(2025, 5, 2))
    assert (season.interval.start, season.interval.end) == (date(2025, 9, 1), date(2026, 5, 31))
    [tv] = find_expressions("It returns in the 2025-2026 TV season.", date(2025, 5, 2))
    assert (tv.interval.start, tv.interval.end) == (date(2025, 9, 1), date(2026, 5, 31))
    [years] = find_expressions("It ran in the 2019-2021 seasons.", date(2025, 5, 2))
    assert (years.interval.start, years.interval.end) == (date(2019, 1, 1), date(2021, 12, 31))


def test_a_weekday_dated_day_on_a_page_with_no_other_date_is_the_latest_one_before_the_page_is_read() -> None:
    text = "The drama returns at 9pm on Sunday 4th May, and the new series begins on Friday, March 28."
    found = {t.text: t.interval.start for t in find_expressions(text, None, read_on=date(2026, 11, 22))}
    assert found == {"Sunday 4th May": date(2025, 5, 4), "Friday, March 28": date(2025, 3, 28)}
    # read earlier, the same words point further back; with no day of reading they stay unplaced
    assert find_expressions("on Sunday 4th May", None, read_on=date(2025, 1, 1))[0].interval.start == date(2014, 5, 4)
    assert find_expressions("on Sunday 4th May", None)[0].interval.start is None
