"""Which show a page is about, when its people are named more often than its show."""

from __future__ import annotations

import pytest

from airdate.extract.headline_lead import headline_lead
from airdate.extract.korean_names import is_korean_name
from airdate.extract.relevance import could_hold_claims
from airdate.extract.title_words import played_part, shown_as_person, surname
from airdate.ingest.boilerplate import find_boilerplate
from airdate.ingest.pages import content_hash
from airdate.models import Document
from tests.extract.helpers import claims_of, main_title, only


def test_actors_the_page_says_are_known_for_their_roles_are_no_show_even_when_the_headline_opens_with_them() -> None:
    page = (
        "Ada Mbeki, Ivo Sarr and others preview chemistry during script reading for upcoming rom-com drama\n\n"
        "Netflix has confirmed the production of a new series titled “Glass Orchard” and announced its cast!\n\n"
        "The series will feature Ivo Sarr and Ada Mbeki. The romantic comedy follows Tomas Reed (Ivo Sarr), an interpreter "
        "who works for the superstar Mara Vell (Ada Mbeki).\n\n"
        "Ivo Sarr, famous for his roles in “Red Kite” and “Salt Road,” will portray Tomas Reed.\n\n"
        "Ada Mbeki, playing the confident top star Mara Vell, is known for “Grey Harbor.”\n\n"
        "Ada Mbeki and Ivo Sarr last met in 2029. “Glass Orchard” premieres on Netflix in 2031.\n"
    )
    assert main_title(page) == "Glass Orchard"


def test_a_headline_that_quotes_the_show_names_it_though_the_body_capitalises_it_otherwise() -> None:
    page = (
        "Ivo Sarr making series comeback with 'Born in Kestrel'\n\n"
        "\"Grey Harbor\" star Ivo Sarr will make his series comeback in the Disney+ series \"Born In Kestrel.\"\n\n"
        "Ivo Sarr will be joined by Obi Lanre. \"Born In Kestrel\" follows Tomas (Ivo Sarr) and Mara (Obi Lanre).\n\n"
        "Apart from \"Grey Harbor,\" Ivo Sarr is best known for \"Red Kite.\" Ivo Sarr married in 2029.\n"
    )
    assert main_title(page) == "Born In Kestrel"


def test_a_first_line_that_speaks_of_a_new_image_is_the_headline_not_a_caption() -> None:
    page = (
        "Red Kite: New Image of Tomas Reed\n\n"
        "A new look at Tomas Reed on the set of Red Kite has been revealed. Reed can be seen on the set, "
        "and Red Kite is the first film directed by Tomas Reed in four years. Red Kite opens in theaters on May 2, 2031.\n"
    )
    assert find_boilerplate(page) == ()
    assert main_title(page) == "Red Kite"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Ivo Sarr", "Starring Ivo Sarr and Obi Lanre, the comedy follows a radio host."),
        ("Obi Lanre", "The comedy, featuring Obi Lanre as a radio host, airs midseason."),
        ("Tomas Reed", "It is the first film directed by Tomas Reed in four years."),
        ("Sarr", "Sarr and Obi Lanre will serve as executive producers."),
        ("Ada Mbeki", "Ada Mbeki will take on the role of the detective."),
    ],
)
def test_people_starring_directing_or_producing_are_shown_as_people(name: str, text: str) -> None:
    assert shown_as_person(name, text)


def test_the_name_a_headline_sets_before_its_colon_is_the_show_though_another_is_named_more() -> None:
    page = (
        "Salt Road: The Grey Harbor spin-off renewed for season 2 before season 1 airs\n\n"
        "Peacock has already ordered a second season of its new sitcom Salt Road, even before the first one arrives.\n"
        "The show is created by Obi Lanre, the man behind The Grey Harbor. It feels close in spirit to The Grey Harbor, "
        "and fans of The Grey Harbor will know its writers.\n"
    )
    assert main_title(page) == "Salt Road"


