"""Dates as real pages write them: without a year, on a page whose writing date is only bounded by what it says."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, only

# No writing date: the renewal announced on May 2, 2025 is past and the new season, due in late 2026, still ahead;
# the page is written late in that window, so "April 10" is the one before it ends.
YEARLESS = """Harrow Creek Season 5 Release Date, Cast And Plot

Harrow Creek has been renewed for a fifth season, the network announced on May 2, 2025. Season 4 premiered April 10 on Skyline and wraps its run in June.

Season 5 is expected to arrive in late 2026. The fourth season has been a hit since its Jan. 16 debut in Europe.

Filming will begin on Sept. 14, the network said. The show's seventh episode finishes airing next month.
"""


def test_a_date_without_a_year_takes_the_year_the_writing_window_allows() -> None:
    claims = claims_of(YEARLESS)
    dates = [(c.season, c.value) for c in only(claims, "premiere_date")]
    assert (4, "2026-04-10") in dates
    [filming] = only(claims, "production_stage")
    assert filming.value["start"] == "2025-09-14"  # the first Sept. 14 the window allows


def test_the_end_of_a_run_is_no_premiere() -> None:
    dates = {str(c.value) for c in only(claims_of(YEARLESS), "premiere_date")}
    assert not any("June" in v or "next month" in v for v in dates), dates


FINISHES_AIRING = """Harrow Creek Season 8 Release Date, Cast And Plot

Harrow Creek has been renewed for an eighth season, the network announced on May 2, 2025. Season 8 will arrive on June 20, 2025.

The show's seventh season of 18 episodes finishes airing next month.
"""


def test_a_season_that_finishes_airing_next_month_has_no_premiere_then() -> None:
    # "finishes airing" holds the cue "airing": the longer cue, the finale, is the one that dates it
    dates = [(c.season, c.value) for c in only(claims_of(FINISHES_AIRING), "premiere_date")]
    assert dates == [(8, "2025-06-20")]


OPENING_PARTICIPLE = """Harbor Nine Renewed for Season 8

ABC has announced that its hit show Harbor Nine has been renewed for an eighth season. The finale of Season 7 is set to drop on April 15, 2025.

Premiering in 2018, Harbor Nine stars Ona Pell as John, a divorcee who moves to Los Angeles.
"""


def test_a_sentence_that_opens_on_the_show_s_premiere_dates_its_first_season_not_the_writing() -> None:
    claims = claims_of(OPENING_PARTICIPLE)
    assert [(c.season, c.value["text"]) for c in only(claims, "premiere_date")] == [(1, "2018")]
    [renewal] = only(claims, "renewal")
    assert renewal.value["date"] is None  # "Premiering in 2018" no longer says the page was written by 2018


PLATFORM_PREMIERE = """Harbor Nine Season 5 Release Date and Cast

AppleTV+ has today renewed its original drama series Harbor Nine for a fifth season, which is expected to premiere in 2026.

