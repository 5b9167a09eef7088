"""How the season of a claim is decided: explicit mention in the clause, the page's target season,
returning and ongoing work for the coming season, past roles and run ends for the aired one."""

from __future__ import annotations

from airdate.extract.seasons import season_ranges
from tests.extract.helpers import claims_of, only

HEAD = "Marrow Lane Season 3: Release Date, Cast and News\n\nPublished: March 2, 2025\n\n"
FILLER = "Marrow Lane Season 3 is on the way, and fans of Marrow Lane are counting the days.\n\n"


def _page(body: str, head: str = HEAD) -> list:  # type: ignore[type-arg]
    return claims_of(head + FILLER + body + "\n")


def test_british_series_heading_sets_the_target_season() -> None:
    head = "Marrow Lane series 3: release date, cast and news\n\nPublished: March 2, 2025\n\n"
    claims = _page("Marrow Lane will return to BBC One on Sunday 12 October 2025.", head)
    dates = only(claims, "premiere_date")
    assert dates and {c.season for c in dates} == {3}


def test_first_two_seasons_are_two_seasons() -> None:
    (start, end, seasons), = season_ranges("The first two seasons are on Hulu.", target=3)
    assert seasons == [1, 2]
    assert season_ranges("He will lead both seasons.", target=3) == []


def test_platform_claims_for_each_listed_season() -> None:
    claims = only(_page("The first two seasons are also available on Crunchyroll."), "platform")
    assert {c.season for c in claims if c.value == "Crunchyroll"} == {1, 2}


def test_a_run_end_is_not_a_premiere() -> None:
    claims = only(_page("Marrow Lane Season 2 premiered on April 6, 2024 and ran for 16 episodes until May 26, 2024."), "premiere_date")
    assert [c.value for c in claims] == ["2024-04-06"]


def test_returning_director_is_credited_for_the_coming_season() -> None:
    claims = only(_page("Director Ana Vettel returns behind the camera."), "director")
    assert [(c.value, c.season) for c in claims] == [("Ana Vettel", 3)]


def test_relative_clause_seasons_credit_the_earlier_work() -> None:
    claims = only(_page("Writer Ana Vettel, who penned the first season, is writing the new scripts."), "writer")
    assert ("Ana Vettel", 3) in {(c.value, c.season) for c in claims}


def test_actor_lists_pair_with_role_lists_in_order() -> None:
    claims = only(_page("Leads Tom Arlen and Mia Vost both return, reprising their roles as the healer Orin Vale and the thief Suri Kest."), "character")
    pairs = {(c.value["name"], c.value["played_by"], c.season) for c in claims}  # type: ignore[index]
    assert pairs == {("Orin Vale", "Tom Arlen", 3), ("Suri Kest", "Mia Vost", 3)}


def test_a_possessive_is_not_the_role() -> None:
    claims = only(_page("Co-star Tom Arlen, who plays Vale's boss Edgar Nim, is also back."), "character")
    assert [c.value["name"] for c in claims] == ["Edgar Nim"]  # type: ignore[index]


def test_reportedly_hedges_only_its_own_clause() -> None:
    claims = only(_page("Season 2 had 40 episodes, and Season 3 is reportedly planned for 36 episodes."), "episode_count")
    modality = {c.value: c.modality for c in claims}
    assert modality == {40: "confirmed", 36: "reported"}


def test_byline_is_no_writer_credit() -> None:
    assert not only(_page("This article was written by Ana Vettel."), "writer")


def _renewals(body: str) -> set[tuple[object, ...]]:
    return {(c.season, c.value["renewed"], str(c.value["date"])) for c in only(_page(body), "renewal") if c.quote in body}  # type: ignore[index]


def test_a_renewal_names_its_seasons_even_when_they_have_aired() -> None:
    renewals = _renewals("The series was renewed for Seasons 4 and 5 in July 2021.")
    assert {season for season, _, _ in renewals} == {4, 5}
    assert {season for season, _, _ in _renewals("The second season's renewal was declared in July 2022.")} == {2}


