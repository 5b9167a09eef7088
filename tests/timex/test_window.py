"""infer_writing_window: rules on small pages written here, then the five seed pages."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from airdate.models import Document, WritingWindow
from airdate.timex import infer_writing_window
from tests.conftest import SEEDS, need_shared


def page(text: str, **meta: object) -> Document:
    return Document(id="t", name="t", text=text, source="t", **meta)  # type: ignore[arg-type]


def window(text: str, **meta: object) -> WritingWindow:
    return infer_writing_window(page(text, **meta))


def test_metadata_wins_over_text() -> None:
    w = window("The show was renewed on March 3, 2021.", published=date(2024, 2, 1))
    assert (w.start, w.end) == (date(2024, 2, 1), date(2024, 2, 1))
    assert w.cues[0].kind == "metadata"


def test_published_line_in_text() -> None:
    w = window("Big news\nPublished: October 2, 2023\n\nThe series returns next year.")
    assert (w.start, w.end) == (date(2023, 10, 2), date(2023, 10, 2))
    assert w.cues[0].kind == "published_line"


def test_past_event_bounds_below_and_scheduled_event_bounds_above() -> None:
    w = window("The network renewed the drama on March 3, 2023. The new season is set to premiere on January 9, 2024.")
    assert w.start == date(2023, 3, 3)
    assert w.end == date(2024, 1, 8)
    kinds = {(c.kind, c.bound) for c in w.cues}
    assert ("past_event", "lower") in kinds and ("future_event", "upper") in kinds


def test_future_window_bounds_above_by_its_end() -> None:
    w = window("The studio renewed it in May 2023. Filming is slated to begin in the second half of 2024.")
    assert (w.start, w.end) == (date(2023, 5, 1), date(2024, 12, 31))


def test_last_full_date_is_said_within_a_year() -> None:
    w = window("The studio greenlit the sequel last August 2, 2021.")
    assert w.start == date(2021, 8, 2)
    assert w.end == date(2022, 8, 1)


def test_next_year_next_to_an_explicit_year_fixes_the_writing_year() -> None:
    w = window("The show was renewed in March 2021. Fans will have to wait until next year. "
               "The new season will probably arrive in mid-2023.")
    assert (w.start, w.end) == (date(2022, 1, 1), date(2022, 12, 31))


def test_a_release_that_waits_on_a_go_ahead_is_at_least_months_away() -> None:
    w = window("The drama premiered in March 2021. If it is renewed soon, we could see a second season in early 2023.")
    assert w.start == date(2021, 3, 1)
    assert w.end == date(2022, 6, 30)


def test_contradicting_weaker_cue_is_dropped() -> None:
    # the horizon (weakest) would put the lower bound after the stated past event; the past event stands
    w = window("The comedy wrapped in January 2020. It is set to premiere on June 1, 2022.")
    assert w.start is not None and w.start >= date(2021, 6, 1)
    assert w.end == date(2022, 5, 31)


def test_boilerplate_dates_only_the_crawl() -> None:
    text = "Sidebar: Star Net Worth in 2026\n\nThe series was renewed in April 2023. Filming will start in 2024."
    w = infer_writing_window(page(text, boilerplate=((0, 31),)))
    assert w.start == date(2023, 4, 1) and w.end == date(2024, 12, 31)
    assert any(c.kind == "crawl_furniture" for c in w.cues)


def test_a_page_with_no_cues_has_an_open_window() -> None:
    w = window("Everything we know about the show so far.")
    assert (w.start, w.end) == (None, None)


# ---- the five seed pages --------------------------------------------------------------


def _boilerplate_spans(text: str, heads: list[str]) -> tuple[tuple[int, int], ...]:
    """Gold boilerplate entries are block openings; a block runs to the next blank line."""
    spans = []
    for head in heads:
        match = re.search(r"\s+".join(re.escape(word) for word in head.split()), text)
        assert match, f"gold boilerplate head not found: {head!r}"
        end = text.find("\n\n", match.end())
        spans.append((match.start(), end if end >= 0 else len(text)))
    return tuple(spans)


def _seed_windows(with_boilerplate: bool) -> dict[str, tuple[WritingWindow, date, date]]:
    seeds = need_shared(SEEDS)
    out = {}
    for path in sorted(seeds.glob("0*.txt")):
        number = path.name[:3]
        gold = json.loads((seeds / "gold" / f"{number}.json").read_text())
        text = path.read_text(encoding="utf-8")
        spans = _boilerplate_spans(text, gold["boilerplate"]) if with_boilerplate else ()
        doc = Document(id=number, name=path.name, text=text, source=str(path), boilerplate=spans)
        estimate = gold["published_estimate"]
        out[number] = (infer_writing_window(doc), date.fromisoformat(estimate["start"]), date.fromisoformat(estimate["end"]))
    return out


@pytest.mark.parametrize("with_boilerplate", [True, False])
def test_seed_windows_contain_gold_and_are_at_most_twice_as_wide(with_boilerplate: bool) -> None:
    for number, (w, gold_start, gold_end) in _seed_windows(with_boilerplate).items():
        assert w.start is not None and w.end is not None, number
        assert w.start <= gold_start and gold_end <= w.end, (number, w.start, w.end)
        assert (w.end - w.start).days + 1 <= 2 * ((gold_end - gold_start).days + 1), number
        assert w.cues, number


@pytest.mark.parametrize("with_boilerplate", [True, False])
def test_seed_writing_order_comes_out_of_window_midpoints(with_boilerplate: bool) -> None:
    windows = _seed_windows(with_boilerplate)

    def midpoint(number: str) -> date:
        w = windows[number][0]
        assert w.start and w.end
        return w.start + (w.end - w.start) / 2

    assert midpoint("002") < midpoint("003") < midpoint("001") < midpoint("004")


def test_a_storys_own_time_dates_nothing() -> None:
    w = window("The series revolves around a story set in 2071. The new season will be a hit.")
    assert (w.start, w.end) == (None, None)
    assert window("The drama takes place circa 2014 in Seoul.").end is None


def test_a_work_named_by_its_year_exists_when_the_page_is_written() -> None:
    # "his 2019 crime film" under a future verb is no event still ahead
    w = window("Guy Ritchie will return to direct the series based on his 2019 crime film.")
    assert (w.start, w.end) == (date(2019, 1, 1), None)
    # several words of a proper name may stand between the year and the noun
    w = window("The series will end as the heroes of the 2016 Star Wars spinoff movie meet.")
    assert (w.start, w.end) == (date(2016, 1, 1), None)
    # ("a follow-up to Ana Ruiz's 2019 photorealistic remake": a remake is a work too)
    w = window("The anticipated project will serve as a follow-up to Ana Ruiz’s 2019 photorealistic remake.")
    assert (w.start, w.end) == (date(2019, 1, 1), None)
    # no determiner, no attributive year: "in 2027 and the show" is the event's own date
    assert window("Season 2 will arrive in 2027 and the show will end there.").end == date(2027, 12, 31)


@pytest.mark.parametrize(
    "text, start, end",
    [
        # a passive's helper decides, not its participle
        ("The show will be released on August 18, 2031 on Netflix.", None, date(2031, 8, 17)),
        # (an open "until" bounds nothing, but it is no past event either)
        ("Season 3 likely won't be released until 2034.", None, None),
        # "since debuting" looks back
        ("The series has made an impact since debuting in 2029.", date(2029, 1, 1), None),
        # "set to hit theatres": an infinitive, not the past "hit"
        ("The sequel has wrapped filming and is set to hit theatres in 2032.", None, date(2032, 12, 31)),
        # an event noun has no tense of its own: the verb before it decides, and it looks ahead only alone
        ("A year passed between the finale in January 2030 and the Season 3 premiere in March 2031.", date(2031, 3, 1), None),
        ("The actor got his start on a talent show in 1992.", date(1992, 1, 1), None),
    ],
)
def test_tense_comes_from_the_verb_not_from_look_alike_words(text: str, start: date | None, end: date | None) -> None:
    w = window(text)
    # a date ahead bounds the writing above (and only weakly below, by the announcement horizon)
    if end is not None:
        assert w.end == end
    else:
        assert (w.start, w.end) == (start, None)


def test_a_participle_takes_the_tense_of_the_verb_it_hangs_on() -> None:
    w = window("The first season's filming happened fast, starting in August 2022 and officially releasing in December 2022.")
    assert w.start == date(2022, 12, 1) and w.end is None


def test_a_year_before_the_web_bounds_no_writing_date() -> None:
    w = window("1911 Season 2: When Is the Release Date?\n\nNo one knows when 1911 Season 2 will be released.")
    assert (w.start, w.end) == (None, None)