def test_a_work_set_off_as_an_upcoming_network_thriller_is_the_page_title() -> None:
    page = (
        "Red Kite's Ada Mbeki Starring in New Peacock Thriller Series\n\n"
        "Mbeki will star in Tin Lantern, based on the novel of the same name.\n\n"
        "Ada Mbeki has been cast in the lead role in Tin Lantern, an upcoming Peacock thriller based on the novel by Rina Holt. "
        "The show marks Mbeki's first big role since Red Kite. Peacock ordered Tin Lantern straight to series in 2031.\n"
    )
    assert main_title(page) == "Tin Lantern"


def test_a_weekend_drama_with_its_network_is_a_release_page() -> None:
    text = "tvN’s upcoming weekend drama “Glass Orchard” has unveiled a new poster featuring Ivo Sarr!"
    assert could_hold_claims(Document(id=content_hash(text), name="t.txt", text=text, source="t.txt"))


def test_a_series_that_drops_its_viewers_into_a_year_is_set_then_and_does_not_premiere_then() -> None:
    page = (
        "Glass Orchard: is it a true story?\n\n"
        "Glass Orchard is an upcoming tvN series. The series drops us into 1997, right as the crisis hits. "
        "Glass Orchard premieres on tvN on October 11, 2031.\n"
    )
    assert [str(c.value) for c in only(claims_of(page), "premiere_date")] == ["2031-10-11"]


def test_a_network_that_opens_a_headline_stands_before_the_show_and_a_networks_possessive_is_no_show() -> None:
    assert headline_lead("BBC Death Valley star praises rainy Wales") == ("Death Valley", True)
    assert headline_lead("Max Payne Returns")[0] == "Max Payne"  # (a name no network's alone)
    page = (
        "Netflix's latest crime drama is greenlit for season 2\n\n"
        "Sick of Netflix shows getting cancelled? Grey Harbor is getting a second season, as confirmed by Netflix itself. "
        "Grey Harbor never made it to the top of Netflix's global list.\n"
    )
    assert main_title(page) == "Grey Harbor"


def test_a_page_written_after_a_known_day_dates_a_coming_weekday_date_to_the_one_year_it_fits() -> None:
    page = (
        "Glass Orchard season 5 gets ITV release date\n\n"
        "Glass Orchard season 5 returns on Sunday, April 6 at 8 pm on ITV1 and STV.\n\n"
        "Filming took place in Brighton in the summer of 2024.\n"
    )
    claims = claims_of(page)
    assert [str(c.value) for c in only(claims, "premiere_date")] == ["2025-04-06"]
    assert {c.value for c in only(claims, "platform")} >= {"ITV1"}


def test_an_actor_known_for_other_works_in_apposition_has_those_credits_and_still_plays_the_part_named_after() -> None:
    page = (
        "Glass Orchard season 2: cast\n\n"
        "Glass Orchard season 2 premieres on Netflix on May 2, 2031.\n\n"
        "Ada Mbeki, famous for her roles in the Netflix series “Grey Harbor” and the film “Silent Water,” will portray Mara Vell.\n"
    )
    claims = claims_of(page)
    assert {(c.subject, c.value) for c in only(claims, "cast_member") if c.subject != "Glass Orchard"} == {
        ("Grey Harbor", "Ada Mbeki"), ("Silent Water", "Ada Mbeki")}
    assert [(c.season, c.value) for c in only(claims, "character")] == [(2, {"name": "Mara Vell", "played_by": "Ada Mbeki"})]


def test_an_episode_s_title_and_a_network_s_showcase_are_no_works() -> None:
    page = (
        "Glass Orchard Season 1 Finale\n\nGlass Orchard season 1 comes to a close on Netflix on May 2, 2031.\n\n"
        "Titled “Magic Shine Again,” the episode will see Mara (Ada Mbeki) preparing to reveal a secret.\n\n"
        "The series stars Ivo Sarr and Tomas Reed, all of whom appeared at Netflix’s APAC Showcase in Hong Kong.\n"
    )
    assert {c.subject for c in claims_of(page)} == {"Glass Orchard"}


