"""Fact boxes and season tables flattened into "Label | Value" lines give claims of their own."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, only

PAGE = """Harbour Lights Season 3 Release Date, Cast, Platform And Everything We Know

Harbour Lights season 3 is coming, and the makers have confirmed the release date of the new season.

Series Name | Harbour Lights
Season | 3
Release Date | 12 March 2026
Platform | Stan, ABC iview
Director | Mara Quill
Writers | Tom Abery, Jules Penn
Production company | Saltwater Films
Total Episodes | 8 (expected)
Cast | Ana Ruiz, Bo Lindqvist

Season 1 | 14/02/2023 | 6 Episodes
Season 2 | 20 October 2024 | Episodes 7-14

SEASON 3 | RUMOR MILL

The third season will premiere on Stan in March, and fans are excited to see the release.
"""


def test_fact_box_rows_give_the_target_seasons_facts() -> None:
    claims = [c for c in claims_of(PAGE) if " | " in c.quote]
    found = {(c.season, c.attribute, str(c.value), c.modality) for c in claims}
    assert (3, "premiere_date", "2026-03-12", "confirmed") in found
    assert {(3, "platform", "Stan", "confirmed"), (3, "platform", "ABC iview", "confirmed")} <= found
    assert (3, "director", "Mara Quill", "confirmed") in found
    assert {(3, "writer", "Tom Abery", "confirmed"), (3, "writer", "Jules Penn", "confirmed")} <= found
    assert (3, "production_company", "Saltwater Films", "confirmed") in found
    assert (3, "episode_count", "8", "expected") in found
    assert {(3, "cast_member", "Ana Ruiz", "confirmed"), (3, "cast_member", "Bo Lindqvist", "confirmed")} <= found


def test_season_table_rows_date_and_count_each_season() -> None:
    claims = [c for c in claims_of(PAGE) if c.quote.startswith("Season ")]
    found = {(c.season, c.attribute, str(c.value)) for c in claims}
    assert (1, "premiere_date", "2023-02-14") in found and (1, "episode_count", "6") in found
    assert (2, "premiere_date", "2024-10-20") in found and (2, "episode_count", "8") in found


def test_a_shouted_section_tag_is_no_fact_box_and_tba_says_no() -> None:
    assert not [c for c in claims_of(PAGE) if "RUMOR MILL" in c.quote]
    page = PAGE.replace("Platform | Stan, ABC iview", "Streaming | TBA")
    platforms = [c for c in only(claims_of(page), "platform") if " | " in c.quote]
    assert [(c.value, c.modality) for c in platforms] == [(None, "negated")]


ROUNDUP = """Web Series Releasing In May 2026: Full List With Release Dates And Platforms

May is packed with new web series, so here is the full list with release dates and platforms.

1. Copper Street Season 2

Release Date | 8 May 2026
Platform | Stan

The second season of the heist comedy will release next week.

2. River Ledger

Release Date | 15 May 2026
Platform | Crave

A brand-new thriller that will premiere in the middle of the month.

3. Lantern Row Season 3

Release Date | 22 May 2026
Platform | Binge

The third season will release after a long wait.
"""


def test_fact_box_rows_stay_inside_their_roundup_section() -> None:
    rows = [c for c in claims_of(ROUNDUP) if " | " in c.quote]
    found = {(c.subject, c.season, c.attribute, str(c.value)) for c in rows}
    assert ("Copper Street", 2, "platform", "Stan") in found
    assert ("Copper Street", 2, "premiere_date", "2026-05-08") in found
    assert ("Lantern Row", 3, "platform", "Binge") in found
    assert ("Lantern Row", 3, "premiere_date", "2026-05-22") in found


def test_where_to_watch_rows_by_country_give_each_season_its_platforms() -> None:
    page = PAGE.replace(
        "SEASON 3 | RUMOR MILL",
        "United Kingdom | Seasons 1-2 on Sky and NOW TV, Season 3 on Netflix\nIndia | JioHotstar (Hindi dub) | Monday 9:00 PM\n"
        "Platform | Stan (ABC iview)",
    )
    rows = [c for c in only(claims_of(page), "platform") if " | " in c.quote]
    found = {(c.season, c.value) for c in rows}
    assert {(1, "Sky"), (2, "Sky"), (1, "NOW TV"), (2, "NOW TV"), (3, "Netflix")} <= found
    assert (3, "JioHotstar") in found and (3, "Hindi dub") not in found
    assert {(3, "Stan"), (3, "ABC iview")} <= found
    assert not [c for c in rows if "Monday" in str(c.value)]


GUIDE = """Copper Street Season 2 Episode Release Schedule: When Does Each Episode Come Out?