Created by Ona Pell, the series hit Apple TV Plus in 2019 and was quickly renewed for a second season.
"""


def test_a_show_that_hit_a_platform_in_a_year_premiered_its_first_season_there() -> None:
    claims = claims_of(PLATFORM_PREMIERE)
    assert (1, "2019") in [(c.season, c.value["text"]) for c in only(claims, "premiere_date")]
    # "has today renewed its original drama series X": the renewing platform is the show's
    assert "AppleTV+" in {c.value for c in only(claims, "platform")}


def test_a_run_written_with_abbreviated_months_opens_on_its_first_day() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 will premiere in 2026.\n\n"
        "The first season aired from Dec. 14, 2019 to Feb. 19, 2020.\n"
    )
    dates = {(c.season, c.value) for c in only(claims_of(page), "premiere_date") if isinstance(c.value, str)}
    assert (1, "2019-12-14") in dates


def test_a_deadline_bounds_a_premiere_from_above_and_at_the_earliest_from_below() -> None:
    page = (
        "Glass Orchard Season 3 Release Date\n\nGlass Orchard was renewed for season 3 on May 2, 2026.\n\n"
        "Glass Orchard will probably be back for Season 3 by October 2026. "
        "Season 3 will arrive in January 2027 at the earliest.\n"
    )
    values = [c.value for c in only(claims_of(page), "premiere_date") if isinstance(c.value, dict)]
    assert {"start": None, "end": "2026-10-31", "text": "by October 2026"} in values
    assert any(v["start"] == "2027-01-01" and v["end"] is None for v in values)


def test_a_year_s_possessive_dates_the_title_after_it() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 will premiere in 2026.\n\n"
        "At long last, the much awaited sequel to 2019’s super popular Glass Orchard is here.\n"
    )
    dates = [(c.season, c.value) for c in only(claims_of(page), "premiere_date")]
    assert (1, {"start": "2019-01-01", "end": "2019-12-31", "text": "2019"}) in dates


def test_a_year_in_brackets_after_a_work_and_a_season_that_followed_or_came_are_premieres() -> None:
    page = (
        "Glass Orchard Season 4 Release Date\n\nGlass Orchard season 4 will premiere in 2026.\n\n"
        "Ruben Fleisch, known for his work on Vantage (2018) and Deep Field (2022), is directing the film. "
        "Glass Orchard Season 1 premiered in May 2020; Season 2 followed in August 2021. "
        "The third season, Glass Orchard: New World, came in 2023.\n"
    )
    found = {(c.subject, c.season, c.value["start"]) for c in only(claims_of(page), "premiere_date") if isinstance(c.value, dict)}  # type: ignore[index]
    assert {("Vantage", None, "2018-01-01"), ("Deep Field", None, "2022-01-01")} <= found
    assert {("Glass Orchard", 2, "2021-08-01"), ("Glass Orchard", 3, "2023-01-01")} <= found


def test_a_show_that_returned_for_a_season_on_a_date_premiered_it_then() -> None:
    page = (
        "Glass Orchard Season 6 Release Date\n\n"
        "Glass Orchard is a popular crime drama that returned for season 5 on 22nd February 2022. "
        "You can expect season 6 to roll onto FX on May 24, 2023.\n"
    )
    dates = {(c.season, c.value) for c in only(claims_of(page), "premiere_date")}
    assert {(5, "2022-02-22"), (6, "2023-05-24")} <= dates


def test_the_show_s_own_debut_dates_its_first_season_whatever_the_main_verb() -> None:
    page = (
        "Glass Orchard Season 3 Release Date\n\nGlass Orchard season 3 will premiere in 2026.\n\n"
        "After the show’s debut on July 2, 2020, Glass Orchard is moving ahead to the production of season 3.\n"
    )
    assert (1, "2020-07-02") in {(c.season, c.value) for c in only(claims_of(page), "premiere_date") if isinstance(c.value, str)}


def test_a_source_s_publication_is_no_premiere_and_a_renewed_storyline_is_no_renewal() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 has no release date yet.\n\n"
        "In addition, the manga first came out in May 2015. "
        "The new season follows the renewed storyline of Mara, who has to reconsider her plans.\n"
    )
    claims = claims_of(page)
    assert not [c for c in only(claims, "premiere_date") if c.value]
    assert not [c for c in only(claims, "renewal") if c.value and c.value.get("renewed")]  # type: ignore[union-attr]


def test_dates_of_a_sentence_about_publishing_the_source_or_of_its_relative_clause_are_no_premiere() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 will premiere in April 2031.\n\n"
        "A manga adaptation by Ivo Sarr ran from 2020 to 2022. After publishing it digitally in 2022, Kestrel Press began "
        "printing copies. The series is based on the novel, which was first published in 2000 and later re-released in an "
        "expanded four-volume edition from 2007 to 2008. The anime first premiered in 2024.\n"
    )
    years = {c.value["start"][:4] for c in only(claims_of(page), "premiere_date") if isinstance(c.value, dict)}
    assert years == {"2031", "2024"}


def test_the_end_of_a_long_run_is_no_premiere() -> None:
    page = (
        "Glass Orchard Season 3 Release Date\n\nGlass Orchard season 3 will premiere in 2026.\n\n"
        "Glass Orchard season 2 released on July 2, 2022, and concluded its long-run just under three months later on "
        "September 24, 2022.\n"
    )
    assert "2022-09-24" not in {c.value for c in only(claims_of(page), "premiere_date") if isinstance(c.value, str)}


def test_an_episode_schedule_flattened_into_one_line_gives_no_premieres() -> None:
    page = (
        "Glass Orchard Season 5 Release Schedule\n\nGlass Orchard season 5 premiered on April 5, 2025. Fans of the "
        "fantasy anime will want to know when each of the new episodes is going to arrive, and the full list is below.\n\n"
        "Episodes Dates Release Timings (JST/PST) 1 (Released) April 5, 2025 11:30 PM/9 AM 2 (Released) April 12, 2025 "
        "11:30 PM/9 AM 3 April 19, 2025 11:30 PM/9 AM 4 April 26, 2025 11:30 PM/9 AM 5 May 3, 2025 11:30 PM/9 AM\n"
    )
    assert {c.value for c in only(claims_of(page), "premiere_date")} == {"2025-04-05"}


def test_a_tribute_episode_s_air_date_is_no_premiere() -> None:
    page = (
        "Glass Orchard Season 21 Release Date\n\nGlass Orchard season 21 will premiere on CBS on February 12, 2024, and "
        "fans of the naval crime drama are already counting the days until it arrives.\n\n"
        "A tribute episode is slated to air on February 19th, 2024, that will honor the legacy of the late actor.\n"
    )
    assert {c.value for c in only(claims_of(page), "premiere_date")} == {"2024-02-12"}


_HEAD = (
    "Glass Orchard Season 2 release date and news\n\n"
    "Glass Orchard season 2 was confirmed by Hulu in March 2025, and fans are thrilled about it. "
    "The first season premiered on January 5, 2025.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "No date for the premiere of Season 2 has been set at this time.",
        "The premiere date for season two will be announced later.",
        "But still, no particular date has been declared up until this point.",
    ],
)
def test_a_date_not_set_declared_or_still_to_be_announced_is_a_negated_premiere(sentence: str) -> None:
    dates = only(claims_of(_HEAD + sentence + "\n"), "premiere_date")
    assert [(c.season, c.value, c.modality) for c in dates if c.quote == sentence] == [(2, None, "negated")]


def test_an_anticipated_release_looks_ahead_and_a_run_s_end_is_no_premiere() -> None:
    page = _HEAD + "Thus, it is anticipated to be released in the Spring of 2026. Season 1 was released on 3rd August 2025 and will conclude on 28th September.\n"
    claims = claims_of(page)
    dates = {(c.season, str(c.value)) for c in only(claims, "premiere_date")}
    assert (2, str({"start": "2026-03-01", "end": "2026-05-31", "text": "the Spring of 2026"})) in dates
    assert not any("09-28" in value for _, value in dates)
    assert (1, "finale date") in {(c.season, c.value) for c in only(claims, "other")}


def test_a_holiday_in_a_year_is_that_year_s_holiday() -> None:
    page = _HEAD + "Interestingly, the original show was also released on Christmas in 2007.\n"
    assert "2007-12-25" in {str(c.value) for c in only(claims_of(page), "premiere_date")}


@pytest.mark.parametrize(
    ("sentence", "stage", "anchor"),
    [
        ("For Season 2, cameras are set to roll in fall 2025.", "filming", "start"),
        ("The show has been in the making for a while after being first announced in February 2025.", "announced", "span"),
        ("The Glass Orchard Season 2 anime TV show is confirmed to be in production.", "filming", "as_of"),
    ],
)
def test_production_stages_real_pages_name(sentence: str, stage: str, anchor: str) -> None:
    stages = only(claims_of(_HEAD + sentence + "\n"), "production_stage")
    assert [(c.value["stage"], c.value["anchor"]) for c in stages if c.quote == sentence] == [(stage, anchor)]


def test_production_that_has_not_yet_begun_is_a_denied_stage() -> None:
    sentence = "Despite being renewed, production on the show has not yet begun."
    stages = only(claims_of(_HEAD + sentence + "\n"), "production_stage")
    assert [(c.value, c.modality) for c in stages] == [(None, "negated")]


@pytest.mark.parametrize(
    ("sentence", "attribute", "expected"),
    [
        ("Creator Ana Ruiz has confirmed development is underway and will last a year or two.", "production_stage", "development"),
        ("Hulu unveils plans for Glass Orchard 2, a prequel exploring the origin story.", "production_stage", "announced"),
        ("No word yet on casting announcements, but we will keep you posted!", "cast_member", None),
    ],
)
def test_development_underway_plans_unveiled_and_no_casting_news(sentence: str, attribute: str, expected: str | None) -> None:
    found = [c for c in only(claims_of(_HEAD + sentence + "\n"), attribute) if c.quote == sentence]
    assert [(c.value["stage"] if isinstance(c.value, dict) else c.value) for c in found] == [expected]
    assert not [c for c in only(claims_of(_HEAD + sentence + "\n"), "production_stage") if c.value is None]


@pytest.mark.parametrize(
    "sentence",
    ["Mark your calendars for March 5, 2026.", "Netflix has dated season 2 for March 5, 2026.", "Expect season 2 in March 2026."],
)
def test_calendars_marked_a_season_dated_for_a_day_and_a_season_to_expect_date_a_premiere(sentence: str) -> None:
    head = (
        "Glass Orchard season 2 release date and news\n\n"
        "The first season of Glass Orchard premiered on Netflix in April 2024 and was renewed in June 2024.\n\n"
    )
    dates = [c for c in only(claims_of(head + sentence + "\n"), "premiere_date") if c.quote == sentence]
    assert [(c.season, str(c.value)[:30]) for c in dates] and all(c.season == 2 for c in dates)
    assert any("2026-03" in str(c.value) for c in dates)


def test_an_unknown_date_said_in_other_words_is_a_negated_premiere_of_the_coming_season() -> None:
    for sentence in (
        "There's no word yet on when season two of Kestrel Moor will debut.",
        "We don't have a definitive date for season 2 yet, but the window is expected to be late 2026.",
        "It's hard to say when Kestrel Moor season 2 could be released.",
        "While the announcement didn't reveal a release window for the sequel series, fans are hopeful.",
    ):
        page = f"Kestrel Moor Season 2 Release Date\n\nKestrel Moor season 2 is coming to Hulu.\n\n{sentence}\n"
        dates = [(c.season, c.value, c.modality) for c in only(claims_of(page), "premiere_date") if c.quote == sentence]
        assert (2, None, "negated") in dates, sentence


def test_a_season_that_ran_from_one_day_to_another_premiered_on_the_first() -> None:
    page = (
        "Kestrel Moor Season 2 Release Date\n\nKestrel Moor season 2 is coming to Hulu in 2027.\n\n"
        "The first season of Kestrel Moor ran from October 3, 2024, to March 27, 2025, delivering 25 episodes.\n"
    )
    dates = {(c.season, str(c.value)) for c in only(claims_of(page), "premiere_date") if "ran from" in c.quote}
    assert dates == {(1, "2024-10-03")}


def test_an_announcement_a_book_volume_or_a_finale_is_no_premiere_and_praise_does_not_look_ahead() -> None:
    page = (
        "Kestrel Moor Season 2 Release Date\n\nKestrel Moor season 2 is coming to Hulu in 2027.\n\n"
        "Right after the finale, a big announcement dropped on March 28, 2025, confirming the new season.\n\n"
        "The manga's 14th volume is scheduled for release on January 22nd, 2026.\n\n"
        "Kestrel Moor season 1 premiered on October 17, 2024, on Hulu, concluding its run on December 12, 2024.\n\n"
        "Kestrel Moor premiered in April 2025 and was one of the most anticipated anime of the year.\n"
    )
    dates = {(c.season, str(c.value.get("start") if isinstance(c.value, dict) else c.value)) for c in only(claims_of(page), "premiere_date")}
    assert (1, "2024-10-17") in dates and (1, "2025-04-01") in dates
    assert not {d for _, d in dates} & {"2025-03-28", "2026-01-22", "2024-12-12"}


def test_a_run_from_one_day_to_another_dates_its_premiere_and_a_delay_dates_the_new_one_but_a_source_s_run_does_not() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Crunchyroll, the studio said on January 5, 2026.\n\n"
        "Season 1 itself ran from July 3 to September 18, 2024, which helps set expectations. "
        "The official website announced that the second season has been delayed to 2027. "
        "The anime is based on the webtoon Tin Lanterns (Kkot) by Ada Mbeki, which ran from 2009 to 2011.\n"
    )
    dates = {(c.season, str(c.value)) for c in only(claims_of(page), "premiere_date")}
    assert (1, "2024-07-03") in dates
    assert any(season == 2 and "2027-01-01" in value for season, value in dates)
    assert not any("2009" in value for _, value in dates)


def test_a_listed_film_with_a_colon_subtitle_and_a_year_in_brackets_is_dated_under_its_whole_name() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Hulu, the studio said on January 5, 2026.\n\n"
        "The live-action films are:\n- Glass Orchard: Origins (2012)\n- Glass Orchard: Kyoto Inferno (2014)\n"
    )
    dated = {(c.subject, c.season, c.value["start"]) for c in only(claims_of(page), "premiere_date") if isinstance(c.value, dict)}
    assert dated == {("Glass Orchard: Origins", None, "2012-01-01"), ("Glass Orchard: Kyoto Inferno", None, "2014-01-01")}


def test_production_that_has_commenced_is_now_under_way_or_a_work_that_was_shot_in_a_year_is_filming() -> None:
    page = (
        "Glass Orchard Season 2 Update\n\n"
        "Glass Orchard season 2 premieres on Netflix in 2031. Production on season two has already commenced, "
        "the network said on May 2, 2030.\n\n"
        "The production of the second season is now under way.\n"
    )
    stages = [(c.season, c.value["stage"]) for c in only(claims_of(page), "production_stage")]  # type: ignore[index]
    assert stages == [(2, "filming"), (2, "filming")]
    shot = "Glass Orchard 2031 Release Date\n\nGlass Orchard, which was shot in 2029, opens in theaters in 2031.\n"
    assert [c.value["start"] for c in only(claims_of(shot), "production_stage")] == ["2029-01-01"]  # type: ignore[index]


def test_a_decade_a_story_is_set_in_is_no_premiere_and_a_quoted_day_is_no_work() -> None:
    page = (
        "Glass Orchard Season 1 Release Date\n\n"
        "Set to premiere on June 24, 2031, Glass Orchard is set against South Korea in the turbulent 1970s.\n\n"
        "The official site only says \"January 2031\" for now, but Glass Orchard may premiere on January 10, 2031.\n"
    )
    claims = only(claims_of(page), "premiere_date")
    assert {c.subject for c in claims} == {"Glass Orchard"}
    assert "1970s" not in {c.value["text"] for c in claims if isinstance(c.value, dict)}  # type: ignore[index]


def test_a_title_with_chapter_in_it_premieres_on_the_day_and_the_season_around_the_day_adds_nothing() -> None:
    page = ("Glass Orchard: The Next Chapter Finally Gets a Release Date\n\nGlass Orchard: The Next Chapter premieres on "
            "The CW on October 24 at 9 PM ET, leading the Fall 2031 schedule.\n\nThe sequel series stars Ada Mbeki.\n")
    dates = [(c.subject, c.value) for c in only(claims_of(page), "premiere_date")]
    assert dates == [("Glass Orchard: The Next Chapter", "2031-10-24")]


def test_a_release_row_with_a_run_and_a_show_first_broadcast_years_ago() -> None:
    page = ("Tin Lantern Season 2: release date and cast\n\nTin Lantern season 2 is coming to Netflix in 2031.\n\n"
            "Initially broadcast on Channel 4 in June 2028, Tin Lantern was renewed for a second series.\n\n"
            "Broadcast schedules for the Winter 2031 season are usually finalised in early December.\n\n"
            "Release Date: August 2 – September 7, 2029\n")
    dates = {(c.season, str(c.value)) for c in only(claims_of(page), "premiere_date")}
    assert (1, "{'start': '2028-06-01', 'end': '2028-06-30', 'text': 'June 2028'}") in dates
    assert any(v == "2029-08-02" for _, v in dates)
    assert not any("December" in v or "Winter" in v for _, v in dates)


def test_a_source_book_released_upon_good_reviews_dates_no_premiere() -> None:
    page = ("Tin Lantern Season 2: release date and cast\n\nTin Lantern season 2 is coming to Netflix in 2031.\n\n"
            "After her book of essays Tin Lantern won positive reviews upon its release in 2027, Ada Mbeki made it a TV series.\n")
    assert [c.value["text"] for c in only(claims_of(page), "premiere_date")] == ["2031"]  # type: ignore[index]


PAIRED = """Kestrel Moor Season 3: Release Date and Cast