def test_a_surname_the_page_gives_a_family_or_an_attorney_is_a_person() -> None:
    text = "The film stars Tomas Reed as Sarr’s attorney, Obi Lanre as Mae Sarr and Ada Mbeki as Rina Sarr, with Kestrel Holt as Mara Sarr."
    assert surname("Sarr", text)


def test_a_show_named_before_its_premiere_and_its_logline_is_the_page_s_show_when_the_headline_names_none() -> None:
    page = (
        "Peacock announces season 2 renewal ahead of premiere\n\n"
        "Ahead of the premiere of Salt Road on September 4, Peacock announced that the Grey Harbor spinoff show will get a season two.\n\n"
        "Ivo Sarr said the Grey Harbor team had ideas. Salt Road's logline reads, \"Ada Mbeki as Mara Vell, a salesman.\"\n"
    )
    assert main_title(page) == "Salt Road"


def test_a_headline_that_names_the_next_spinoff_of_a_quoted_work_is_about_the_spinoff() -> None:
    page = (
        "All the Details on the Next 'Red Kite' Spinoff, 'Salt Road'\n\n"
        "The Red Kite universe is expanding. Salt Road will pick up after the third Red Kite movie.\n\n"
        "Salt Road stars Ada Mbeki. Salt Road finished filming this year, and Salt Road opens in theaters on June 7, 2031.\n"
    )
    assert main_title(page) == "Salt Road"


@pytest.mark.parametrize("headline, lead", [
    ("Ada Mbeki and Ivo Sarr in talks to headline Would You Wait Here", "Would You Wait Here"),
    ("Seo Min-ha, Yoon Tae-ri, And Obi Lanre Share Their Feelings In New Drama “Copper Bells” Posters", "Copper Bells"),
    ("Mae Corran and Rina Holt Return in “Kestrel Moor” – A Gritty Reinvention", "Kestrel Moor"),
])
def test_people_named_in_full_before_a_few_words_and_in_open_a_headline_about_the_work_after(headline: str, lead: str) -> None:
    assert headline_lead(headline) == (lead, True)


def test_a_genre_word_across_a_semicolon_frames_no_name() -> None:
    page = (
        "Ada Mbeki and Ivo Sarr in talks to lead Copper Bells based on Swedish series; SALT's Rina set for drama debut\n\n"
        "SALT’s Rina is in talks to make her TV debut. Now, she might be joining the cast of Copper Bells. On the other "
        "hand, Ada Mbeki and Ivo Sarr are in talks to lead this romance drama.\n\n"
        "According to reports on November 5, SALT’s Rina received an offer for Copper Bells. Copper Bells is a remake. "
        "SALT's Rina is a singer.\n"
    )
    assert main_title(page) == "Copper Bells"


def test_a_headline_name_before_trailer_or_release_date_is_surely_a_work() -> None:
    assert headline_lead("Copper Bells Trailer: Ivo Sarr Is on the Run in Ada Mbeki’s Action Epic") == ("Copper Bells", True)
    assert headline_lead("Copper Bells release date, cast and everything we know") == ("Copper Bells", True)


def test_a_distributor_that_opens_the_headline_is_no_show() -> None:
    page = (
        "Kestrelgen Features sets awards corridor US release for Ada Mbeki’s Copper Bells\n\n"
        "Kestrelgen Features has scheduled a US limited release on November 27 prior to wide expansion on December 12 for "
        "Ada Mbeki’s Copper Bells starring Ivo Sarr, Rina Holt and Obi Lanre.\n\n"
        "Mbeki, who won best picture for Salt Road in 2021, directs and co-wrote the screenplay with Mae Corran. "
        "Copper Bells is set in a harbour town.\n\n"
        "Earlier this week Kestrelgen dated Tomas Reed’s dark comedy Grey Harbor for August 22.\n"
    )
    assert main_title(page) == "Copper Bells"


