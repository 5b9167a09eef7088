"""`other` claims: the facts outside the fixed attributes that pages state in set phrases."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, only

PAGE = """Copper Lantern Season 3: Release Date, Cast and Everything We Know

Copper Lantern season 3 is coming to Hulu in 2027, and it will be the show's final season.
The first season premiered on Hulu on March 3, 2025, and the season 2 finale aired on May 18, 2026.
Season 2 was the most-watched drama on Hulu that spring.
The show also holds an 8.2 rating on IMDb.
Creator Nell Ashby has said she always had a four-season plan, though Hulu has only ordered three.
The first season won the Emmy for Outstanding Main Title Design.
New episodes of season 3 will be released weekly on Wednesdays.
The second season ended on a cliffhanger that fans are still talking about.
Netflix has not announced any new cast for the final season of Rival Show.
"""


def _others() -> set[tuple[int | None, str, str]]:
    return {(c.season, c.value, c.modality) for c in only(claims_of(PAGE), "other")}


def test_set_phrases_give_other_claims_with_the_season_they_are_about() -> None:
    assert _others() == {
        (3, "final season", "confirmed"),
        (2, "finale date", "confirmed"),
        (2, "chart place or ranking", "confirmed"),
        (None, "rating", "confirmed"),
        (None, "creator's plan for the number of seasons", "confirmed"),
        (1, "award or nomination", "confirmed"),
        (3, "episode release schedule", "confirmed"),
    }


def test_an_undated_ending_and_a_denial_near_a_cue_give_no_other_claim() -> None:
    quotes = {c.quote for c in only(claims_of(PAGE), "other")}
    assert not any("cliffhanger" in q or "Rival Show" in q for q in quotes)


def test_the_last_season_meaning_the_one_before_is_no_final_season() -> None:
    page = "Copper Lantern Season 3 Release Date\n\nCopper Lantern season 3 follows last season's cliffhanger on Hulu.\n"
    assert only(claims_of(page), "other") == []


def test_awards_of_a_show_with_several_seasons_out_are_the_whole_shows_and_its_showrunner_no_other_fact() -> None:
    page = (
        "Copper Lantern Season 4 Release Date\n\nCopper Lantern season 4 is coming to Hulu.\n\n"
        "Plus, the show has won four Primetime Emmys and counting. "
        "In April 2025, Nell Ashby, the showrunner, told reporters that the writers had finished the new scripts.\n"
    )
    # (the gold counts a showrunner as a writer, so an `other` fact beside it would say the same twice)
    assert {(c.season, c.value) for c in only(claims_of(page), "other")} == {(None, "award or nomination")}


def test_creators_give_no_other_fact_producers_one_and_counts_with_a_describing_word() -> None:
    head = "Copper Lantern Season 4 Release Date\n\nCopper Lantern season 4 is coming to Hulu.\n\n"
    # fresh real labels (six sets of the twelfth session) file creators and showrunners as writers; executive
    # producers are one `other` fact per sentence (seven of nine sets of the fifteenth session)
    assert only(claims_of(head + "The series was created by Ana Ruiz.\n"), "other") == []
    for sentence in (
        "Executive producer Ken Ollie confirmed the number of episodes during a press tour in July.\n",
        "EP John Wellstone said the scripts are done.\n",
    ):
        assert [c.value for c in only(claims_of(head + sentence), "other")] == ["executive producers"], sentence
    counts = {(c.value, c.modality) for c in only(claims_of(head + "Season 4 will have ten hour-long episodes.\n"), "episode_count")}
    assert counts == {(10, "confirmed")}
    # "does not end its 16-episode run": the count is taken for granted, whatever the verb's negation
    counts = {(c.value, c.modality) for c in only(claims_of(head + "Season 3 does not end its 16-episode run on a cliffhanger.\n"), "episode_count")}
    assert counts == {(16, "confirmed")}
    # a director's share of episodes, or those still to come, are no season's length
    for sentence in ("Season 4 was directed by Ana Ruiz, who made three further episodes.\n", "Three more episodes come next week.\n"):
        assert only(claims_of(head + sentence), "episode_count") == [], sentence


def test_time_jumps_titles_and_departures_are_other_facts() -> None:
    page = (
        "Copper Lantern Season 3 Release Date\n\nCopper Lantern season 3 is coming to Hulu.\n\n"
        "Season 3 picks up five years after the events of season 2. "
        "The new season is officially titled Copper Lantern: Embers. "
        "Nell Ashby has stepped down from the cast because of scheduling conflicts.\n"
    )
    assert {(c.season, c.value) for c in only(claims_of(page), "other")} >= {
        (3, "time jump"), (3, "title announced"), (3, "cast departure"),
    }
    # "called back to Washington" names no title
    quiet = "Copper Lantern Season 3 Release Date\n\nCopper Lantern season 3 is coming to Hulu. Mara is called back to Seattle.\n"
    assert not any(c.value == "title announced" for c in only(claims_of(quiet), "other"))


def test_budgets_release_patterns_and_actors_not_coming_back() -> None:
    head = "Copper Lantern Season 3: Release Date, Cast and Everything We Know\n\nCopper Lantern season 3 is coming to Hulu in 2027.\n\n"
    body = (
        "All eight episodes of Copper Lantern season 3 will drop at once on Hulu.\n\n"
        "Sadly, Ada Mbeki, who played the captain, won't be back for the new season.\n\n"
        "The new season reportedly cost about $90 million to make.\n\n"
        "The show scores 8.4/10 on IMDB.\n\n"
        "The season won't be back before 2027.\n"
    )
    found = {(c.season, c.value, c.modality, c.quote[:12]) for c in only(claims_of(head + body), "other") if c.quote in body}
    assert (3, "episode release schedule", "confirmed", "All eight ep") in found
    # the negation is the fact itself, and only a person's absence is a departure
    assert (3, "cast departure", "confirmed", "Sadly, Ada M") in found
    assert not any(value == "cast departure" and quote.startswith("The season") for _, value, _, quote in found)
    assert (3, "budget", "reported", "The new seas") in found
    assert any(value == "rating" for _, value, _, _ in found)


def test_an_aired_fact_keeps_to_its_own_clause_for_its_season() -> None:
    page = (
        "Copper Lantern Season 2: Release Date\n\nCopper Lantern season 2 has no release date yet.\n\n"
        "Since it concluded on December 11, 2031, fans are wondering about Copper Lantern Season 2.\n"
    )
    finales = {c.season for c in only(claims_of(page), "other") if c.value == "finale date"}
    assert finales and 2 not in finales


STUDIOS = """Harbor Blade Season 2 Release Date and Cast

