"""Studios and distributors known by name are production companies when a sentence says what they do with a work."""

from __future__ import annotations

from tests.extract.helpers import claims_of, only, roles_of


def _companies(text: str) -> set[tuple[str, str]]:
    return {(c.subject, str(c.value)) for c in only(claims_of(text), "production_company")}


def test_a_distributor_that_releases_a_film_s_trailer_is_its_company() -> None:
    page = ("Copper Bells Trailer Released\n\nA24 has just released the trailer for its latest horror movie, Copper Bells. "
            "The film opens in theaters on November 15, 2031.\n")
    assert ("Copper Bells", "A24") in _companies(page)


def test_an_anime_studio_named_without_a_company_word_is_found_by_what_it_does() -> None:
    page = ("Glass Orchard Anime Announced\n\nScience SARU will produce the Glass Orchard anime, which premieres on "
            "Crunchyroll in 2031.\n")
    assert ("Glass Orchard", "Science SARU") in _companies(page)


def test_a_studio_named_for_no_deed_or_as_part_of_a_longer_name_is_no_credit() -> None:
    page = ("Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 has the A24 look fans love, and it airs on Hulu "
            "in 2031. The show is produced by Neon Pylon Pictures.\n")
    assert {name for _, name in _companies(page)} == {"Neon Pylon Pictures"}


def test_people_who_produce_for_a_company_are_no_company_and_a_director_who_co_wrote_is_a_writer() -> None:
    page = """Glass Orchard: first look at the Netflix film

Glass Orchard is an upcoming film starring Ada Mbeki, set to premiere on Netflix in 2031. Directed by Tomas Reed, who co-wrote the script with Obi Lanre, the film is produced by Rina Holt, Ivo Sarr, and Mae Corran for Kestrel Entertainment; Ada Mbeki for Copper Bells Productions.
The sequel Glass Orchard 2 is produced by Salt Road Pictures for Netflix.
"""
    claims = claims_of(page)
    companies = {c.value for c in only(claims, "production_company")}
    assert {"Kestrel Entertainment", "Copper Bells Productions", "Salt Road Pictures"} <= companies
    assert not companies & {"Rina Holt", "Ivo Sarr", "Mae Corran", "Ada Mbeki", "Netflix"}
    assert {c.value for c in only(claims, "writer")} == {"Tomas Reed", "Obi Lanre"}


def test_production_ig_written_without_points_animates_and_a_voice_actress_is_no_work_s_star() -> None:
    page = """Kestrel Moor Season 3 announced

Kestrel Moor season 3 has been announced and will come to Netflix in 2031. Production IG will be animating the third season. Voice actress Rina Holt and manga author Mae Corran will attend the stage event.
"""
    claims = claims_of(page)
    assert ("Kestrel Moor", 3, "Production IG") in {(c.subject, c.season, c.value) for c in only(claims, "production_company")}
    assert "Voice" not in {c.subject for c in claims}


def test_a_studio_known_for_works_made_them_and_acted_in_none() -> None:
    page = (
        "Glass Orchard Anime: Release Date and Cast\n\n"
        "The Glass Orchard anime will premiere on Fuji TV in January 2031. Studio Kestrel, known for Red Kite, Salt Road "
        "and Copper Bells, is producing the anime.\n"
    )
    claims = claims_of(page)
    assert [c for c in only(claims, "cast_member") if c.value == "Studio Kestrel"] == []
    made = {c.subject for c in only(claims, "production_company") if c.value == "Studio Kestrel"}
    assert {"Red Kite", "Salt Road", "Copper Bells"} <= made


def test_in_a_sentence_about_voices_a_numbered_name_in_brackets_is_a_part() -> None:
    page = (
        "Glass Orchard Anime: Release Date and Cast\n\n"
        "The Glass Orchard anime will premiere on Fuji TV in January 2031. These voice actors will join Ada Mbeki (Kestrel), "
        "Ivo Sarr (Unit 262) and Rina Holt (Mara Vell).\n"
    )
    parts = roles_of(page)
    assert {("Kestrel", "Ada Mbeki"), ("Mara Vell", "Rina Holt")} <= parts
    assert not any(c.subject in ("Kestrel", "Mara Vell") for c in claims_of(page))


def test_executive_producers_after_the_studio_are_no_studios_and_a_place_is_no_cast() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Netflix in 2026.\n\n"
        "Created by Ada Mbeki and Tam Vell, the series is produced by Kestrel Moor Studios and executive produced by Mbeki, Vell and Tomas Reed.\n\n"
        "Production will begin this spring in Sydney, Australia, with the show set to return as part of the midseason lineup.\n"
    )
    claims = claims_of(page)
    assert [c.value for c in only(claims, "production_company")] == ["Kestrel Moor Studios"]
    assert only(claims, "cast_member") == []