Copper Street season 2 is here, and new episodes will release every Sunday until the finale.

Episode 1: "The Long Con" – airs Sunday, April 12, 2026
Episode 2: "Salt and Iron" – airs Sunday, April 19, 2026
Episode 3: "A Crown of Reeds" – airs Sunday, April 26, 2026

The finale will release in May.
"""


def test_an_episode_guide_dates_the_premiere_by_its_first_episode_only() -> None:
    premieres = [c for c in only(claims_of(GUIDE), "premiere_date") if c.quote.startswith("Episode")]
    assert [(c.subject, c.season, c.value) for c in premieres] == [("Copper Street", 2, "2026-04-12")]


@pytest.mark.parametrize(
    ("line", "attribute", "value"),
    [
        ("Where to watch: Netflix", "platform", "Netflix"),
        ("Directed by: Ana Ruiz", "director", "Ana Ruiz"),
        ("Episodes: 16", "episode_count", 16),
        # (a cast line short enough to read as a heading, which the sentence rules pass over)
        ("Lead cast: Ada Mbeki", "cast_member", "Ada Mbeki"),
    ],
)
def test_a_fact_box_written_with_colons_gives_one_fact_a_line(line: str, attribute: str, value: object) -> None:
    page = (
        "Glass Orchard season 2 release date and news\n\n"
        "Glass Orchard season 2 was renewed in March 2025, and fans are thrilled about it.\n\n"
        + line + "\n\nThe show is a hit with fans of the genre and critics alike.\n"
    )
    assert [c.value for c in only(claims_of(page), attribute) if c.quote == line] == [value]


def test_an_anime_staff_list_names_its_series_composer_and_its_studio() -> None:
    page = ("Glass Orchard Season 2: Release Date\n\nGlass Orchard season 2 will stream on Crunchyroll in 2031, and the "
            "staff have been revealed:\n\n  • Director: Ivo Sarr\n  • Series Composition: Rina Holt\n  • Character Design: "
            "Mae Corran\n  • Animation Production: Kestrel Moor\n")
    claims = claims_of(page)
    assert {(c.attribute, c.season, c.value) for c in claims if c.attribute in ("writer", "production_company")} == {
        ("writer", 2, "Rina Holt"), ("production_company", 2, "Kestrel Moor")}


def test_a_crew_line_s_brackets_hold_the_crew_s_earlier_works_not_a_part() -> None:
    page = ("Summer Lanterns Anime Staff Revealed\n\nThe Summer Lanterns anime premieres on AT-X in July 2031.\n\n"
            "Director: Ivo Sarr (Red Kite)\n\nScripts: Mae Corran (Salt Road, Grey Harbor)\n\nCharacter designs: Rina Holt (Grey Harbor)\n")
    claims = claims_of(page)
    assert not only(claims, "character") and not only(claims, "cast_member")
    assert {(c.subject, c.value) for c in only(claims, "director")} == {("Summer Lanterns", "Ivo Sarr"), ("Red Kite", "Ivo Sarr")}
    assert {(c.subject, c.value) for c in only(claims, "writer")} == {
        ("Summer Lanterns", "Mae Corran"), ("Salt Road", "Mae Corran"), ("Grey Harbor", "Mae Corran")}


def test_a_series_composer_row_names_the_anime_s_writer_and_credits_the_bracketed_work() -> None:
    page = (
        "Kestrel Moor Anime Release Date\n\nKestrel Moor premieres on Crunchyroll on October 5, 2031.\n\n"
        "Series composer: Ivo Sarr (Red Kite)\n"
    )
    claims = claims_of(page)
    assert {(c.subject, c.value) for c in only(claims, "writer")} >= {("Kestrel Moor", "Ivo Sarr"), ("Red Kite", "Ivo Sarr")}
    assert not only(claims, "character")


def test_a_wiki_box_row_closed_by_a_pipe_and_its_written_by_row_are_facts_not_a_byline() -> None:
    page = ("The Scandal of Tin: release date and cast\n\nThe Scandal of Tin is a new K-drama coming in 2031.\n\n"
            "Written by | Ada Mbeki |\n\nNetwork | TVING |\n")
    claims = claims_of(page)
    assert [(c.subject, c.value) for c in only(claims, "writer")] == [("The Scandal of Tin", "Ada Mbeki")]
    assert {c.value for c in only(claims, "platform")} == {"TVING"}
