"""Shapes real release-date pages take that our first corpora lacked: quoted one-word titles,
credit lines that run into cast lists, middle initials and name suffixes, trailers shown on the page."""

from __future__ import annotations

from tests.extract.helpers import claims_of, only, roles_of

QUOTED_SHORT_TITLE = """'Hush' Season 3: Release date, plot, cast and all you need to know about the Mara Quill-starrer thriller
Streaming service Peacock has a gripping show in its library — 'Hush'. The drama stars Mara Quill, Dev Anand Roy and Tess Lyle.
We hush our voices when the lights go out, and so do the characters.
Release date
The release date for the third season of 'Hush' is not confirmed yet.
"""


def test_a_quoted_one_word_title_in_the_headline_is_the_subject_not_the_star_it_names() -> None:
    claims = claims_of(QUOTED_SHORT_TITLE)
    assert {c.subject for c in claims} == {"Hush"}
    assert {c.value for c in only(claims, "cast_member")} == {"Mara Quill", "Dev Anand Roy", "Tess Lyle"}


def test_an_unconfirmed_release_date_is_no_denied_renewal() -> None:
    claims = claims_of(QUOTED_SHORT_TITLE)
    [date] = only(claims, "premiere_date")
    assert (date.season, date.value, date.modality) == (3, None, "negated")
    assert only(claims, "renewal") == []


CREDIT_LINE = """Harbor Nine gets season 2 trailer

Lead detective Ona Pell (Rhea J. Castor) walks the docks of Harbor Nine again in this all new trailer for the hit Hulu series.

Season two will debut on Hulu on March 4th, 2026 with two episodes.

Created and executive produced by Sam Ortolan, the series also stars Ben Ruel, Ida Marsh, Colm Teague IV and Nia Bell.
"""


def test_created_and_executive_produced_by_names_the_writer_and_the_stars_are_no_companies() -> None:
    claims = claims_of(CREDIT_LINE)
    assert [c.value for c in only(claims, "writer")] == ["Sam Ortolan"]
    assert only(claims, "production_company") == []
    assert {c.value for c in only(claims, "cast_member")} == {"Ben Ruel", "Ida Marsh", "Colm Teague IV", "Nia Bell"}


def test_a_middle_initial_stays_inside_the_actor_name() -> None:
    [character] = only(claims_of(CREDIT_LINE), "character")
    assert character.value == {"name": "Ona Pell", "played_by": "Rhea J. Castor"}


def test_a_trailer_the_page_shows_is_out() -> None:
    [trailer] = only(claims_of(CREDIT_LINE), "trailer")
    assert (trailer.season, trailer.modality) == (2, "confirmed")


def test_a_trailer_still_expected_is_not_out() -> None:
    text = "Harbor Nine Season 2 Trailer News\n\nHarbor Nine Season 2 is filming now. The full trailer is expected in November, closer to the release.\n"
    assert all(c.value != "trailer released" for c in only(claims_of(text), "trailer"))


ORDERED = """Harbor Nine Renewed

Ahead of the Season 2 premiere, Hulu has ordered a third season of its crime drama series Harbor Nine starring Ben Ruel.
HBO's rival hit 'Dock Street' is still waiting. New cast members include Ida Marsh as Captain Reyes and Nia Bell as Tova.
The season's guest stars include Colm Teague. Harbor Nine Season 2 premieres on Hulu on March 4, 2026.
"""


def test_the_season_a_platform_orders_is_the_one_it_carries() -> None:
    platforms = {(c.subject, c.season, c.value) for c in only(claims_of(ORDERED), "platform")}
    assert ("Harbor Nine", 3, "Hulu") in platforms
    assert ("Dock Street", None, "HBO") in platforms  # the owner of the show named right after it


def test_new_cast_members_and_the_season_guest_stars_belong_to_the_season_to_come() -> None:
    claims = claims_of(ORDERED)
    characters = {(c.season, c.value["name"], c.value["played_by"]) for c in only(claims, "character")}  # type: ignore[index]
    assert characters >= {(2, "Captain Reyes", "Ida Marsh"), (2, "Tova", "Nia Bell")}
    assert {(c.season, c.value) for c in only(claims, "cast_member") if c.value == "Colm Teague"} == {(2, "Colm Teague")}


