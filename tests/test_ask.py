"""Questions answered from hand-made fusion results: wording follows the verdict."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from airdate.answer import ask
from airdate.models import Evidence, Fact, FusionOutput, FusionResult, Superseded
from airdate.store import Store

TODAY = date(2026, 11, 20)


def fact(attribute: str, status: str, value: object, article: str = "a.txt", superseded: tuple[Superseded, ...] = ()) -> Fact:
    return Fact(attribute, status, value, 0.8, (Evidence(article, f"A sentence about {attribute}.", "confirmed", None),), superseded)


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    opened = Store.open(str(tmp_path / "ask.db"))
    results = (
        FusionResult("Saltmarsh", 3, facts=(
            fact("premiere_date", "cancelled", None, superseded=(Superseded({"start": "2026-09-01", "end": "2026-12-31", "text": "late 2026"}, "b.txt", "Late 2026.", None, "overtaken"),)),
            fact("renewal", "cancelled", {"renewed": False, "date": None, "event": None}),
        )),
        FusionResult("Saltmarsh", 2, facts=(fact("premiere_date", "confirmed", {"start": "2025-09-01", "end": "2025-09-30", "text": "September 2025"}),)),
        FusionResult("Saltmarsh", None, facts=(fact("director", "confirmed", ["Ada Quill"]), fact("platform", "confirmed", "Hulu"))),
        FusionResult("Glass Harbor", 1, facts=(fact("premiere_date", "confirmed", "2027-02-05"),)),
    )
    opened.save_fusion(FusionOutput(results=results))
    return opened


def test_a_cancelled_season_is_said_to_be_cancelled(store: Store) -> None:
    answer = ask(store, "When is Saltmarsh season 3 coming out?", TODAY)
    assert "was cancelled" in answer.answer and "no premiere is to come" in answer.answer
    assert "late 2026" in answer.answer  # the overtaken estimate stays visible as history
    renewal = ask(store, "Is Saltmarsh season 3 renewed?", TODAY)
    assert "was cancelled" in renewal.answer


def test_a_past_month_came_out_in_not_on(store: Store) -> None:
    answer = ask(store, "When did Saltmarsh season 2 come out?", TODAY)
    assert "came out in September 2025" in answer.answer


def test_a_future_confirmed_day_is_confirmed_for_that_day(store: Store) -> None:
    answer = ask(store, "Is Glass Harbor out yet?", TODAY)
    assert answer.answer.startswith("Not yet:") and "February 5, 2027" in answer.answer


def test_series_wide_questions_without_a_season_answer_for_the_series(store: Store) -> None:
    answer = ask(store, "Who directs Saltmarsh?", TODAY)
    assert "Ada Quill" in answer.answer and answer.season is None
    assert "Hulu" in ask(store, "Where can I watch Saltmarsh?", TODAY).answer
