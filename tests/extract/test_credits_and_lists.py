"""Writer credits from creators and showrunners, dash-joined cast lists, channel lists and season ranges,
on small pages written for these tests."""

from __future__ import annotations

from tests.extract.helpers import claims_of, only, roles_of

HEAD = (
    "Tin Lantern Season 3: Release Date, Cast and Everything We Know\n\n"
    "Tin Lantern Season 3 has no release date yet, but the show will return to Netflix.\n\n"
)


def _sources(text: str) -> list[dict[str, object]]:
    """The source material values the sentences under test give."""
    return [value for _, value in _seasoned_sources(text)]


def _seasoned_sources(text: str) -> list[tuple[object, dict[str, object]]]:
    return [(c.season, c.value) for c in only(claims_of(HEAD + text), "based_on") if c.quote in text]  # type: ignore[misc]


def _values(text: str, attribute: str) -> set[tuple[object, ...]]:
    # claims from the sentences under test only, not from the page's own opening
    return {(c.season, str(c.value), c.modality) for c in only(claims_of(HEAD + text), attribute) if c.quote in text}


def test_a_creator_and_a_showrunner_are_credited_as_writers() -> None:
    writers = _values("Tin Lantern was created by Juno Okafor, who also serves as showrunner.\n", "writer")
    # an undated credit sits on season 1, as ../shared/seeds/gold/README.md says, however many seasons have aired
    assert (1, "Juno Okafor", "confirmed") in writers
    assert (3, "Dana Reyes", "confirmed") in _values("Dana Reyes will return as showrunner for Season 3.\n", "writer")


def test_a_job_title_that_attributes_a_quote_is_no_credit() -> None:
    assert not _values('Showrunner Juno Okafor told reporters that the season is "darker".\n', "writer")
    assert not _values("The webtoon's creator Juno Okafor praised the cast.\n", "writer")


def test_a_relative_clause_keeps_its_own_season_beside_the_return() -> None:
    directors = _values("Director Kim Seon-jae, who helmed season 1, will return for season 3.\n", "director")
    assert {(1, "Kim Seon-jae", "confirmed"), (3, "Kim Seon-jae", "confirmed")} <= directors


def test_dash_lists_pair_actor_and_role_whichever_side_comes_first() -> None:
    page = (
        "Here is who is back for Season 3:\n\n"
        "Marta Ashdown-Vale – Queen Ottilie\n"
        "Jonah Fairley – Lord Casimir Pell\n"
        "Anders Holm – Teo Brandt\n\n"
        "Expected to return:\n\n"
        "Sergeant Abel Shand – Rory McTeague\n"
        "Aubrey Cole – Lennox Adebayo\n"
    )
    pairs = roles_of(HEAD + page)
    assert {("Queen Ottilie", "Marta Ashdown-Vale"), ("Lord Casimir Pell", "Jonah Fairley"), ("Teo Brandt", "Anders Holm")} <= pairs
    # the list's orientation, shown by one titled line, holds for its untitled lines too
    assert {("Sergeant Abel Shand", "Rory McTeague"), ("Aubrey Cole", "Lennox Adebayo")} <= pairs


def test_an_anime_pages_dash_list_with_nothing_to_tell_names_the_role_first() -> None:
    page = (
        "The anime adapts the manga, and the voice cast is back.\n\nCast\n\n"
        "Shiro Kagemura - Setsu Itano\n"
        "Rin Kagemura - Miyu Irinoma\n"
    )
    pairs = roles_of(HEAD + page)
    assert {("Shiro Kagemura", "Setsu Itano"), ("Rin Kagemura", "Miyu Irinoma")} <= pairs


def test_channels_after_airs_on_and_listed_platforms_are_platforms() -> None:
    platforms = _values("In Japan, Season 3 will air on Tokyo MX, BS11 and AT-X.\n", "platform")
    assert {name for _, name, _ in platforms} >= {"Tokyo MX", "BS11", "AT-X"}
    assert not {name for _, name, _ in _values("New episodes will air weekly on Sundays.\n", "platform")}
    assert not {name for _, name, _ in _values("The last episode aired on 28th April 2024.\n", "platform")}
    listed = _values("Season 1 is available to stream now on Disney+ and Hulu.\n", "platform")
    assert {(1, "Disney+", "confirmed"), (1, "Hulu", "confirmed")} <= listed


def test_seasons_named_as_a_pair_each_get_the_platform() -> None:
    assert {(1, "Peacock", "confirmed"), (2, "Peacock", "confirmed")} <= _values("Seasons 1 and 2 are streaming on Peacock.\n", "platform")


def test_the_first_part_of_a_split_season_is_no_first_season() -> None:
    dates = _values("The first part of Season 3 will premiere in July 2026, and the second part will follow in January 2027.\n", "premiere_date")
    assert dates and all(season == 3 for season, _, _ in dates)


def test_a_quoted_nickname_inside_a_name_is_no_title() -> None:
    claims = claims_of(HEAD + 'Bea Quaile is back as Connie Fusco, and Marc Whitlow returns as Leon "Skipper" Banks.\n')
    assert all(c.subject == "Tin Lantern" for c in claims)


def test_renewal_wording_without_the_word_renewed() -> None:
    assert (4, str({"renewed": True, "date": None, "event": None}), "confirmed") in _values(
        "Netflix has picked up Tin Lantern for a fourth season.\n", "renewal"
    )
    dated = _values("Netflix confirmed on January 14, 2025 that Tin Lantern would return for a fourth season.\n", "renewal")
    assert any(season == 4 and "2025-01-14" in value and modality == "confirmed" for season, value, modality in dated)
    beyond = _values("Netflix has not renewed the show beyond Season 3.\n", "renewal")
    assert (4, str({"renewed": False, "date": None, "event": None}), "negated") in beyond
    assert not _values('Ana Ruiz is "positively reviewing" an offer to return, according to her agency.\n', "renewal")


def test_a_headline_that_confirms_its_season_is_a_renewal() -> None:
    page = "Tin Lantern Season 3 Confirmed as Split-Cour Anime\n\nThe first part will premiere on Tokyo MX in July 2026.\n"
    renewals = only(claims_of(page), "renewal")
    assert any(c.season == 3 and c.value["renewed"] and c.modality == "confirmed" for c in renewals)  # type: ignore[index]


def test_faq_answers_take_subject_season_and_attribute_from_their_question() -> None:
    page = (
        "Is there a Tin Lantern Season 3 trailer?\n\nNot yet. The streamer usually waits.\n\n"
        "Will there be a Season 4?\n\nNothing has been announced.\n\n"
        "How many episodes will Season 3 have?\n\nEight episodes, the same as the first season.\n\n"
        "What is the show about?\n\nNo one knows who lit the lantern.\n"
    )
    claims = claims_of(HEAD + page)
    assert any(c.attribute == "trailer" and c.season == 3 and c.modality == "negated" for c in claims)
    assert any(c.attribute == "renewal" and c.season == 4 and c.value == {"renewed": False, "date": None, "event": None} for c in claims)
    assert any(c.attribute == "episode_count" and c.season == 3 and c.value == 8 for c in claims)
    # a question about something else gives its answer's "No" nothing to deny
    assert not [c for c in claims if c.quote.startswith("No one knows")]


def test_dates_of_trailers_finales_specials_and_measurements_are_no_premieres() -> None:
    for sentence in (
        "The first full trailer for Tin Lantern Season 3 dropped on May 13, 2026.\n",
        "The Season 2 finale aired on March 8, 2026.\n",
        "A one-hour recap special will air on June 27, 2026.\n",
        "Season 2, which premiered on January 9, 2026, recorded 28 million views in its first week (January 12-18).\n",
    ):
        dates = {value for _, value, _ in _values(sentence, "premiere_date")}
        assert not {d for d in dates if "05-13" in d or "03-08" in d or "06-27" in d or "01-12" in d}, (sentence, dates)


def test_cast_departures_and_newcomers_in_other_words() -> None:
    for sentence in (
        "Luca Hale, who played Prince Edric in Season 1, does not return after his character's death in the Season 1 finale.\n",
        "Teri Vander, who played Gina for two seasons, declined to return.\n",
        "Child actor Lee Do-yun, who played the boy Haneul, will not be part of season 3.\n",
    ):
        assert (3, "None", "negated") in _values(sentence, "cast_member"), sentence
    joined = _values("Newcomer Rasmus Kvist joins as a rival fisherman from the Dutch side of the water.\n", "cast_member")
    assert (3, "Rasmus Kvist", "confirmed") in joined
    assert not _values("Newcomer Rasmus Kvist joins as a rival fisherman from the Dutch side of the water.\n", "character")


