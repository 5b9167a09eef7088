"""Films are filed under their own titles with no season, on small pages written for these tests."""

from __future__ import annotations

import pytest

from airdate.extract.films import instalment_names, is_film_page
from tests.extract.helpers import claims_of, main_title, only

SEQUEL_PAGE = (
    "Copper Hollow 2: Release Date, Cast and Everything We Know About the Sequel\n\n"
    "Copper Hollow 2 will open in theaters on June 12, 2031, the studio confirmed.\n\n"
    "The first film, Copper Hollow, opened in theaters on May 3, 2029 and was a box office hit.\n\n"
    "Ada Mbeki returns as Captain Rhee in the sequel, directed again by Ivo Sarr.\n"
)


def test_a_sequels_claims_go_to_its_own_title_with_no_season() -> None:
    claims = claims_of(SEQUEL_PAGE)
    premieres = {(c.subject, c.season, str(c.value)) for c in only(claims, "premiere_date")}
    assert ("Copper Hollow 2", None, "2031-06-12") in premieres
    # the first film is the title itself
    assert ("Copper Hollow", None, "2029-05-03") in premieres
    assert all(c.season is None for c in claims if c.subject.startswith("Copper Hollow"))


def test_instalments_are_named_as_the_page_writes_them() -> None:
    text = "Copper Hollow: Part Two opened in 2029. Copper Hollow Part Three is next, then Copper Hollow 4 in 2034."
    assert instalment_names("Copper Hollow", text) == {2: "Copper Hollow: Part Two", 3: "Copper Hollow Part Three", 4: "Copper Hollow 4"}
    # a year or an amount after the title numbers nothing
    assert instalment_names("Copper Hollow", "Copper Hollow 2031 and Copper Hollow 2,000 screens") == {}


def test_a_page_about_seasons_is_no_film_page() -> None:
    show = "Tin Lantern Season 3 release date. The series returns; the film star Ada Mbeki joins the show's third season."
    assert not is_film_page(show, "Tin Lantern Season 3 release date")
    assert is_film_page(SEQUEL_PAGE, SEQUEL_PAGE.splitlines()[0])
    # a series a page twice calls a "film" stays a series
    assert not is_film_page("The film will feature a big cast. The film is a thriller.", "Glass Orchard cast")


def test_a_short_page_that_calls_its_subject_a_film_once_and_never_speaks_of_seasons_is_a_film_page() -> None:
    page = (
        "Studio Announces Lengthy Cast for Iron Vale: Reckoning\n\n"
        "Harbor Studios unveiled the star-studded cast for Iron Vale: Reckoning. Mara Quell (Thora) and Dev Anand Rao (Kestrel) lead it. "
        "The film, slated for release on May 1, 2027, ends the saga.\n"
    )
    assert is_film_page(page, page.split("\n", 1)[0])
    dates = {(c.season, c.value) for c in only(claims_of(page), "premiere_date")}
    assert (None, "2027-05-01") in dates


COLON_FILMS = """Harrow Creek: Dawnfall cast revealed

On his Instagram, Oscar winner Dev Orlan teased his character in the upcoming sci-fi flick Harrow Creek: Dawnfall.

The third film in the Harrow Creek franchise follows 2010's Harrow Creek: Legacy, which starred Ben Ruel.

The movie will also star Ida Marsh and Colm Teague, and the film arrives in 2026.
"""


def test_a_cast_page_for_a_film_passes_the_gate_and_each_colon_title_keeps_its_claims() -> None:
    claims = claims_of(COLON_FILMS)
    cast = {(c.subject, c.value) for c in only(claims, "cast_member")}
    assert ("Harrow Creek: Dawnfall", "Ida Marsh") in cast
    assert ("Harrow Creek: Legacy", "Ben Ruel") in cast
    # ("follows 2010's Harrow Creek: Legacy": the year's possessive dates the earlier film)
    assert {c.subject for c in only(claims, "premiere_date")} == {"Harrow Creek: Dawnfall", "Harrow Creek: Legacy"}


