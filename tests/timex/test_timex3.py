"""TimeML mode (find_timex3): the recognisers the release-date grammar leaves out, TimeML
values, story-relative resolution, and TempEval-3 figures pinned in baseline.json."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from airdate.timex import find_expressions, find_timex3
from airdate.timex.timeml import evaluate_timeml
from tests.conftest import SHARED, need_shared

DCT = date(2013, 3, 22)  # a Friday
BASELINE = Path(__file__).with_name("baseline.json")


def _found(text: str, dct: date = DCT) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_timex3(text, dct)}


@pytest.mark.parametrize(("text", "phrase", "kind", "value"), [
    ("Sales were flat for three years.", "three years", "DURATION", "P3Y"),
    ("Prices rose over the past six months.", "the past six months", "DURATION", "P6M"),
    ("It took a mere 24 hours.", "a mere 24 hours", "DURATION", "PT24H"),
    ("The talks lasted several weeks.", "several weeks", "DURATION", "PXW"),
    ("That took a decade.", "a decade", "DURATION", "P10Y"),
    ("The board meets every week.", "every week", "SET", "P1W"),
    ("The paper is printed daily.", "daily", "SET", "P1D"),
    ("He is now retired.", "now", "DATE", "PRESENT_REF"),
    ("She recently moved.", "recently", "DATE", "PAST_REF"),
    ("In the past, it rained.", "the past", "DATE", "PAST_REF"),
    ("Plans for the near future are vague.", "the near future", "DATE", "FUTURE_REF"),
    ("Music of the 20th century.", "20th century", "DATE", "19"),
    ("Music of the 1990s.", "1990s", "DATE", "199"),
    ("The vote is at 10 a.m., officials said.", "10 a.m.", "TIME", "2013-03-22T10:00"),
    ("Officials spoke this morning.", "this morning", "TIME", "2013-03-22TMO"),
    ("Officials spoke Friday afternoon.", "Friday afternoon", "TIME", "2013-03-22TAF"),
    ("Talks were postponed until 15:00 GMT Saturday, officials said.", "15:00 GMT Saturday", "TIME", "2013-03-23T15:00"),
    ("Profit fell in the third-quarter.", "the third-quarter", "DATE", "2012-Q3"),
    ("Shares fell last year.", "last year", "DATE", "2012"),
    ("Four years ago it was cheap.", "Four years ago", "DATE", "2009"),
    ("It ended two years later.", "two years", "DURATION", "P2Y"),
    ("The weekend was calm.", "The weekend", "DATE", "2013-W11-WE"),
])
def test_timeml_types_and_values(text: str, phrase: str, kind: str, value: str) -> None:
    assert _found(text).get(phrase) == (kind, value)


def test_ranges_become_two_timexes_the_way_timeml_annotates_them() -> None:
    found = find_timex3("Output grew between 1994 and 1997, and from June to August 2012.", DCT)
    assert [(t.text, t.value) for t in found] == [
        ("1994", "1994"), ("1997", "1997"), ("June", "2012-06"), ("August 2012", "2012-08")]


def test_story_relative_weekdays_and_months() -> None:
    # the DCT's own weekday is the DCT; another bare weekday is the latest one...
    assert _found("The minister resigned Friday.")["Friday"] == ("DATE", "2013-03-22")
    assert _found("The minister resigned Tuesday.")["Tuesday"] == ("DATE", "2013-03-19")
    # ...unless a future word comes right before it
    assert _found("The minister will resign Tuesday.")["Tuesday"] == ("DATE", "2013-03-26")
    # "before Friday's announcement": the Friday itself, not the run up to it
    assert _found("Before Friday's announcement, it said it would wait.")["Friday"] == ("DATE", "2013-03-22")
    # a bare month is the one nearest the DCT, or the next after a future word
    assert _found("Sales fell in February.")["February"] == ("DATE", "2013-02")
    assert _found("The plant opens in June.")["June"] == ("DATE", "2013-06")
    assert _found("Sales rose in November.")["November"] == ("DATE", "2012-11")
    assert _found("The plant will open in November.")["November"] == ("DATE", "2013-11")


def test_release_date_mode_leaves_durations_and_vague_words_out() -> None:
    text = "The show returns in late 2024, after three years away; fans are waiting now."
    assert [e.text for e in find_expressions(text, DCT)] == ["late 2024"]
    assert _found(text) == {"late 2024": ("DATE", "2024"), "three years": ("DURATION", "P3Y"),
                            "now": ("DATE", "PRESENT_REF")}


def test_ages_and_quantities_are_not_durations() -> None:
    found = _found("His 22-year-old son and children 6 months and older were there.")
    assert found == {}


HOSTILE = ["3", " ", "years", "-", "the past", "every", "a.m.", ":", "00", "nineties", "quarter", "third",
           "now", "Friday", "morning", "10", "p.m.", "GMT", "the", "next", "few", "1990s", "century"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(HOSTILE), max_size=80).map(" ".join))
def test_time_word_soup_gives_ordered_well_formed_timexes(text: str) -> None:
    previous_end = 0
    for t in find_timex3(text, DCT):
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
        assert t.start >= previous_end
        previous_end = t.end


@pytest.mark.parametrize("unit", ["1" * 20000, " " * 20000, "the past " * 3000, "3 years " * 3000,
                                  "10:00 " * 3000, "every " * 3000, "third-quarter " * 2000])
def test_hostile_runs_finish(unit: str) -> None:
    find_timex3(unit, DCT)  # a catastrophically backtracking pattern would hang here


@pytest.mark.parametrize("corpus", ["te3_platinum", "te3_tbaq_cleaned"])
def test_tempeval3_figures_do_not_drop_below_the_pinned_baseline(corpus: str) -> None:
    folder = need_shared(SHARED / "timex" / "corpora" / corpus)
    figures = evaluate_timeml(folder)["timex3"]
    assert isinstance(figures, dict)
    pinned = json.loads(BASELINE.read_text())["timeml"][corpus]
    for key, value in pinned.items():
        assert figures[key] >= value, f"{corpus} {key} fell from {value} to {figures[key]}"