def test_a_page_without_a_headline_takes_the_show_its_text_frames_as_a_work() -> None:
    text = (
        "Lantern Row is the most-watched series on Netflix, and now details about season two have been announced.\n\n"
        "Ida Marsh\n\n"
        "The new cast members include Ben Ruel, Nia Bell and Colm Teague.\n"
    )
    claims = claims_of(text)
    assert {c.subject for c in claims} == {"Lantern Row"}  # not the caption line "Ida Marsh"
    assert {c.value for c in only(claims, "cast_member")} == {"Ben Ruel", "Nia Bell", "Colm Teague"}


def test_actors_earlier_works_in_brackets_are_no_characters() -> None:
    text = (
        "Harbor Nine Season 2 Release Date\n\nHarbor Nine Season 2 will stream on Hulu in 2026. "
        "New cast members include Ida Marsh (Warrior), Ben Ruel (Warrior), Nia Bell (The House of Wells) and Colm Teague (Flight).\n"
    )
    claims = claims_of(text)
    assert only(claims, "character") == []
    cast = only(claims, "cast_member")
    assert {(c.season, c.value) for c in cast if c.subject == "Harbor Nine"} == {(2, "Ida Marsh"), (2, "Ben Ruel"), (2, "Nia Bell"), (2, "Colm Teague")}
    # the works in brackets are the actors' earlier credits, each under its own title
    assert {(c.subject, c.value) for c in cast if c.subject != "Harbor Nine"} == {
        ("Warrior", "Ida Marsh"), ("Warrior", "Ben Ruel"), ("The House of Wells", "Nia Bell"), ("Flight", "Colm Teague"),
    }


def test_a_character_with_the_actor_in_brackets_is_still_a_pairing() -> None:
    text = "Harbor Nine Season 2 Release Date\n\nHarbor Nine Season 2 will stream on Hulu in 2026. Captain Ona Pell (Ida Marsh) returns.\n"
    [character] = only(claims_of(text), "character")
    assert character.value == {"name": "Captain Ona Pell", "played_by": "Ida Marsh"}


def test_an_undated_credit_belongs_to_the_first_season_as_the_gold_readme_says() -> None:
    text = (
        "Harbor Nine Season 3 Release Date\n\nHarbor Nine Season 3 will stream on Hulu in 2026, after two seasons. "
        "Directed by Sam Ortolan, Harbor Nine has received a superb response.\n"
    )
    assert {(c.season, c.value) for c in only(claims_of(text), "director")} == {(1, "Sam Ortolan")}


def test_a_dated_later_season_was_renewed_though_the_page_never_says_so() -> None:
    text = "Harbor Nine Season 4 Release Date\n\nSeason 4 of Hulu hit Harbor Nine premieres on September 4, 2026, with two episodes.\n"
    [renewal] = only(claims_of(text), "renewal")
    assert (renewal.season, renewal.value, renewal.modality) == (4, {"renewed": True, "date": None, "event": None}, "confirmed")


def test_the_show_that_started_streaming_is_its_first_season() -> None:
    text = (
        "Harbor Nine Season 3 Release Date\n\nHarbor Nine Season 3 has no date yet. "
        'In December 2020, "Harbor Nine" started streaming on Hulu and rose to the Top 10.\n'
    )
    assert {(c.season, c.value["start"]) for c in only(claims_of(text), "premiere_date") if c.value} == {(1, "2020-12-01")}  # type: ignore[index]


def test_a_renewal_with_no_season_named_is_for_the_next_one() -> None:
    text = "Harbor Nine Renewal News\n\nHarbor Nine is a Hulu crime drama. Harbor Nine hasn't been renewed for another season just yet.\n"
    assert {(c.season, c.modality) for c in only(claims_of(text), "renewal")} == {(2, "negated")}


def test_an_award_before_a_name_is_no_person_and_keeps_the_cast_list_whole() -> None:
    text = (
        "Harbor Nine Season 2 Release Date\n\nHarbor Nine Season 2 will stream on Hulu in 2026. "
        "Academy Award nominee Ida Marsh leads a new cast that includes BAFTA winner Ben Ruel, Emmy-nominated Nia Bell and Colm Teague.\n"
    )
    values = {c.value for c in only(claims_of(text), "cast_member")}
    assert {"Ben Ruel", "Nia Bell", "Colm Teague"} <= values
    assert not any("Award" in str(v) or "BAFTA" in str(v) or "Emmy" in str(v) for v in values)


