"""Fusion of the gold seed claims, saved to a store and asked in plain words (the answer layer
reads only what fusion concluded)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from airdate.answer.ask import ask
from airdate.fuse import fuse_claims
from airdate.store import Store

from .seeds import GOLD, gold_claims

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="needs ../shared/seeds/gold (the shared seed labels)")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path: Path = tmp_path_factory.mktemp("fuse") / "seeds.db"
    claims, windows = gold_claims()
    s = Store.open(str(path))
    s.save_fusion(fuse_claims(claims, windows, None))
    return s


def test_release_question_is_stale_today_and_cites_rejections(store: Store) -> None:
    answer = ask(store, "When is All of Us Are Dead season 2 coming out?", today=date(2026, 11, 20))
    assert answer.stale and "stale" in answer.answer and "no confirmed release date" in answer.answer
    assert "late 2024" in answer.answer and "early 2025" in answer.answer
    assert "April 14, 2023" in answer.answer and "December 15, 2022" in answer.answer
    cited = {c.article[:3] for c in answer.citations}
    assert {"000", "003", "004"} <= cited


def test_before_the_window_closes_the_estimate_is_not_stale(store: Store) -> None:
    answer = ask(store, "When is All of Us Are Dead season 2 coming out?", today=date(2024, 6, 1))
    assert not answer.stale and "stale" not in answer.answer


def test_renewal_and_director_answers(store: Store) -> None:
    renewal = ask(store, "Has All of Us Are Dead been renewed for season 2?")
    assert "2022" in renewal.answer and renewal.facts[0].status == "confirmed"
    director = ask(store, "Who directed All of Us Are Dead season 2?")
    assert "Lee Jae-kyoo" in director.answer