def test_a_renewal_after_a_named_season_is_the_next_ones() -> None:
    renewals = _renewals("Season 1 arrived on Hulu in October 2023 and was renewed just three weeks later.")
    assert {season for season, _, _ in renewals} == {2}


def test_a_dated_premiere_of_an_aired_season_implies_no_renewal() -> None:
    renewals = _renewals("Season 2 premiered on Hulu on September 7, 2024.")
    assert renewals == set()
    # the awaited season, dated, was renewed (the filler's "Season 3 is on the way" says so too)
    assert {c.season for c in only(_page("Season 3 premieres on Hulu on September 4, 2025."), "renewal")} == {3}


def _premieres(body: str) -> set[tuple[object, ...]]:
    return {(c.season, str(c.value)) for c in only(_page(body), "premiere_date") if c.quote in body}


def test_abbreviated_months_do_not_end_a_sentence() -> None:
    premieres = _premieres("Season 3 will be split into two parts, with Part 1 to premiere Oct. 10, 2025 and Part 2 to follow Nov. 7, 2025.")
    assert {(3, "2025-10-10"), (3, "2025-11-07")} <= premieres


def test_comebacks_and_screens_are_premiere_words() -> None:
    assert (3, "2025-12-04") in _premieres("Marrow Lane is making a comeback with a third season on Thursday, December 4, 2025.")
    # a past premiere of a show with two seasons out is the aired one's
    assert (2, "2022-03-23") in _premieres("The show became a hit after gracing our screens on March 23, 2022.")


def test_a_date_named_as_the_release_date_is_one_whatever_came_with_it() -> None:
    assert (3, "2025-08-27") in _premieres("The first teaser for the new season dropped in May along with a release date: August 27, 2025.")


def test_an_aside_dates_the_clause_before_it() -> None:
    premieres = _premieres("Since the first season's release, back in August 2021, the show has been a hit.")
    assert premieres == {(1, str({"start": "2021-08-01", "end": "2021-08-31", "text": "August 2021"}))}


def test_not_before_a_date_opens_a_window_at_that_date() -> None:
    premieres = {(c.season, str(c.value), c.modality) for c in only(_page("Deadline reported that Marrow Lane Season 3 won't debut until 2026."), "premiere_date")}
    assert (3, str({"start": "2026-01-01", "end": None, "text": "2026"}), "reported") in premieres
    # in the past tense it says when the season came
    assert (2, str({"start": "2024-03-01", "end": "2024-03-31", "text": "March 2024"})) in _premieres("Season 2 did not arrive until March 2024.")


def test_a_time_after_a_season_is_no_later_season() -> None:
    premieres = _premieres("That is almost two years after Season 1, which premiered in February 2022.")
    assert premieres == {(1, str({"start": "2022-02-01", "end": "2022-02-28", "text": "February 2022"}))}


def _stages(body: str) -> set[tuple[object, ...]]:
    return {(c.season, c.value["stage"] if c.value else None, c.value["anchor"] if c.value else None)  # type: ignore[index]
            for c in only(_page(body), "production_stage") if c.quote in body}


def test_production_that_took_place_concluded_or_is_beginning_is_filming() -> None:
    assert (1, "filming", "span") in _stages("Looking at Season 1, production took place between January and August 2022.")
    assert (2, "filming", "end") in _stages("Production on the second season concluded in May 2024.")
    assert (2, "filming", "start") in _stages("After beginning production for the second season in July 2023, the cast rested.")


def test_begun_development_and_drafting_scripts_are_development() -> None:
    assert any(stage == "development" for _, stage, _ in _stages("In February 2025 the writer began drafting the scripts for Season 3."))
    assert any(stage == "development" for _, stage, _ in _stages("Chris Hale confirms that Season 3 is in the writing process."))


