"""Actors' other titles named in passing are claims about those titles, never about the page's show."""

from __future__ import annotations

from tests.extract.helpers import claims_of, only, roles_of

HEAD = (
    "Tin Lantern Season 3: Release Date, Cast and Everything We Know\n\n"
    "Tin Lantern Season 3 has no release date yet, but the show will return to Netflix.\n\n"
)


def _credits(text: str) -> set[tuple[str, object, object]]:
    return {(c.subject, c.season, c.value) for c in only(claims_of(HEAD + text), "cast_member") if c.quote in text}


def test_a_title_before_star_or_breakout_credits_that_title() -> None:
    credits = _credits("According to Variety, Peacemaker and Terminator 2 star Rob Patrick was added to the cast of Tin Lantern Season 3.\n")
    assert {("Peacemaker", None, "Rob Patrick"), ("Terminator 2", None, "Rob Patrick")} <= credits
    # the page's show still gets the casting the sentence reports, for its own season
    assert ("Tin Lantern", 3, "Rob Patrick") in credits
    assert ("Bridgerton", None, "Ava Chandra") in _credits("Season 3 adds Bridgerton breakout Ava Chandra as Miss Wednesday.\n")


def test_works_in_brackets_after_a_name_are_credits() -> None:
    credits = _credits("Lane will be joined by stars like Josh Conner (The Crown, Challengers) and Ana Scott (Fleabag, 2019).\n")
    assert {("The Crown", None, "Josh Conner"), ("Challengers", None, "Josh Conner"), ("Fleabag", None, "Ana Scott")} <= credits
    assert not any(subject == "2019" for subject, _, _ in credits)


def test_starred_in_and_known_for_name_the_earlier_work() -> None:
    credits = _credits("Ben Lowe, who starred in The Night Manager, will play the villain.\n")
    assert ("The Night Manager", None, "Ben Lowe") in credits
    credits = _credits("Known for her role in Game of Thrones, Ona Chapman joins the cast.\n")
    assert ("Game of Thrones", None, "Ona Chapman") in credits


def test_epithets_nationalities_and_character_possessives_are_no_titles() -> None:
    text = (
        "The Colombian actress Luz Marina will join. Oscar-nominated actor Pat Hale is new. "
        "Fans loved seeing Min-ho's actor Seo Jun-young. Hollywood star Dan Roe and K-pop star Mina Park are back.\n"
    )
    assert {subject for subject, _, _ in _credits(text)} <= {"Tin Lantern"}
    # "as Mr. 3 and Bridgerton breakout X": the role just named is no title
    credits = _credits("The new cast includes Dan Roe as Mr. 3 and Bridgerton breakout Ava Chandra as Miss Wednesday.\n")
    assert ("Bridgerton", None, "Ava Chandra") in credits
    assert not any(subject.startswith("Mr") for subject, _, _ in credits)


QUOTED_WORKS = """'Gilded Tide' confirmed for season 2

"Gilded Tide," the series that swept awards, is officially returning for a second season. The release date has not been announced yet.
Both companies belong to a group that is home to "Hollow Crown" star Min Dae-ho and actor Kang Jun-woo, its key shareholders.
The drama also features "Red Harbor" actress Seo Yu-na.
"""


def test_a_quoted_work_before_star_credits_its_actor_and_a_person_before_actor_is_no_work() -> None:
    credits = {(c.subject, c.value) for c in only(claims_of(QUOTED_WORKS), "cast_member")}
    assert ("Hollow Crown", "Min Dae-ho") in credits
    assert ("Red Harbor", "Seo Yu-na") in credits
    assert not any(subject == "Min Dae-ho" for subject, _ in credits)


