"""Season references: numbers, ordinals, short forms and relative phrases."""

from __future__ import annotations

import pytest

from airdate.extract.page_season import target_season
from airdate.extract.seasons import find_seasons
from tests.extract.helpers import claims_of, only


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


def test_the_half_of_a_split_season_and_an_ordinal_with_a_hedged_final_are_that_season() -> None:
    assert [r.season for r in find_seasons("filming for season 5B would resume in mid-October", 6)] == [5]
    assert [r.season for r in find_seasons("renewed for a fifth and initially final season on June 6, 2019", 6)] == [5]


def test_a_section_heading_with_the_whole_name_of_the_show_keeps_it() -> None:
    page = (
        "Salt and Key Season 3: Renewed or Cancelled?\n\nSalt and Key season 2 premiered on October 22, 2021, on Netflix, "
        "and fans of the fantasy drama are already asking when the next one will arrive.\n\n"
        "Salt and Key Season 3 Release Date\n\nThere is still no official news of a release date.\n"
    )
    assert {c.subject for c in claims_of(page)} == {"Salt and Key"}


def test_an_ordinal_season_in_capitals_inside_a_sentence_is_a_company_name() -> None:
    assert find_seasons("Mbeki will executive produce through Kestrel Films, and FIFTH SEASON will produce it.", None) == []
    assert [r.season for r in find_seasons("GLASS ORCHARD FIFTH SEASON CONFIRMED", None)] == [5]


def test_a_page_whose_opening_sentence_announces_one_season_is_about_that_season() -> None:
    page = """Glass Orchard will be back on our screens in 2031

Prime Video have announced that the highly-anticipated second season of global hit Glass Orchard will launch March 20, 2031.

Returning to Glass Orchard is Ada Mbeki, Ivo Sarr, Rina Holt and Obi Lanre.
"""
    assert {(c.season, c.value) for c in only(claims_of(page), "cast_member")} == {(2, n) for n in ("Ada Mbeki", "Ivo Sarr", "Rina Holt", "Obi Lanre")}
    # an opening that looks back at a season that aired names no target
    aired = "Prime Video's second season of Glass Orchard premiered on March 20, 2030. Fans loved it."
    assert target_season(["Glass Orchard will be back"], aired, aired) is None
    assert target_season(["Glass Orchard will be back"], page, page.split("\n\n", 1)[1]) == 2


def test_a_page_whose_body_calls_a_season_upcoming_is_about_that_season() -> None:
    page = (
        "Salt Isle: The Sword of Kestrel premiere date\n\n"
        "TVN has revealed the premiere date of Salt Isle: The Sword of Kestrel.\n\n"
        "The new trailer for the upcoming second season of Salt Isle opens with a statue breaking free.\n\n"
        "Salt Isle: The Sword of Kestrel is set to premiere on September 9, 2031 on tvN.\n"
    )
    dates = [(c.season, c.value) for c in only(claims_of(page), "premiere_date")]
    assert dates == [(2, "2031-09-09")]