def test_production_companies_on_both_sides_of_in_association_with() -> None:
    companies = {value for _, value, _ in _values(
        "The series is produced by HBO in association with Kestrel Moor Productions and Greyhaven Television.\n", "production_company"
    )}
    assert {"HBO", "Kestrel Moor Productions", "Greyhaven Television"} <= companies
    owned = {value for _, value, _ in _values("It is produced by Universal Television and Ana Ruiz's company Lantern Nine Productions.\n", "production_company")}
    assert "Lantern Nine Productions" in owned and not any("Ruiz" in v for v in owned)
    banner = _values("The series is produced under the banner of Saffron Tide Films.\n", "production_company")
    assert {value for _, value, _ in banner} == {"Saffron Tide Films"}
    again = _values("Studio Kagerou is again animating the series.\n", "production_company")
    assert {(2, "Studio Kagerou", "confirmed"), (3, "Studio Kagerou", "confirmed")} <= again


def test_source_material_with_the_author_first_and_titles_with_connectors() -> None:
    based = [c.value for c in only(claims_of(HEAD + "It is based on the 2016 novel Gravel and Gold by Loretta Pike.\n"), "based_on")]
    assert any(v["title"] == "Gravel and Gold" and v["author"] == "Loretta Pike" for v in based)  # type: ignore[index]
    anime = claims_of(HEAD + "The anime adaptation of Ren Akiyama's fantasy manga returns in January.\n")
    assert any(c.value["author"] == "Ren Akiyama" and c.value["medium"] == "manga" for c in only(anime, "based_on"))  # type: ignore[index]
    series = only(claims_of(HEAD + "It adapts the fantasy novel series The Cinder Chronicles by Ottoline Marsh.\n"), "based_on")
    assert series and all(c.subject == "Tin Lantern" for c in series)


def test_directors_who_return_remain_or_take_over() -> None:
    assert (3, "Sunniva Berg", "confirmed") in _values(
        "Sunniva Berg directed four of the first season's eight episodes, and she returns to direct the premiere.\n", "director"
    )
    assert (3, "Rodrigo Baeza", "expected") in _values("Rodrigo Baeza directed the second season and is set to return for the third.\n", "director")
    remains = _values("Rei Ishikawa (Ishikawa Rei) remains the chief director.\n", "director")
    assert {(1, "Rei Ishikawa", "confirmed"), (3, "Rei Ishikawa", "confirmed")} <= remains
    assert not _values("Ana Ruiz played Mara in the second season and is set to return for the third.\n", "director")


def test_production_penciled_in_dates_the_start_of_filming() -> None:
    stages = [c.value for c in only(claims_of(HEAD + "Production on the third season is penciled in for August 2026 in Glasgow.\n"), "production_stage")]
    assert any(v["stage"] == "filming" and v["anchor"] == "start" and v["start"] == "2026-08-01" for v in stages)  # type: ignore[index]


def test_trailers_to_come_and_trailers_that_came_with_news() -> None:
    assert {(3, "speculative")} == {(s, m) for s, _, m in _values("A teaser might drop in the summer once filming wraps.\n", "trailer")}
    assert {(3, "expected")} == {(s, m) for s, _, m in _values("Teasers for weekend dramas usually come out six weeks before the premiere.\n", "trailer")}
    assert {(3, "confirmed")} == {(s, m) for s, _, m in _values("The announcement came with a new key visual and a 60-second teaser.\n", "trailer")}
    assert not _values("Netflix had planned to release a teaser in July, but that has been shelved.\n", "trailer") - {
        (3, "None", "negated")
    }


def test_a_list_introduced_without_a_season_or_a_return_is_the_aired_cast() -> None:
    aired = "Here's the main cast of the limited series:\n\nAna Ruiz as Mara Vell\nJon Reyes as Teo Brandt\n"
    coming = "In season 3 we will see many old faces. Here is the full list:\n\n1. Ana Ruiz as Mara Vell\n2. Jon Reyes as Teo Brandt\n"
    # the aired show's cast sits on season 1, as the gold README places credits with no season, however many aired
    assert {c.season for c in only(claims_of(HEAD + aired), "character")} == {1}
    assert {c.season for c in only(claims_of(HEAD + coming), "character")} == {3}


def test_a_platform_that_announces_the_season_carries_it() -> None:
    assert (4, "Netflix", "confirmed") in _values('On December 2, Netflix officially confirmed that "Tin Lantern" will return with a fourth season.\n', "platform")
    assert not {v for _, v, _ in _values("Netflix confirmed that Ana Ruiz and Jon Reyes will return.\n", "platform")} - {"Netflix"} and (
        not _values("Netflix confirmed that Ana Ruiz and Jon Reyes will star.\n", "platform")
    )


def test_a_cast_list_under_a_season_heading_lists_that_season() -> None:
    page = (
        "Copper Street Season 3 Release Date, Cast And Trailer\n\n"
        "Copper Street season 3 will premiere on 12 March 2026, two years after the second season.\n\n"
        "The second season ended with the gang splitting up.\n\n"
        "Copper Street Season 3 Cast List\n\n"
        "Ana Ruiz as Mara Vell\nBo Lindqvist as Detective Hal Brent\n\n"
        "The release date was confirmed with a teaser.\n"
    )
    characters = {(c.season, c.value["name"]) for c in claims_of(page) if c.attribute == "character"}
    assert {(3, "Mara Vell"), (3, "Detective Hal Brent")} <= characters
    assert not {name for season, name in characters if season != 3}


def test_a_hedged_coming_part_names_a_cast_member_with_its_hedge() -> None:
    reported = _values("Veteran actress Mira Okonjo is reportedly in talks to join the cast.\n", "cast_member")
    assert (3, "Mira Okonjo", "reported") in reported
    expected = _values("Dev Anand-Rao, who played the ferryman in the first season, is expected to return.\n", "cast_member")
    assert (3, "Dev Anand-Rao", "expected") in expected


def test_a_coming_part_needs_a_performer_and_no_named_role() -> None:
    # a character the page never shows as an actor is predicted to return: no cast claim
    assert not _values("We think Ottilie will come back as queen.\n", "cast_member")
    # an actor paired with a named role is a character claim only
    assert not any(
        v == "Lena Brisk" for _, v, _ in _values("Actress Lena Brisk is set to return as Captain Odile Marr.\n", "cast_member")
    )
    # a returning director is crew
    assert not _values("Director Sam Vey is set to return for the new season.\n", "cast_member")


def test_a_departure_put_before_the_name_is_a_negated_cast_claim_for_the_coming_season() -> None:
    for sentence in (
        "Gone, though, is Harriet Lowe, whose character was killed off in the Season 1 finale.\n",
        "Not returning is Annika Lever, whose character drowned in Season 2.\n",
    ):
        assert (3, "None", "negated") in _values(sentence, "cast_member"), sentence


def test_an_open_question_about_a_return_is_speculative() -> None:
    sentence = "It is not yet known if Dev Anand-Rao, who played the ferryman in the first season, will return.\n"
    assert (3, "Dev Anand-Rao", "speculative") in _values(sentence, "cast_member")


def test_every_name_of_a_list_with_an_oxford_comma_shares_the_verb_of_the_last() -> None:
    page = (
        "Copperline Season 2: New cast announced for the Netflix drama\n\n"
        "Ana Lutz, Ben Ruel, and Ida Marsh have joined the cast.\n"
        "Gayle Rankin will portray Alys Rivers, who is a healer.\n"
    )
    claims = claims_of(page)
    assert {(c.season, c.value) for c in only(claims, "cast_member")} == {(2, "Ana Lutz"), (2, "Ben Ruel"), (2, "Ida Marsh")}
    assert {(c.season, c.value["name"], c.value["played_by"]) for c in only(claims, "character")} == {(2, "Alys Rivers", "Gayle Rankin")}


def test_who_plays_in_an_aside_names_the_shows_role_and_a_return_also_brings_it_back() -> None:
    page = (
        "Velvet Orchard Season 2: Release Date, Cast and Everything We Know\n\n"
        "Velvet Orchard Season 2 is coming to Netflix.\n"
        "According to Ana Lutz, who plays Mara Quill, Velvet Orchard season 2 is set to arrive in 2027.\n"
        "Mark Hollis, who plays Ray Stone, is set to come back as the lead.\n"
    )
    roles = {(c.season, c.value["name"], c.modality) for c in only(claims_of(page), "character")}
    assert roles == {(1, "Mara Quill", "confirmed"), (1, "Ray Stone", "confirmed"), (2, "Ray Stone", "expected")}


def _pairs(text: str) -> set[tuple[str, str | None]]:
    return {(c.value["name"], c.value["played_by"]) for c in only(claims_of(HEAD + text), "character") if c.quote in text}  # type: ignore[index]


def test_two_lists_pair_in_order_even_when_the_last_actor_stands_right_before_as() -> None:
    pairs = _pairs("Mara Quinn, Tom Bell and Ada Stone will return as Lucy, Ben and Grace in the new season.\n")
    assert pairs == {("Lucy", "Mara Quinn"), ("Ben", "Tom Bell"), ("Grace", "Ada Stone")}
    # a role after "as" is no actor of the next pair, and an appositive after a role is no second role
    pairs = _pairs(
        "Noor Vance will reprise her role as the pilot Cole Marsh, and Ida Penn is back as Lieutenant Sara Lind, "
        "the Coast Guard medic.\n"
    )
    assert ("Lieutenant Sara Lind", "Ida Penn") in pairs
    assert all(actor != "Cole Marsh" and role != "Coast Guard" for role, actor in pairs)


