"""Renewals as real pages say them, and what is no renewal: a first series order, a fan's fear of a cancellation."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, main_title, only


def test_a_show_returning_for_a_second_season_is_renewed() -> None:
    claims = claims_of("Glass Orchard Season 2 News\n\nGlass Orchard is officially returning for a second season on Netflix.\n")
    assert [(c.subject, c.season, c.value["renewed"]) for c in only(claims, "renewal")] == [("Glass Orchard", 2, True)]


def test_fans_who_feared_a_cancellation_report_none() -> None:
    text = ("Glass Orchard Season 2 News\n\nGlass Orchard is officially returning for a second season on Netflix, which is great news "
            "for fans who had begun to worry it had been quietly canceled. Many fans were even thinking that the show is cancelled.\n")
    assert [c.value["renewed"] for c in only(claims_of(text), "renewal")] == [True]


def test_a_first_series_order_on_a_page_without_seasons_is_an_announced_stage_not_a_renewal() -> None:
    text = ("Kestrel Moor: Release Date, Cast and More\n\nKestrel Moor is an upcoming comedy series that is set to premiere "
            "on May 28, 2025 on FX. Formerly titled Snowbirds, the comedy series was given a series order in January 2024 "
            "and was greenlit in July 2024.\n")
    claims = claims_of(text)
    assert only(claims, "renewal") == []
    assert [(c.subject, c.season, c.value["stage"], c.value["start"]) for c in only(claims, "production_stage")] == [
        ("Kestrel Moor", 1, "announced", "2024-01-01")]


def test_a_show_named_only_in_the_body_as_coming_back_for_a_season_is_the_page_s_show() -> None:
    text = ("Major FX Comedy Renewed for Season 2\n\nFX has renewed a major comedy.\n\nA report says that Copper Bells will be "
            "coming back for a second season. Although Copper Bells has only a 74% approval rating, it has a loyal audience. "
            "FX ordered Copper Bells to series last year.\n")
    assert main_title(text) == "Copper Bells"
    assert ("Copper Bells", 2) in {(c.subject, c.season) for c in only(claims_of(text), "renewal")}


def test_what_someone_claimed_is_reported() -> None:
    text = ("Glass Orchard Season 3 Rumours\n\nA deleted post claimed that Netflix had quietly cancelled Glass Orchard and "
            "that the Season 2 finale was re-edited.\n")
    assert [(c.season, c.modality) for c in only(claims_of(text), "cancellation")] == [(3, "reported")]


def test_a_title_that_says_cancelled_or_renewed_is_no_event() -> None:
    page = """Douglas Is Cancelled: release date, cast and plot

Douglas Is Cancelled is a newsroom comedy drama written by Ivo Sarr. Douglas Is Cancelled is a four-part series that will premiere on ITVX in 2031.
"""
    claims = claims_of(page)
    assert main_title(page) == "Douglas Is Cancelled"
    assert not only(claims, "renewal") and not only(claims, "cancellation")
    assert only(claims, "premiere_date")


@pytest.mark.parametrize(
    "sentence",
    [
        "At the time of writing, it seems unlikely that Salt Story will return for a second season.",
        "Despite being a success, it is highly unlikely that Salt Story will get a Season 2.",
        "Salt Story Season 2 is unlikely to be released because the writers planned one series.",
    ],
)
def test_a_season_the_page_thinks_unlikely_is_an_expected_non_renewal(sentence: str) -> None:
    page = f"Will there be a Salt Story season 2?\n\nSalt Story premiered on BBC One in 2031. {sentence}\n"
    renewals = only(claims_of(page), "renewal")
    assert [(c.season, c.value["renewed"], c.modality) for c in renewals] == [(2, False, "expected")]  # type: ignore[index]



@pytest.mark.parametrize(
    "page",
    [
        "Although the series ended with 6 episodes, Salt Isle will return for Season 2 in February\n\nSalt Isle is a popular drama. Salt Isle premiered on TVING.\n",
        "Salt Isle Part 2 Trailer\n\nTVING original series Salt Isle is returning with part 2.\n",
        "Salt Isle Season 2 Trailer\n\nTVING original series Salt Isle is making its return for season 2.\n",
    ],
)
def test_a_show_returning_with_its_next_part_or_season_is_renewed(page: str) -> None:
    assert [(c.season, c.value["renewed"]) for c in only(claims_of(page), "renewal")] == [(2, True)]  # type: ignore[index]


def test_a_season_s_commission_is_its_renewal_and_no_premiere_and_the_debut_season_is_the_first() -> None:
    page = (
        "Salt Story Season 3: Will It Happen?\n\n"
        "The debut season premiered on October 17, 2021, and was well received. Season 2, commissioned in November "
        "2021, premiered on October 26, 2022.\n"
    )
    claims = claims_of(page)
    assert sorted((c.season, c.value) for c in only(claims, "premiere_date")) == [(1, "2021-10-17"), (2, "2022-10-26")]
    assert [(c.season, c.value["renewed"]) for c in only(claims, "renewal")] == [(2, True)]  # type: ignore[index]


def test_a_season_that_has_not_announced_its_release_date_is_not_denied_a_renewal() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Netflix in 2026.\n\n"
        "Glass Orchard Season 2 has not announced a release date yet.\n"
    )
    claims = claims_of(page)
    assert all(c.value["renewed"] for c in only(claims, "renewal"))
    assert [(c.value, c.modality) for c in only(claims, "premiere_date") if c.value is None] == [(None, "negated")]


def test_a_streamer_that_cancelled_a_list_of_titles_cancelled_each_of_them_not_the_page_s_show() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Netflix in 2026.\n\n"
        "The streamer has also cancelled The Copper Game reboot, Red Kite: Prodigy, and Queen of the Salt Road.\n"
    )
    ended = {(c.subject, c.season) for c in only(claims_of(page), "cancellation")}
    assert ended == {("The Copper Game", None), ("Red Kite: Prodigy", None), ("Queen of the Salt Road", None)}


def test_new_cast_members_named_with_their_credits_and_a_part_inspired_by_someone() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Netflix in 2026.\n\n"
        "Other additions to the show include Ivo Sarr (The Red Kite) and Rina Holt (The Salt Road).\n\n"
        "Salt Road and Red Kite star Ada Mbeki is one of several new cast members.\n\n"
        "Mae Corran stars as a budding comedian inspired by Lucille Ball.\n"
    )
    claims = claims_of(page)
    assert {c.value for c in only(claims, "cast_member") if c.subject == "Glass Orchard" and c.season == 2} == {"Ivo Sarr", "Rina Holt", "Ada Mbeki"}
    assert only(claims, "character") == []