def test_quoted_works_after_known_for_or_from_credit_that_actor_and_keep_the_cast_list_whole() -> None:
    page = (
        "Glass Orchard Season 2 Cast\n\n"
        "Glass Orchard season 2 premieres on Netflix on July 25, 2026.\n"
        "The cast also includes Lina Vosk, known for “Harbor Nine” and “Ember Falls,” Tomas Reyne, "
        "Lily Franky from “Salt Road,” and Mika Hallo.\n"
        "The series is written and directed by Ivo Sarr, known for works like “Tin Lanterns” and “Kestrel Moor.”\n"
    )
    claims = claims_of(page)
    cast = {(c.subject, c.value) for c in only(claims, "cast_member")}
    assert {("Glass Orchard", n) for n in ("Lina Vosk", "Tomas Reyne", "Lily Franky", "Mika Hallo")} <= cast
    assert {("Harbor Nine", "Lina Vosk"), ("Ember Falls", "Lina Vosk"), ("Salt Road", "Lily Franky")} <= cast
    assert not any(value == "Ivo Sarr" for _, value in cast)
    assert {c.subject for c in claims} == {"Glass Orchard", "Harbor Nine", "Ember Falls", "Salt Road", "Tin Lanterns", "Kestrel Moor"}
    # the director's works are his in the role the sentence gives him
    assert {(c.subject, c.value) for c in only(claims, "director")} >= {("Tin Lanterns", "Ivo Sarr"), ("Kestrel Moor", "Ivo Sarr")}


def test_a_crew_member_s_other_works_are_credited_in_the_role_the_sentence_gives() -> None:
    page = (
        "Glass Orchard Season 2 Release Date and Cast\n\n"
        "Glass Orchard season 2 will premiere on Netflix on March 8, 2026.\n"
        "Petra Olund (Harbor Nine, Ember Falls) will direct the first two episodes.\n"
        "Mika Hallo, who directed Iron Vale and Red Kite, will write the series.\n"
        "The series has been directed by Corin Matsu, who has previously worked on shows like Salt Road and Kestrel Moor.\n"
        "Book 2 is directed by Ana Ruiz, who also helmed Book 1.\n"
    )
    claims = claims_of(page)
    directors = {(c.subject, c.value) for c in only(claims, "director")}
    assert {("Harbor Nine", "Petra Olund"), ("Ember Falls", "Petra Olund"), ("Iron Vale", "Mika Hallo"), ("Red Kite", "Mika Hallo"),
            ("Salt Road", "Corin Matsu"), ("Kestrel Moor", "Corin Matsu")} <= directors
    assert {("Glass Orchard", "Petra Olund"), ("Glass Orchard", "Corin Matsu")} <= directors
    assert ("Glass Orchard", "Mika Hallo") not in directors
    assert ("Glass Orchard", 2, "Mika Hallo") in {(c.subject, c.season, c.value) for c in only(claims, "writer")}
    assert not any(c.subject == "Book 1" or c.value == "Red Kite" for c in claims)


def test_k_drama_crew_credits_and_the_works_their_makers_are_known_for() -> None:
    page = (
        "Glass Orchard Release Date, Cast and Plot\n\n"
        "Glass Orchard will premiere on Netflix on March 8, 2026.\n"
        "The series is directed by Park Shin-woo of “Red Kite” fame.\n"
        "Director Ahn Gil-ho, who is behind hits like Kestrel Moor and Iron Vale, takes the helm.\n"
        "Screenwriter Jung Seo-kyung previously penned Harbor Nine.\n"
        "Glass Orchard comes from PD Yoo In-shik, with Kang Min-ho directing from a script by Oh Sang-ho.\n"
        "It marks the reunion of director Lee Eung-bok and writer Kim Eun-sook, the duo behind Ember Falls.\n"
    )
    claims = claims_of(page)
    directors = {(c.subject, c.value) for c in only(claims, "director")}
    writers = {(c.subject, c.value) for c in only(claims, "writer")}
    assert {("Red Kite", "Park Shin-woo"), ("Kestrel Moor", "Ahn Gil-ho"), ("Iron Vale", "Ahn Gil-ho"), ("Ember Falls", "Lee Eung-bok")} <= directors
    assert {("Glass Orchard", n) for n in ("Park Shin-woo", "Ahn Gil-ho", "Yoo In-shik", "Kang Min-ho", "Lee Eung-bok")} <= directors
    assert {("Harbor Nine", "Jung Seo-kyung"), ("Ember Falls", "Kim Eun-sook"), ("Glass Orchard", "Oh Sang-ho")} <= writers