def test_a_possessive_after_a_describing_word_is_the_title_s_own() -> None:
    assert headline_lead("New Tin Lantern's Eye series to debut on Disney Plus in 2031")[0] != "Eye"
    assert headline_lead("Ada Mbeki's Copper Bells gets a sequel") == ("Copper Bells", True)


def test_a_person_s_first_film_is_no_title_but_a_show_s_first_season_is() -> None:
    page = ("‘Copper Bells’ mixes blues and vampires into Ada Mbeki’s 1st original film\n\nAda Mbeki only makes personal "
            "movies. “Copper Bells,” which opens in theaters nationwide this weekend, is just that: Mbeki’s first original "
            "film, set across one day in 1932.\n")
    assert {c.subject for c in claims_of(page)} == {"Copper Bells"}


def test_a_part_an_actor_plays_is_no_title_however_long_its_name() -> None:
    page = (
        "Complete Cast Breakdown of Copper Bells: Who Plays Who\n\n"
        "Directed by Ada Mbeki, Copper Bells is inspired by the 2003 thriller Salt Road by Ivo Sarr. It opens in theaters "
        "on October 31, 2031.\n\nRina Holt as Michelle Fuller\n\nRina Holt plays Michelle Fuller, the CEO of a firm. "
        "With a runtime of 118 minutes, Copper Bells received acclaim. Copper Bells is the film of the year.\n"
    )
    assert main_title(page) == "Copper Bells"


def test_a_name_an_actor_plays_is_a_part() -> None:
    assert played_part("Michelle Fuller", "Rina Holt as Michelle Fuller\n\nRina Holt plays Michelle Fuller, a CEO.")
    assert not played_part("Copper Bells", "Rina Holt stars in Copper Bells as a CEO.")


def test_a_title_of_common_words_counts_when_the_page_quotes_it_whole() -> None:
    page = (
        "SBS Drama 'Our Show' Unveils Character Posters Ahead of June 13 Premiere\n\n"
        "'Our Show', which will premiere at 9:50 p.m. on June 13, depicts the love story of Tomas Reed, a film director.\n\n"
        "In the released poster, director Tomas Reed, played by Ivo Sarr, dreams of a comeback.\n"
    )
    assert main_title(page) == "Our Show"


def test_a_name_the_page_quotes_twice_outranks_longer_names_of_its_cast() -> None:
    page = (
        "Ivo Sarr And Ada Mbeki Enjoy Our Show At A Theater To Themselves In New Drama Poster\n\n"
        "SBS’s “Our Show” is getting ready to greet viewers!\n\n"
        "“Our Show” will tell the love story of Tomas Reed (Ivo Sarr), a film director, and Mara Vell (Ada Mbeki), "
        "an actress.\n\nIvo Sarr and Ada Mbeki smile in the poster for Our Show, which airs on SBS.\n"
    )
    assert main_title(page) == "Our Show"


def test_a_person_in_the_possessive_owns_the_work_and_is_not_it() -> None:
    page = (
        "Ada Mbeki's Horror Movie Confirms\n\n"
        "Ada Mbeki's new movie Copper Bells has been given an earlier release date in the UK. It was set to hit cinemas "
        "on November 22, but now it's been brought forward to November 1.\n\n"
        "Alongside Ada Mbeki, the film stars Ivo Sarr. The script has been penned by Rina Holt for Copper Bells.\n"
    )
    assert main_title(page) == "Copper Bells"


def test_an_epic_names_the_work_set_after_it() -> None:
    page = (
        "Tomas Reed's latest epic gets a release date and IMAX treatment\n\n"
        "Kestrelgen Pictures teased Tomas Reed's upcoming epic, The Long Tide, at a convention, praising Reed's "
        "\"visionary take\" on the classic story. The film will be shot using IMAX film technology for IMAX screens.\n\n"
        "The Long Tide boasts an all-star cast, including Ada Mbeki and Ivo Sarr. The Long Tide opens July 17, 2031.\n"
    )
    assert main_title(page) == "The Long Tide"