RENEWAL_TALK = """Harbor Lights Season 2: Will Netflix renew it?

It has been two years since season 1 of the hot Netflix series came out.
Following its popularity, the streamer might bring back Harbor Lights with Season 2.
TvN hasn't officially confirmed anything about Harbor Lights Season 2.
A second season is reportedly in the works.
Netflix will bring back Ana Lutz as Mara, the director hinted.
"""


def test_a_platform_used_as_the_shows_adjective_is_the_platform_of_the_whole_series() -> None:
    [platform] = only(claims_of(RENEWAL_TALK), "platform")
    assert (platform.value, platform.season) == ("Netflix", None)


def test_bringing_a_show_back_with_a_season_is_a_renewal_and_bringing_back_a_person_is_not() -> None:
    renewals = {(c.season, c.value["renewed"], c.modality, c.quote[:20]) for c in only(claims_of(RENEWAL_TALK), "renewal")}
    assert renewals == {
        (2, True, "speculative", "Following its popula"),
        (2, False, "negated", "TvN hasn't officiall"),
        (2, True, "reported", "A second season is r"),
    }


def test_the_headline_says_where_the_show_is_going_with_its_own_hedge() -> None:
    page = "Copperline Season 2 Reportedly Coming to Hulu in 2027\n\nFans of Copperline have waited two years for more.\n"
    [platform] = only(claims_of(page), "platform")
    assert (platform.subject, platform.season, platform.value, platform.modality) == ("Copperline", 2, "Hulu", "reported")


def test_an_episode_count_in_a_past_tense_clause_belongs_to_the_season_already_out() -> None:
    page = (
        "Copperline Season 2: Release Date and Cast\n\n"
        "Copperline was a 16-episode drama about a mining town.\n"
        "Copperline season 2 will have ten episodes, the network said.\n"
    )
    counts = {(c.season, c.value) for c in only(claims_of(page), "episode_count")}
    assert counts == {(1, 16), (2, 10)}


def test_a_relative_date_spread_over_years_by_an_uncertain_writing_date_is_no_premiere_date() -> None:
    from datetime import date

    from airdate.extract.events import _anchor_too_loose
    from airdate.models import Interval, TimeExpression

    spread = TimeExpression("June 13", (0, 7), Interval(date(2022, 6, 13), date(2023, 6, 13), "day"), relative=True)
    pinned = TimeExpression("June 13", (0, 7), Interval(date(2023, 6, 13), date(2023, 6, 13), "day"), relative=True)
    next_year = TimeExpression("next year", (0, 9), Interval(date(2024, 1, 1), date(2025, 12, 31), "year"), relative=True)
    assert _anchor_too_loose(spread) and not _anchor_too_loose(pinned) and not _anchor_too_loose(next_year)


def _premieres(text: str) -> set[tuple[object, object]]:
    page = "Harbor Nine Season 3 Release Date\n\nHarbor Nine Season 3 has no release date yet.\n" + text
    return {(c.season, c.value if isinstance(c.value, str) else (c.value["start"], c.value["end"]))  # type: ignore[index]
            for c in only(claims_of(page), "premiere_date") if c.quote in text}


def test_the_month_may_is_no_modal_and_a_past_release_is_the_aired_seasons() -> None:
    assert _premieres("On May 14, 2021, Netflix premiered the series around the world.") == {(1, "2021-05-14")}
    assert _premieres("Following the release of Disney+'s Harbor Nine series in 2021, it has been confirmed that "
                      "the upcoming third season will be part of Phase 5.") == {(2, ("2021-01-01", "2021-12-31"))}


def test_a_run_opens_on_its_first_date_and_its_end_is_no_premiere() -> None:
    assert _premieres("Season 2 aired from October 2022 to March of 2023.") == {(2, ("2022-10-01", "2022-10-31"))}
    assert _premieres("The second season premiered in February 2023 and concluded on April 16 of that year.") == {
        (2, ("2023-02-01", "2023-02-28"))}


def test_the_date_of_an_announcement_is_no_premiere() -> None:
    assert _premieres("On February 6, 2025, SBS confirmed that Harbor Nine will return for season 3 in the second half of 2025.") == {
        (3, ("2025-07-01", "2025-12-31"))}


def _platforms(text: str) -> set[tuple[object, object]]:
    page = "Harbor Nine Season 4 Release Date\n\nHarbor Nine Season 4 has no release date yet.\n" + text
    return {(c.season, c.value) for c in only(claims_of(page), "platform") if c.quote in text}