def test_people_listed_after_a_film_title_and_a_colon_are_no_subtitle() -> None:
    page = (
        "40 Winters Later: Ada Mbeki, Ivo Sarr, and Colm Teague star in the frozen sequel\n\n"
        "Ada Mbeki, Ivo Sarr, and Colm Teague have all been cast in 40 Winters Later, the sequel to the 2002 film. "
        "The movie arrives in theaters in June 2026.\n"
    )
    claims = claims_of(page)
    assert {c.subject for c in only(claims, "cast_member")} == {"40 Winters Later"}


def test_a_headline_number_on_a_page_that_calls_it_the_sequel_is_a_film() -> None:
    page = (
        "Glass Orchard 2 Cameos: Golfers, Ada Mbeki, Ivo Sarr\n\n"
        "Netflix is teeing up Glass Orchard 2 with a new video. The streamer showed the golfers set to cameo in the "
        "upcoming sequel. Golfer cameos include Tom Reyes and Colm Teague. The sequel arrives on Netflix on July 25, 2025. "
        "Reyes also appears in the docuseries Fairway.\n"
    )
    dates = {(c.subject, c.season, c.value) for c in only(claims_of(page), "premiere_date")}
    assert dates == {("Glass Orchard 2", None, "2025-07-25")}


def test_a_sequel_page_credits_its_unsited_cast_and_crew_to_the_sequel() -> None:
    page = (
        "Glass Orchard 3 Release Date\n\nGlass Orchard 3 will hit theatres on November 1, 2024, and fans of the horror "
        "comedy franchise are counting the days until the film arrives.\n\n"
        "Starring Kartik Aar in the lead, the horror-comedy is directed by Aneez Baz. Triptii Dim essays Kartik Aar’s "
        "romantic interest in the latest movie. Aakash Kaus has written the story, screenplay and dialogues of the movie. "
        "Glass Orchard 3, produced by Bhushan Kum and Murad Khet, will clash with another film. "
        "Vijay Raaz and Sanjay Mish are also a part of the film. The first film starred Ivo Sarr.\n"
    )
    claims = claims_of(page)
    credits = {(c.attribute, c.value, c.subject) for c in claims if c.attribute in ("cast_member", "director", "writer")}
    assert credits == {
        ("cast_member", "Kartik Aar", "Glass Orchard 3"), ("director", "Aneez Baz", "Glass Orchard 3"),
        ("cast_member", "Triptii Dim", "Glass Orchard 3"), ("writer", "Aakash Kaus", "Glass Orchard 3"),
        ("cast_member", "Vijay Raaz", "Glass Orchard 3"), ("cast_member", "Sanjay Mish", "Glass Orchard 3"),
        ("cast_member", "Ivo Sarr", "Glass Orchard"),
    }


