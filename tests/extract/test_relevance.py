"""The gate that spares the full read of pages that cannot hold release claims."""

from __future__ import annotations

from airdate.extract import extract_claims
from airdate.extract.relevance import could_hold_claims
from airdate.ingest.pages import content_hash
from airdate.models import Document, WritingWindow
from tests.extract.helpers import claims_of, only


def doc(text: str) -> Document:
    return Document(id=content_hash(text), name="t.txt", text=text, source="t.txt")


def test_english_release_pages_pass_the_gate() -> None:
    assert could_hold_claims(doc("Harbor Lights season 3 premieres on Hulu in late 2025, the network said."))


def test_pages_without_release_vocabulary_are_skipped() -> None:
    text = "The recipe calls for two cups of flour and a pinch of salt. " * 20
    assert not could_hold_claims(doc(text))
    assert extract_claims(doc(text), WritingWindow(None, None)) == []


def test_pages_in_other_languages_are_skipped() -> None:
    text = "Die zweite Staffel der Serie startet im Herbst 2025 bei einem Streamingdienst, wie der Sender mitteilte. " * 6
    assert not could_hold_claims(doc(text))


def test_one_generic_word_is_not_enough() -> None:
    text = "Prune the hydrangea late in the season and water it well; the shrub will show new growth. " * 5
    assert not could_hold_claims(doc(text))


def test_a_film_page_passes_on_film_words_alone() -> None:
    text = "The Long Quiet 2 release date: the sequel, directed by Mara Odum, opens in cinemas on May 2, 2026."
    assert could_hold_claims(doc(text.replace("the sequel, ", "")))


def test_a_platform_with_a_plus_counts_before_a_possessive_or_a_line_end() -> None:
    assert could_hold_claims(doc("Harbor Lights Season 2: Everything to Know\n\nAfter Disney+'s Harbor Lights ended its first season, fans waited."))
    assert could_hold_claims(doc("Korean thriller to premiere on Paramount+\n\nThe series follows a detective."))


def test_two_words_for_a_film_follow_up_are_two_marks() -> None:
    assert could_hold_claims(doc("Is Dana Cole returning for 'Iron Vale 5'? The sequel would be the fifth installment."))
    assert could_hold_claims(doc("Iron Vale: Beyond the Gate Cast, Release Date, Plot\n\nThe film ends the trilogy."))


def test_a_scheduled_release_and_a_star_studded_cast_are_marks() -> None:
    text = "Marvel unveiled the star-studded cast for Iron Vale: Reckoning. The film, slated for release on May 1, 2026, ends the saga."
    assert could_hold_claims(doc(text.replace("The film", "It")))


def test_a_k_drama_page_that_never_says_season_or_premiere_passes_the_gate() -> None:
    assert could_hold_claims(doc("Ada Mbeki has been cast in the webtoon-based drama Glass Orchard, which makes its debut in June."))


def test_a_film_hitting_cinemas_and_an_actor_joining_its_cast_are_marks() -> None:
    assert could_hold_claims(doc("Ada Mbeki joins a cast that includes Ivo Sarr. Glass Orchard: Dawn will hit cinemas on 20 November 2031."))
    assert not could_hold_claims(doc("Ada Mbeki joins a cast that includes Ivo Sarr."))


def test_a_film_adaptation_page_passes_the_gate() -> None:
    text = ("Copper Bells Character Posters\n\nLast year, an adaptation of the Ada Mbeki novel Copper Bells went into "
            "production, with Ivo Sarr at the helm. Kestrelgen will be releasing the film on September 12th.\n")
    assert could_hold_claims(doc(text))
    assert not could_hold_claims(doc("Climate adaptation is the focus of the report. " * 10))


def test_a_new_show_page_that_asks_when_it_comes_out_passes_the_gate() -> None:
    text = ("All about Ada Mbeki's new show 'Glass Orchard'\n\nThe main players include:\n- Ada Mbeki as Mira Vell\n"
            "When does 'Glass Orchard' come out?\n")
    assert could_hold_claims(doc(text))
    assert not could_hold_claims(doc("When does the bread come out of the oven? After forty minutes, when the crust is brown."))


def test_a_page_about_actors_joining_a_film_s_cast_can_hold_claims() -> None:
    page = (
        "\"Kestrel 2: The Deep\": New trio of actors joins the cast\n\n"
        "Director Ivo Sarr scored a hit with \"Kestrel\". According to this, in addition to the returning lead actor Ada "
        "Mbeki, we will also see Rina Holt and Obi Lanre. When exactly \"Kestrel 2: The Deep\" will be released is not yet known.\n"
    )
    cast = {c.value for c in only(claims_of(page), "cast_member")}
    assert {"Ada Mbeki", "Rina Holt", "Obi Lanre"} <= cast