def test_brackets_name_the_role_inside_whichever_side_the_actor_stands() -> None:
    assert _pairs("The cast includes Finn Carter (Mike Dorsey), Rose Hale (Nancy Byers) and Dan Roe (Captain Hook).\n") == {
        ("Mike Dorsey", "Finn Carter"), ("Nancy Byers", "Rose Hale"), ("Captain Hook", "Dan Roe"),
    }
    assert _pairs("Returning are Commander Ada Holm (Yasmin Obi) and Eleven (Millie Kerr).\n") == {
        ("Commander Ada Holm", "Yasmin Obi"), ("Eleven", "Millie Kerr"),
    }
    assert _pairs("Ana Lee (Doc) is back.\n") == {("Doc", "Ana Lee")}


def test_a_platform_word_after_a_given_name_is_a_surname() -> None:
    assert _pairs("Season 3 adds Freddie Fox as Paul Verlaine.\n") == {("Paul Verlaine", "Freddie Fox")}
    # the network itself is still a platform
    assert "Fox" in {c.value for c in only(claims_of(HEAD + "The first season aired on Fox in 2019.\n"), "platform")}


def test_a_surname_in_brackets_is_the_actor_the_page_named_in_full() -> None:
    page = "The series stars Theo Marsh. It follows Eddie Horne (Marsh), who inherits an estate.\n"
    assert ("Eddie Horne", "Marsh") in _pairs(page)


def test_being_reunited_with_the_cast_brings_the_roles_back_for_the_coming_season() -> None:
    page = "We will also be reunited with the main cast, Ana Ruiz (Nami Kade) and Tom Bell (Sanji Oru).\n"
    seasons = {c.season for c in only(claims_of(HEAD + page), "character") if c.quote in page}
    assert seasons == {3}


def _cast(text: str) -> set[tuple[object, ...]]:
    return _values(text, "cast_member")


def test_a_cast_list_after_a_return_or_an_addition_is_the_coming_seasons_cast() -> None:
    assert {(3, "Ana Ruiz", "confirmed"), (3, "Tom Bell", "confirmed"), (3, "Ida Penn", "confirmed")} <= _cast(
        "Most of the original cast is back, including Ana Ruiz, Tom Bell and Ida Penn.\n"
    )
    assert (3, "Noor Vance", "confirmed") in _cast("Other additions include Noor Vance, Eli Park and Rosa Lind.\n")
    # a plain cast list is the aired show's
    assert (1, "Noor Vance", "confirmed") in _cast("The series stars Noor Vance, Eli Park and Rosa Lind.\n")


def test_a_cast_list_under_a_heading_for_the_coming_season_is_that_seasons_cast() -> None:
    section = "Returning cast for Season 3\n\nOther cast members include Noor Vance, Eli Park and Rosa Lind.\n"
    assert (3, "Eli Park", "confirmed") in _cast(section)
    # unless the text looks back at the aired season
    looking_back = "Returning cast for Season 3\n\nIn the first season we met great actors. They were Noor Vance, Eli Park and Rosa Lind.\n"
    assert (1, "Eli Park", "confirmed") in _cast(looking_back)


def test_a_cast_list_with_blank_lines_between_its_lines_is_still_a_list() -> None:
    page = (
        "So we will be seeing the following cast return in the third season:\n\n"
        "Gabe Ruiz as Peter Vell\n\nLucia Bell as Rose Marr\n\nHana Cho as Diane Farrow\n\n"
    )
    assert {("Peter Vell", "Gabe Ruiz"), ("Rose Marr", "Lucia Bell"), ("Diane Farrow", "Hana Cho")} <= _pairs(page)


def test_the_people_a_story_follows_are_its_characters() -> None:
    page = "The plot follows FBI agent Peter Vell, who is thrown into a conspiracy. The series follows teen John B and Sarah Cole.\n"
    assert {("Peter Vell", None), ("John B", None), ("Sarah Cole", None)} <= _pairs(page)
    # a family's possessor frames the story; it is no character
    assert not _pairs("The prequel follows the Cole family's first winter.\n")


def test_credits_said_of_a_list_or_with_two_verbs_reach_every_name_and_role() -> None:
    directors = _values("Jang Woo and Kim Hee-won are the directors of this series.\n", "director")
    assert {(1, "Jang Woo", "confirmed"), (1, "Kim Hee-won", "confirmed")} <= directors
    text = "Cho Ui-seok creates and directs the show.\n"
    assert (1, "Cho Ui-seok", "confirmed") in _values(text, "director")
    assert (1, "Cho Ui-seok", "confirmed") in _values(text, "writer")
    writers = _values("Amy Robertson and Jack Rock also have writing credits.\n", "writer")
    assert {(1, "Amy Robertson", "confirmed"), (1, "Jack Rock", "confirmed")} <= writers
    writers = _values("Ritchie will co-write Season 3 with Matt Reade.\n", "writer")
    assert {(3, "Ritchie", "confirmed"), (3, "Matt Reade", "confirmed")} <= writers
    assert (1, "Park Ji-eun", "confirmed") in _values("Tin Lantern is a romantic drama series by Park Ji-eun.\n", "writer")


def test_a_list_goes_on_after_a_comma_only_with_and_before_an_article() -> None:
    cast = _cast("Directed by Park In-je, the series features actors Ryu Seung-ryong, Han Hyo-joo and Zo In-sung.\n")
    assert {(1, "Ryu Seung-ryong", "confirmed"), (1, "Han Hyo-joo", "confirmed"), (1, "Zo In-sung", "confirmed")} <= cast
    assert (1, "Park In-je", "confirmed") in _values("Directed by Park In-je, the series features actors Ryu Seung-ryong.\n", "director")


def test_praise_names_the_cast_and_an_idiom_denies_nothing() -> None:
    cast = _cast("And let's not forget the remarkable performances from Kim Soo-hyun, Kim Ji-won and Park Sung-hoon.\n")
    assert {(1, "Kim Soo-hyun", "confirmed"), (1, "Kim Ji-won", "confirmed"), (1, "Park Sung-hoon", "confirmed")} <= cast
    assert not any(modality == "negated" for _, _, modality in cast)


def test_a_source_and_the_works_of_a_credit_are_no_cast() -> None:
    cast = _cast("According to Deadline, Peacemaker and Terminator 2 star Rob Patrick was added to the cast of Season 3.\n")
    assert {value for _, value, _ in cast} == {"Rob Patrick"}


def test_one_sentence_writes_its_bracket_pairs_one_way_round() -> None:
    pairs = _pairs("We will be reunited with the cast, Ina Godoy (Monkey D. Lucas), Emily Rudd (Nami) and Taz Skyler (Sanji).\n")
    assert {("Monkey D. Lucas", "Ina Godoy"), ("Nami", "Emily Rudd"), ("Sanji", "Taz Skyler")} <= pairs
    # a mononym actor the page names elsewhere stays the actor
    page = "Most of the cast is back, including Zendaya, Hunter Shaw and Jacob Eld. The series follows Rue Benn (Zendaya).\n"
    assert ("Rue Benn", "Zendaya") in _pairs(page)


def test_respectively_pairs_two_lists_across_a_role_phrase() -> None:
    pairs = _pairs("Kim Soo-hyun and Kim Ji-won star as the lead couple, Baek Hyun-woo and Hong Hae-in, respectively.\n")
    assert pairs == {("Baek Hyun-woo", "Kim Soo-hyun"), ("Hong Hae-in", "Kim Ji-won")}


def test_a_source_is_no_character_and_a_name_before_a_plural_noun_modifies_it() -> None:
    assert not _pairs("According to Becky Clem, the president of the studio, the season is coming.\n")
    pairs = _pairs("The show follows former Karate Kid rivals Johnny Law and Danny Russo.\n")
    assert ("Karate Kid", None) not in pairs
    assert not _pairs("The show follows two Kestrel missionaries who come into a stranger's house.\n")


def test_sources_named_by_their_authors_in_the_plural_or_after_the_medium() -> None:
    assert _sources("Based on Matt Quirke’s novel, the thriller follows an FBI agent.\n")[0]["author"] == "Matt Quirke"
    (carr,) = _sources("Tin Lantern, based on Robyn Carre’s novels, is a hit.\n")
    assert (carr["author"], carr["medium"]) == ("Robyn Carre", "novel")
    (same,) = _sources("The series, which follows the novel of the same name by Matt Quirke, impressed viewers.\n")
    assert (same["title"], same["author"]) == ("Tin Lantern", "Matt Quirke")
    (titled,) = _sources("The series is an adaptation of Kim’s 2015 webtoon, titled D.P. Dog’s Day.\n")
    assert (titled["title"], titled["author"], titled["medium"]) == ("D.P. Dog’s Day", "Kim", "webtoon")