def test_directors_of_quoted_hits_works_before_the_role_word_and_lists_attached_to_direct() -> None:
    page = (
        "Ada Mbeki, Ivo Sarr star in Netflix K-drama 'Glass Orchard'\n\n"
        "Netflix's Glass Orchard will premiere on March 8, 2026.\n"
        "The series will be directed by Kim Kyu-tae, who was behind hit TV series including “Salt Road, Red Sky” (2014) and "
        "“Kestrel Moor” (2022).\n"
        "Kyu-tae previously directed episodes of \"Iron Vale,\" \"Harbor Nine\" and \"Ember Falls.\"\n"
        "Tin Lanterns and Moon Gate director Kim Gyu Tae is taking charge of the series.\n"
        "Park Eun Young, who wrote for Hwarang, is the scriptwriter for Glass Orchard.\n"
        "Glen Winter, Amanda Tapping and Lee Toland Krieger are attached to direct.\n"
        "Longtime director Sam Oyel will return.\n"
    )
    claims = claims_of(page)
    directors = {(c.subject, c.value) for c in only(claims, "director")}
    assert {("Salt Road, Red Sky", "Kim Kyu-tae"), ("Kestrel Moor", "Kim Kyu-tae"), ("Harbor Nine", "Kyu-tae"), ("Ember Falls", "Kyu-tae"),
            ("Tin Lanterns", "Kim Gyu Tae"), ("Moon Gate", "Kim Gyu Tae")} <= directors
    assert {("Glass Orchard", n) for n in ("Kim Kyu-tae", "Kim Gyu Tae", "Glen Winter", "Amanda Tapping", "Lee Toland Krieger")} <= directors
    writers = {(c.subject, c.value) for c in only(claims, "writer")}
    assert {("Hwarang", "Park Eun Young"), ("Glass Orchard", "Park Eun Young")} <= writers
    assert not any(c.subject == "Longtime" for c in claims)


def test_a_headline_s_first_teaser_ends_the_name() -> None:
    page = (
        "Glass Orchard First Teaser: Ada Mbeki and Ivo Sarr's Contract Marriage Is Cold\n\n"
        "Netflix has released the first teaser for Glass Orchard, starring Ada Mbeki and Ivo Sarr, ahead of its premiere on "
        "November 29, 2024. Glass Orchard is based on a novel, and Ada Mbeki plays a woman in a contract marriage.\n"
    )
    assert {c.subject for c in claims_of(page)} == {"Glass Orchard"}


def test_an_actor_s_filmography_sentence_credits_each_work_and_lists_of_works_are_no_cast() -> None:
    page = (
        "Glass Orchard Release Date and Cast\n\n"
        "Glass Orchard will premiere on Netflix on March 8, 2026. The drama stars Ada Mbeki and Ivo Sarr.\n"
        "Ada Mbeki is known for her roles in dramas like Salt Road and Welcome to Kestrel.\n"
        "Ivo Sarr, born Sarr Ivo-jin, is best known for starring in \"Tin Lanterns\" and \"Red Kite\" but has also appeared in \"Moon Gate.\"\n"
        "Ada Mbeki plays a spy. Some of her other television projects include Launchpad, Schooled, and Rules of Engagement.\n"
    )
    claims = claims_of(page)
    cast = {(c.subject, c.value) for c in only(claims, "cast_member")}
    assert {("Salt Road", "Ada Mbeki"), ("Welcome to Kestrel", "Ada Mbeki"), ("Tin Lanterns", "Ivo Sarr"), ("Red Kite", "Ivo Sarr"),
            ("Moon Gate", "Ivo Sarr"), ("Launchpad", "Ada Mbeki"), ("Rules of Engagement", "Ada Mbeki")} <= cast
    assert not any(subject == "Glass Orchard" and value in ("Launchpad", "Schooled", "Rules") for subject, value in cast)


def test_hits_a_crew_member_is_known_for_are_theirs_and_a_list_of_works_is_no_cast() -> None:
    page = (
        "Kestrel Moor Season 2 Release Date\n\nKestrel Moor season 2 is coming to Netflix in 2026. The cast includes Ada Mbeki and Ivo Sarr.\n\n"
        "The drama is directed by Rina Holt, who has continued the myth of historical dramas with hits such as My Love from the Tide, "
        "Deep-rooted Vale, and The Flower in Harbor.\n\n"
        "Obi Lanre, who created sensations with works such as The Glass, Mr. Lantern and Goblet, wrote the scripts.\n\n"
        "Fans of dramas like Glass Orchard, Tin Lanterns and Salt Road will love this.\n"
    )
    claims = claims_of(page)
    credits = {(c.subject, c.attribute, c.value) for c in claims if c.attribute in ("director", "writer")}
    assert {("My Love from the Tide", "director", "Rina Holt"), ("Deep-rooted Vale", "director", "Rina Holt"),
            ("The Flower in Harbor", "director", "Rina Holt"), ("The Glass", "writer", "Obi Lanre"),
            ("Mr. Lantern", "writer", "Obi Lanre"), ("Goblet", "writer", "Obi Lanre")} <= credits
    assert {c.value for c in only(claims, "cast_member")} == {"Ada Mbeki", "Ivo Sarr"}