def test_a_show_whose_page_numbers_no_season_releases_its_first() -> None:
    page = (
        "Glass Orchard: Release Date, Cast and Where to Watch\n\n"
        "Glass Orchard will be released on Netflix on August 18, 2031, the streamer confirmed.\n\n"
        "Netflix released an official teaser for Glass Orchard on July 21, 2031.\n\n"
        "The series is produced by Tin Lantern Pictures.\n"
    )
    claims = claims_of(page)
    assert {(c.season, str(c.value)) for c in only(claims, "premiere_date")} == {(1, "2031-08-18")}
    assert all(c.season == 1 for c in only(claims, "trailer"))
    # a show with one season premieres there: its studio is that season's, and its platform both that season's and
    # the whole show's, since real labellers file it either way (the README's "platform of the show" is null)
    assert {(c.season, c.value) for c in only(claims, "platform")} == {(1, "Netflix"), (None, "Netflix")}
    assert {(c.season, c.value) for c in only(claims, "production_company")} == {(1, "Tin Lantern Pictures")}


def test_another_season_is_the_awaited_one_and_production_wordings_are_stages() -> None:
    page = (
        "Glass Orchard Season 2: Release Date and Cast\n\n"
        "Glass Orchard season 2 is coming to Netflix.\n\n"
        "Netflix has renewed Glass Orchard for another season, and the show is now in production.\n\n"
        "The cast gathered for the first script reading of season 2 in January 2031.\n\n"
        "In April 2031, creator Ada Mbeki said she was working on the script for the new season.\n"
    )
    claims = claims_of(page)
    assert {c.season for c in only(claims, "renewal") if any("another season" in q for q in (c.quote, *c.also_quotes))} == {2}
    stages = {(c.season, c.value["stage"]) for c in only(claims, "production_stage")}  # type: ignore[index]
    assert {(2, "filming"), (2, "pre-production"), (2, "development")} <= stages


def test_a_season_hitting_a_platform_on_a_date_premieres_then() -> None:
    page = (
        "Glass Orchard Season 2: Release Date and Cast\n\n"
        "Glass Orchard Season 2 is hitting Netflix on April 25, 2031, with Ada Mbeki in the lead.\n"
    )
    assert (2, "2031-04-25") in {(c.season, str(c.value)) for c in only(claims_of(page), "premiere_date")}


def test_a_shows_debut_year_is_its_first_seasons_premiere_and_a_manga_volume_no_season() -> None:
    page = (
        "Dr. Lantern Season 4 Release Date: Cast and Plot\n\n"
        "The medical drama Dr. Lantern has been a ratings smash since its debut in 2016. "
        "On June 17, 2023, the third and final season of Dr. Lantern aired.\n\n"
        "The 19th volume of the manga is slated to be released on April 4, 2025.\n"
    )
    dates = {(c.season, c.value["start"] if isinstance(c.value, dict) else c.value) for c in only(claims_of(page), "premiere_date")}
    assert (1, "2016-01-01") in dates
    assert not any(season == 19 for season, _ in dates)


def test_later_ordinals_of_a_list_leave_out_the_season_word() -> None:
    page = (
        "Glass Orchard Season 4 Release Date\n\nGlass Orchard season 4 will premiere in 2026.\n\n"
        "The first season premiered on July 5, 2019, the second on January 14, 2021, and the third on April 6, 2023.\n"
    )
    dates = {(c.season, c.value) for c in only(claims_of(page), "premiere_date") if isinstance(c.value, str)}
    assert {(1, "2019-07-05"), (2, "2021-01-14")} <= dates


def test_a_manga_chapter_is_no_season_and_a_first_release_is_the_first_season() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 will premiere in 2026.\n\n"
        "There is still more Glass Orchard being made, with the next manga volume, chapter 17, released on June 19th, 2024. "
        "The anime was first released in 2017 (it came to Netflix in 2018).\n"
    )
    claims = claims_of(page)
    assert 17 not in {c.season for c in claims}
    assert any(c.season == 1 and isinstance(c.value, dict) and c.value["start"] == "2017-01-01" for c in only(claims, "premiere_date"))


