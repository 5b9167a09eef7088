"""Values read as a person would say them."""

from __future__ import annotations

from datetime import date

import pytest

from airdate.answer.describe import describe_value, describe_window, value_interval


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ("2024-09-01", "2025-04-30", "late 2024 to early 2025"),
        ("2024-01-01", "2024-04-30", "early 2024"),
        ("2023-09-01", "2023-12-31", "late 2023"),
        ("2024-01-01", "2024-12-31", "2024"),
        ("2024-01-01", "2024-06-30", "the first half of 2024"),
        ("2025-07-01", "2025-09-30", "Q3 2025"),
        ("2023-04-01", "2023-04-30", "April 2023"),
        ("2023-04-14", "2023-04-14", "April 14, 2023"),
        ("2026-06-01", "2026-08-31", "June to August 2026"),
        ("2025-03-01", "2025-05-31", "March to May 2025"),
        ("2023-03-10", "2023-05-20", "March 10 to May 20, 2023"),
        ("2026-03-30", "2026-04-30", "March 30 to April 30, 2026"),
        ("2027-01-01", "2027-01-14", "January 1 to January 14, 2027"),
        ("2025-11-15", "2026-02-10", "November 15, 2025 to February 10, 2026"),
    ],
)
def test_windows_are_named_by_their_usual_words(start: str, end: str, words: str) -> None:
    assert describe_window(date.fromisoformat(start), date.fromisoformat(end)) == words


def test_values_of_each_kind() -> None:
    assert describe_value("premiere_date", "2022-01-28") == "January 28, 2022"
    assert describe_value("renewal", {"renewed": True, "date": "2022-06-06", "event": "a fan event"}) == "renewed on June 6, 2022 (a fan event)"
    assert describe_value("renewal", {"renewed": False, "date": None, "event": None}) == "not renewed"
    assert describe_value("character", {"name": "Mira", "played_by": "Ines Calder"}) == "Mira (played by Ines Calder)"
    assert describe_value("cast_member", ["A B", "C D"]) == "A B, C D"
    assert describe_value("premiere_date", None) == "none announced"


def test_value_interval_accepts_days_windows_and_open_bounds() -> None:
    assert value_interval("2024-02-03").days == 1  # type: ignore[union-attr]
    window = value_interval({"start": "2024-01-01", "end": None})
    assert window is not None and window.end is None
    assert value_interval("soon") is None