def test_a_trade_headline_that_opens_with_its_show_quoted_names_it_though_the_body_misspells_it() -> None:
    page = (
        "‘Death by Lantern’: Netflix Sets Drama Series Starring Ada Mbeki and Ivo Sarr\n\n"
        "Netflix has ordered a new drama series called Death By Lanter, with Ada Mbeki and Ivo Sarr leading the cast. "
        "Ivo Sarr is known for Red Kite. Ada Mbeki and Ivo Sarr worked together before, and Ivo Sarr is excited.\n"
    )
    assert main_title(page) == "Death by Lantern"


def test_korean_cast_names_a_headline_opens_with_are_people_however_often_the_page_repeats_them() -> None:
    page = (
        "Seo Min Ha, Yoon Tae Ri and Baek Ji Un's upcoming K-drama titled Glass Orchard set to air in August 2031\n\n"
        "Glass Orchard is an upcoming drama with a cast that includes Seo Min Ha and Yoon Tae Ri. It will air on tvN.\n\n"
        "The leading cast of the show includes Seo Min Ha, Yoon Tae Ri and Baek Ji Un. Seo Min Ha plays a detective, "
        "Yoon Tae Ri a doctor and Baek Ji Un a student.\n\n"
        "Glass Orchard will premiere in August 2031, with Seo Min Ha, Yoon Tae Ri and Baek Ji Un in the lead.\n"
    )
    assert main_title(page) == "Glass Orchard"
    assert {c.subject for c in only(claims_of(page), "premiere_date")} == {"Glass Orchard"}


def test_a_show_named_less_often_than_its_korean_stars_is_still_the_page_s_show() -> None:
    page = (
        "Dual roles revealed: Seo Min Ha and Yoon Tae Ri in Kestrel Moor\n\n"
        "In the latest reveal for the drama “Kestrel Moor,” a poster featuring Seo Min Ha and Yoon Tae Ri was released.\n\n"
        "The poster shows Seo Min Ha as Lee Mi Jin and Yoon Tae Ri as her other self, Im Soon. Seo Min Ha smiles.\n\n"
        "Yoon Tae Ri and Seo Min Ha wear trench coats. Kestrel Moor premieres on JTBC on June 15, 2031.\n"
    )
    assert main_title(page) == "Kestrel Moor"


@pytest.mark.parametrize(
    ("name", "korean"),
    [("Seo Min Ha", True), ("Yoon Tae-ri", True), ("Kim Jiwon", True), ("Go Go Squid", False), ("Moon Lovers", False),
     ("Han River Police", False), ("Song Kang", False), ("Oh My Ghost", False), ("Glass Orchard", False)],
)
def test_the_shape_of_a_romanised_korean_name(name: str, korean: bool) -> None:
    assert is_korean_name(name) is korean


def test_the_genre_word_before_a_headline_colon_ends_the_show_s_name_and_the_people_follow() -> None:
    page = (
        "Kestrel Moor Series: Ivo Sarr, Ada Mbeki, Apple TV Plus\n\n"
        "Apple TV+ is sending Ivo Sarr on a Kestrel Moor. The series premieres on March 15, 2031.\n\n"
        "Kestrel Moor stars Ivo Sarr as Tomas Reed. Ivo Sarr is best known for Red Kite. Kestrel Moor has eight episodes.\n"
    )
    assert main_title(page) == "Kestrel Moor"