def test_an_actor_known_for_other_roles_who_plays_a_part_here_is_in_both_casts() -> None:
    page = (
        "Kestrel Moor Season 2 Release Date\n\nKestrel Moor is a hit drama on Netflix that fans love, and its release date is unknown.\n\n"
        "Known for his unforgettable roles in Red Kite and Salt Road, Ivo Sarr plays a manipulative boss.\n"
    )
    cast = {(c.subject, c.value) for c in only(claims_of(page), "cast_member")}
    assert {("Red Kite", "Ivo Sarr"), ("Salt Road", "Ivo Sarr"), ("Kestrel Moor", "Ivo Sarr")} <= cast


def test_quoted_works_in_brackets_after_the_actors_of_a_starring_list_credit_both_shows() -> None:
    credits = _credits(
        "Tin Lantern stars Yoon Tae-ri (“Salt Road”) and Kim Rae (“Red Kite”). "
        "The supporting cast includes Obi Lanre (“The Long Road”), Mae Corran (“Grey Harbor”) and Seo Min-ha (“How to Make It”).\n"
    )
    assert {("Tin Lantern", 1, "Yoon Tae-ri"), ("Tin Lantern", 1, "Kim Rae"), ("Salt Road", None, "Yoon Tae-ri"), ("Red Kite", None, "Kim Rae")} <= credits
    assert {("Tin Lantern", 1, n) for n in ("Obi Lanre", "Mae Corran", "Seo Min-ha")} <= credits
    assert ("How to Make It", None, "Seo Min-ha") in credits


def test_a_filmography_the_actor_impressed_with_credits_each_work_and_a_listed_work_credits_no_other() -> None:
    credits = _credits(
        "Ivo Sarr is known for his roles in Blood Free, Harbor, and Mount Jiri. "
        "Rina Holt on the other hand has impressed with her work in films like Train Road, Wonderland, and Silenced.\n"
    )
    # (works of a series page's people sit on season 1 too, as the README defaults credits; films never do)
    assert credits == {
        ("Blood Free", None, "Ivo Sarr"), ("Harbor", None, "Ivo Sarr"), ("Mount Jiri", None, "Ivo Sarr"),
        ("Blood Free", 1, "Ivo Sarr"), ("Harbor", 1, "Ivo Sarr"), ("Mount Jiri", 1, "Ivo Sarr"),
        ("Train Road", None, "Rina Holt"), ("Wonderland", None, "Rina Holt"), ("Silenced", None, "Rina Holt"),
    }


def test_a_person_with_a_work_in_brackets_and_her_company_is_credited_in_the_work_not_paired_with_it() -> None:
    page = HEAD + "Netflix has teamed up with Ada Mbeki (Red Kite) and her production company.\n"
    claims = claims_of(page)
    assert not only(claims, "character")
    assert ("Red Kite", None, "Ada Mbeki") in {(c.subject, c.season, c.value) for c in only(claims, "cast_member")}


def test_a_list_of_actors_named_by_their_earlier_works_before_a_verb_of_leading_credits_both_shows() -> None:
    credits = _credits("Red Kite’s Ada Mbeki, Salt Road’s Ivo Sarr and Grey Harbor’s Obi Lanre will be taking on the main roles.\n")
    assert {("Red Kite", None, "Ada Mbeki"), ("Salt Road", None, "Ivo Sarr"), ("Grey Harbor", None, "Obi Lanre")} <= credits
    assert {("Tin Lantern", 3, n) for n in ("Ada Mbeki", "Ivo Sarr", "Obi Lanre")} <= credits


def test_a_work_in_brackets_before_is_or_plays_leaves_the_role_after_the_verb() -> None:
    text = "Ida Brenn (Red Kite) is Victor Holm, Mara Vell (Salt Road) plays Elizabeth, and Obi Lanre (Grey Harbor) is the Monster.\n"
    claims = claims_of(HEAD + text)
    characters = {(c.value["name"], c.value["played_by"]) for c in only(claims, "character") if c.quote in text}
    assert characters == {("Victor Holm", "Ida Brenn"), ("Elizabeth", "Mara Vell"), ("Monster", "Obi Lanre")}
    assert {("Red Kite", None, "Ida Brenn"), ("Salt Road", None, "Mara Vell"), ("Grey Harbor", None, "Obi Lanre")} <= _credits(text)