def test_a_season_based_on_one_book_of_a_series_takes_it_alone() -> None:
    page = "Season 3 will have 10 episodes and will be based on the fifth book in the Tin Lantern series by Mara Quill, The Gods of Ash.\n"
    ((season, book),) = _seasoned_sources(page)
    assert (season, book["title"], book["author"]) == (3, "The Gods of Ash", "Mara Quill")
    # "the fifth book" is no fifth season, and the novelist writes no episodes
    claims = claims_of(HEAD + page + "Based on the book series by author Mara Quill, the show follows a lawyer.\n")
    assert not any(c.season == 5 for c in claims)
    assert not only(claims, "writer")
    assert any(c.value["author"] == "Mara Quill" and c.season is None for c in only(claims, "based_on") if "book series" in c.quote)  # type: ignore[index]
    # a season described beside the source is no season of its own
    ((season, _),) = _seasoned_sources("The second season of the series, based on the manga of the same name by Ito Ren, is out.\n")
    assert season is None

def test_a_platforms_possessive_before_a_show_noun_is_the_whole_shows_platform() -> None:
    platforms = _values("Tin Lantern, Prime Video's hit action series, is based on the novels.\n", "platform")
    assert (None, "Prime Video", "confirmed") in platforms
    assert not any(season == 3 for season, _, _ in platforms)


def test_a_season_that_describes_the_person_is_not_the_cast_season() -> None:
    cast = _values(
        "The cast for Season 3 is set with Season 1 standout Orla Vantongeren returning alongside Pim Oduya, Ada Mbeki and Ivo Sarr.\n",
        "cast_member",
    )
    assert {(3, "Pim Oduya", "confirmed"), (3, "Ada Mbeki", "confirmed"), (3, "Ivo Sarr", "confirmed")} <= cast
    assert not any(season == 1 for season, _, _ in cast)


def test_a_with_cast_clause_takes_the_season_of_the_clause_before() -> None:
    cast = _values("In 2031, Tin Lantern Season 2 debuted, with a cast that featured F. Halvard Quist, Ada Mbeki and Ivo Sarr.\n", "cast_member")
    # the initial opens the name; the season is the one that debuted
    assert {(2, "F. Halvard Quist", "confirmed"), (2, "Ada Mbeki", "confirmed"), (2, "Ivo Sarr", "confirmed")} <= cast


def test_joining_a_season_is_a_cast_list_and_works_in_brackets_stay_credits_elsewhere() -> None:
    page = "Joining Quist in Tin Lantern season 3 are Ada Mbeki (Copper Hollow), Ivo Sarr (The Wick), and Lena Hoss (Blue Acre).\n"
    assert {(3, "Ada Mbeki", "confirmed"), (3, "Ivo Sarr", "confirmed"), (3, "Lena Hoss", "confirmed")} <= _values(page, "cast_member")
    assert any(c.subject == "Copper Hollow" and c.value == "Ada Mbeki" for c in only(claims_of(HEAD + page), "cast_member"))


def test_a_sentence_adverb_is_no_name() -> None:
    cast = _values("Notably, Orla Vantongeren, Pim Oduya and Ivo Sarr star in Season 3.\n", "cast_member")
    assert cast and all("Notably" not in value for _, value, _ in cast)


def test_a_list_added_to_a_seasons_cast_is_that_seasons_cast() -> None:
    added = _values("Netflix announced that Ada Mbeki, Ivo Sarr and Lena Hoss have been added to the cast of the third season of Tin Lantern.\n", "cast_member")
    assert {(3, "Ada Mbeki", "confirmed"), (3, "Ivo Sarr", "confirmed"), (3, "Lena Hoss", "confirmed")} <= added
    new = _values("After announcing Ada Mbeki, Ivo Sarr and Lena Hoss as new additions to the cast, Netflix set a date.\n", "cast_member")
    assert {(3, "Ada Mbeki", "confirmed"), (3, "Lena Hoss", "confirmed")} <= new


def test_executives_companies_and_sentence_openers_are_no_cast_or_characters() -> None:
    page = (
        "The network president Chris McCall renewed it, and HBO boss Casey Blum agreed.\n"
        "Tin Lantern is a joint production between Amber Gate Studios, Kilter Films, and Rowan Pictures.\n"
        "Only Sophie Thatch will be back as Nat.\n"
    )
    claims = [c for c in claims_of(HEAD + page) if c.quote in page]
    people = {str(c.value.get("name") if isinstance(c.value, dict) else c.value) for c in claims if c.attribute in ("character", "cast_member")}
    assert not people & {"Chris McCall", "Casey Blum", "Studios", "Kilter Films", "Rowan Pictures"}
    assert {"Amber Gate Studios", "Kilter Films", "Rowan Pictures"} <= {str(c.value) for c in only(claims, "production_company")}
    assert any(c.value == {"name": "Nat", "played_by": "Sophie Thatch"} for c in only(claims, "character"))


def test_a_cast_said_to_be_back_is_the_coming_seasons() -> None:
    roles = _values("Also expected back are Sarah Dunmore as Callie and Kevin Alvo as Travis.\n", "character")
    assert (3, str({"name": "Callie", "played_by": "Sarah Dunmore"}), "expected") in roles
    roles = _values("Also back are Sarah Dunmore as Callie and Kevin Alvo as Travis.\n", "character")
    assert (3, str({"name": "Callie", "played_by": "Sarah Dunmore"}), "confirmed") in roles


def test_written_and_directed_by_credits_both_and_a_directors_words_are_no_return() -> None:
    page = "Written and directed by Yoon Bo-ram, this crime series is based on true events.\n"
    assert (1, "Yoon Bo-ram", "confirmed") in _values(page, "writer")
    assert (1, "Yoon Bo-ram", "confirmed") in _values(page, "director")
    said = _values("Director Shin Ha-ram also said it could take a while for the show to return with another season.\n", "director")
    assert said == {(1, "Shin Ha-ram", "confirmed")}


def test_actors_set_to_portray_roles_are_an_announced_casting() -> None:
    cast = _values("Joining the cast of season 3 are Ada Mbeki, Ivo Sarr and Lena Hoss, set to portray new characters.\n", "cast_member")
    assert {(3, "Ada Mbeki", "confirmed"), (3, "Lena Hoss", "confirmed")} <= cast


def test_a_season_that_stars_a_list_is_its_cast_and_no_other_work() -> None:
    page = "Tin Lantern Season 3 stars Diego Lunardi, Stellan Skarr and Denise Gough.\n"
    cast = {(c.subject, c.season, c.value) for c in only(claims_of(HEAD + page), "cast_member") if c.quote in page}
    assert ("Tin Lantern", 3, "Diego Lunardi") in cast and ("Tin Lantern", 3, "Denise Gough") in cast
    assert all(subject == "Tin Lantern" for subject, _, _ in cast)


def test_one_actor_who_joins_or_returns_to_the_cast() -> None:
    assert (3, "Steve Zahlen", "confirmed") in _values("Steve Zahlen has been added to an already stacked cast.\n", "cast_member")
    assert (3, "Eli Woodley", "confirmed") in _values("Eli Woodley will return in a recurring role.\n", "cast_member")
    both = _values("Hilary Swain and Joel McHill join the cast as new guest stars.\n", "cast_member")
    assert {(3, "Hilary Swain", "confirmed"), (3, "Joel McHill", "confirmed")} <= both


def test_a_known_actor_sets_the_order_of_every_bracket_pair_in_the_sentence() -> None:
    page = (
        "Glass Orchard 2 Release Date: When and Where to Watch\n\n"
        "Glass Orchard is set to be back with its next installment. Park Ji Hoon will be reprising his role as a top student.\n\n"
        "In Glass Orchard 2, Yeon Si Eun (Park Ji Hoon) will find new friendships with Park Hu Min (Ryeoun) and Seo Jun Tae (Choi Min Young).\n"
    )
    claims = claims_of(page)
    assert (2, "Park Ji Hoon") in {(c.season, c.value) for c in only(claims, "cast_member")}
    roles = {(c.season, c.value["name"], c.value["played_by"]) for c in only(claims, "character")}  # type: ignore[index]
    # the stage name "Ryeoun" is the actor, as the known pair shows; "Jun" inside a name is no month
    assert {(2, "Yeon Si Eun", "Park Ji Hoon"), (2, "Park Hu Min", "Ryeoun"), (2, "Seo Jun Tae", "Choi Min Young")} <= roles


def test_sources_drawn_from_for_inspiration_and_true_stories() -> None:
    (webcomic,) = _sources("Tin Lantern draws its inspiration from the webcomic of the same name by Mae Min.\n")
    assert (webcomic["title"], webcomic["medium"], webcomic["author"]) == ("Tin Lantern", "webcomic", "Mae Min")
    (story,) = _sources("Tin Lantern is loosely based on a true story.\n")
    assert story["medium"] == "true story"


def test_a_rank_after_as_is_the_characters_and_essay_is_to_play() -> None:
    roles = _values("In the trailer we see Ben Mendel as Director Krennic and Forest Whit as Saw Gerrera.\n", "character")
    assert (1, str({"name": "Director Krennic", "played_by": "Ben Mendel"}), "confirmed") in roles
    assert not _values("In the trailer we see Ben Mendel as Director Krennic and Forest Whit as Saw Gerrera.\n", "director")
    essayed = _values("Netflix revealed that Hayley Atwood will essay Nick's aunt Diane.\n", "character")
    assert (3, str({"name": "Diane", "played_by": "Hayley Atwood"}), "confirmed") in essayed