def test_an_initial_is_no_title_and_a_name_before_its_genre_word_is_the_show() -> None:
    initial = (
        "First trailer for T. Sarr's Lantern\n\n"
        "The first trailer for T. Sarr's Lantern is here. Lantern opens in theaters on August 9, 2031.\n\n"
        "T. Sarr wrote Lantern after his thriller Red Kite, and T. Sarr directs.\n"
    )
    assert main_title(initial) == "Lantern"
    genre = (
        "Glass Orchard Movie Streaming Release\n\n"
        "Glass Orchard is spreading to streaming soon. Streaming starts on Mubi on October 3, 2031.\n\n"
        "Streaming windows vary. The Glass Orchard movie opened in theaters in May. Streaming fans can wait.\n"
    )
    assert main_title(genre) == "Glass Orchard"


def test_a_name_whose_cast_member_the_headline_names_is_the_show_though_a_character_is_named_more_often() -> None:
    page = ("Kestrel Moor cast member Ivo Sarr spills about Obi Lanre's romance with Princess Mae Corran\n\n"
            "Kestrel Moor cast member Ivo Sarr has some details about Princess Mae Corran. Obi Lanre feels that Princess "
            "Mae Corran is everything to him.\n\nKestrel Moor is an upcoming Netflix drama scheduled to premiere on "
            "February 6, 2031. Princess Mae Corran makes a declaration. Princess Mae Corran picks a husband.\n")
    assert main_title(page) == "Kestrel Moor"


@pytest.mark.parametrize(
    "headline",
    ["Film Club: Ada Mbeki and Ivo Sarr pen new BBC drama", "Rina Holt joins Ada Mbeki in BBC rom-com Film Club"],
)
def test_a_genre_word_that_opens_the_name_stays_in_it(headline: str) -> None:
    page = f"""{headline}

The BBC has announced the new comedy-drama Film Club, written by Ada Mbeki. The six-part series will stream on BBC iPlayer. Ada Mbeki will star in Film Club as Evie.
"""
    assert main_title(page) == "Film Club"


def test_words_glued_by_a_colon_or_a_slash_are_one_name() -> None:
    headline_page = """See How Excited Tin Lantern is to Perform Re:Kestrel Ending Song

The Re:Kestrel anime won't be out until April 2031. The ending theme will be performed by duo Tin Lantern. Tin Lantern said it was an honour. Re:Kestrel streams on Crunchyroll.
"""
    assert main_title(headline_page) == "Re:Kestrel"
    body_page = """Grey Harbor Director to Launch Next Original Anime With Disney

Disney+ just unveiled the first teaser for Copper/Bells, a new original anime from Grey Harbor director Ivo Sarr. Copper/Bells will stream on Disney+ in Summer 2031. Copper/Bells is an original story.
"""
    assert main_title(body_page) == "Copper/Bells"


def test_a_colon_subtitle_keeps_its_vs() -> None:
    page = """Red Kite: Ada vs the Lanterns release date, cast and everything we know

Red Kite: Ada vs the Lanterns is set to air on FX. This is the second season of the anthology series Red Kite, which debuted with Red Kite: Ivo vs Rina. Red Kite: Ada vs the Lanterns stars Mae Corran.
"""
    assert main_title(page) == "Red Kite: Ada vs the Lanterns"


def test_an_honorific_alone_is_no_title() -> None:
    page = """Bosses decide future of Ivo Sarr's Mr Kestrel as the ex-soap star finds his niche

The future of Ivo Sarr's Sky comedy has been revealed. Ivo Sarr, who played Mr Vell on the soap, saw success with Mr Kestrel.
Mr Kestrel has reportedly been green-lit for a second season. Mr Holt, Mr Reed and Mr Lanre will all return.
"""
    assert main_title(page) == "Mr Kestrel"


@pytest.mark.parametrize(
    "headline, lead",
    [
        ("Netflix movie 'Glass Orchard' casts Ada Mbeki, Ivo Sarr and 'Red Kite's' Rina Holt", "Glass Orchard"),
        ("Salt Road taps Ada Mbeki for its second season", "Salt Road"),
    ],
)
def test_a_headline_verb_that_takes_people_has_the_work_before_it(headline: str, lead: str) -> None:
    assert headline_lead(headline)[0] == lead