def test_where_a_season_streams_from_announcements_arrivals_and_appositives() -> None:
    assert _platforms("Apple TV+ announced Monday that production has begun on Season 4 of Harbor Nine.") == {(4, "Apple TV+")}
    assert _platforms("When the second season of crime thriller Harbor Nine hit Netflix, fans wasted no time.") == {(2, "Netflix")}
    assert _platforms("Crunchyroll, the largest global hub for anime, will stream the fourth season.") == {(4, "Crunchyroll")}
    assert _platforms("The show will be available on Prime Video.") == {(4, "Prime Video")}
    assert _platforms("The show became a sensation when it arrived on HBO Max in 2022.") == {(3, "HBO Max")}


def _season_page(sentence: str, season: int = 3, lead: str = "Glass Orchard season 3 will premiere in 2026.") -> str:
    """A short page about a coming season with one sentence of interest after its lead."""
    return f"Glass Orchard Season {season} Release Date\n\n{lead}\n\n{sentence}\n"


def test_a_manga_or_webtoon_spoken_of_as_the_show_s_source_is_what_it_is_based_on() -> None:
    for sentence, medium, author in (
        ("However, Glass Orchard has skipped manga chapters in the past.", "manga", None),
        ("The director adapted Part 1 and Part 2 of the manga perfectly.", "manga", None),
        ("It was changed from the same-named Naver Webtoon by Yao Ngi.", "webtoon", "Yao Ngi"),
    ):
        sources = [c.value for c in only(claims_of(_season_page(sentence)), "based_on")]
        assert [(v["medium"], v["author"]) for v in sources] == [(medium, author)], sentence  # type: ignore[index]
    assert not only(claims_of(_season_page("The manga adaptation was announced.")), "based_on")


def test_the_studio_an_anime_is_by_or_from_is_its_production_company() -> None:
    for sentence, company in (
        ("The anime by Kumo Pictures hit the screens in 2018.", "Kumo Pictures"),
        ("Glass Orchard, the sci-fi adventure anime from Tatsu Entertainment, is back.", "Tatsu Entertainment"),
        ("Back in October 2023, the series hit television with help from Hoshi Production.", "Hoshi Production"),
    ):
        assert [c.value for c in only(claims_of(_season_page(sentence)), "production_company")] == [company], sentence


def test_a_project_announced_a_shoot_going_on_the_floors_and_a_script_underway_are_stages() -> None:
    for sentence, stage in (
        ("A new Glass Orchard anime project was announced on February 11, 2023.", "announced"),
        ("Glass Orchard Season 2 is expected to go on the floors by 2026.", "filming"),
        ("He says the script for season 2 is underway.", "development"),
    ):
        page = _season_page(sentence, season=2, lead="Glass Orchard season 2 will premiere in 2027. Glass Orchard first aired in 2023.")
        assert stage in {c.value["stage"] for c in only(claims_of(page), "production_stage") if c.value}, sentence  # type: ignore[index]


def test_a_season_going_into_production_being_filmed_or_written_is_a_stage_in_progress_or_begun() -> None:
    for sentence, stage, anchor in (
        ("The second season went into production in the summer of 2024.", "filming", "start"),
        ("Glass Orchard season 2 goes before the cameras next spring.", "filming", "start"),
        ("The second season is being filmed in Budapest.", "filming", "as_of"),
        ("Scripts for season 2 are being written.", "development", "as_of"),
        ("The writers' room for season 2 has opened.", "development", "as_of"),
    ):
        page = _season_page(sentence, season=2, lead="Glass Orchard season 2 will premiere in 2027. Glass Orchard first aired in 2023.")
        stages = {(c.value["stage"], c.value["anchor"]) for c in only(claims_of(page), "production_stage") if c.value}  # type: ignore[index]
        assert (stage, anchor) in stages, sentence


def test_in_the_role_of_and_a_character_named_pair_actor_and_role() -> None:
    page = _season_page(
        "Glass Orchard features Ivo Sarr in the role of Kim Tae-ho, Lina Vosk in the role of Min-ah. "
        "Petra Olund is also starring as a character named Hong Da.",
        season=2, lead="Glass Orchard season 2 will premiere in 2027. Glass Orchard first aired in 2024.",
    )
    roles = roles_of(page)
    assert roles == {("Kim Tae-ho", "Ivo Sarr"), ("Min-ah", "Lina Vosk"), ("Hong Da", "Petra Olund")}


