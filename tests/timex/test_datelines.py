"""Datelines and bylines: the page's own statement of when it was published or updated."""

from __future__ import annotations

from datetime import date

from airdate.models import Document
from airdate.timex import find_expressions, infer_writing_window
from airdate.timex.datelines import datelines

BODY = ("\n\nThe network renewed the drama on March 3, 2025, and the new season is expected to premiere "
        "sometime in 2027, according to people familiar with the plans for the production.\n")


def span(text: str) -> tuple[date | None, date | None]:
    w = infer_writing_window(Document(id="t", name="t", text=text, source="t"))
    return w.start, w.end


def test_a_byline_date_with_time_of_day_dates_the_page() -> None:
    assert span("Drama Adds Four Regulars\n\nBy Jo Writer\nJune 9, 2026 10:42am" + BODY) == (date(2026, 6, 9), date(2026, 6, 9))
    assert span("Drama Delayed\n\nOctober 17, 2023, 11:42 AM ET\nComments (63)" + BODY) == (date(2023, 10, 17), date(2023, 10, 17))


def test_byline_furniture_around_the_date_is_read_past() -> None:
    for line in ("By Jo Writer | April 2, 2026", "Thursday, April 2, 2026 | By Jo Writer | 9 comments",
                 "by jo_writer · Apr 2, 2026 · 4 min read", "Written by Jo Writer | April 2, 2026 | 5 Comments",
                 "By Jo Writer | April 2, 2026 | Updated 6:14 pm"):
        assert span("A Headline About a Show\n\n" + line + BODY) == (date(2026, 4, 2), date(2026, 4, 2)), line


def test_a_labelled_update_inside_a_byline_is_an_update() -> None:
    lines = datelines("Headline\n\nBy Jo Writer | Last Updated: February 11, 2026 | 12 Comments" + BODY)
    assert [(kind, day) for kind, day, _q, _s in lines] == [("updated", date(2026, 2, 11))]


def test_a_headline_or_a_body_line_with_a_date_is_no_byline() -> None:
    assert datelines("Season 3 Release Date Confirmed: March 20, 2026!" + BODY) == []
    # a bare date under a body paragraph is a list row, not the page's date
    text = "Headline\n\n" + "The schedule for the new season was announced by the network today. " * 6 + "\nMarch 20, 2026\n"
    assert datelines(text) == []
    # a bare date line counts only under a credit line
    assert datelines("Headline\n\nMarch 20, 2026" + BODY) == []
    assert datelines("Headline\nBy Jo Writer\nMarch 20, 2026" + BODY)[0][1] == date(2026, 3, 20)


def test_a_wiki_footer_dates_the_last_edit() -> None:
    text = "Season 2 (Show)\n" + BODY + "\nThis page was last edited on 14 August 2025, at 19:22.\n"
    assert span(text)[1] == date(2025, 8, 14)


def test_published_and_updated_lines_fix_the_window_whatever_the_text_says() -> None:
    text = ("Published on April 2, 2024 | Updated on October 14, 2026\n\nThe third season premieres on June 5, 2024. "
            "The network renewed it on March 3, 2024.")
    assert span(text) == (date(2024, 4, 2), date(2026, 10, 14))


def test_numeric_dates_follow_the_page_date_order() -> None:
    day_first = "Updated On: 12/06/2026 by Team Site\n\nThe first season was released on 14th February 2025 and renewed on 5th of May 2026."
    assert span(day_first) == (date(2026, 6, 12), date(2026, 6, 12))
    month_first = "Updated On: 12/06/2026 by Team Site\n\nThe first season was released on February 14, 2025 and renewed on May 5, 2026."
    assert span(month_first) == (date(2026, 12, 6), date(2026, 12, 6))
    # a first number above 12 can only be a day
    assert [(e.interval.start, e.interval.end) for e in find_expressions("It aired on 25/12/2025.")] == [
        (date(2025, 12, 25), date(2025, 12, 25))]


def test_a_numeric_date_that_can_only_be_day_first_sets_the_page_order() -> None:
    # no word-month dates at all: 18/09/2026 alone proves the page writes day/month
    assert span("Updated: 02/08/2026\n\nThe finale aired on 18/09/2025 and the film followed on 03/04/2026.") == (
        date(2026, 8, 2), date(2026, 8, 2))
    days = [e.interval.start for e in find_expressions("It aired 18/09/2026 and returns 02/08/2027.")]
    assert days == [date(2026, 9, 18), date(2027, 8, 2)]
    # and a second number above 12 proves month/day, outweighing "5th of May" prose
    days = [e.interval.start for e in find_expressions("It aired 09/18/2026 on the 5th of May slot and returns 02/08/2027.")]
    assert days[0] == date(2026, 9, 18) and days[-1] == date(2027, 2, 8)


def test_a_byline_with_a_time_weekday_and_an_update_gives_both_days() -> None:
    text = "Headline About a Show\n\nBy Jo Writer, TV Reporter\n17:32, Mon, Apr 6, 2026 | UPDATED: 09:14, Tue, Apr 7, 2026" + BODY
    assert [(k, d) for k, d, _q, _s in datelines(text)] == [("published", date(2026, 4, 6)), ("updated", date(2026, 4, 7))]
    assert span(text) == (date(2026, 4, 6), date(2026, 4, 7))


def test_a_byline_restating_its_date_as_last_checked_is_still_a_byline() -> None:
    text = "Headline\n\nWritten by Jo Writer · Published January 12, 2026 · Last checked: January 12, 2026" + BODY
    assert span(text) == (date(2026, 1, 12), date(2026, 1, 12))