Kestrel Moor Season 3 is coming to Netflix. Seasons 1 and 2 debuted in May 2021 and June 2022 respectively.

The first two seasons premiered on March 3, 2020 and April 9, 2022, both on Netflix.
"""


def test_seasons_named_together_take_the_dates_after_them_in_order() -> None:
    dates = {(c.season, str(c.value)) for c in only(claims_of(PAIRED), "premiere_date")}
    assert (1, "2020-03-03") in dates and (2, "2022-04-09") in dates
    months = {(season, value) for season, value in dates if "2021-05" in value or "2022-06" in value}
    assert {season for season, _ in months} == {1, 2} and all("2022" not in v for s, v in months if s == 1), months


def test_the_year_a_story_is_set_in_is_no_premiere() -> None:
    page = """Copper Bells release date, cast and everything we know

Copper Bells opens in theaters on October 11, 2031. Set in 1975, Copper Bells follows the night before a comedy show's premiere.
The story takes place in the summer of 1988, when the film's heroes were young.
"""
    assert {str(c.value) for c in only(claims_of(page), "premiere_date")} == {"2031-10-11"}


def test_a_run_of_nights_a_channel_schedules_opens_on_its_first_weekday_day() -> None:
    page = """Tin Lantern release date confirmed

Channel 4 has announced its new four-part drama series Tin Lantern. There isn't long to wait until Tin Lantern is on our screens, with Channel 4 scheduling it across four consecutive nights at 9pm from Sunday 9th November to Wednesday 12th November 2025.
"""
    assert (1, "2025-11-09") in {(c.season, str(c.value)) for c in only(claims_of(page), "premiere_date")}


def test_a_series_that_kicks_off_or_starts_premieres_then_but_a_shoot_that_starts_does_not() -> None:
    page = """Glass Orchard series 3: release date and cast