def test_a_webtoon_of_the_same_name_is_the_show_s_title_not_its_publisher_s() -> None:
    page = _season_page("Comedy series Glass Orchard is based on Ada Mbeki's Naver webtoon of the same name.")
    [source] = [c.value for c in only(claims_of(page), "based_on")]
    assert (source["title"], source["author"], source["medium"]) == ("Glass Orchard", "Ada Mbeki", "webtoon")  # type: ignore[index]


def test_a_platform_that_launched_a_season_is_its_platform() -> None:
    page = _season_page("Netflix launched the 10-episode first season on March 15, 2024.", season=2,
                        lead="Glass Orchard season 2 will premiere in 2027.")
    assert [(c.season, c.value) for c in only(claims_of(page), "platform")] == [(1, "Netflix")]


def test_a_title_role_with_a_quoted_nickname_a_sneak_peek_episode_and_total_viewers() -> None:
    page = (
        "Orchard Season 2: Ada Mbeki\n\n"
        "After just two episodes, Orchard is a big success for CBS, and the network has renewed the series for season 2.\n"
        "Orchard premiered on September 22, 2024 with a special sneak peek episode, which drew 7.73 million total viewers.\n"
        "The series stars Ada Mbeki as Madeline ‘Matty’ Orchard, a brilliant lawyer.\n"
    )
    claims = claims_of(page)
    assert [(c.value["name"], c.value["played_by"]) for c in only(claims, "character")] == [("Madeline ‘Matty’ Orchard", "Ada Mbeki")]  # type: ignore[index]
    assert only(claims, "trailer") == []
    assert [c.value["amount"] for c in only(claims, "viewership")] == [7_730_000]  # type: ignore[index]


def test_creators_listed_as_a_plural_an_earlier_studio_and_a_manga_written_and_illustrated_by_its_author() -> None:
    page = _season_page(
        "Gillis, Gerben and McKeever are the creators, writers and executive producers. "
        "Production I.G produced the anime's first season, while TMS Entertainment will be animating the sequel. "
        "Glass Orchard, written and illustrated by Yuugo Kobayashi, has been serialized in Big Comic Spirits since 2015.",
        season=2, lead="Glass Orchard season 2 will premiere in 2027.",
    )
    claims = claims_of(page)
    assert {c.value for c in only(claims, "writer")} == {"Gillis", "Gerben", "McKeever"}
    assert {(c.season, c.value) for c in only(claims, "production_company")} == {(1, "Production I.G"), (2, "TMS Entertainment")}
    [source] = [c.value for c in only(claims, "based_on")]
    assert (source["medium"], source["author"]) == ("manga", "Yuugo Kobayashi")  # type: ignore[index]


def test_a_studio_named_for_a_directed_season_leaves_the_crew_after_with_and_a_colon_title_takes_a_season() -> None:
    page = (
        "A second season of one of 2024's hottest fantasy anime hits has been announced\n\n"
        "Glass Orchard: Wand and Sword has been greenlit for season 2. Glass Orchard: Wand and Sword season 1 is streaming now.\n"
        "Glass Orchard: Wand and Sword Season 2 will be directed by Takahiro Nakatsu for Silver Link with Mirai Mina handling "
        "the scripts, Mizuki Taka handling the character designs, and Koji Fuji composing the music.\n"
    )
    claims = claims_of(page)
    assert {c.subject for c in claims} == {"Glass Orchard: Wand and Sword"}
    assert [(c.season, c.value) for c in only(claims, "production_company")] == [(2, "Silver Link")]


def test_a_show_that_comes_our_way_from_a_studio_and_a_work_after_character_on_is_no_actor() -> None:
    page = _season_page(
        "Glass Orchard comes our way from See-Saw Films and Fanboy, in association with Sky Studios. "
        "Ada Mbeki, who also played a prominent character on Yellowjackets, takes on the role of Rhiannon Lewis.",
        season=2, lead="Glass Orchard season 2 is coming to Starz in 2026.",
    )
    claims = claims_of(page)
    assert {c.value for c in only(claims, "production_company")} == {"See-Saw Films", "Fanboy", "Sky Studios"}
    assert not any(c.value["played_by"] == "Yellowjackets" for c in only(claims, "character"))  # type: ignore[index]
