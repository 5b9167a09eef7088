"""Directors as real pages name them: in a relative clause with their works, in pairs, resuming the job."""

from __future__ import annotations

from tests.extract.helpers import claims_of, only

HEAD = "Glass Orchard Season 1 Release Date\n\nGlass Orchard season 1 premieres on Netflix on May 2, 2031.\n\n"


def _directors(body: str) -> set[tuple[str, str]]:
    return {(c.subject, str(c.value)) for c in only(claims_of(HEAD + body), "director")}


def test_a_director_known_for_other_works_directed_those_and_is_no_actor_in_them() -> None:
    claims = claims_of(HEAD + "This new series is directed by Ivo Sarr, who is known for his incredible work in Red Kite, Salt Road and Grey Harbor.\n")
    assert {(c.subject, str(c.value)) for c in only(claims, "director")} == {
        ("Glass Orchard", "Ivo Sarr"), ("Red Kite", "Ivo Sarr"), ("Salt Road", "Ivo Sarr"), ("Grey Harbor", "Ivo Sarr")}
    assert only(claims, "cast_member") == []


def test_a_director_known_for_a_described_quoted_work_directed_it() -> None:
    body = 'Directed by Ada Mbeki, who is known for the visually striking and sensitively directed "Silent Water," Glass Orchard is a comedy.\n'
    assert _directors(body) == {("Glass Orchard", "Ada Mbeki"), ("Silent Water", "Ada Mbeki")}


def test_two_people_directing_together_are_both_directors() -> None:
    assert _directors("The script comes from Rina Holt, with Obi Lanre and Mae Corran directing.\n") == {
        ("Glass Orchard", "Obi Lanre"), ("Glass Orchard", "Mae Corran")}


def test_a_director_resuming_the_role_is_the_director() -> None:
    assert _directors("Yoon Tae-ri is resuming her role as the director, with Kestrel Moor in charge of the scripts.\n") == {
        ("Glass Orchard", "Yoon Tae-ri")}


def test_a_list_of_people_who_have_directed_the_episodes_are_all_directors() -> None:
    assert _directors("Mae Corran, Tomas Reed, and Mara Vell have directed the episodes.\n") == {
        ("Glass Orchard", "Mae Corran"), ("Glass Orchard", "Tomas Reed"), ("Glass Orchard", "Mara Vell")}


def test_a_show_created_by_its_showrunners_credits_both_as_writers() -> None:
    claims = claims_of(HEAD + "The series was created by showrunners Ada Mbeki and Ivo Sarr.\n")
    assert {str(c.value) for c in only(claims, "writer")} == {"Ada Mbeki", "Ivo Sarr"}


def test_a_film_from_a_person_is_that_person_s_direction_but_a_series_from_one_is_not() -> None:
    film = ("Copper Bells Release Date\n\nCopper Bells, the new absurdist sci-fi thriller from Rina Holt, is rolling out "
            "in theaters nationwide on October 31, 2025.\n")
    assert {(c.subject, str(c.value)) for c in only(claims_of(film), "director")} == {("Copper Bells", "Rina Holt")}
    assert _directors("Glass Orchard, the new comedy series from Rina Holt, has eight episodes.\n") == set()


def test_a_director_returning_to_direct_a_season_at_a_studio_credits_both_to_that_season() -> None:
    claims = claims_of("Glass Orchard Season 2: Release Date\n\nIvo Sarr is returning to direct the second season of "
                       "Glass Orchard at Studio Kestrel. Glass Orchard season 2 premieres on Crunchyroll in 2031.\n")
    assert {(c.attribute, c.season, c.value) for c in claims if c.attribute in ("director", "production_company")} == {
        ("director", 2, "Ivo Sarr"), ("production_company", 2, "Studio Kestrel")}