def test_a_number_word_opening_the_sentence_is_nobody_and_a_preposition_before_a_role_no_work() -> None:
    text = "Thirteen months ago, we learned that Seo Min-ha – whose credits include Silent Water and Red Kite – would lead.\n"
    assert {("Silent Water", None, "Seo Min-ha"), ("Red Kite", None, "Seo Min-ha")} <= _credits(text)
    assert not any(value == "Thirteen" for _, _, value in _credits(text))
    said = "According to showrunner Ivo Sarr, the wait will be long.\n"
    assert not [c for c in claims_of(HEAD + said) if c.subject == "According"]


def test_a_work_s_possessive_after_a_cast_cue_or_before_a_part_names_that_work_s_actor() -> None:
    text = (
        "He will star alongside Red Kite’s Lee Sang-yi, who will portray rival boxer Woo Jin. The series will also feature "
        "actors such as Salt Road’s Kim Sae-ron, Okay Madam’s Park Sung-woong, and Grey Harbor’s Heo Jun-ho.\n"
    )
    claims = [c for c in claims_of(HEAD + text) if c.quote in text]
    assert {("Red Kite", None, "Lee Sang-yi"), ("Salt Road", None, "Kim Sae-ron"), ("Okay Madam", None, "Park Sung-woong"),
            ("Grey Harbor", None, "Heo Jun-ho"), ("Tin Lantern", 3, "Park Sung-woong")} <= _credits(text)
    characters = [(c.value["name"], c.value["played_by"]) for c in only(claims, "character")]  # type: ignore[index]
    assert characters == [("Woo Jin", "Lee Sang-yi")]
    assert "Red Kite" not in {c.value for c in only(claims, "cast_member")}


def test_a_filmography_after_has_since_and_a_number_of_films_credits_the_actor_the_surname_stands_for() -> None:
    text = (
        "Tin Lantern stars Ivo Sarr-min and Mae Corran. Sarr-min began his career as a model. He has since starred in a "
        "number of successful films, including “Salt Road” (2009), “Red Kite” (2010) and “Grey Harbor” (2014).\n"
    )
    assert {("Salt Road", None, "Ivo Sarr-min"), ("Red Kite", None, "Ivo Sarr-min"), ("Grey Harbor", None, "Ivo Sarr-min")} <= _credits(text)


def test_a_crew_member_s_works_the_page_calls_dramas_are_credited_on_their_first_season() -> None:
    page = ("Glass Orchard Season 1 Release Date\n\nGlass Orchard season 1 premieres on Netflix on May 2, 2031.\n\n"
            "The series is directed by Ada Mbeki, who is known for hit dramas like Silent Water, Copper Bells and Tin "
            "Lantern. Ivo Sarr wrote the films Red Kite and Salt Road.\n")
    credits = {(c.subject, c.season) for c in claims_of(page) if c.attribute in ("director", "writer") and c.subject != "Glass Orchard"}
    assert {("Silent Water", 1), ("Copper Bells", 1), ("Tin Lantern", 1)} <= credits
    assert not {s for t, s in credits if t in ("Red Kite", "Salt Road") and s is not None}


def test_an_actor_of_a_work_s_fame_is_in_that_work_s_cast_and_the_actors_beside_the_lead_role_star_too() -> None:
    page = (
        "Glass Orchard Release Date\n\nGlass Orchard premieres on JTBC on May 4, 2031. "
        "Glass Orchard stars Seo Min Ha of Red Kite fame in the titular role, along with Ivo Sarr and Ada Mbeki.\n"
    )
    cast = {(c.subject, c.value) for c in only(claims_of(page), "cast_member")}
    assert {("Red Kite", "Seo Min Ha"), ("Glass Orchard", "Seo Min Ha"), ("Glass Orchard", "Ivo Sarr"), ("Glass Orchard", "Ada Mbeki")} <= cast


