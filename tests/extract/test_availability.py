"""Where a show streams, country by country, in running text."""

from __future__ import annotations

from tests.extract.helpers import claims_of, only

PAGE = """Copper Street Season 4 Release Date: Everything We Know

Copper Street season 4 is coming, and the makers have confirmed the release date for the new season.

Copper Street Season 4 will stream on JioCinema in India, while international viewers can watch it on Hulu.

The new season will premiere on 12 March 2026, and fans cannot wait for the release.
"""


def test_a_contrast_clause_keeps_the_season_for_the_other_countries_platform() -> None:
    found = {(c.season, c.value) for c in only(claims_of(PAGE), "platform")}
    assert (4, "JioCinema") in found and (4, "Hulu") in found
    assert (None, "Hulu") not in found


def test_without_a_contrast_a_later_platform_does_not_borrow_the_season() -> None:
    page = PAGE.replace(", while international viewers can watch it on Hulu.", ". Older seasons sit on Hulu.")
    found = {(c.season, c.value) for c in only(claims_of(page), "platform")}
    assert (4, "Hulu") not in found


def test_the_next_name_of_a_platform_list_keeps_the_season() -> None:
    page = PAGE.replace("watch it on Hulu.", "watch it on Hulu and Amazon Prime Video.")
    found = {(c.season, c.value) for c in only(claims_of(page), "platform")}
    assert (4, "Amazon Prime Video") in found and (None, "Amazon Prime Video") not in found


def test_indian_numbering_counts_viewers() -> None:
    page = PAGE + "\nAccording to JioCinema, season 3 was watched by 7.2 crore viewers in its first 15 days.\n"
    amounts = [c.value["amount"] for c in only(claims_of(page), "viewership")]
    assert amounts == [72_000_000]


def _platforms(text: str) -> set[tuple[object, str]]:
    head = "Copper Street Season 3: Release Date and Cast\n\nCopper Street season 3 is coming soon, with a new trailer.\n\n"
    return {(c.season, str(c.value)) for c in only(claims_of(head + text), "platform") if c.quote in text}


def test_a_platform_that_renews_or_confirms_a_season_carries_that_season() -> None:
    assert (3, "Showtime") in _platforms("Showtime confirmed season three of Copper Street in December.\n")
    assert (3, "Prime Video") in _platforms("Prime Video has officially renewed the drama Copper Street for a third season.\n")


def test_a_platform_as_an_adjective_of_the_show_is_the_whole_shows() -> None:
    assert (None, "tvN") in _platforms("Fans loved the tvN medical drama Copper Street from the start.\n")
    assert (None, "Apple TV+") in _platforms("The Apple TV+ adaptation of the novel has won over readers.\n")
    # "at HBO as Drama Becomes ...": a preposition, not an adjective of the show
    assert (None, "HBO") not in _platforms("Copper Street Renewed for Season 3 at HBO as Drama Becomes a Hit.\n")
    # the adjective names the show that follows it, not the one named earlier in the sentence
    text = "He starred in the indie drama Copper Street and wrapped the Netflix thriller Salt and Cinder.\n"
    head = "Copper Street Season 3: Release Date and Cast\n\nCopper Street season 3 is coming soon, with a new trailer.\n\n"
    assert not [c for c in only(claims_of(head + text), "platform") if c.quote in text and c.subject == "Copper Street"]


RETURN_ANNOUNCED = """Stone Well Season 2: What We Know

Amazon Prime Video has officially announced the return of its critically acclaimed series, Stone Well, for a second season.

There have been intense speculations over the release of the second season of the popular Amazon Prime Video series, Stone Well.

In fact, Stone Well made its debut on Prime Video on September 29, 2023 and garnered fairly favorable reviews.
"""


def test_a_platform_announcing_the_return_of_its_series_renews_it_and_carries_the_season() -> None:
    claims = claims_of(RETURN_ANNOUNCED)
    assert {(c.season, c.value["renewed"]) for c in only(claims, "renewal")} == {(2, True)}  # type: ignore[index]
    assert (2, "Amazon Prime Video") in {(c.season, c.value) for c in only(claims, "platform")}


def test_the_platform_that_owns_the_show_is_a_fact_even_inside_a_hedged_sentence() -> None:
    assert (None, "Amazon Prime Video") in {(c.season, c.value) for c in only(claims_of(RETURN_ANNOUNCED), "platform")}


def test_a_show_that_made_its_debut_on_a_platform_premiered_its_first_season_there() -> None:
    assert (1, "Prime Video") in {(c.season, c.value) for c in only(claims_of(RETURN_ANNOUNCED), "platform")}


FILM = """Harbor Blade 2 Release Date and Cast

Harbor Blade 2 is set to hit theaters on November 22, 2024, with the first trailer out now. The sequel is directed by Ana Ruiz.
"""


def test_a_film_that_hits_theaters_is_released_in_theaters() -> None:
    assert "theaters" in {c.value for c in only(claims_of(FILM), "platform")}