Harbor Blade Season 2 is set for release on Netflix on November 22, 2026.

Harbor Blade Season 2 is being produced by the acclaimed Production I.G.

Alongside the cast reveal, animation studio TMS Entertainment streamed a preview.

The first season was backed by Anushka Sharma, under the banner Clean Slate Filmz, and the British producer Sam Oke.
"""


def test_studios_named_with_praise_an_animation_studio_or_a_banner_are_production_companies() -> None:
    companies = {(c.value, c.season) for c in only(claims_of(STUDIOS), "production_company")}
    assert ("Production I.G", 2) in companies  # being produced now: the coming season's
    assert {"TMS Entertainment", "Clean Slate Filmz"} <= {value for value, _ in companies}
    assert "British" not in {value for value, _ in companies}


MAKERS = """Harbor Blade Season 2 Release Date and Cast

Harbor Blade Season 2 is set for release on Netflix on November 22, 2026.

Science Kumo's anime adaptation of the manga premiered in 2024.

Kestrel Moor Productions is developing the second season with the original writers.

Director Kim Ha-na's adaptation was praised by critics, and Netflix's anime adaptation of another manga was a hit.

Film Lantern, a Rowan Studios subsidiary, made the first season.

Studio Aokumo has not announced a third season, and the production staff is silent.