def test_an_actors_other_works_named_by_a_surname_a_network_possessive_or_a_role_viewers_recognise() -> None:
    page = ("Copper Bells release date: when the film hits theaters\n\nCopper Bells will be released theatrically on "
            "August 9, 2031. The film stars Ada Mbeki and Ivo Sarr.\n\nMbeki is best known for her work on The CW’s hit "
            "series Red Kite, but she’s starred in films too.\n\nViewers will recognize Sarr from his dreamy role on Tin Lantern.\n")
    cast = {(c.subject, c.value) for c in only(claims_of(page), "cast_member")}
    assert {("Red Kite", "Ada Mbeki"), ("Tin Lantern", "Ivo Sarr")} <= cast
    assert all(v in ("Ada Mbeki", "Ivo Sarr") for _, v in cast)


ACTORS_WHO_WROTE = """Glass Orchard: new BBC drama

The BBC has announced the romantic comedy-drama Glass Orchard, written by actors Ada Mbeki (Red Kite, Salt Road) and Ivo Sarr (Grey Harbor, Copper Bells) in their screenwriting debut.

The six-part drama is the screenwriting debut of Red Kite star Ada Mbeki and Copper Bells actor Ivo Sarr. Glass Orchard will stream on BBC iPlayer.
"""


def test_actors_who_wrote_the_show_are_its_writers_and_not_each_others_works() -> None:
    claims = claims_of(ACTORS_WHO_WROTE)
    assert {c.value for c in only(claims, "writer") if c.subject == "Glass Orchard"} == {"Ada Mbeki", "Ivo Sarr"}
    assert not any(c.subject == "Glass Orchard" for c in only(claims, "cast_member"))
    assert not any(c.subject == "Ada Mbeki" for c in claims)


POSSESSIVE_LIST = """tvN's Glass Orchard K-drama sets premiere date

South Korean cable network tvN has announced the premiere date for its upcoming K-drama series, Glass Orchard.

Glass Orchard will star Red Kite's Ada Mbeki, Salt Road season two's Ivo Sarr and Copper Bells' Obi Lanre.

Glass Orchard will premiere on tvN on October 2, 2031. In other news, Netflix has dated its upcoming action series Tin Lantern.
"""


def test_a_show_that_will_star_a_list_of_possessives_is_the_page_s_show_and_each_owner_a_work() -> None:
    claims = claims_of(POSSESSIVE_LIST)
    cast = {(c.subject, c.season, c.value) for c in only(claims, "cast_member")}
    assert {("Glass Orchard", 1, n) for n in ("Ada Mbeki", "Ivo Sarr", "Obi Lanre")} <= cast
    assert {("Salt Road", 2, "Ivo Sarr"), ("Copper Bells", None, "Obi Lanre")} <= cast


def test_an_actor_s_part_in_another_work_in_brackets_leaves_the_page_s_show_the_subject() -> None:
    page = """Glass Orchard anime announced for 2031

The Glass Orchard anime will premiere in 2031. The main roles feature Ada Mbeki (Megumi in “Red Kite“) as Kyle, Ivo Sarr (Zenitsu in “Salt Road”) as Seran, and Rina Holt (Delta in Copper Bells) as Lise.
"""
    claims = claims_of(page)
    roles = {(c.subject, c.value["name"], c.value["played_by"]) for c in only(claims, "character")}
    assert {("Glass Orchard", "Kyle", "Ada Mbeki"), ("Glass Orchard", "Seran", "Ivo Sarr"), ("Glass Orchard", "Lise", "Rina Holt")} <= roles
    assert {("Red Kite", "Megumi", "Ada Mbeki"), ("Salt Road", "Zenitsu", "Ivo Sarr"), ("Copper Bells", "Delta", "Rina Holt")} <= roles
    assert {c.subject for c in only(claims, "cast_member")} <= {"Red Kite", "Salt Road", "Copper Bells"}


