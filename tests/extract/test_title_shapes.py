"""Which name is the page's work, when its headline opens with a person, a platform, a language or an ordinal."""

from __future__ import annotations

from airdate.extract.headline_lead import headline_lead
from airdate.extract.korean_names import is_korean_name
from tests.extract.helpers import main_title


def test_the_title_before_a_colon_stands_when_a_starrer_phrase_follows_it() -> None:
    page = (
        "Glass Orchard 3: Is Ada Mbeki Starrer Set to Release Alongside Ivo Sarr's Hindi Version? Director Clarifies\n\n"
        "Glass Orchard 3, starring Ada Mbeki, is in production. The Hindi adaptation stars Ivo Sarr.\n\n"
        "The director said Glass Orchard 3 will release first, and the Hindi version two months later.\n"
    )
    assert main_title(page) == "Glass Orchard"


def test_a_platform_after_on_is_where_the_show_airs_not_part_of_its_name() -> None:
    page = (
        "Tin Lantern on Hulu release updates: Cast, synopsis, and more\n\n"
        "Hulu is gearing up to give subscribers a new series, Tin Lantern. Tin Lantern is based on a novel.\n\n"
        "Tin Lantern premieres on November 1 on Hulu. The cast of Tin Lantern includes Ada Mbeki.\n\n"
        "Watch Tin Lantern on Hulu from November 1.\n"
    )
    assert main_title(page) == "Tin Lantern"


def test_a_name_after_a_job_is_a_person_even_when_the_headline_opens_with_it() -> None:
    page = (
        "Ivo Sarr announces Red Kite 2\n\n"
        "Actor-producer Ivo Sarr has announced a sequel to his 2018 horror film Red Kite. Directed by Ada Mbeki with Obi "
        "Lanre serving as the creative director, Red Kite also starred Rina Holt. The promo video features a scene from "
        "Red Kite, along with a voiceover by Ivo.\n\n"
        "Speaking about the sequel, Ivo said, “Red Kite has been a labour of love. With Red Kite 2, we want to push further.”\n"
    )
    assert main_title(page) == "Red Kite"


def test_a_name_leading_a_work_and_its_first_name_alone_are_no_title_nor_is_a_rank() -> None:
    page = (
        "Ivo Sarr Plays A Russian Count In Starz's Salt Road Trailer\n\n"
        "Starz recently released the trailer for the Ivo Sarr-led Salt Road.\n"
        "The eight-episode series will premiere on March 29. The story follows Count Tomas Reed (Sarr), who is spared.\n"
        "The Count is banished to the attic. Ivo Sarr also serves as executive producer of Salt Road.\n"
    )
    assert main_title(page) == "Salt Road"


def test_a_romanised_korean_given_name_may_end_in_ah() -> None:
    assert is_korean_name("Kim Sun-ah")
    assert is_korean_name("Oh Yoon-ah")
    page = (
        "Kim Sun-ah reveals her true face in Copper Bells\n\n"
        "A first teaser has dropped for the upcoming Copper Bells, with stills of Kim Sun-ah (Red Kite), Oh Yoon-ah (Salt "
        "Road) and Park Ji-hu (Grey Harbor). Kim Sun-ah plays a singer.\n\n"
        "Copper Bells premieres on May 10. Kim Sun-ah and Oh Yoon-ah last met in Grey Harbor.\n"
    )
    assert main_title(page) == "Copper Bells"


def test_an_episode_number_after_a_headline_name_makes_it_the_work_whatever_the_time_zones_say() -> None:
    page = (
        "Kestrel?! Episode 2: Everything You Need to Know\n\n"
        "The second episode of Kestrel?! is scheduled to air on Saturday, January 20, 2024, at 11:00 pm Japan Standard Time. "
        "Kestrel is an original anime.\n\n"
        "Time zones:\nPacific Time\n6:00 am\nEastern Time\n9:00 am\nCentral European Time\n3:00 pm\nGreenwich Mean Time\n"
        "2:00 pm\nIndia Standard Time\n7:30 pm\nAustralian Eastern Time\n1:00 am\nMountain Time\n7:00 am\n\n"
        "Kestrel will stream on Crunchyroll.\n"
    )
    assert main_title(page) == "Kestrel"


def test_a_medium_possessive_after_the_name_belongs_to_the_work() -> None:
    assert headline_lead("Kestrel Moor Anime's Story Video Reveals, Previews Theme Songs")[0] == "Kestrel Moor"


def test_an_ordinal_may_open_a_title() -> None:
    page = (
        "Why 3rd Tin Loop season 2 should be green-lit, explored\n\n"
        "With the end of season 1, the hopes for 3rd Tin Loop season 2 are high. The anime mesmerized fans.\n\n"
        "Neither the studio nor the author has green-lit 3rd Tin Loop season 2 yet. 3rd Tin Loop adapts a light novel.\n"
    )
    assert main_title(page) == "3rd Tin Loop"


def test_an_ampersand_joins_one_name_in_the_body() -> None:
    page = (
        "Everything to know about the new period drama\n\n"
        "Ada Mbeki and Ivo Sarr are set to star in a new Sky show Salt & Stone, with Rina Holt co-starring.\n\n"
        "Salt & Stone is a historical drama. Salt & Stone premieres on Sky Atlantic on March 5.\n"
    )
    assert main_title(page) == "Salt & Stone"
