"""Season references: numbers, ordinals, short forms and relative phrases."""

from __future__ import annotations

import pytest

from airdate.extract.seasons import find_seasons


@pytest.mark.parametrize(
    ("text", "season"),
    [
        ("Season 2 is coming.", 2),
        ("the second season of the drama", 2),
        ("Fans want season two.", 2),
        ("S3 will be longer.", 3),
        ("There may be a third season.", 3),
        ("the next installment of the saga", 2),
        ("the upcoming season", 2),
        ("no news on additional seasons", 3),
        ("the first season ended on a cliffhanger", 1),
    ],
)
def test_season_reference(text: str, season: int) -> None:
    refs = find_seasons(text, target=2)
    assert [r.season for r in refs] == [season]
    assert text[refs[0].start : refs[0].end].strip()


def test_relative_phrases_need_a_target() -> None:
    assert find_seasons("the next installment", target=None) == []
    assert [r.season for r in find_seasons("the next installment", target=4)] == [4]


def test_episode_numbers_are_not_seasons() -> None:
    assert find_seasons("Season 1, episode 5 and 10 episodes in all", target=2)[0].season == 1
    assert find_seasons("It has 8 episodes.", target=2) == []