def test_a_hedged_landing_a_platform_service_and_regional_broadcasters_are_platforms() -> None:
    page = (
        "Glass Orchard Season 3 Release Date\n\nGlass Orchard season 3 will premiere in 2026.\n\n"
        "Glass Orchard season 3 is expected to be streaming on Hulu from October. "
        "On Friday, June 24, the Crunchyroll service will debut the finale of Glass Orchard season 2. "
        "Word is that Glass Orchard 3 will be landing on screens, particularly on CCTV8 and Tencent Video. "
        "Glass Orchard is an upcoming series on Sony LIV.\n\n"
        "Netflix’s hit Spanish comedy-drama series Glass Orchard has been a smash success. "
        "Possible release date of the zombie series on Disney Plus!\n"
    )
    claims = only(claims_of(page), "platform")
    found = {(c.season, c.value, c.modality) for c in claims}
    assert (3, "Hulu", "expected") in found
    assert (2, "Crunchyroll", "confirmed") in found
    assert {"CCTV8", "Tencent Video", "Sony LIV"} <= {c.value for c in claims}
    assert {c.subject for c in claims} == {"Glass Orchard"}  # "Spanish" describes the show, it is no title
    assert "Disney Plus" not in {c.value for c in claims}  # the hedge is about the date, no verb lands it there


def test_the_kind_of_platform_may_be_named_before_it() -> None:
    page = (
        "Doctor Vey Release Date\n\nDoctor Vey is a medical drama that has been drawing attention since it was first "
        "announced, and fans are counting the days until it arrives.\n\n"
        "Doctor Vey is set to premiere on Netflix in select regions and will also air on the South Korean cable network JTBC.\n"
    )
    assert {c.value for c in only(claims_of(page), "platform")} == {"Netflix", "JTBC"}


def test_canadian_and_japanese_broadcasters_are_platforms() -> None:
    page = (
        "Glass Orchard Season 17 Release Date\n\nGlass Orchard season 17 is coming this fall, and fans of the family drama "
        "are already counting the days until it arrives.\n\n"
        "Glass Orchard season 17 will air on CBC and CBC Gem. The anime premiered on Tokyo MX, BS11, and AT-X.\n"
    )
    assert {c.value for c in only(claims_of(page), "platform")} == {"CBC", "CBC Gem", "Tokyo MX", "BS11", "AT-X"}


def test_titles_given_as_examples_of_a_platform_s_catalogue_stream_there() -> None:
    page = (
        "Glass Orchard Release Date\n\nGlass Orchard is an upcoming Netflix thriller that fans have been waiting for "
        "since it was first announced last year.\n\n"
        "“Glass Orchard” follows other suspenseful genre titles out of Korea on Netflix, including “The Bequest,” led by "
        "director Yeon Sang-ho, and “A Killer Puzzle,” starring Choi Woo-shik. "
        "Season 4 is tipped to begin filming in September 2026 under the working title \"Glass Token.\"\n"
    )
    claims = claims_of(page)
    assert {(c.subject, c.value) for c in only(claims, "platform")} == {
        ("Glass Orchard", "Netflix"), ("The Bequest", "Netflix"), ("A Killer Puzzle", "Netflix")}
    assert {c.subject for c in only(claims, "director")} == {"The Bequest"}
    assert "Glass Token" not in {c.subject for c in claims}


def test_a_platform_where_someone_works_is_no_platform_of_the_show() -> None:
    page = (
        "Glass Orchard season 2 release date and news\n\n"
        "Glass Orchard season 2 will premiere in late 2026 on Netflix, which renewed it in March 2025.\n\n"
        "Ana Ruiz is the President of Original Programming at FX. Ivo Sarr thanked our partners at Hulu.\n"
    )
    assert {c.value for c in only(claims_of(page), "platform")} == {"Netflix"}


def test_a_show_that_returns_on_a_day_and_then_on_a_list_of_channels_is_on_each() -> None:
    page = "Glass Orchard Season 5 Release Date\n\nGlass Orchard season 5 returns on May 2, 2031 at 8 pm on ITV1, ITVX, STV, and STVPlayer.\n"
    assert {(c.season, c.value) for c in only(claims_of(page), "platform")} == {(5, "ITV1"), (5, "ITVX"), (5, "STV"), (5, "STVPlayer")}


def test_japanese_broadcasters_and_korean_cable_channels_are_platforms() -> None:
    page = (
        "Kestrel Moor Anime Season 2 Release Date\n\n"
        "Kestrel Moor season 2 will premiere on April 2, 2031 on Kansai TV, then on Tokai TV and KBS Kyoto.\n\n"
        "The new season will also stream on d Anime Store and U-NEXT in Japan.\n"
    )
    found = {c.value for c in only(claims_of(page), "platform") if c.season == 2}
    assert {"Kansai TV", "Tokai TV", "KBS Kyoto", "d Anime Store", "U-NEXT"} <= found


def test_a_network_s_possessive_inside_an_actor_s_credit_owns_the_work_after_it_not_the_page_s_show() -> None:
    page = (
        "Kestrel Moor Series Release Date\n\nKestrel Moor premieres on Apple TV+ on March 15, 2031. "
        "Ivo Sarr is best known for playing Prince Tomas on Netflix’s The Salt Road, a role which earned him an Emmy.\n"
    )
    platforms = {(c.subject, c.value) for c in only(claims_of(page), "platform")}
    assert ("The Salt Road", "Netflix") in platforms
    assert not {p for p in platforms if p[0] == "Kestrel Moor" and p[1] == "Netflix"}


def test_a_show_described_as_a_networks_drama_streams_there() -> None:
    page = ("Tin Lantern: release date and cast\n\nTin Lantern is an upcoming TVING historical romance drama scheduled "
            "to premiere in 2031.\n")
    assert ("Tin Lantern", None, "TVING") in {(c.subject, c.season, c.value) for c in only(claims_of(page), "platform")}