def test_faces_including_and_featuring_open_a_cast_list() -> None:
    faces = _values("The drama will feature some of the best-known faces of the industry, including Go Hyun-ja, Ahn Jae-ho and Yeom Hye-ra.\n", "cast_member")
    assert {(1, "Go Hyun-ja", "confirmed"), (1, "Yeom Hye-ra", "confirmed")} <= faces
    featuring = _values("The first season, featuring Ada Mbeki and Ivo Sarr, was a hit.\n", "cast_member")
    assert {(1, "Ada Mbeki", "confirmed"), (1, "Ivo Sarr", "confirmed")} <= featuring


def _roles(text: str) -> set[tuple[object, object]]:
    return {(c.value["name"], c.value["played_by"]) for c in only(claims_of(HEAD + text), "character") if c.quote in text}  # type: ignore[index]


def test_two_lists_joined_by_as_or_by_are_played_by_pair_in_order() -> None:
    assert _roles("Tin Lantern stars Harold Fenn and Helen Marsh as Jacob and Cara Dutton.") == {
        ("Jacob", "Harold Fenn"), ("Cara Dutton", "Helen Marsh")}
    assert _roles("The adult Spencer and John are played by Bram Selk and Jim Dale in the first season.") == {
        ("Spencer", "Bram Selk"), ("John", "Jim Dale")}


def test_a_role_in_brackets_after_the_actor_and_a_bracketed_played_by() -> None:
    assert _roles("Speaking to Collider, star Mila Rudd (who plays Ainsley Norris) praised the finale.") == {
        ("Ainsley Norris", "Mila Rudd")}
    assert _roles("Ada Norris (Mila Rudd) and Tom's ex-wife Angela (played by the great Ali Lane) add comedy.") == {
        ("Ada Norris", "Mila Rudd"), ("Angela", "Ali Lane")}


def test_a_show_named_after_its_hero_gives_the_title_role_to_the_bracketed_actor() -> None:
    assert _roles("In the series, Tin Lantern (Jon Cenna) is released from the hospital.") == {("Tin Lantern", "Jon Cenna")}
    # an original title in brackets is no actor
    assert _roles("The anime of Ren Ito's Tin Lantern (Buriki Rantan) manga gets a second season.") == set()


def test_the_creator_before_stars_is_a_person_not_a_work() -> None:
    claims = claims_of(HEAD + "The hit series created by Taylor Shea stars Billy Thorne as a fixer in the oil business.")
    assert {c.subject for c in only(claims, "cast_member")} == {"Tin Lantern"}
    assert "Billy Thorne" in {c.value for c in only(claims, "cast_member")}


def test_words_after_a_list_that_put_it_in_the_cast() -> None:
    assert _cast("Vin Piaz, Max Casel and Tati Zapp are also in the cast.") == {
        (1, "Vin Piaz", "confirmed"), (1, "Max Casel", "confirmed"), (1, "Tati Zapp", "confirmed")}
    assert _cast("Jerry Renn and Diana Wiest take the spotlight amongst the cast of Tin Lantern.") == {
        (1, "Jerry Renn", "confirmed"), (1, "Diana Wiest", "confirmed")}
    assert _cast("A shoutout to Kayla Wall and Jake Loft for crushing it in their respective roles.") == {
        (1, "Kayla Wall", "confirmed"), (1, "Jake Loft", "confirmed")}
    assert _cast("The show also features an ensemble with Kim Hye-su in the lead.") == {(1, "Kim Hye-su", "confirmed")}


def test_this_is_not_all_is_no_denial_and_joining_after_a_list_is_the_coming_cast() -> None:
    assert _cast("This is not all, Ezra Mills, Seth Rogan and Ali Mahersh will be joining as guest stars.") == {
        (3, "Ezra Mills", "confirmed"), (3, "Seth Rogan", "confirmed"), (3, "Ali Mahersh", "confirmed")}


def test_a_known_actors_possessive_names_the_role_and_one_by_one_pairs_stay_apart() -> None:
    page = "The cast includes Billy Thorne and Zoe Salda.\nThe series follows Billy Thorne's Tommy Norris, a crisis manager.\n"
    assert _roles(page) == {("Tommy Norris", "Billy Thorne")}
    assert _roles("Others include Jon Groff's Kristoff, Frank Welk as Sven, and Josh Gadd as Olaf.") == {
        ("Sven", "Frank Welk"), ("Olaf", "Josh Gadd")}
    assert _roles("Kim Eui-sung, Pyo Ye-jin and Jang Hyuk-jin will reprise their characters as Kang Sang-chul, "
                  "Ahn Go-eun and Choi Kyung-goo, respectively.") == {
        ("Kang Sang-chul", "Kim Eui-sung"), ("Ahn Go-eun", "Pyo Ye-jin"), ("Choi Kyung-goo", "Jang Hyuk-jin")}


def test_sources_sites_and_bodies_are_no_characters() -> None:
    assert _roles("Lead actor Jo Byung-kyu, as per Soompi, said many fans want a sequel.") == set()
    assert _roles("According to X (Twitter), actor Lee Hyun-wook revealed that they had planned more.") == set()
    assert _roles("The sports series follows the Japan Football Association falling back on extremes.") == set()


VOICE_LINES = """Spellbrook: Magic and Mayhem Season 2 Release Date, Where to Watch, and More

Spellbrook Season 2 is set to premiere on January 6, 2024 on Crunchyroll.

Spellbrook: Magic and Mayhem Season 2 Voice Actors

The main cast from the first season is expected to return for Season 2:

Wren Ashby - Aiko Tamura (Japanese) / Cole Brant (English)

Pell Garrow: Daichi Morio (JP) / Evan Hale (EN)

Daichi Morio (JP) / Evan Hale (EN) Quill Hart: Sora Ikeno (JP) / Jon Pryce (EN)
"""


def test_a_language_tag_marks_the_voices_of_a_role_on_dash_and_colon_lines() -> None:
    roles = {(c.subject, c.value["name"], c.value["played_by"]) for c in only(claims_of(VOICE_LINES), "character") if c.season == 2}
    assert ("Spellbrook: Magic and Mayhem", "Wren Ashby", "Aiko Tamura") in roles
    assert ("Spellbrook: Magic and Mayhem", "Wren Ashby", "Cole Brant") in roles
    assert ("Spellbrook: Magic and Mayhem", "Pell Garrow", "Evan Hale") in roles
    # a line run together with the one before it still names its own role
    assert ("Spellbrook: Magic and Mayhem", "Quill Hart", "Sora Ikeno") in roles
    assert not any(name in ("Aiko Tamura", "Daichi Morio") for _, name, _ in roles)


RESPECTIVELY = """Dungeon Feast Season 2 Release Date and Cast

Dungeon Feast season 2 was confirmed in March 2024, and the release date has not been announced yet.
Voice actors for the main characters will also return, with Riku Obara, Mio Haneda, and Yui Sato portraying Tamsin, Orrin, and Bexley, respectively.
"""


def test_two_lists_joined_by_a_verb_and_respectively_pair_in_order_for_the_returning_season() -> None:
    roles = {(c.season, c.value["name"], c.value["played_by"]) for c in only(claims_of(RESPECTIVELY), "character")}
    assert {(2, "Tamsin", "Riku Obara"), (2, "Orrin", "Mio Haneda"), (2, "Bexley", "Yui Sato")} <= roles
    assert not any(name == "Riku Obara" for _, name, _ in roles)


def test_a_list_under_a_cast_heading_that_names_a_season_is_that_season_s_cast() -> None:
    page = (
        "Glass Orchard Season 20: Release Date, Cast and More\n\n"
        "Glass Orchard season 20 will premiere on ABC in 2026.\n"
        "Glass Orchard season 20 cast\n"
        "To date, no castings have been announced. We anticipate the season 19 cast is returning.\n"
        "Rounding out the rest of the cast are the following:\n"
        "- Kim Rave (24) as Dr. Teddy Alt\n"
        "- Ana Lopa (Brave) as Dr. Owen Hunter\n"
    )
    roles = {(c.season, c.value["name"]) for c in only(claims_of(page), "character")}  # type: ignore[index]
    assert roles == {(20, "Dr. Teddy Alt"), (20, "Dr. Owen Hunter")}


def test_an_opening_production_credit_ends_at_the_clause_after_it_and_a_crew_list_is_no_cast() -> None:
    page = (
        "Glass Orchard Season 3 Release Date\n\nGlass Orchard season 3 will premiere on CBS in 2026.\n\n"
        "Produced by Harrow Studios, in association with Lionsgate Television, CBS' Glass Orchard stars Ana Lopa (Samantha), "
        "Ivo Sarr (Jay), and Ben Ruel (Isaac). Executive producers include Joe Porta & Joe Wise, Mat Bayn, and Debra Haywood.\n"
    )
    claims = claims_of(page)
    assert {c.value for c in only(claims, "production_company")} == {"Harrow Studios", "Lionsgate Television"}
    assert not only(claims, "cast_member")
    assert {c.subject for c in claims} == {"Glass Orchard"}