Filming starts in the spring, according to the production company, Larkspur Films.

Season 2 is once again run by its creator, and it is produced by her company Molue Pictures.

The series, produced by Quill Entertainment, follows Tara and Karan, two wedding planners.

It was produced by Ravi Sen and Mira Das’s Kestrel Media and Anil Roy’s Tiger Moth.

The direction is praised (Assassination Club, Danganronpa The Animation) by fans of the animation.
"""


def test_studios_named_by_a_possessive_or_as_the_subject_that_makes_the_show() -> None:
    companies = {(c.value, c.season) for c in only(claims_of(MAKERS), "production_company")}
    assert ("Science Kumo", 1) in companies  # "X's anime adaptation": the studio that made the aired show
    assert ("Kestrel Moor Productions", 2) in companies  # developing the season to come
    assert ("Molue Pictures", 2) in companies  # the season the sentence opens with; "her company" is no part of the name
    names = {value for value, _ in companies}
    assert not names & {"Kim Ha-na", "Netflix", "Rowan Studios"}  # a director's adaptation, a platform, an appositive owner
    assert "Studio Aokumo" not in names  # a denial about a season names no maker
    # a verb after the comma ends the list; the people who own a company are not companies; "X The Animation" is a title
    assert {"Quill Entertainment", "Kestrel Media", "Tiger Moth"} <= names
    assert not names & {"Karan", "Ravi Sen", "Mira Das", "Anil Roy", "Danganronpa The Animation"}
    sources = {c.modality for c in only(claims_of(MAKERS), "production_company") if c.value == "Larkspur Films"}
    assert sources == {"confirmed"}  # the page says who the source is; only what it says is reported


def test_a_studio_that_creates_the_animation_a_banner_and_a_production_house_are_companies() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Crunchyroll in 2026, and fans of the "
        "fantasy anime are already counting the days until the new episodes arrive.\n\n"
        "The animation for this season was created by LIDEN FILMS and directed by Takaharu Oza. "
        "The show comes from the Kestrel Moor Films banner. Taking to Instagram, the production house Tin Lantern shared a "
        "picture. Disney+ carries it internationally under the Star banner.\n"
    )
    claims = claims_of(page)
    assert {c.value for c in only(claims, "production_company")} == {"LIDEN FILMS", "Kestrel Moor Films", "Tin Lantern"}
    assert not only(claims, "other")


def test_each_of_the_seasons_a_range_names_has_the_episode_count() -> None:
    page = (
        "Glass Orchard Season 3 Release Date\n\nGlass Orchard season 3 is what fans of the fantasy anime want, and "
        "everyone is asking about it.\n\n"
        "Comparatively, each of the first two seasons ran for 12 episodes, while no official episode count has been "
        "announced for season 3.\n"
    )
    counts = {(c.season, c.value) for c in only(claims_of(page), "episode_count")}
    assert counts == {(1, 12), (2, 12), (3, None)}


def test_announced_projects_and_shoots_in_progress_are_production_stages() -> None:
    page = (
        "Glass Orchard 2 Release Date\n\nGlass Orchard 2 will hit theaters on November 27, 2024, and fans of the animated "
        "film are counting the days until the sequel arrives.\n\n"
        "Disney announced the sequel Glass Orchard 2 on Wednesday, February 7, 2024. "
        "For now, the director and his team are busy with the shoot. "
        "The casting comes during a busy stretch for the studio.\n"
    )
    stages = {(c.value["stage"], c.value["anchor"]) for c in only(claims_of(page), "production_stage")}  # type: ignore[index]
    assert stages == {("announced", "span"), ("filming", "as_of")}


@pytest.mark.parametrize("sentence", [
    "On Wednesday, August 28, 2030, Kestrelgen Pictures announced the production of the Copper Bells anime.",
    "A new Copper Bells television anime was announced by the production committee on August 28, 2030.",
    "On August 28, 2030, it was announced that the manga would be receiving an anime adaptation.",
])
def test_a_new_anime_made_known_on_a_day_is_an_announced_stage(sentence: str) -> None:
    page = f"Copper Bells Anime Announced\n\nThe Copper Bells anime premieres on Crunchyroll in July 2031.\n\n{sentence}\n"
    stages = {(c.value["stage"], c.value["start"]) for c in only(claims_of(page), "production_stage")}  # type: ignore[index]
    assert ("announced", "2030-08-28") in stages


def test_a_show_founded_on_or_taken_from_a_source_is_based_on_it() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard is a fantasy anime that fans love, and everyone is asking "
        "about a second season on Crunchyroll.\n\n"
        "It’s founded on a dark fantasy light novel series written by Komu Kagy and illustrated by Noboru Kann.\n"
    )
    assert [(c.value["medium"], c.value["author"]) for c in only(claims_of(page), "based_on")] == [("light novel", "Komu Kagy")]  # type: ignore[index]


def test_a_count_describing_the_aired_show_a_limited_series_with_no_plans_to_continue_and_wrote_and_directed() -> None:
    page = (
        "Glass Orchard season 2 release date and news\n\n"
        "The first season of Glass Orchard premiered on Netflix in April 2024.\n\n"
        "Netflix is marketing Glass Orchard as a limited series, which indicates no current plans to continue. "
        "The eight-episode Glass Orchard, which Ana Ruiz wrote and directed, adapts the novel.\n"
    )
    claims = claims_of(page)
    assert [(c.season, c.value) for c in only(claims, "episode_count")] == [(1, 8)]
    assert [(c.season, c.value["renewed"], c.modality) for c in only(claims, "renewal")] == [(2, False, "negated")]
    assert {c.value for c in only(claims, "director")} == {"Ana Ruiz"}


@pytest.mark.parametrize(
    ("sentence", "attribute"),
    [
        ("Season 2 is officially happening.", "renewal"),
        ("It has been confirmed that season 2 is on the way.", "renewal"),
        ("Netflix has pulled the plug on the show.", "cancellation"),
    ],
)
def test_a_season_that_is_happening_or_a_show_whose_plug_was_pulled(sentence: str, attribute: str) -> None:
    page = (
        "Glass Orchard season 2 release date and news\n\n"
        "The first season of Glass Orchard premiered on Netflix in April 2024 and was a hit with fans.\n\n" + sentence + "\n"
    )
    assert [c.season for c in only(claims_of(page), attribute) if c.quote == sentence] == [2]


def test_a_finale_that_ends_on_a_day_and_a_rating_of_a_show_with_one_season_out_belong_to_that_season() -> None:
    page = (
        "Kestrel Moor Season 2 Release Date\n\nKestrel Moor season 2 is coming to Hulu in 2027.\n\n"
        "Here is what we know: Season 1 ends on December 21, 2025.\n\n"
        "The show has a 94% rating on Rotten Tomatoes.\n"
    )
    facts = {(c.value, c.season) for c in only(claims_of(page), "other")}
    assert {("finale date", 1), ("rating", 1)} <= facts


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The studio dropped a teaser on March 28, 2025, confirming Season 2.", {(2, True, "confirmed")}),
        ("The studio has officially confirmed Kestrel Moor season 2.", {(2, True, "confirmed")}),
        ("Kestrel Moor is getting a second season.", {(2, True, "confirmed")}),
        ("But rumors about Kestrel Moor getting a Season 2 are more than just fan speculation.", {(2, True, "reported")}),
        ("Fans are wondering whether Kestrel Moor will get a second season.", set()),
        ("Kestrel Moor deserves to get a second season.", set()),
    ],
)
def test_a_season_confirmed_or_gotten_is_a_renewal_but_one_wondered_about_or_deserved_is_not(sentence: str, expected: set[tuple[int, bool, str]]) -> None:
    page = f"Kestrel Moor Season 2 Release Date\n\nKestrel Moor is a hit anime on Hulu that fans love, and the release date is unknown.\n\n{sentence}\n"
    renewals = {(c.season, c.value["renewed"], c.modality) for c in only(claims_of(page), "renewal")}  # type: ignore[index]
    assert renewals == expected


def test_executive_producers_named_in_a_sentence_are_one_other_fact_on_the_first_season() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Hulu in 2026.\n\n"
        "Glass Orchard is executive produced by Ada Mbeki, Ivo Sarr and Rina Holt. "
        "Obi Lanre will executive produce season 2. The season is produced at Kestrel Moor Studios.\n"
    )
    facts = {(c.season, c.value) for c in only(claims_of(page), "other")}
    assert facts == {(1, "executive producers"), (2, "executive producers")}


@pytest.mark.parametrize(
    ("sentence", "title", "medium", "author"),
    [
        ("Season 1 reimagines the 1971 Mae Corran novel with a modern twist.", None, "novel", None),
        ("The series began as light novels written by Seo Min-ha and illustrated by Ivo Sarr.", None, "light novel", "Seo Min-ha"),
        ("The first season was based on Listening Woman (1978) and adapted some excerpts.", "Listening Woman", None, None),
        ("It is adapted from “The Long Road” by Ada Mbeki.", "The Long Road", None, "Ada Mbeki"),
    ],
)
def test_a_source_reimagined_begun_as_or_named_by_its_title_alone(sentence: str, title: str | None, medium: str | None, author: str | None) -> None:
    page = f"Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Peacock in 2026.\n\n{sentence}\n"
    claims = claims_of(page)
    sources = [(c.value["title"], c.value["medium"], c.value["author"]) for c in only(claims, "based_on")]  # type: ignore[index]
    assert sources == [(title, medium, author)]
    assert not [c for c in only(claims, "premiere_date") if c.subject != "Glass Orchard"]


def test_a_show_with_no_numbered_season_puts_its_schedule_on_season_one_and_coming_to_a_network_dates_it() -> None:
    page = (
        "Glass Orchard Release Date\n\nGlass Orchard is a new K-drama coming to tvN on October 12, 2024.\n\n"
        "The drama will include 16 episodes and new episodes will air every Saturday and Sunday. Glass Orchard stars Ada Mbeki.\n"
    )
    claims = claims_of(page)
    assert {(c.season, c.value) for c in only(claims, "premiere_date")} == {(1, "2024-10-12")}
    assert (1, "episode release schedule") in {(c.season, c.value) for c in only(claims, "other")}


def test_a_count_of_long_episodes_or_of_parts_is_the_season_s_episode_count() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 premieres on Netflix in 2031.\n\n"
        "The new series will consist of six 45-minute episodes. Season 2 is a six-part drama.\n"
    )
    assert {(c.season, c.value) for c in only(claims_of(page), "episode_count")} == {(2, 6)}


def test_an_anime_s_composer_and_character_designer_are_crew_facts_of_the_season() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 premieres on Crunchyroll in 2031.\n\n"
        "The anime is produced by Kestrelgen with scripts by Ivo Sarr, character designs by Ada Mbeki, and music by Obi Lanre.\n\n"
        "Tomas Reed is composing the music for the second season.\n"
    )
    facts = {(c.season, c.value) for c in only(claims_of(page), "other")}
    assert facts == {(1, "music"), (1, "character designs"), (2, "music")}


@pytest.mark.parametrize("sentence, fact", [
    ("SBS’s new drama “Copper Bells” has unveiled character posters teasing its four leads.", "poster released"),
    ("A new teaser poster was released alongside the premiere announcement.", "poster released"),
    ("Copper Bells follows Salt Road in SBS's Friday-Saturday slot.", "time slot"),
    ("The drama airs in the Saturday–Sunday 9:20 p.m. KST slot.", "time slot"),
    ("The opening theme is performed by the band Tin Lanterns.", "theme song"),
])
def test_posters_time_slots_and_theme_songs_are_other_facts(sentence: str, fact: str) -> None:
    page = f"Copper Bells Release Date, Cast and Plot\n\nCopper Bells premieres on SBS on May 2, 2031. {sentence}\n"
    assert fact in {c.value for c in only(claims_of(page), "other") if sentence[:30] in c.quote}


@pytest.mark.parametrize("sentence, fact", [
    ("Mae Corran will be in charge of music for the anime.", "music"),
    ("Composers include Rina Holt and Obi Lanre.", "music"),
    ("The characters, designed by Ada Mbeki (Salt Road), look older.", "character designs"),
    ("Ivo Sarr is also the character designer, with Tomas Reed as art director.", "crew credit"),
    ("The adaptation is directed by Mara Vell, a key animator on Red Kite.", "crew credit"),
])
def test_crew_told_in_prose_are_facts_of_the_anime(sentence: str, fact: str) -> None:
    page = f"Copper Bells Anime Announced\n\nThe Copper Bells anime premieres on Crunchyroll in July 2031. {sentence}\n"
    assert fact in {c.value for c in only(claims_of(page), "other") if sentence[:30] in c.quote}


@pytest.mark.parametrize("sentence", [
    "The video also previews the opening theme song \"Iron Bells,\" the first theme song by Mae Corran.",
    "The ending theme “Salt Hymn” is performed by Rina Holt.",
    "It also highlights the anime's opening theme, \"RED KITE\" by Tin Lanterns.",
])
def test_a_quoted_song_is_the_show_s_theme_not_a_work_of_its_own(sentence: str) -> None:
    page = f"Copper Bells Anime Announced\n\nThe Copper Bells anime premieres on Crunchyroll on July 2, 2031. {sentence}\n"
    themes = [c for c in only(claims_of(page), "other") if c.value == "theme song"]
    assert [c.subject for c in themes] == ["Copper Bells"]


@pytest.mark.parametrize("sentence, fact", [
    ("Glass Orchard has received positive reviews and boasts an 86% Rotten Tomatoes score.", "rating"),
    ("Its C+ CinemaScore raised questions about its long-term prospects.", "rating"),
    ("The film that earns its R-rating has an uphill battle.", "rating"),
    ("It opened in fourth place with just $8.6 million over its first three days.", "chart place or ranking"),
    ("This makes it the third-biggest horror movie of the year.", "chart place or ranking"),
    ("Glass Orchard opened to a record opening for the indie distributor.", "chart place or ranking"),
])
def test_a_film_s_scores_and_box_office_places_are_other_facts(sentence: str, fact: str) -> None:
    page = f"Glass Orchard Box Office\n\nGlass Orchard is a horror movie that opened in theaters on July 12, 2031. {sentence}\n"
    assert fact in {c.value for c in only(claims_of(page), "other") if sentence[:30] in c.quote}



def test_a_weekly_airing_day_and_hour_is_the_show_s_time_slot() -> None:
    page = (
        "Glass Orchard: Release Date and Cast\n\n"
        "Glass Orchard premieres on KBS2 on June 26, 2031. Airing every Monday and Tuesday at 21:45 (KST).\n"
    )
    assert [(c.season, c.value) for c in only(claims_of(page), "other")] == [(1, "time slot")]


def test_a_stage_dated_by_since_takes_that_date_and_a_person_missing_a_read_through_denies_no_stage() -> None:
    page = (
        "Glass Orchard 2: Release Date and Cast\n\n"
        "Glass Orchard 2 will hit theaters on August 4, 2031. The movie has been in development since 2029. Ada Mbeki "
        "could not participate in the script reading session due to health issues.\n"
    )
    stages = [(c.value["stage"], c.value["start"]) if c.value else None for c in only(claims_of(page), "production_stage")]  # type: ignore[index]
    assert stages == [("development", "2029-01-01")]