def test_the_actor_of_a_filmography_line_is_the_one_the_line_opened_with_not_the_character_named_since() -> None:
    page = """Glass Orchard: Everything to Know About the New Netflix K-drama

Glass Orchard is a brand-new K-drama set to premiere on Netflix. Starring Ada Mbeki and Ivo Sarr, the series will revolve around a spy.
The cast consists of three main members: Ada Mbeki, Ivo Sarr, and Rina Holt.
Ada Mbeki essays the role of Lee In. He is the prince who is taken as a hostage. Due to some circumstances, Lee In becomes the King. The actor is best known for his roles in Hospital Diaries, Oh My Lantern, and Moon Harbor.
Rina Holt plays the role of Kim Myung-Ha in the upcoming series.
"""
    claims = claims_of(page)
    credits = {(c.subject, c.value) for c in only(claims, "cast_member") if c.subject != "Glass Orchard"}
    assert credits == {(work, "Ada Mbeki") for work in ("Hospital Diaries", "Oh My Lantern", "Moon Harbor")}
    # a Korean family name with a one-syllable given name that is also an English word is one name
    assert ("Lee In", "Ada Mbeki") in {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")}


def test_filmographies_told_as_impressing_viewers_or_being_part_of_various_dramas() -> None:
    page = HEAD + (
        "Ada Mbeki has impressed viewers with his performances in dramas like the Hospital Diaries, Jealousy Lantern and Oh My Lantern. "
        "Ivo Sarr has been a part of various popular dramas including The Bride of Lantern, Run Harbor, and Rookie Historian Goo Hae-Ryung.\n"
    )
    credits = {(c.subject, c.value) for c in only(claims_of(page), "cast_member")}
    assert {(w, "Ada Mbeki") for w in ("Hospital Diaries", "Jealousy Lantern", "Oh My Lantern")} <= credits
    assert {(w, "Ivo Sarr") for w in ("The Bride of Lantern", "Run Harbor", "Rookie Historian Goo Hae-Ryung")} <= credits


def test_credits_in_brackets_before_the_roles_a_sentence_gives_are_works_not_parts() -> None:
    page = """Glass Orchard season 2: cast, plot and release date

Glass Orchard season 2 will premiere on ITV in 2031. Leading the cast of season 2 will be Tom Reed (Red Kite), who will star as Dr James Ford. Ada Mbeki (Salt Road) and Ivo Sarr (Copper Bells) will be reprising their roles as Dr Norma Vell and Dr George Adjei.
"""
    claims = claims_of(page)
    roles = {(c.subject, c.value["name"], c.value["played_by"]) for c in only(claims, "character")}
    assert roles == {("Glass Orchard", "Dr James Ford", "Tom Reed"), ("Glass Orchard", "Dr Norma Vell", "Ada Mbeki"),
                     ("Glass Orchard", "Dr George Adjei", "Ivo Sarr")}
    credits = {(c.subject, c.value) for c in only(claims, "cast_member")}
    assert {("Red Kite", "Tom Reed"), ("Salt Road", "Ada Mbeki"), ("Copper Bells", "Ivo Sarr")} <= credits


def test_actors_with_credits_in_brackets_pair_with_described_roles_in_order() -> None:
    page = """Glass Orchard series 3: release date and cast

Glass Orchard series 3 will premiere on BBC One in 2031. The new series has a great guest cast including Hugh Reed (Red Kite) as local councillor Arthur Vell, Tomas Reed (Salt Road) who returns as Reverend Kate and Ivo Sarr (Copper Bells) and Ada Mbeki (Tin Lantern) as farming rivals George Ellis and Lotty Lewes.
"""
    roles = roles_of(page)
    assert roles == {("Arthur Vell", "Hugh Reed"), ("Reverend Kate", "Tomas Reed"), ("George Ellis", "Ivo Sarr"), ("Lotty Lewes", "Ada Mbeki")}


def test_a_pronoun_s_filmography_finds_the_performer_a_few_sentences_back_and_more_ways_of_telling_it() -> None:
    page = """Glass Orchard: release date, cast and plot of the Netflix film

Glass Orchard is an upcoming film starring Ada Mbeki and Ivo Sarr, set to premiere on Netflix in 2031.
Mbeki was one of the most bankable stars of the 1990s. She rose to stardom after her debut opposite a famous comedian.

The Hollywood star later starred in a string of successful romantic comedies such as “Red Kite,” “Salt Road” and “Copper Bells.”
Ivo Sarr plays the lead. He has recently done The Tin Lantern, Grey Harbor, and Kestrel Moor.
Rina Holt previously impressed the audience through her performances in dramas like Moon Harbor and Oh My Lantern.
"""
    credits = {(c.subject, c.value) for c in only(claims_of(page), "cast_member") if c.subject != "Glass Orchard"}
    assert {(w, "Ada Mbeki") for w in ("Red Kite", "Salt Road", "Copper Bells")} <= credits
    assert {(w, "Ivo Sarr") for w in ("The Tin Lantern", "Grey Harbor", "Kestrel Moor")} <= credits
    assert {(w, "Rina Holt") for w in ("Moon Harbor", "Oh My Lantern")} <= credits


SEVERAL_PARTS_PAGE = """Glass Orchard Season 2: Release Date and Cast

Glass Orchard season 2 will premiere on Netflix in 2031. Ada Mbeki (Levi Vell in Red Kite, Mara Holt in Salt Road!!) returns as the Medicine Seller.
"""


def test_a_bracket_of_several_parts_in_several_works_credits_each_part_to_its_work_on_season_one_too() -> None:
    parts = {(c.subject, c.season, c.value["name"]) for c in only(claims_of(SEVERAL_PARTS_PAGE), "character")}  # type: ignore[index]
    assert {("Red Kite", 1, "Levi Vell"), ("Salt Road!!", 1, "Mara Holt"), ("Red Kite", None, "Levi Vell")} <= parts
    assert not any(" in " in subject for subject, _, _ in parts)


PRAISED_CREW_PAGE = """Glass Orchard: Release Date and Cast

Glass Orchard will premiere on Netflix in 2031. Visionary director Ada Mbeki is at last returning with Glass Orchard. Renowned actor Ivo Sarr, best known for his recent role in Salt Road, will lend his voice to Glass Orchard. Obi Lanre (Red Kite, Copper Bells films) is the animation director.
"""


def test_words_of_praise_before_a_role_are_no_work_and_another_job_s_works_are_no_cast() -> None:
    claims = claims_of(PRAISED_CREW_PAGE)
    assert {c.subject for c in claims} <= {"Glass Orchard", "Salt Road"}
    assert {c.value for c in only(claims, "director")} == {"Ada Mbeki"}
    assert {c.value for c in only(claims, "cast_member") if c.subject == "Salt Road"} == {"Ivo Sarr"}


def test_a_year_or_channel_that_owns_a_bracketed_name_marks_it_a_work() -> None:
    text = "The series will star Ivo Sarr (2022’s Red Kite) and Ada Mbeki (Netflix’s Salt Road).\n"
    credits = _credits(text)
    assert {("Red Kite", None, "Ivo Sarr"), ("Salt Road", None, "Ada Mbeki")} <= credits
    # the cast is the page's show's, not the work in the bracket before the second name
    assert {("Tin Lantern", 3, "Ivo Sarr"), ("Tin Lantern", 3, "Ada Mbeki")} <= credits
    assert not roles_of(HEAD + text)


def test_brackets_of_a_list_that_a_cast_verb_follows_hold_works() -> None:
    text = "Deadline is reporting that Tomas Reed (Red Kite), Lia Moor (Salt Story), and Tam Vell (Kestrel Moor) will also star.\n"
    credits = _credits(text)
    assert {("Red Kite", None, "Tomas Reed"), ("Salt Story", None, "Lia Moor"), ("Kestrel Moor", None, "Tam Vell")} <= credits
    # the verb after the last name puts every name of the list on the season to come
    assert {("Tin Lantern", 3, "Tomas Reed"), ("Tin Lantern", 3, "Lia Moor"), ("Tin Lantern", 3, "Tam Vell")} <= credits
    assert not roles_of(HEAD + text)


def test_an_opening_preposition_before_a_role_is_no_work() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\n"
        "Glass Orchard season 2 is in the works at Netflix. "
        "Considering director Ivo Sarr's busy schedule, Glass Orchard season 2 could arrive in 2028.\n"
    )
    assert {c.subject for c in claims_of(page)} == {"Glass Orchard"}


def test_a_part_with_its_actor_and_the_actors_quoted_works_in_one_bracket() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Netflix in 2026. "
        "Patriarch David (Lia Moor, “Red Kite,” “Salt Road”) longs for the church.\n"
    )
    claims = claims_of(page)
    assert roles_of(page) == {("Patriarch David", "Lia Moor")}
    assert {(c.subject, c.value) for c in only(claims, "cast_member") if c.subject != "Glass Orchard"} == {
        ("Red Kite", "Lia Moor"), ("Salt Road", "Lia Moor")}


def test_as_before_a_pronoun_opens_a_clause_and_leaves_a_bracketed_actor_an_actor() -> None:
    page = (
        "Glass Orchard Release Date\n\nGlass Orchard premieres on Netflix on March 11, 2031. "
        "Glass Orchard will explore the journey of Paul Vell (Tomas Reed) as he unites with Chani.\n"
    )
    assert roles_of(page) == {("Paul Vell", "Tomas Reed")}