def test_renewals_of_several_ordinal_seasons_a_fronted_date_and_a_cancellation_after_n_seasons() -> None:
    page = (
        "Glass Orchard Season 12: Everything We Know\n\nGlass Orchard season 12 is coming to NBC, and fans of the "
        "firefighter drama are already counting the days until it arrives.\n\n"
        "In February 2020, Glass Orchard was picked up for a ninth, tenth, and eleventh season. "
        "It first premiered on January 25, 2012, on Fox but was canceled after three seasons. "
        "A fan campaign prompted NBC to pick up the show for season 4 and beyond.\n"
    )
    claims = claims_of(page)
    renewals = {(c.season, c.value["renewed"], bool(c.value["date"])) for c in only(claims, "renewal")}  # type: ignore[index]
    assert {(9, True, True), (10, True, True), (11, True, True), (4, True, False)} <= renewals
    assert {c.season for c in only(claims, "cancellation")} == {4}


def test_a_season_that_dates_an_absence_is_not_the_return_s() -> None:
    page = (
        "Glass Orchard Season 12 Release Date\n\nGlass Orchard season 12 premieres on January 17, 2024, on NBC, and fans "
        "of the firefighter drama are already counting the days.\n\n"
        "Taylor Kin returns as Kelly Sever after taking leave during Season 11.\n"
    )
    assert {c.season for c in only(claims_of(page), "character")} == {12}


def test_a_cast_list_whose_long_introduction_names_no_season_takes_the_one_its_paragraph_names() -> None:
    page = (
        "Tin Lanterns Season 2 Release Date\n\nTin Lanterns is an anime on Crunchyroll; its first season aired in 2024.\n\n"
        "The official website was updated today with new details about the second season. "
        "The voice cast of the new unit commanders is as follows:\n\n"
        "Mara Vell: voiced by Seo Min-ha\n\nKira Stone: voiced by Yoon Tae-ri\n\n"
        "The first season aired on Crunchyroll. The voice cast of the old unit commanders is as follows:\n\n"
        "Lena Fox: voiced by Obi Lanre\n\nTomas Reed: voiced by Ada Mbeki\n"
    )
    seasons = {c.value["name"]: c.season for c in only(claims_of(page), "character")}  # type: ignore[index]
    assert seasons == {"Mara Vell": 2, "Kira Stone": 2, "Lena Fox": 1, "Tomas Reed": 1}


def test_an_earlier_work_credited_on_a_series_page_is_on_season_1_and_on_the_whole_work_alike() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 premieres on Netflix in 2031.\n\n"
        "Ivo Sarr (Red Kite, Salt Road) will direct the second season.\n\n"
        "Unlike Grey Harbor, the show keeps its tone; Grey Harbor's writer-director, Rina Holt, said so.\n"
    )
    directors = {(c.subject, c.season) for c in only(claims_of(page), "director")}
    # the README puts a credit with no season on season 1; the seed gold gives a compared show's own credit none
    assert {("Red Kite", None), ("Red Kite", 1), ("Salt Road", None), ("Salt Road", 1)} <= directors
    assert ("Grey Harbor", 1) not in directors


def test_a_date_inside_a_relative_clause_belongs_to_its_head_season_not_a_later_sequel() -> None:
    page = """Glass Orchard Season 2 Set for January 2031

Following the success of the first season, which aired from January to March 2030, the sequel was announced for January 2031.
"""
    premieres = {(c.season, c.value["start"]) for c in only(claims_of(page), "premiere_date")}
    assert (1, "2030-01-01") in premieres and (2, "2030-01-01") not in premieres


def test_a_part_that_will_be_played_by_an_actor_is_cast_for_the_season_to_come() -> None:
    page = (
        "Glass Orchard Season 4 Release Date and Cast\n\n"
        "Glass Orchard season 4 has not been announced yet. Myne will be played by Ada Mbeki. Ferdinand will be voiced by Ivo Sarr.\n\n"
        "Season 3 aired in 2022.\n"
    )
    roles = {(c.season, c.value["name"], c.value["played_by"]) for c in only(claims_of(page), "character")}  # type: ignore[index]
    assert {(4, "Myne", "Ada Mbeki"), (4, "Ferdinand", "Ivo Sarr")} <= roles