def test_a_returning_director_past_a_relative_clause_a_reprised_role_and_an_actor_s_quoted_credits() -> None:
    page = (
        "Glass Orchard 3 release date, cast and plot\n\n"
        "Glass Orchard 3 will hit theaters on December 20, 2026, the sequel to the 2024 film Glass Orchard 2. "
        "The film stars Ivo Sarr.\n\n"
        "In February it was also confirmed Jim Carro would be reprising his role as Dr. Robotnik. "
        "Jeff Fowl, who oversaw the first two “Glass Orchard” movies, is returning as the director of the third film. "
        "Sarr’s credits include “Speed Lane,” “Bram’s Dracula” and “My Own Idaho,” as well as the Tin Lantern films.\n"
    )
    claims = claims_of(page)
    assert {c.value for c in only(claims, "director")} == {"Jeff Fowl"}
    assert ("Dr. Robotnik", "Jim Carro") in {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")}
    cast = {(c.subject, c.value) for c in only(claims, "cast_member")}
    assert {("Speed Lane", "Sarr"), ("Bram’s Dracula", "Sarr"), ("My Own Idaho", "Sarr")} <= cast
    assert not any(value == "Jeff Fowl" for _, value in cast)


@pytest.mark.parametrize(
    "sentence",
    [
        "With Ana Ruiz at the helm, the film promises thrills.",
        "Ana Ruiz takes the director's chair this time.",
        "The film marks Ana Ruiz's directorial debut.",
        "Ana Ruiz has been tapped to direct.",
        "Filmmaker Ana Ruiz returns for the sequel.",
        "The film is an Ana Ruiz directorial.",
    ],
)
def test_the_other_ways_a_page_names_a_film_s_director(sentence: str) -> None:
    page = (
        "Glass Orchard 3 release date, cast and plot\n\n"
        "Glass Orchard 3 will hit theaters on December 20, 2026, the sequel to the 2024 film Glass Orchard 2.\n\n" + sentence + "\n"
    )
    assert [c.value for c in only(claims_of(page), "director")] == ["Ana Ruiz"]


@pytest.mark.parametrize("sentence", ["The script comes from Tom Reyes.", "Writing duties fall to Tom Reyes."])
def test_a_script_that_comes_from_someone_or_writing_duties_that_fall_to_them_credit_a_writer(sentence: str) -> None:
    page = (
        "Glass Orchard 3 release date, cast and plot\n\n"
        "Glass Orchard 3 will hit theaters on December 20, 2026, the sequel to the 2024 film Glass Orchard 2.\n\n" + sentence + "\n"
    )
    assert [c.value for c in only(claims_of(page), "writer")] == ["Tom Reyes"]


def test_a_film_is_released_never_renewed_and_lists_of_cancelled_shows_cancel_nothing() -> None:
    page = (
        "Red Kite 2 Release Date\n\n"
        "Paramount has announced that Red Kite 2 will be released in theaters on October 18, 2031, and the film is a sequel.\n\n"
        "You can find lists of cancelled shows here.\n"
    )
    claims = claims_of(page)
    assert only(claims, "renewal") == [] and only(claims, "cancellation") == []
    assert [c.subject for c in only(claims, "premiere_date")] == ["Red Kite 2"]


def test_a_slate_page_that_speaks_of_limited_and_wide_releases_is_about_films() -> None:
    page = ("Kestrelgen Features sets awards corridor US release for Copper Bells\n\n"
            "Kestrelgen Features has scheduled a US limited release on November 27, 2031 prior to wide expansion on "
            "December 12 for Ada Mbeki’s Copper Bells starring Ivo Sarr and Rina Holt. Mbeki, who won best picture for "
            "Salt Road, directs and co-wrote the screenplay. Copper Bells is set in a harbour town.\n")
    assert is_film_page(page, page.split("\n", 1)[0])


def test_a_film_named_by_its_maker_s_possessive_names_its_director_but_not_a_star_s_or_an_author_s() -> None:
    page = (
        "Tomas Reed's latest epic gets a release date\n\n"
        "Kestrelgen Pictures teased Tomas Reed's upcoming epic, The Long Tide, at a convention. The film opens in theaters "
        "on July 17, 2031, and stars Ada Mbeki.\n\n"
        "Ada Mbeki's new movie The Long Tide is her first since Salt Road. The film adapts Mae Corran's \"The Long Tide\", "
        "the novel by Mae Corran.\n"
    )
    directors = {c.value for c in only(claims_of(page), "director")}
    assert directors == {"Tomas Reed"}


def test_a_drama_named_for_a_movie_is_no_film_page() -> None:
    page = (
        "SBS Drama 'Our Film' Unveils Character Posters Ahead of Premiere\n\n"
        "'Our Film', which will premiere on June 13, 2031, depicts a love story made by Tomas Reed, a director whose "
        "last movie flopped. It is an emotional drama about love, art and film.\n\n"
        "Ivo Sarr plays the role of producer Mae Corran, who guarantees a successful movie.\n"
    )
    claims = claims_of(page)
    assert {(c.season, c.value["name"]) for c in only(claims, "character")} == {(1, "Mae Corran")}  # type: ignore[index]
    assert {c.season for c in only(claims, "premiere_date")} == {1}


def test_a_surname_in_brackets_after_a_cast_list_is_the_actor_of_a_role_and_a_flick_is_a_film() -> None:
    page = (
        "Glass Orchard Trailer Spotlights a Holiday Nightmare\n\n"
        "One of the upcoming horror movies of 2031 is Glass Orchard, starring Ada Mbeki, Ivo Sarr and Rina Holt. "
        "This flick looks to deliver.\n\n"
        "The trailer starts innocently: Louise (Mbeki) is on holiday, and she meets Paddy (Sarr), his wife Ciara (Holt) "
        "and their mute son Ant (Obi Lanre).\n\n"
        "Glass Orchard is a horror movie that opens in theaters on September 13, 2031.\n"
    )
    claims = claims_of(page)
    roles = {(c.value["name"], c.value["played_by"]) for c in only(claims, "character") if c.subject == "Glass Orchard"}
    assert {("Louise", "Mbeki"), ("Paddy", "Sarr"), ("Ant", "Obi Lanre")} <= roles
    # the bracketed surnames are no earlier works of anyone, and the film has no seasons
    assert not [c for c in only(claims, "cast_member") if c.subject in ("Mbeki", "Sarr", "Holt", "Obi Lanre")]
    assert {c.season for c in claims if c.subject == "Glass Orchard"} == {None}


def test_a_film_page_s_other_works_are_films_with_no_season_unless_the_page_calls_one_a_show() -> None:
    page = (
        "Glass Orchard Trailer: Ivo Sarr Movie Opens in September\n\n"
        "Glass Orchard is a horror movie that hits theaters on September 13, 2031. The film stars Ivo Sarr.\n\n"
        "The screenplay adapts the 2027 Danish horror hit Red Kite. The movie beat 2029's Salt Road at the box office.\n"
    )
    dated = {(c.subject, c.season) for c in only(claims_of(page), "premiere_date")}
    assert ("Red Kite", None) in dated and ("Red Kite", 1) not in dated
    assert ("Salt Road", None) in dated and ("Salt Road", 1) not in dated


def test_an_actor_as_the_titular_role_plays_the_film_s_namesake_and_a_described_part_names_no_one() -> None:
    page = (
        "Glass Orchard Box Office\n\nGlass Orchard is a horror movie that opened in theaters on July 12, 2031. "
        "Directed by Rina Holt, Glass Orchard stars Ada Mbeki as a rookie FBI agent, and Ivo Sarr as the titular serial "
        "killer, whom she is tasked with tracking down.\n\n"
        "Glass Orchard X (Boli Guoyuan X) is the third film of the anthology.\n"
    )
    claims = claims_of(page)
    roles = {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")}
    assert roles == {("Glass Orchard", "Ivo Sarr")}
    # (the sentence pairs Ivo Sarr with his part, so he has no separate cast claim; Ada Mbeki's part has no name)
    assert {c.value for c in only(claims, "cast_member")} == {"Ada Mbeki"}


def test_a_film_named_for_its_hero_is_the_page_show_though_an_actor_plays_the_hero() -> None:
    page = ("How to watch Kestrel in New Zealand\n\nNow, at last, we get a bigger wasteland with Kestrel: A Salt Road Saga.\n\n"
            "Kestrel: A Salt Road Saga roars into New Zealand cinemas on May 23, 2031.\n\n"
            "In the film, Ada Mbeki takes over from Rina Holt as Kestrel, with Ivo Sarr as the warlord Dementor.\n")
    assert main_title(page) is not None and main_title(page).startswith("Kestrel")  # type: ignore[union-attr]
    claims = claims_of(page)
    assert [c.value for c in only(claims, "premiere_date")] == ["2031-05-23"]
    assert {c.value for c in only(claims, "platform")} == {"cinemas"}


def test_rival_films_named_by_their_makers_possessives_are_no_roles_and_a_studio_possessive_names_its_film() -> None:
    page = ("Copper Bells release date: when the film hits theaters\n\nCopper Bells will be released theatrically on "
            "August 9, 2031. Still, the film will be facing strong competition from Tomas Reed's Trap and Obi Lanre's "
            "Borderlands. Given Focus Features' The Bikeriders on June 21 was the only wide release, the date is good.\n")
    claims = claims_of(page)
    assert only(claims, "character") == []
    assert {(c.subject, c.value) for c in only(claims, "premiere_date")} == {("Copper Bells", "2031-08-09"), ("The Bikeriders", "2031-06-21")}
    assert {(c.subject, c.value) for c in only(claims, "production_company")} == {("The Bikeriders", "Focus Features")}
    assert only(claims, "director") == []


def test_the_numbered_instalment_a_page_never_writes_is_the_subtitled_film_its_headline_names() -> None:
    page = ("Kestrel: Fire and Salt – Release Date, Plot, and Latest Updates\n\n"
            "With Kestrel: The Way of Tides now streaming on Disney+, fans look ahead to Kestrel: Fire and Salt.\n\n"
            "Originally slated for December 20, 2030, Kestrel: Fire and Salt was pushed back to December 19, 2031. "
            "The film, once again directed by Ivo Sarr, will be followed by Kestrel 4 on December 21, 2033.\n\n"
            "The third installment will bring back many familiar faces. Here's the confirmed cast so far:\n\n"
            "- Ada Mbeki as Mira Vell\n- Tomas Reed as Obi Lanre\n\nThe film's title reflects anger, destruction and renewal.\n")
    claims = claims_of(page)
    assert {c.subject for c in only(claims, "character")} == {"Kestrel: Fire and Salt"}
    assert all(c.season is None for c in claims)


def test_an_installment_is_a_film_word() -> None:
    text = "The film opens in December. The third installment brings back the cast. The film's title speaks of renewal."
    assert is_film_page(text, "Kestrel: Fire and Salt – Release Date and Cast")
    assert not is_film_page(text.replace("installment", "chapter"), "Kestrel: Fire and Salt – Release Date and Cast")


def test_a_director_s_third_feature_is_a_film_and_stan_ends_a_name() -> None:
    page = """Ada Mbeki, Sebastian Stan & More Join Ivo Sarr's The Red Kite

With two directorial features under his belt, Ivo Sarr is now preparing his third feature, The Red Kite.

The drama will star Ada Mbeki, Sebastian Stan and Rina Holt. Co-written with Mae Corran, Sarr's film follows an architect.
"It is a vital and urgent motion picture," said Sarr. After his drama Grey Harbor, he reteams with Holt.
"""
    claims = claims_of(page)
    assert {(c.subject, c.season, c.value) for c in only(claims, "cast_member") if c.subject == "The Red Kite"} == {
        ("The Red Kite", None, n) for n in ("Ada Mbeki", "Sebastian Stan", "Rina Holt")}


def test_a_page_that_calls_its_title_a_film_in_apposition_is_a_film_page() -> None:
    page = """‘Glass Orchard’ First Look Starring Ada Mbeki With Ivo Sarr in His Return

Netflix has unveiled the first photos from “Glass Orchard,” an upcoming film starring Ada Mbeki and Ivo Sarr. The cast also includes Rina Holt and Obi Lanre.

“Glass Orchard” premieres on Netflix on November 15, 2031. The film is produced by Tomas Reed.
"""
    assert is_film_page(page, page.splitlines()[0], "Glass Orchard")
    cast = {(c.subject, c.season, c.value) for c in only(claims_of(page), "cast_member")}
    assert {("Glass Orchard", None, name) for name in ("Ada Mbeki", "Ivo Sarr", "Rina Holt", "Obi Lanre")} <= cast
    # the same words about a show with seasons do not make a film
    assert not is_film_page(page.replace("The cast", "Season 2's cast"), page.splitlines()[0], "Glass Orchard")


def test_roles_reprised_from_an_earlier_film_belong_to_the_page_s_film() -> None:
    page = """Kestrel Moor: Frozen Dawn Release Date, Trailer And Info

Kestrel Moor: Afterglow proved to be a hit with fans of the classic Kestrel Moor team, and now the studio is bringing back both the new and old Kestrel Moor crews for the sequel Kestrel Moor: Frozen Dawn. The Kestrel Moor film will scare its way into theaters on March 29, 2031.

Reprising their roles from Kestrel Moor: Afterglow are Ada Mbeki as Phoebe, Ivo Sarr as Trevor, and Rina Holt as Callie.
"""
    assert main_title(page) == "Kestrel Moor"  # the franchise, whose subtitled films the claims are filed under
    roles = {(c.subject, c.value["name"]) for c in only(claims_of(page), "character")}
    assert roles == {("Kestrel Moor: Frozen Dawn", name) for name in ("Phoebe", "Trevor", "Callie")}


def test_a_film_named_as_someone_s_credit_leaves_the_crew_to_the_headline_s_film() -> None:
    page = """Kestrel Moor: Frozen Dawn Release Date, Trailer And Info

Kestrel Moor: Afterglow proved to be a hit with fans of the classic Kestrel Moor team, and now the studio is bringing back both the new and old Kestrel Moor crews for the sequel Kestrel Moor: Frozen Dawn. The Kestrel Moor film will scare its way into theaters on March 29, 2031.

Director Tomas Reed, who helmed Kestrel Moor: Afterglow, co-writes the script alongside Obi Lanre. Ivo Sarr is directing and co-writing Frozen Dawn with his Kestrel Moor: Afterglow collaborator.
"""
    crew = {(c.subject, c.attribute, c.value) for c in claims_of(page) if c.attribute in ("director", "writer")}
    assert {("Kestrel Moor: Frozen Dawn", "writer", "Tomas Reed"), ("Kestrel Moor: Frozen Dawn", "writer", "Obi Lanre"),
            ("Kestrel Moor: Frozen Dawn", "director", "Ivo Sarr")} <= crew
    assert not any(subject == "Kestrel Moor: Afterglow" and attribute == "writer" for subject, attribute, _ in crew)


def test_a_three_quel_is_a_film_word() -> None:
    page = (
        "Red Kite 3: 2026 Release, Cast Return\n\n"
        "Kestrel Pictures announced Monday that it had officially greenlit Red Kite 3 for a December 11, 2026 release date.\n\n"
        "Ivo Sarr and Ada Mbeki are in talks to reprise their roles in the adventure three-quel, according to Deadline.\n\n"
        "Ada Mbeki has kept a low profile since the last movie.\n"
    )
    dates = {(c.subject, c.season) for c in only(claims_of(page), "premiere_date")}
    assert dates == {("Red Kite 3", None)}


def test_the_big_screen_is_the_theaters() -> None:
    page = (
        "Red Kite 3 Release Date\n\n"
        "Everyone’s favourite family is coming back to the big screen, because Red Kite 3 is in development at Kestrel Pictures. "
        "The sequel will follow Red Kite 2, the hit film of 2018.\n"
    )
    assert "theaters" in {c.value for c in only(claims_of(page), "platform")}


PART_TWO_PAGE = (
    "Glass Orchard: Part Two Release Date, Cast and Plot\n\n"
    "Glass Orchard: Part Two is a film coming to theaters in 2026. The movie follows the 2023 film Glass Orchard.\n\n"
    "Ada Mbeki is set to direct the sequel.\n\n"
    "Glass Orchard earned $400 million at the box office.\n"
)


def test_a_sentence_that_names_only_the_subtitled_sequel_is_the_sequel_s_and_its_director_is_credited_once() -> None:
    claims = claims_of(PART_TWO_PAGE)
    assert {(c.subject, str(c.value)) for c in only(claims, "platform")} == {("Glass Orchard: Part Two", "theaters")}
    assert {c.subject for c in only(claims, "viewership")} == {"Glass Orchard"}  # the first film named alone
    [director] = only(claims, "director")
    assert (director.subject, director.value, director.modality) == ("Glass Orchard: Part Two", "Ada Mbeki", "confirmed")


SEQUEL_FACTS = (
    "Glass Orchard 3 Release Date, Cast and Plot\n\n"
    "Glass Orchard 3 is the sequel film coming to theaters in 2026. The movie follows the 2023 film and its 2024 sequel film.\n\n"
    "- Serves as a sequel to Red Kite, Salt Road, and Copper Bells\n\n"
    "Full spoilers follow for the following films and TV series: Red Kite, Salt Road, and Grey Harbor.\n\n"
    "In the last film, Tam Vell/Red Fox (Ivo Sarr) and his knowledge of the Deep Realm proved integral.\n\n"
    "Instead, Ada Mbeki, Rina Holt, and Tomas Reed are taking the reins as screenwriters for the movie, with the latter directing.\n"
)


def test_a_sequel_page_s_fact_lists_name_works_not_people_and_its_crew_take_the_reins() -> None:
    claims = claims_of(SEQUEL_FACTS)
    assert only(claims, "based_on") == []  # a sequel follows its first film; it is not adapted from it
    assert only(claims, "cast_member") == []  # "Serves" and the works after "TV series:" are no actors
    assert ("Red Fox", "Ivo Sarr") in {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")}
    assert {c.value for c in only(claims, "writer")} == {"Ada Mbeki", "Rina Holt", "Tomas Reed"}
    assert [c.value for c in only(claims, "director")] == ["Tomas Reed"]


def test_a_work_features_its_cast_and_a_war_it_is_set_against_is_no_release() -> None:
    page = (
        "Red Kite 2 Release Date Locked\n\n"
        "Set against the backdrop of the 1971 border war, Red Kite 2 is gearing up for a theatrical release. The film is a "
        "sequel to the 1997 blockbuster.\n\n"
        "Red Kite 2 features Ada Mbeki, Ivo Sarr and Rina Holt in the other important roles.\n"
    )
    claims = claims_of(page)
    assert not [c for c in only(claims, "premiere_date") if "1971" in str(c.value)]
    assert {c.value for c in only(claims, "cast_member")} == {"Ada Mbeki", "Ivo Sarr", "Rina Holt"}


def test_a_day_in_brackets_after_a_rival_film_is_no_actor_or_work() -> None:
    page = (
        "Glass Orchard 3 Release Date\n\n"
        "Glass Orchard 3 is a film that opens in theaters in April 2026. Glass Orchard 3 releases during a packed April: it "
        "faces competition from Ada Mbeki’s Red Kite (April 10) and Ivo Sarr’s Salt Road (April 30).\n"
    )
    assert not [c for c in claims_of(page) if c.subject.startswith("April")]


def test_a_headline_number_before_a_comma_names_the_sequel() -> None:
    page = (
        "Ada Mbeki hasn’t signed Red Kite 4, script for the action film isn’t locked yet\n\n"
        "For years, reports of Ada Mbeki playing the villain in Red Kite 4 have done the rounds. The studio has no script "
        "for Red Kite 4. All three films in the franchise were hits.\n"
    )
    assert is_film_page(page, page.split("\n", 1)[0], "Red Kite")