DIRECTOR_PAGE = ("Copper Bells: release date and cast of the new K-drama\n\nCopper Bells is set to premiere on tvN on June 3, 2031.\n\n"
                 "Copper Bells is directed by Ivo Sarr, known for the dramas Red Kite (2019) and Salt Road (2021).\n\n"
                 "Mae Corran, director of the upcoming tvN series “Copper Bells,” said the drama is warm.\n\n"
                 "Helmed by Obi Lanre, the director behind beloved healing dramas like “Grey Harbor,” “Tin Lantern,” and "
                 "“Kestrel Moor,” the show highlights love.\n\nTomas Reed will also be directing the series with Rina Holt "
                 "penning the scripts.\n\nThe series has tapped three directors to helm episodes: Seo Min-ha, Yoon Tae-ri and Baek Ji-un.\n")


def test_directors_named_by_their_earlier_dramas_their_post_or_a_list_after_a_colon() -> None:
    directors = {(c.subject, c.value) for c in only(claims_of(DIRECTOR_PAGE), "director")}
    own = {v for s, v in directors if s == "Copper Bells"}
    assert own == {"Ivo Sarr", "Mae Corran", "Obi Lanre", "Tomas Reed", "Seo Min-ha", "Yoon Tae-ri", "Baek Ji-un"}
    assert {("Red Kite", "Ivo Sarr"), ("Salt Road", "Ivo Sarr"), ("Grey Harbor", "Obi Lanre"), ("Tin Lantern", "Obi Lanre"),
            ("Kestrel Moor", "Obi Lanre")} <= directors


def test_a_list_after_the_series_colon_names_people_not_a_title() -> None:
    page = ("Copper Bells: release date and cast\n\nCopper Bells is set to premiere on BBC One in 2031.\n\n"
            "Ada Mbeki has also joined the cast of Copper Bells, which has tapped three directors to helm episodes of "
            "the series: Ivo Sarr, Rina Holt, and Obi Lanre.\n")
    directors = {(c.subject, c.value) for c in only(claims_of(page), "director")}
    assert directors == {("Copper Bells", "Ivo Sarr"), ("Copper Bells", "Rina Holt"), ("Copper Bells", "Obi Lanre")}


def test_a_director_known_for_films_who_helms_the_project_directed_those_films() -> None:
    page = """Copper Bells release date

The film Copper Bells opens in theaters on October 11, 2031, from director Ivo Sarr. Sarr, known for films like Red Kite and Salt Road, helms the project, which has already screened at festivals.
"""
    claims = claims_of(page)
    assert {(c.subject, c.value) for c in only(claims, "director") if c.subject != "Copper Bells"} == {("Red Kite", "Ivo Sarr"), ("Salt Road", "Ivo Sarr")}
    assert not only(claims, "cast_member")


def test_an_actor_turned_director_and_a_partner_who_co_wrote_are_crew() -> None:
    page = """The Red Kite release date

The film The Red Kite opens in theaters on May 2, 2031. Actor-turned-director Ivo Sarr (Salt Road, Grey Harbor) has decided to make it. Co-written with his partner Mae Corran, the film chronicles 30 years in the life of one artist.
"""
    claims = claims_of(page)
    assert {(c.subject, c.value) for c in only(claims, "director")} >= {("Salt Road", "Ivo Sarr"), ("Grey Harbor", "Ivo Sarr")}
    assert ("The Red Kite", "Mae Corran") in {(c.subject, c.value) for c in only(claims, "writer")}
    assert not only(claims, "cast_member") and not only(claims, "character")


def test_crew_who_return_to_be_in_charge_of_direction_or_to_write_with_their_works_in_brackets() -> None:
    page = """Glass Orchard confirms second season

The production of a second season of Glass Orchard was officially confirmed, with a 2031 release date.
- Ada Mbeki (Red Kite, Salt Road) returns to be in charge of direction at Kestrel Film studios.
- Ivo Sarr (Copper Bells, Tin Lantern) returns to write and supervise the scripts.
"""
    claims = claims_of(page)
    crew = {(c.subject, c.attribute, c.value) for c in claims if c.attribute in ("director", "writer", "cast_member")}
    assert {("Glass Orchard", "director", "Ada Mbeki"), ("Glass Orchard", "writer", "Ivo Sarr"), ("Red Kite", "director", "Ada Mbeki"),
            ("Copper Bells", "writer", "Ivo Sarr")} <= crew
    assert not any(attribute == "cast_member" for _, attribute, _ in crew)