def test_a_crew_credit_ends_at_a_performer_s_word_and_a_source_s_author_writes_no_episode() -> None:
    page = (
        "Glass Orchard 2 Release Date\n\nGlass Orchard 2 will hit theaters in 2026, the sequel to the first film.\n\n"
        "The film was a breakout hit for director Danny Boil and star Cillian Murph. "
        "Candyman director Nia DiCost is all set to helm the second instalment. "
        "Glass Orchard is based on a Japanese manga series written by Homura Kawamo.\n"
    )
    claims = claims_of(page)
    assert {c.value for c in only(claims, "director")} == {"Danny Boil", "Nia DiCost"}
    assert not only(claims, "writer")
    assert [c.value["author"] for c in only(claims, "based_on")] == ["Homura Kawamo"]  # type: ignore[index]


def test_directing_said_in_the_present_and_a_return_in_the_role_of_credit_the_sequel() -> None:
    page = (
        "Glass Orchard 2 Release Date\n\nGlass Orchard 2 will hit theaters on July 26, 2026, and fans of the first film "
        "are already counting the days until the sequel arrives in cinemas.\n\n"
        "Dave Derrin Jr. directs. Ivo Sarr is directing the sequel with him. "
        "Sebastian Stone will return in the role of Bucky Barnes, Florence Pugh as Yelena Belova.\n"
    )
    claims = claims_of(page)
    assert {(c.subject, c.value) for c in only(claims, "director")} == {("Glass Orchard 2", "Dave Derrin Jr"), ("Glass Orchard 2", "Ivo Sarr")}
    roles = {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")}  # type: ignore[index]
    assert ("Bucky Barnes", "Sebastian Stone") in roles


def test_a_cast_list_whose_line_breaks_were_lost_is_read_item_by_item() -> None:
    page = (
        "Glass Orchard Season 17 Release Date\n\nGlass Orchard season 17 will premiere on CBC in the fall, and fans of "
        "the long-running family drama are already counting the days until it arrives.\n\n"
        "The cast of Glass Orchard season 17 includes the following actors:\n\n"
        "Ada Mbeki as Amy Vell Ivo Sarr as Lou Vell Morris Ruby and Emma Spence as Lyndy Vell Ben Ruel as Tim Vell\n"
    )
    roles = roles_of(page)
    assert roles >= {("Amy Vell", "Ada Mbeki"), ("Lou Vell Morris", "Ivo Sarr"), ("Tim Vell", "Ben Ruel")}
    assert all(" as " not in name for name, _ in roles)


def test_only_a_line_of_names_and_as_is_aflattened_cast_items_list() -> None:
    from airdate.extract.sentences import flattened_cast_items

    assert flattened_cast_items("The show stars Ada as Mara and Ivo as Ben as well as Kim as Jo.") is None
    line = "Ada Mbeki as Amy Vell Ivo Sarr as Lou Vell Ben Ruel as Tim Vell"
    assert [line[s:e] for s, e in flattened_cast_items(line) or []] == ["Ada Mbeki as Amy Vell", "Ivo Sarr as Lou Vell", "Ben Ruel as Tim Vell"]


_ANIME_STAFF = (
    "Glass Orchard anime delays episode 8, season 2 release date update\n\n"
    "The official website for the television anime adaptation of Ada Mbeki's Glass Orchard light novel series announced "
    "that the anime will delay episode 8 to March 2. The anime premiered in Japan on January 5, 2025, and Crunchyroll is "
    "streaming the anime as it airs. The second season is expected to premiere in 2026.\n\n"
    "Ivo Sarr (Tin Lanterns, Kestrel Moor, Paper Harbor) is directing the anime at Studio Quill, with Lena Ortiz "
    "(Night Ferry, Copper Sky) in charge of series composition. Mira Chen (Salt Road, Blue Ember) is designing the characters.\n"
)


def test_an_anime_staff_paragraph_credits_the_director_studio_and_series_composer_and_no_cast() -> None:
    claims = claims_of(_ANIME_STAFF)
    assert {c.value for c in only(claims, "director")} == {"Ivo Sarr"}
    assert {c.value for c in only(claims, "writer")} == {"Lena Ortiz"}
    assert {c.value for c in only(claims, "production_company")} == {"Studio Quill"}
    # the works in brackets are the staff's own earlier credits, in roles the page does not say
    assert only(claims, "cast_member") == []
    assert {c.value for c in only(claims, "platform")} == {"Crunchyroll"}


def test_a_studio_adapting_the_anime_makes_it_and_creators_of_the_show_are_its_writers() -> None:
    page = (
        "Glass Orchard season 2 release date and cast\n\n"
        "Glass Orchard season 2 will premiere in late 2026 on Netflix, the streamer renewed it in March 2025.\n\n"
        "Studio Quill is adapting the anime based on a light novel written by Lia Park. "
        "Tom Reyes and Mara Lind are the creators of the show. Ada Mbeki created and Ivo Sarr executive produces the series.\n"
    )
    claims = claims_of(page)
    assert {c.value for c in only(claims, "production_company")} == {"Studio Quill"}
    assert {c.value for c in only(claims, "writer")} == {"Tom Reyes", "Mara Lind", "Ada Mbeki"}


def test_studios_named_by_the_work_they_make_or_the_people_who_work_there() -> None:
    page = (
        "Glass Orchard season 2 release date and cast\n\n"
        "Glass Orchard season 2 will premiere in late 2026 on Netflix, the streamer renewed it in March 2025.\n\n"
        "The Glass Orchard TV anime is directed by Shin Abe and features animation production by Kestrel Works. "
        "Directed by Ivo Sarr for J.C. Staff, the first season was a hit. "
        "The hype around the rock band series from Tin Lantern Studios was wild. "
        "Mara Lind, Executive Producer at Carnival Films, says the show is great.\n"
    )
    companies = {c.value for c in only(claims_of(page), "production_company")}
    assert companies == {"Kestrel Works", "J.C. Staff", "Tin Lantern Studios", "Carnival Films"}


def test_a_creator_named_in_a_relative_clause_wrote_the_aired_show_whatever_comes_next() -> None:
    page = (
        "Glass Orchard season 2 confirmed by Netflix\n\n"
        "Glass Orchard has been renewed for a second season by Netflix in October 2024.\n\n"
        "Lia Park, who created the series, will be remaining as an executive producer. "
        "It has now been confirmed that we will be getting another season, amid a string of projects being axed.\n"
    )
    claims = claims_of(page)
    assert [(c.season, c.value) for c in only(claims, "writer")] == [(1, "Lia Park")]
    assert only(claims, "cancellation") == []


def test_a_studio_ends_before_its_officer_s_title_and_based_on_opens_no_title() -> None:
    page = (
        "Glass Orchard season 2 release date and news\n\n"
        "Glass Orchard season 2 will premiere in late 2026 on Netflix, which renewed it in March 2025.\n\n"
        "The official synopsis reads, “Based on Ada Mbeki's iconic novel, the story returns.” "
        "The series is produced by Kestrel TV Studios President Eric Schrier and Tin Lantern Films.\n"
    )
    claims = claims_of(page)
    assert {c.value for c in only(claims, "production_company")} == {"Kestrel TV Studios", "Tin Lantern Films"}
    assert {c.subject for c in claims} == {"Glass Orchard"}


def test_staff_directing_again_adapting_for_television_or_serving_as_producer() -> None:
    page = (
        "Glass Orchard season 2 release date and news\n\n"
        "Glass Orchard season 2 will premiere in late 2026 on Disney+, which renewed it in March 2025.\n\n"
        "Shin Kata is again directing the series, and Taka Oe is writing the script. "
        "Akira Mori (Kestrel Class) served as producer on the project. Tatsu Mishi (Zom Lantern) adapted the story for "
        "television. Riho Yoshi stars in the series as Yuki Agawa, Daigo's wife. "
        "Ninomiya debuted the manga in Weekly Manga Goraku magazine in October 2018.\n"
    )
    claims = claims_of(page)
    assert {c.value for c in only(claims, "director")} == {"Shin Kata"}
    assert {c.value for c in only(claims, "writer")} == {"Taka Oe", "Tatsu Mishi"}
    assert only(claims, "production_company") == [] and only(claims, "cast_member") == []
    assert {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")} == {("Yuki Agawa", "Riho Yoshi")}
    assert not any("2018" in str(c.value) for c in only(claims, "premiere_date"))


def test_crew_attached_to_a_season_serving_as_showrunners_or_handling_the_directing() -> None:
    page = (
        "Glass Orchard Season 2: Release Date and Cast\n\n"
        "Glass Orchard season 2 is coming to Netflix in 2026. Here is what we know about the second season.\n"
        "Nico Pardo is attached to direct the second season. Dara Noon will also direct the first two episodes of season 2.\n"
        "Yuki Sarne and Otto Pell serve as co-showrunners. Directing duties on the first season were handled by Enzo Dray.\n"
    )
    claims = claims_of(page)
    assert {(c.season, c.value) for c in only(claims, "director")} == {(2, "Nico Pardo"), (2, "Dara Noon"), (1, "Enzo Dray")}
    assert {c.value for c in only(claims, "writer")} == {"Yuki Sarne", "Otto Pell"}


def test_a_cast_list_with_a_blurb_under_each_actor_as_role_line_pairs_every_line() -> None:
    page = (
        "Glass Orchard Season 2 Cast\n\n"
        "Glass Orchard season 2 will premiere on Netflix in 2026.\nThe cast includes:\n"
        "Ivo Sarr as Spike\nSpike has a criminal past that slowly catches up to him.\n"
        "Lina Vosk as Jet\nJet holds tight to his honor.\n"
        "Petra Olund as Faye\nShe is always on the search for her past.\n"
    )
    roles = roles_of(page)
    assert {("Spike", "Ivo Sarr"), ("Jet", "Lina Vosk"), ("Faye", "Petra Olund")} <= roles


def test_no_next_season_in_other_words_is_a_denied_renewal_and_a_show_is_no_departing_actor() -> None:
    denied = str({"renewed": False, "date": None, "event": None})
    for sentence in (
        "Netflix has decided there will be no Glass Orchard season 2.",
        "Glass Orchard won't get a second season.",
        "Glass Orchard won't be returning for a second season.",
    ):
        page = f"Glass Orchard News\n\nGlass Orchard premiered on Netflix in 2021. {sentence}\n"
        claims = claims_of(page)
        assert [(c.season, str(c.value), c.modality) for c in only(claims, "renewal")] == [(2, denied, "negated")], sentence
        assert only(claims, "other") == [], sentence


def test_an_inverted_returning_list_names_the_coming_cast_and_particles_stay_in_names() -> None:
    page = (
        "Glass Orchard Season 2 First Look\n\n"
        "Glass Orchard season 2 premieres on CBS on October 12, 2025.\n"
        "Returning to the show are Ada Mbeki, Davi del Río and Ana de Vell.\n"
        "Not returning is Ivo Sarr, whose character was killed off.\n"
    )
    cast = {(c.season, c.value) for c in only(claims_of(page), "cast_member")}
    assert {(2, "Ada Mbeki"), (2, "Davi del Río"), (2, "Ana de Vell")} <= cast
    assert not any(value == "Ivo Sarr" for _, value in cast)


def test_a_preposition_before_the_season_in_a_headline_ends_no_name_and_a_genre_word_frames_an_alt_title() -> None:
    page = (
        "Glass Orchard Ending at Hulu With Season 12\n\n"
        "Another Hulu series is coming to an end. Glass Orchard season 12 will premiere on Dec. 26, 2025 on Hulu.\n"
        "Netflix's Spanish-language thriller Tin Lanterns (Casa de Vell) is back on top.\n"
    )
    claims = claims_of(page)
    assert {c.subject for c in claims} <= {"Glass Orchard", "Tin Lanterns"}
    assert only(claims, "character") == []


def test_a_platform_that_cancelled_a_list_of_shows_cancels_each_and_none_is_the_page_s_coming_season() -> None:
    page = (
        "Glass Orchard Ending at Hulu With Season 12\n\n"
        "Glass Orchard season 12 will premiere on Hulu on Dec. 26, 2025.\n"
        "Over the summer, the streamer canceled a number of shows, including sitcom Tin Lanterns, The Great Ember and Up Here.\n"
    )
    cancelled = {(c.subject, c.season) for c in only(claims_of(page), "cancellation")}
    assert cancelled == {("Tin Lanterns", None), ("The Great Ember", None), ("Up Here", None)}


def test_reprising_their_roles_from_the_first_season_are_a_list_names_both_seasons_cast() -> None:
    page = (
        "Season Two of Glass Orchard Starts Filming This Month\n\n"
        "Filming is set to commence on the previously confirmed second season of Glass Orchard, the hit Disney+ series.\n"
        "Confirmed to be reprising their roles from the first season are Ada Mbeki, Ivo Sarr and Lina Vosk.\n"
    )
    cast = {(c.season, c.value) for c in only(claims_of(page), "cast_member")}
    assert {(s, n) for s in (1, 2) for n in ("Ada Mbeki", "Ivo Sarr", "Lina Vosk")} <= cast


SENTENCE_ITEMS = """Glass Orchard Season 2: Everything We Know

Glass Orchard Season 2 is coming to Crunchyroll.

The voice actors made every scene pop. Here's who's likely to be back: Rina Holt as Mara Vell, the archer chasing her dreams.
Obi Lanre as Tomas Vell, the brother who keeps things intense.
Mae Corran as Ysolde Park, adding some fun to the mix.
"""


def test_role_lines_that_end_like_sentences_still_form_a_list_under_an_introduction_on_the_first_items_line() -> None:
    roles = {(c.value["name"], c.season, c.modality) for c in only(claims_of(SENTENCE_ITEMS), "character")}  # type: ignore[index]
    assert {("Tomas Vell", 2, "expected"), ("Ysolde Park", 2, "expected"), ("Mara Vell", 2, "expected")} <= roles
    assert ("Tomas Vell", 1, "confirmed") in roles  # a likely return says they played the part before


def test_creators_named_in_the_plural_or_as_a_partner_are_writers_of_the_aired_show() -> None:
    page = HEAD + (
        "Co-creators Ivo Sarr and Ada Mbeki said they were thrilled to have the opportunity.\n\n"
        "The creators, Joe Banner and Rina Holt, were excited to keep exploring this world.\n\n"
        "Pella Dunne co-created the series with Tomas Ardi and stars as Mara.\n"
    )
    writers = {(c.value, c.season) for c in only(claims_of(page), "writer")}
    assert {("Ivo Sarr", 1), ("Ada Mbeki", 1), ("Joe Banner", 1), ("Rina Holt", 1), ("Pella Dunne", 1), ("Tomas Ardi", 1)} <= writers


def test_a_voiced_by_list_goes_on_past_each_actors_other_role_and_that_role_is_credited_to_its_own_show() -> None:
    page = HEAD + (
        "The anime's main voice casting includes Mara Vell voiced by Rina Holt (Ysolde from Kestrel Moor), "
        "Tomas Vell by Obi Lanre (Kit from Glass Orchard), and Pella Dunne by Mae Corran (Joss from Salt Road).\n"
    )
    roles = {(c.subject, c.value["name"], c.value["played_by"]) for c in only(claims_of(page), "character")}  # type: ignore[index]
    assert {("Tin Lantern", "Mara Vell", "Rina Holt"), ("Tin Lantern", "Tomas Vell", "Obi Lanre"), ("Tin Lantern", "Pella Dunne", "Mae Corran")} <= roles
    assert {("Kestrel Moor", "Ysolde", "Rina Holt"), ("Glass Orchard", "Kit", "Obi Lanre"), ("Salt Road", "Joss", "Mae Corran")} <= roles


def test_executive_producers_after_a_cast_sentence_a_director_s_bracketed_works_and_one_word_headings_are_no_cast() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Prime Video in 2026. It stars Ada Mbeki, Ivo Sarr and Rina Holt.\n\n"
        "In addition to Ada Mbeki, Glass Orchard is executive produced by Sam Ernst, Jim Dunn, Craig Siebels and Owen Shiflett.\n\n"
        "No surprise, the credits read like a hit list: Director Lee Eun-bok (Red Kite, Salt Road, Tin Lanterns).\n\n"
        "The Cast: First Loves, Curses, and Charisma\n"
    )
    cast = {(c.subject, c.value) for c in only(claims_of(page), "cast_member")}
    assert cast == {("Glass Orchard", "Ada Mbeki"), ("Glass Orchard", "Ivo Sarr"), ("Glass Orchard", "Rina Holt")}


def test_a_credit_in_the_future_passive_is_the_coming_season_s() -> None:
    page = (
        "Glass Orchard season 6: cast and everything we know\n\nGlass Orchard season 6 is coming to ITV, which will be welcome news.\n\n"
        "Each of the six episodes will be written by Ada Mbeki, the man behind Red Kite. The first season was directed by Ivo Sarr.\n"
    )
    credits = {(c.attribute, c.season, c.value) for c in claims_of(page) if c.attribute in ("writer", "director")}
    assert credits == {("writer", 6, "Ada Mbeki"), ("director", 1, "Ivo Sarr")}


def test_an_anime_staff_paragraph_credits_the_director_studio_writer_and_each_bracketed_work() -> None:
    text = (
        "Ivo Sarr (The Seven Lanterns the Movie: Prisoners of Red Kite, Salt Road, Grey Harbor) directed the anime at "
        "Kestrel Films with assistant director Mae Corran. Tomas Reed (Silent Water, Copper Bells) was in charge of the "
        "series scripts.\n\nLicensed outside of Japan by VIZ, Kestrelgen is in charge of the show’s production.\n"
    )
    claims = [c for c in claims_of(HEAD + text) if c.quote in text]
    credits = {(c.subject, c.attribute, c.value) for c in claims if isinstance(c.value, str)}
    assert {("Tin Lantern", "director", "Ivo Sarr"), ("Tin Lantern", "writer", "Tomas Reed")} <= credits
    assert {("Salt Road", "director", "Ivo Sarr"), ("The Seven Lanterns the Movie: Prisoners of Red Kite", "director", "Ivo Sarr"),
            ("Silent Water", "writer", "Tomas Reed"), ("Copper Bells", "writer", "Tomas Reed")} <= credits
    assert {c.value for c in claims if c.attribute == "production_company"} == {"Kestrel Films", "Kestrelgen"}
    # an assistant director is no director, nor a studio in charge of the show's production; a colon's second half
    # is no work of its own
    assert "Kestrelgen" not in {c.value for c in claims if c.attribute == "director"}
    assert not [c for c in claims if c.value == "Mae Corran" and c.attribute == "director"]
    assert "Prisoners of Red Kite" not in {c.subject for c in claims}
    assert ("director", "Ada Mbeki") in [(c.attribute, c.value) for c in claims_of(HEAD + "Ada Mbeki will be directing the Tin Lantern anime for studio Quill.\n")]


def test_a_maker_named_by_an_earlier_work_and_makers_an_appositive_credits_with_one() -> None:
    page = ("Copper Bells Release Date\n\nCopper Bells premieres on Netflix on May 2, 2031.\n\n"
            "Created by Red Kite mastermind Ivo Sarr, this Western drama promises a grim ride.\n\n"
            "The series is the newest project from Ada Mbeki and Tomas Reed, the creators of Salt Road.\n")
    writers = {(c.subject, c.value) for c in only(claims_of(page), "writer")}
    assert writers == {("Copper Bells", "Ivo Sarr"), ("Red Kite", "Ivo Sarr"), ("Salt Road", "Ada Mbeki"), ("Salt Road", "Tomas Reed")}


def test_a_direction_led_by_names_directors_and_a_star_who_produces_with_others_names_no_cast() -> None:
    page = (
        "Kestrel Moor Season 2 Release Date\n\nKestrel Moor season 2 premieres on Apple TV+ in 2031.\n\n"
        "The multi-faceted direction was led by Ada Mbeki, Ivo Sarr, and Obi Lanre.\n\n"
        "In addition to starring, Rina Holt executive produces with Tomas Reed, Mae Corran and Ada Lind.\n"
    )
    claims = claims_of(page)
    assert {c.value for c in only(claims, "director")} == {"Ada Mbeki", "Ivo Sarr", "Obi Lanre"}
    assert {c.value for c in only(claims, "cast_member")} == {"Rina Holt"}


def test_the_seasons_a_bracketed_credit_covers_are_no_part_of_the_work_s_name() -> None:
    page = (
        "Kestrel Moor Anime Season 2 Release Date\n\nKestrel Moor season 2 premieres on Crunchyroll in 2031. "
        "Ivo Sarr (Red Kite first three seasons, Salt Road Season 2) is directing the anime.\n"
    )
    assert {c.subject for c in only(claims_of(page), "director")} == {"Kestrel Moor", "Red Kite", "Salt Road"}


def test_a_cast_sentence_may_say_more_between_its_cast_and_the_list_it_includes() -> None:
    page = (
        "Kestrel Moor Series Release Date\n\nKestrel Moor premieres on Apple TV+ on March 15, 2031. "
        "Other cast members contributing to the tense atmosphere of the show included Ivo Sarr and Ada Mbeki.\n"
    )
    assert {c.value for c in only(claims_of(page), "cast_member")} == {"Ivo Sarr", "Ada Mbeki"}


def test_a_cast_list_joined_by_colons_names_the_role_first() -> None:
    page = (HEAD + "Since the start, Rina Holt has starred in Red Kite.\n\nFull Cast list for Tin Lantern:\n\n"
            "Erin: Ada Mbeki\n\nJames: Ivo Sarr\n\nClare: Rina Holt\n\nMa Mary: Mae Corran\n")
    pairs = roles_of(page)
    assert pairs == {("Erin", "Ada Mbeki"), ("James", "Ivo Sarr"), ("Clare", "Rina Holt"), ("Ma Mary", "Mae Corran")}


def test_a_fact_box_under_a_cast_heading_names_no_roles() -> None:
    page = HEAD + "Tin Lantern Cast and Crew\n\nDirector: Ivo Sarr\n\nNetwork: Channel 4\n\nWriter: Mae Corran\n"
    assert only(claims_of(page), "character") == []


def test_a_bulleted_cast_list_joined_by_ellipses_names_the_role_first() -> None:
    page = HEAD + "Tin Lantern cast\n\n  • Hannah... Ada Mbeki\n  • Nathan... Ivo Sarr\n  • Nina... Rina Holt\n"
    pairs = roles_of(page)
    assert pairs == {("Hannah", "Ada Mbeki"), ("Nathan", "Ivo Sarr"), ("Nina", "Rina Holt")}


def test_a_cast_that_features_actors_and_actors_confirmed_as_the_lead_cast() -> None:
    page = (HEAD + "The supporting cast features Mae Corran and Tomas Reed.\n\n"
            "In January 2026, the studio confirmed Seo Min-ha and Yoon Tae-ri as the lead cast.\n")
    assert {c.value for c in only(claims_of(page), "cast_member")} >= {"Mae Corran", "Tomas Reed", "Seo Min-ha", "Yoon Tae-ri"}


def test_a_quoted_story_role_before_a_name_makes_the_bracket_its_actor_even_a_one_word_stage_name() -> None:
    page = """Tin Lantern premieres tonight on SBS

The new Friday-Saturday drama "Tin Lantern" follows “possessed lawyer” Seo Min-ha (Yoon Tae-ri), who helps the dead, and “cold-blooded elite attorney” Baek Ji-un (Esom), who stakes everything on a win. Tin Lantern premieres on SBS on March 13, 2031.
"""
    pairs = roles_of(page)
    assert pairs == {("Seo Min-ha", "Yoon Tae-ri"), ("Baek Ji-un", "Esom")}


def test_a_quoted_part_an_offered_role_and_a_part_in_the_show_by_name_are_characters() -> None:
    page = """Glass Orchard release date and cast

Glass Orchard premieres on ENA on May 5, 2031. Seo Min-ha played the role of 'Baek Ji-un,' the queen of part-time jobs, in the ENA drama Glass Orchard.
Sources suggest that Ivo Sarr has been offered the pivotal role of CEO Kang Soo Hyun. Mae Corran will star in Glass Orchard as Evie.
"""
    claims = only(claims_of(page), "character")
    assert {(c.value["name"], c.value["played_by"], c.modality) for c in claims} == {
        ("Baek Ji-un", "Seo Min-ha", "confirmed"), ("Kang Soo Hyun", "Ivo Sarr", "reported"), ("Evie", "Mae Corran", "confirmed")}


WRITING_TEAM_PAGE = """Salt Bay Season 2 Confirmed

ABC has announced that Salt Bay will return for a second season.

Joining Ada Mbeki (Red Kite, Copper Bells) and Ivo Sarr (Grey Harbor) on the writing team are Rina Holt (Tin Lantern), Obi Lanre and Mae Corran.
"""


def test_a_writing_team_is_the_season_s_writers_and_their_bracketed_works_are_writing_credits() -> None:
    claims = claims_of(WRITING_TEAM_PAGE)
    writers = {c.value for c in only(claims, "writer") if c.subject == "Salt Bay"}
    assert writers == {"Ada Mbeki", "Ivo Sarr", "Rina Holt", "Obi Lanre", "Mae Corran"}
    assert {(c.subject, c.value) for c in only(claims, "writer") if c.subject != "Salt Bay"} == {
        ("Red Kite", "Ada Mbeki"), ("Copper Bells", "Ada Mbeki"), ("Grey Harbor", "Ivo Sarr"), ("Tin Lantern", "Rina Holt")}
    assert only(claims, "cast_member") == []


def test_a_crew_job_in_a_list_of_actors_as_parts_is_no_part() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 premieres on Netflix in 2026. "
        "It brings back Obi Lanre as director for studio Kestrel Works, Ada Mbeki as Mara Vell, and Ivo Sarr as Tomas Reed.\n"
    )
    assert {name for name, _ in roles_of(page)} == {"Mara Vell", "Tomas Reed"}
    assert {c.value for c in only(claims_of(page), "director")} == {"Obi Lanre"}


def test_a_list_that_leans_on_a_sentence_about_the_cast_returning_names_the_new_season_s_parts() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Netflix in 2026.\n\n"
        "The website also lets fans know which cast members will be returning to reprise their roles in the second season. "
        "This includes Ada Mbeki as Azusa, Rina Holt as Halkara, and of course, Tam Vell as Beelzebub.\n"
    )
    parts = {(c.season, c.value["name"]) for c in only(claims_of(page), "character")}
    assert {(2, "Azusa"), (2, "Halkara"), (2, "Beelzebub")} <= parts
