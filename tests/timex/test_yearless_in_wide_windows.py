"""Yearless months and seasons when the writing window is wide (issue: an undated page whose
window ran Jan-Nov 2026 read "aired in September" as Sep 2025..Sep 2026)."""

from __future__ import annotations

from datetime import date

from airdate.models import Document, Interval
from airdate.timex import find_expressions, infer_writing_window

WIDE = Interval(date(2026, 1, 1), date(2026, 11, 30), "day")


def windows(text: str, anchor: Interval | date) -> dict[str, tuple[date | None, date | None]]:
    return {e.text: (e.interval.start, e.interval.end) for e in find_expressions(text, anchor)}


def test_a_past_yearless_season_is_over_by_the_window_end_unless_the_window_starts_in_it() -> None:
    # written Jan..May 2026: spring 2026 would still be running at the window's end, so the
    # spring that was shot is 2025's, and so is the summer
    spring_window = Interval(date(2026, 1, 1), date(2026, 5, 31), "day")
    found = windows("Series 1 was shot in the spring and summer and aired in September.", spring_window)
    assert found["the spring and summer"] == (date(2025, 3, 1), date(2025, 8, 31))
    assert found["September"] == (date(2025, 9, 1), date(2025, 9, 30))
    assert windows("It premiered in January.", spring_window)["January"] == (date(2026, 1, 1), date(2026, 1, 31))
    # a window inside September itself keeps that September
    inside = Interval(date(2026, 9, 20), date(2026, 10, 20), "day")
    assert windows("It aired in September.", inside)["September"] == (date(2026, 9, 1), date(2026, 9, 30))


def test_a_window_that_allows_two_instances_takes_the_one_a_late_writer_means() -> None:
    # written Jan..Nov 2026: September 2025 and September 2026 could both be over, but pages are mostly written
    # late in the window their cues allow, so the last finished September and the first coming one are meant
    assert windows("It aired in September.", WIDE)["September"] == (date(2026, 9, 1), date(2026, 9, 30))
    assert windows("It will return in September.", WIDE)["September"] == (date(2026, 9, 1), date(2026, 9, 30))
    assert windows("It was renewed on February 20.", WIDE)["February 20"] == (date(2026, 2, 20), date(2026, 2, 20))


def page(text: str) -> tuple[date | None, date | None]:
    w = infer_writing_window(Document(id="t", name="t", text=text, source="t"))
    return w.start, w.end


def test_this_season_still_ahead_bounds_the_writing_to_that_season_of_the_one_year_allowed() -> None:
    body = ("The first series premiered on January 9, 2026 and was a hit. The second series could "
            "arrive in autumn 2026, roughly a year after the first one. ")
    assert page(body) == (date(2026, 1, 9), date(2026, 11, 30))
    assert page(body + "Filming is due to start in London this spring.") == (date(2026, 1, 9), date(2026, 5, 31))
    assert page(body + "The cast will reunite for a table read this June.") == (date(2026, 1, 9), date(2026, 6, 30))


def test_this_season_leaves_the_window_alone_when_two_years_allow_it_or_it_is_winter() -> None:
    two_years = ("The first series premiered on January 9, 2025 and was a hit. The second series could "
                 "arrive in autumn 2026, a long wait. Filming is due to start in London this spring.")
    assert page(two_years) == (date(2025, 1, 9), date(2026, 11, 30))
    winter = ("The first series premiered on January 9, 2026 and was a hit. The second series could "
              "arrive in autumn 2026. Filming is due to start in London this winter.")
    assert page(winter) == (date(2026, 1, 9), date(2026, 11, 30))


def test_a_broadcast_season_named_by_two_years_is_no_finished_work() -> None:
    # "the 2016 drama" exists when the page is written; "the 2025-2026 season" is a schedule still to come
    text = "Harrow Creek Season 3 will premiere in the 2025-2026 season. Critics loved the 2016 drama."
    window = infer_writing_window(Document(id="t", name="t", text=text, source="t"))
    past = {cue.day for cue in window.cues if cue.kind == "past_event"}
    assert past == {date(2016, 1, 1)}


def test_a_yearless_day_takes_the_year_of_a_dated_season_later_in_its_sentence_when_the_page_is_undated() -> None:
    text = "The sequel premieres on The CW on October 24 at 9 PM ET, leading the Fall 2031 schedule."
    over_years = Interval(date(2029, 9, 1), date(2031, 10, 23), "day")
    for anchor in (None, over_years):
        found = {e.text: (e.interval.start, e.interval.end) for e in find_expressions(text, anchor)}
        assert found["October 24 at 9 PM ET"] == (date(2031, 10, 24), date(2031, 10, 24))
    # a bare year later on says nothing of the day's year, and a page dated within a year keeps its own reading
    assert find_expressions("It returns October 24 after its 2031 run ended.")[0].interval.start is None
    narrow = Interval(date(2026, 1, 1), date(2026, 5, 31), "day")
    aired = windows("Series 1 aired in September, so the next could arrive in autumn 2026.", narrow)
    assert aired["September"] == (date(2025, 9, 1), date(2025, 9, 30))


def test_a_yearless_day_takes_its_year_from_a_dated_season_earlier_in_its_sentence_and_keeps_it_when_said_again() -> None:
    loose = Interval(date(2022, 4, 1), date(2024, 6, 30), "day")
    text = ("Previously set for some time this April as part of the Spring 2024 anime schedule, the season will launch on "
            "April 10th in Japan. Fans abroad can stream it from April 10th too.")
    found = find_expressions(text, loose)
    assert [(e.text, e.interval.start) for e in found if e.text.startswith("April 10")] == [
        ("April 10th", date(2024, 4, 10)), ("April 10th", date(2024, 4, 10))]
    assert windows(text, loose)["this April"] == (date(2024, 4, 1), date(2024, 4, 30))
    # a bare year earlier in the sentence gives no year: "after its 2023 run" says nothing of April's
    assert windows("After its 2023 run, the show will return on April 10th.", loose)["April 10th"] == (date(2022, 4, 10), date(2022, 4, 10))