In April 2024, BBC One confirmed that there will be a series 3 of Glass Orchard. Series 1 kicked off February 2023, with Ada Mbeki as DI Tomas Reed. After a Christmas special in 2023, series 2 started in March 2024. Filming for series 3 started in May 2024. So we'd expect series 3 of Glass Orchard to start in February or March 2025.
"""
    claims = claims_of(page)
    premieres = {(c.season, c.value["start"] if isinstance(c.value, dict) else c.value) for c in only(claims, "premiere_date")}
    assert premieres == {(1, "2023-02-01"), (2, "2024-03-01"), (3, "2025-02-01")}
    renewals = {(c.season, c.value["renewed"], c.value["date"]["text"]) for c in only(claims, "renewal")}
    assert (3, True, "April 2024") in renewals


ATTRIBUTED = """Glass Orchard Season 2 Release Date, Cast And Plot

Glass Orchard season 2 is coming to Netflix in 2026.

The second season will premiere on March 6, 2026, Netflix announced.

On February 6, 2025, Netflix confirmed that the show would return.
"""


def test_an_attribution_that_closes_the_sentence_leaves_the_release_date_standing() -> None:
    dates = [(c.season, c.value) for c in only(claims_of(ATTRIBUTED), "premiere_date")]
    assert (2, "2026-03-06") in dates
    assert not any(v == "2025-02-06" for _, v in dates)  # the opening date is when it was announced


def test_the_day_a_show_completed_its_season_is_no_premiere() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Netflix in 2026.\n\n"
        "Glass Orchard began airing on October 4, 2020, and completed its first season on December 20, 2020, after 12 episodes.\n"
    )
    dates = [(c.season, c.value) for c in only(claims_of(page), "premiere_date")]
    assert (1, "2020-10-04") in dates
    assert not any(v == "2020-12-20" for _, v in dates)