def test_a_director_who_co_writes_past_a_relative_clause_or_directs_and_co_writes_is_a_writer_too() -> None:
    page = HEAD + (
        "Director Tomas Reed, who helmed Red Kite, co-writes the script alongside Obi Lanre. "
        "Ivo Sarr is directing and co-writing the spin-off with his collaborator.\n"
    )
    crew = {(c.attribute, c.value) for c in claims_of(page) if c.subject != "Red Kite" and c.attribute in ("director", "writer")}
    assert {("writer", "Tomas Reed"), ("writer", "Obi Lanre"), ("director", "Ivo Sarr"), ("writer", "Ivo Sarr")} <= crew


def test_a_director_in_the_story_is_a_part_not_the_show_s_director() -> None:
    page = HEAD + "Additionally, Ivo Sarr takes on the lead, while Rina Holt portrays Tin Group’s planning director Jung Hae Deun.\n"
    assert not only(claims_of(page), "director")


def test_an_actor_director_directs_and_stars() -> None:
    page = HEAD + "Actor-director Ivo Sarr has completed the shoot of his upcoming series, Glass Orchard.\n"
    claims = claims_of(page)
    assert "Ivo Sarr" in {c.value for c in only(claims, "director")} and "Ivo Sarr" in {c.value for c in only(claims, "cast_member")}


def test_a_fronted_credit_of_a_director_of_quoted_works_names_the_show_after_the_comma() -> None:
    page = """Ada Mbeki Dishes On Her New Drama "Glass Orchard"

Ada Mbeki recently sat down with a magazine to discuss her new Netflix series “Glass Orchard.”

Helmed by director Tomas Reed of “Work Later, Drink Now” and “Not Others,” “Glass Orchard” is a romantic comedy.
"""
    directed = {c.subject for c in only(claims_of(page), "director") if c.value == "Tomas Reed"}
    assert directed == {"Glass Orchard", "Work Later, Drink Now", "Not Others"}


CREDITS_IN_PROSE_PAGE = """Salt Story: Release Date and Cast

Salt Story is a British series that was developed by Ada Mbeki. Salt Story is written by and stars Ivo Sarr. Starring (and written by) Rina Holt as Helen Vell, the show was a hit. Obi Lanre will be the establishing director. Salt Story premiered on BBC One in 2031.
"""


def test_developed_by_written_by_and_stars_a_bracketed_writing_credit_and_a_future_director() -> None:
    claims = claims_of(CREDITS_IN_PROSE_PAGE)
    assert {c.value for c in only(claims, "writer")} == {"Ada Mbeki", "Ivo Sarr", "Rina Holt"}
    assert {c.value for c in only(claims, "director")} == {"Obi Lanre"}
    assert {c.value for c in only(claims, "cast_member")} == {"Ivo Sarr"}
    assert [(c.value["name"], c.value["played_by"]) for c in only(claims, "character")] == [("Helen Vell", "Rina Holt")]  # type: ignore[index]


def test_stars_and_creators_of_the_show_in_apposition_are_its_cast_and_writers_but_creators_of_another_work_are_not() -> None:
    page = (
        "Salt Story Season 3: Will It Happen?\n\n"
        "Salt Story season 2 aired on Binge in 2031, and the series was a hit with critics. Ada Mbeki and Ivo Sarr, stars "
        "and creators of the comedy, say the shift would give them time. Rina Holt, the writer of Red Kite, praised it. "
        "Season 3 has not been confirmed.\n"
    )
    claims = claims_of(page)
    assert {(c.value, c.season) for c in only(claims, "cast_member")} == {("Ada Mbeki", 1), ("Ivo Sarr", 1)}
    assert {c.value for c in only(claims, "writer") if c.subject == "Salt Story"} == {"Ada Mbeki", "Ivo Sarr"}