def test_a_romanised_japanese_title_keeps_its_lower_case_particles() -> None:
    page = """Kestrel no Yoru Season 3 Announced, Set To Release In 2031

The third season of Kestrel no Yoru is slated for release in 2031 and will be available on Netflix. Kestrel no Yoru follows a shy girl. The original voice actors will reprise their roles, with Ada Mbeki continuing as Sawako Vell.
"""
    claims = claims_of(page)
    assert main_title(page) == "Kestrel no Yoru"
    assert ("Kestrel no Yoru", "Sawako Vell", "Ada Mbeki") in {(c.subject, c.value["name"], c.value["played_by"]) for c in only(claims, "character")}


def test_a_title_of_words_joined_by_exclamation_marks_is_one_name_and_no_sentence_ends_inside_it() -> None:
    page = """Run! Run! Kestrel Moor Season 2 Announced With 2031 Premiere Date

Season 1 of Run! Run! Kestrel Moor!, one of this year's best new anime series, came to an end today. Season 2 of Run! Run! Kestrel Moor! will premiere in 2031.
"""
    assert main_title(page) == "Run! Run! Kestrel Moor"
    assert {(c.subject, c.season) for c in only(claims_of(page), "premiere_date")} == {("Run! Run! Kestrel Moor", 2)}


@pytest.mark.parametrize(
    "headline",
    [
        "Will there be a Salt Story season 2?",  # a story word a season number follows is the name's own
        "Is There Any Release Date for Salt Story Season 2? Is It Renewed?",  # "any" asks, it names nothing
    ],
)
def test_a_question_headline_names_the_show_before_its_season(headline: str) -> None:
    page = (
        f"{headline}\n\n"
        "Salt Story is a British thriller that was created by Ada Mbeki. Salt Story premiered on BBC One in 2031, "
        "and fans of Salt Story want more. It is unclear whether Salt Story will return.\n"
    )
    assert main_title(page) == "Salt Story"


def test_a_headline_that_quotes_a_title_joined_by_and_names_the_page_s_film() -> None:
    page = (
        "WATCH: 'Kestrel and the Tin Lantern' trailer is all about family\n\n"
        "Kestrel is back. When last we saw Kestrel, the hero had saved the harbour. Kestrel must now protect his family, "
        "and Kestrel will need help.\n\n"
        "“Kestrel and the Tin Lantern” is set to open in theaters on 20 December 2031. Ada Mbeki returns as Kestrel in "
        "“Kestrel and the Tin Lantern,” directed by Ivo Sarr.\n"
    )
    assert main_title(page) == "Kestrel and the Tin Lantern"


def test_a_headline_about_a_work_s_trailer_names_the_work_after_of() -> None:
    page = (
        "The trailer of Kestrel x Moor: The New Harbor is out\n\n"
        "The giants are back as one team in Kestrel x Moor: The New Harbor.\n\n"
        "Starring Ada Mbeki and Ivo Sarr, the movie directed by Rina Holt will release in theaters on 29 March 2031.\n"
    )
    assert main_title(page) == "Kestrel x Moor"
    film_cast = {(c.subject, c.value) for c in only(claims_of(page), "cast_member")}
    assert film_cast == {("Kestrel x Moor: The New Harbor", "Ada Mbeki"), ("Kestrel x Moor: The New Harbor", "Ivo Sarr")}


def test_the_franchise_a_film_belongs_to_is_no_subject_of_the_film_s_facts() -> None:
    page = (
        "Kestrel x Moor: The New Harbor\n\n"
        "\"Kestrel x Moor: The New Harbor\" is the new monster movie, directed by Rina Holt, and the fifth film in "
        "Tin Lantern Pictures' 'MoorVerse', starring Ada Mbeki and Ivo Sarr, releasing April 15, 2031 in theaters.\n\n"
        "The new film will explore the origins of Kestrel x Moor: The New Harbor's giants.\n"
    )
    subjects = {c.subject for c in claims_of(page) if c.attribute in ("cast_member", "premiere_date", "platform")}
    assert subjects == {"Kestrel x Moor: The New Harbor"}


def test_a_sure_headline_name_said_once_outweighs_a_song_the_body_quotes_once() -> None:
    page = (
        "Tin Harbor 4 Poster\n\n"
        "The crew is here in a fresh poster for the fourth film. With the 2002 bop “Won’t Stop” playing in the "
        "background, we see Ada Mbeki, Ivo Sarr and Rina Holt ready for a mission.\n"
    )
    assert main_title(page) == "Tin Harbor"  # (the sequel's number is the page's instalment)


def test_the_show_a_stage_is_named_on_is_the_season_s_show() -> None:
    from airdate.extract.season_named import season_named_runs

    assert season_named_runs("Production on Bay of Salt Season Two begins next week in Hobart.") == {"Bay of Salt": 1}


def test_a_studio_that_announces_in_the_headline_is_not_the_show() -> None:
    page = (
        "Pixar Announces Release Date for Highly Anticipated Glass Orchard 3\n\n"
        "Pixar announces a June 16, 2028 release date for Glass Orchard 3. Pixar confirmed the date, which takes a "
        "slot Pixar had reserved. Ivo Sarr will direct the new film for Pixar. The first Glass Orchard film came out in 2015.\n"
    )
    assert main_title(page) == "Glass Orchard"


def test_the_names_before_starrer_are_the_cast_and_the_work_follows() -> None:
    page = (
        "Ivo Sarr, Ada Mbeki Starrer Tin Lantern 4 Renamed Copper Bells\n\n"
        "Ivo Sarr, Ada Mbeki and Rina Holt are set to return for the fourth film of the comedy franchise Tin Lantern. "
        "The new title refers to the surname of Sarr's character. Mbeki recently starred in Red Kite. "
        "Tin Lantern 4 is produced by Mbeki through her banner. Ada Mbeki and Rina Holt also produce.\n"
    )
    assert main_title(page) == "Tin Lantern"


def test_a_title_may_open_with_the_word_date() -> None:
    page = "Date Of Kestrel Season 5 Release Date\n\nDate Of Kestrel Season 5 will premiere in April 2026. Date Of Kestrel ended its fourth season in 2024.\n"
    assert main_title(page) == "Date Of Kestrel"


GUARDING_LANTERNS = (
    "I Have Been Guarding Lanterns for 300 Years Season 2 Set to Premiere in 2027\n\n"
    "Fans of I Have Been Guarding Lanterns for 300 Years have been waiting for season 2 for a long time. "
    "The I Have Been Guarding Lanterns for 300 Years website revealed that the anime will be back in 2027.\n\n"
    "What to Know for Lanterns Season 2\n\n"
    "Ada Mbeki will direct the new season at Kestrel Moor studio.\n"
)


def test_a_name_with_a_preposition_and_a_number_inside_is_whole_and_a_section_s_short_name_is_the_page_s_show() -> None:
    assert main_title(GUARDING_LANTERNS) == "I Have Been Guarding Lanterns for 300 Years"
    directors = only(claims_of(GUARDING_LANTERNS), "director")
    assert [(c.subject, c.season, c.value) for c in directors] == [("I Have Been Guarding Lanterns for 300 Years", 2, "Ada Mbeki")]



def test_a_section_heading_that_gives_the_show_another_name_and_its_whole_name_is_about_the_show() -> None:
    page = (
        "Glass Orchard Anime Season 2 Confirmed\n\nSeason 2 of the Glass Orchard anime is in production.\n\n"
        "Orchard Tales Season 2 Glass Orchard Anime Season 2\n\n"
        "Also known as Orchard Tales, the Glass Orchard anime follows Ada. The core staff will return, including director Ivo Sarr.\n"
    )
    assert {c.subject for c in claims_of(page)} == {"Glass Orchard"}