def test_a_given_name_joined_to_a_full_name_in_a_credit_shares_its_surname_and_a_guild_is_no_writer() -> None:
    page = (
        "Will there be a Salt Story season 2?\n\n"
        "Salt Story is a British suspense series that was developed by Harry and Jack Vell. The writers Kitty and Penny "
        "Holt envisioned a one-and-done story. On May 2 the Writers Guild of America went on strike. Salt Story "
        "premiered on BBC One in 2031.\n"
    )
    assert {c.value for c in only(claims_of(page), "writer")} == {"Harry Vell", "Jack Vell", "Kitty Holt", "Penny Holt"}


def test_a_new_director_and_a_new_script_writer_with_their_works_in_brackets() -> None:
    page = (
        "Glass Orchard Season 2 Release Date and Staff\n\n"
        "Glass Orchard season 2 will premiere in July 2026. Ivo Sarr (Red Kite, Salt Road) is the new director of the anime "
        "at Kestrel Studio. The legendary Ada Mbeki (Copper Bells, Grey Harbor, and Tin Lantern) will now handle the anime’s script.\n"
    )
    claims = claims_of(page)
    credits = {(c.subject, c.season, c.attribute, c.value) for c in claims if isinstance(c.value, str)}
    assert {("Glass Orchard", 2, "director", "Ivo Sarr"), ("Glass Orchard", 2, "writer", "Ada Mbeki")} <= credits
    assert {("Red Kite", None, "director", "Ivo Sarr"), ("Tin Lantern", None, "writer", "Ada Mbeki")} <= credits
    assert not only(claims, "cast_member")


def test_a_director_named_before_a_writer_in_a_row_of_participles_is_no_work() -> None:
    body = "The anime has been directed by Ivo Sarr, written by Ada Mbeki, and produced by Kestrel Pictures.\n"
    claims = claims_of(HEAD + body)
    assert _directors(body) == {("Glass Orchard", "Ivo Sarr")}
    assert {(c.subject, c.value) for c in only(claims, "writer")} == {("Glass Orchard", "Ada Mbeki")}


def test_a_bare_job_after_as_in_a_with_phrase_credits_the_name() -> None:
    body = "The studio animates it, with Tam Vell serving as showrunner and Obi Lanre as director.\n"
    assert _directors(body) == {("Glass Orchard", "Obi Lanre")}
    assert _directors("The film stars Obi Lanre as Director Krennic.\n") == set()  # a rank in capitals is a part


def test_the_director_of_the_drama_in_apposition_directed_it_and_the_works_he_worked_on() -> None:
    body = "The director of the drama, Rina Holt, previously worked on the drama projects “Red Kite” and “Salt Road”.\n"
    assert _directors(body) == {("Glass Orchard", "Rina Holt"), ("Red Kite", "Rina Holt"), ("Salt Road", "Rina Holt")}
    assert _directors("The directors of the movie are Lia Moor and Mae Corran.\n") == {("Glass Orchard", "Lia Moor"), ("Glass Orchard", "Mae Corran")}
    assert _directors("Tam Vell, the director of the first season, has been promoted.\n") == {("Glass Orchard", "Tam Vell")}


def test_a_director_of_photography_and_a_composer_who_wrote_the_music_are_no_director_or_writer() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Netflix in 2026.\n\n"
        "Composer Ivo Sarr wrote the music. Rina Holt is the director of photography. Ada Mbeki is the director of the series.\n"
    )
    claims = claims_of(page)
    assert [c.value for c in only(claims, "director")] == ["Ada Mbeki"]
    assert only(claims, "writer") == []
