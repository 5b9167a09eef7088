"""People and titles: spelling, spacing and order variants meet; comparison titles stay apart."""

from __future__ import annotations

import pytest

from airdate.extract.headline_lead import headline_lead
from airdate.extract.names import find_names
from airdate.extract.title_words import shown_as_person
from airdate.normalize import person_key, same_person, same_title, title_key
from tests.extract.helpers import claims_of, main_title, only, roles_of


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lee Jae Kyoo", "Lee Jae-kyoo"),
        ("Jae Kyoo", "Lee Jae-kyoo"),
        ("Ji-hu Park", "Park Ji-hu"),
        ("Jihu Park", "Park Ji-hu"),
        ("Nam-ra", "Choi Nam-ra"),
        ("Nam-Ra", "Nam-ra"),
    ],
)
def test_person_variants_are_the_same_person(a: str, b: str) -> None:
    assert same_person(a, b)


@pytest.mark.parametrize(("a", "b"), [("Park Ji-hu", "Park Ji-min"), ("Lee Jae-kyoo", "Kim Jae-kyoo"), ("Mira Holt", "Teo Holt")])
def test_different_people_stay_apart(a: str, b: str) -> None:
    assert not same_person(a, b)


def test_person_key_ignores_order_and_hyphens() -> None:
    assert person_key("Ji-hu Park") == person_key("Park Ji Hu")


def test_title_variants_meet() -> None:
    assert title_key("Some Of Us Is Lost") == title_key("Some of Us Are Lost")
    assert same_title("The Glass Orchard", "Glass Orchard")
    assert not same_title("The Glass Orchard", "The Iron Vale")


PAGE = """Some of Us Are Lost Season 2 Release Date, Cast and News

Some of Us Are Lost Season 2: what we know

Some of Us Are Lost was renewed for a second season on June 6, 2024. The cast of Some Of Us Is Lost has yet to be revealed.
Director Lee Jae Kyoo returns for the new season. The first season was directed by Lee Jae-kyoo. Fans love how director Jae Kyoo shot the finale.
The first season starred Ji-hu Park, Mira Holt, and Teo Vance. Park Ji-hu said the second season will be darker.
One example is the worldwide hit Red Canyon, which received its season 2 green light last June 13, 2023.
And, unlike Some of Us Are Lost and Harbor Lights, The Iron Vale received a season 2 renewal before the first season was even released.
"""


def test_aliases_and_misspellings_of_the_page_title_are_one_subject() -> None:
    claims = claims_of(PAGE)
    own = [c for c in claims if title_key(c.subject) == title_key("Some of Us Are Lost")]
    assert only(own, "renewal") and only(own, "cast_member")
    negated_cast = [c for c in only(own, "cast_member") if c.modality == "negated"]
    assert negated_cast and negated_cast[0].season == 2 and negated_cast[0].value is None


def test_name_variants_merge_into_one_claim_with_restatements() -> None:
    directors = only(claims_of(PAGE), "director")
    seasons = {c.season for c in directors}
    for season in seasons:
        same_season = [c for c in directors if c.season == season]
        assert len(same_season) == 1
    first = next(c for c in directors if c.season == 1)
    assert same_person(first.value, "Lee Jae-kyoo") and first.also_quotes
    cast = [c for c in only(claims_of(PAGE), "cast_member") if c.value]
    assert sum(1 for c in cast if same_person(c.value, "Park Ji-hu")) == 1


def test_comparison_titles_are_their_own_subjects() -> None:
    claims = claims_of(PAGE)
    renewals = {title_key(c.subject): c for c in only(claims, "renewal")}
    assert renewals[title_key("Red Canyon")].value["date"] == "2023-06-13"
    assert renewals[title_key("The Iron Vale")].season == 2
    own = renewals[title_key("Some of Us Are Lost")]
    assert own.value["date"] == "2024-06-06"
    assert title_key("Harbor Lights") not in renewals


def test_a_title_keeps_its_foreign_connectors_and_a_book_number_is_its_season() -> None:
    page = (
        "Luntian ng Bukid Book 2: Premiere date, cast, and where to stream\n\n"
        "The network has confirmed that Luntian ng Bukid Book 2 will premiere on March 2, 2026, "
        "a year after the release of Book 1.\n\nThe new book will air on TV5, and the release date is final, with new episodes every weeknight.\n"
    )
    premieres = only(claims_of(page), "premiere_date")
    assert premieres and {(c.subject, c.season) for c in premieres} == {("Luntian ng Bukid", 2)}


def test_a_headline_naming_a_star_names_the_show_before_the_role() -> None:
    page = (
        "Copperline star Ana Lutz promises big twists in season 2\n\n"
        "Copperline star Ana Lutz says season 2 is coming to Netflix in 2027.\n"
        "Ana Lutz spoke to reporters in Los Angeles about the new season.\n"
    )
    claims = claims_of(page)
    assert claims and {c.subject for c in claims} == {"Copperline"}


def test_the_full_name_wins_over_a_shorter_one_said_more_often() -> None:
    page = (
        "Everything we know about Lanterns in Vell season four so far\n\n"
        "Lanterns in Vell season 4 is coming to Netflix in 2027. Lanterns is what fans call it.\n"
        "Lanterns in Vell first premiered on Netflix on March 3, 2023. Lanterns fans are waiting.\n"
    )
    assert {c.subject for c in claims_of(page)} == {"Lanterns in Vell"}


def test_a_headline_with_a_season_in_words_sets_the_season_the_page_is_about() -> None:
    page = (
        "Hollow Pines Renewed for Third and Final Season at Netflix\n\n"
        "Hollow Pines will return to Netflix, the streamer said on Tuesday.\n"
    )
    assert {(c.season, c.attribute) for c in claims_of(page)} >= {(3, "renewal"), (3, "platform")}


def test_a_job_title_ending_in_a_genre_word_names_no_show() -> None:
    page = (
        "Tin Lantern Season 3 Release Date\n\nTin Lantern Season 3 is coming to HBO.\n\n"
        "HBO's head of drama Francesca Orli gave an update on the season in May 2025.\n"
    )
    assert {c.subject for c in claims_of(page)} == {"Tin Lantern"}


def test_an_everyday_word_can_be_the_title_and_a_questions_auxiliary_is_not() -> None:
    body = (
        "Netflix's newest drama Tomorrow follows a young man who joins a team of grim reapers. "
        "Tomorrow premiered in 2031, and Tomorrow fans want more. Has Tomorrow Season 2 been renewed? Not yet.\n"
    )
    assert main_title("The Korean Drama Tomorrow Season 2 Has Not Yet Been Renewed!\n\n" + body) == "Tomorrow"
    assert main_title("Everything To Know About A Potential Tomorrow Season 2\n\n" + body) == "Tomorrow"
    assert main_title("Renewed or Cancelled – will there be a Tomorrow Season 2?\n\n" + body) == "Tomorrow"


def test_people_who_own_the_show_in_a_headline_are_not_its_title() -> None:
    page = (
        "Ada Mbeki, Ivo Sarr's Glass Orchard 2 Release Date: When and Where to Watch\n\n"
        "Ada Mbeki returns in Glass Orchard 2. Ada Mbeki and Ivo Sarr lead the cast. Glass Orchard 2 is on Netflix. "
        "Fans of Glass Orchard cannot wait, says Ada Mbeki. Ada Mbeki loves it. Ada Mbeki again.\n"
    )
    assert main_title(page) == "Glass Orchard"


def test_a_name_after_an_adverbial_opener_ending_in_series_is_no_title() -> None:
    page = (
        "Tin Lantern Season 2: Release Date and Cast\n\nTin Lantern season 2 will premiere on Apple TV+ next year.\n\n"
        "Throughout the course of the thriller series, Juliette (Rebecca Fergus) conducts some investigating.\n"
    )
    roles = roles_of(page)
    assert ("Juliette", "Rebecca Fergus") in roles


def test_a_number_a_headline_puts_a_season_on_is_the_show_and_no_date() -> None:
    page = (
        "1911 Season 2: Filming, Cast and Premiere Date\n\n"
        "The frontier drama 1911 was renewed halfway through its first season on Paramount+. "
        "According to the local film office, 1911 is currently filming its second season in Austin.\n"
    )
    claims = claims_of(page)
    assert {c.subject for c in claims} == {"1911"}
    filming = only(claims, "production_stage")
    assert filming and all("1911" not in str(c.value.get("start")) for c in filming)  # type: ignore[union-attr]


def test_titles_with_abbreviations_numbers_and_stop_words_stay_whole() -> None:
    doctor = (
        "Dr. Lantern Season 4 Release Date: Cast, Plot, And Everything We Know So Far!\n\n"
        "The medical drama Dr. Lantern has been a hit since 2016. Season 4 of Dr. Lantern is not confirmed. "
        "Dr. Lantern season 4 would follow Dr. Lantern season 3.\n"
    )
    assert main_title(doctor) == "Dr. Lantern"
    numbered = (
        "Beast No. 9 Season 2 Officially Announced with New Cast\n\n"
        "Beast No. 9 season 2 was announced after the finale. Fans of Beast No. 9 cheered.\n"
    )
    assert main_title(numbered) == "Beast No. 9"
    hundred = (
        "Ghost Courier 100 Season 3: Updates on plot, cast, release date\n\n"
        "Two years after the second season, Ghost Courier 100 is returning with a third season.\n"
    )
    assert main_title(hundred) == "Ghost Courier 100"  # a number of three digits is no sequel's
    quoted = (
        "Netflix Renews 'Who Burned Rome?' Season 3: What We Know\n\n"
        "Netflix has renewed Who Burned Rome for Season 3. Who Burned Rome is a hit.\n"
    )
    assert main_title(quoted) == "Who Burned Rome"
    medium = (
        "Kitchen Knights Anime Reveals More Cast, 2nd Promo Video\n\n"
        "The anime of the Kitchen Knights manga premieres in January. Kitchen Knights follows Kitchen, a cook. "
        "Kitchen was a hitman. Kitchen retired. Kitchen cooks.\n"
    )
    assert main_title(medium) == "Kitchen Knights"


QUOTED_HEADLINE = """'Gilded Tide' confirmed for season 2

'Hollow Crown' star Min Dae-ho's Orchard Company, Orchard Studio to make the new season
"Gilded Tide," the series that swept awards, is officially returning for a second season.
Production duties for the sophomore season will be jointly handled by Orchard Company and Orchard Studio. Orchard Company will lead the
creative development, while Orchard Studio will oversee physical production. Both operate under the Orchard Group umbrella.
Originally airing on JTBC in 2022, the first season of "Gilded Tide" became a cultural phenomenon.
The release date of season 2 has not been announced yet.
"""


def test_a_name_the_headline_quotes_is_the_page_s_show_though_a_company_is_named_more_often() -> None:
    claims = claims_of(QUOTED_HEADLINE)
    assert {c.subject for c in claims} == {"Gilded Tide"}
    companies = {(c.subject, c.season, c.value) for c in only(claims, "production_company")}
    # the makers of the season to come, named as the ones who will handle its production
    assert companies == {("Gilded Tide", 2, "Orchard Company"), ("Gilded Tide", 2, "Orchard Studio")}


def test_a_name_a_number_opens_is_the_title() -> None:
    hyphens = (
        "7-1-7 Night and Time Slot Revealed After Network Move\n\n"
        "The first responders of 7-1-7 are moving to Thursdays. Captain Ruiz leads 7-1-7 again. "
        "Ruiz said Ruiz was happy. Ruiz and Ruiz's team return in March.\n"
    )
    assert main_title(hyphens) == "7-1-7"
    words = (
        "40 Winters Later: Ada Mbeki and Ivo Sarr star in the frozen sequel\n\n"
        "Ada Mbeki and Ivo Sarr have been cast in 40 Winters Later, the sequel to 40 Winters. "
        "Ada Mbeki plays a guide. Later, Ada Mbeki said the shoot was cold.\n"
    )
    assert main_title(words) == "40 Winters Later"


def test_a_quoted_name_that_opens_a_headline_is_the_title_whole() -> None:
    page = (
        "‘When the Night Falls’: Ada Mbeki and Ivo Sarr are caught in a deadly game\n\n"
        "MBC’s highly awaited drama ‘When The Night Falls’ has dropped its teaser! "
        "Ada Mbeki plays a lawyer and Ivo Sarr her husband. Ada Mbeki said Ada Mbeki loved it. Ivo Sarr agreed.\n"
    )
    assert main_title(page) == "When the Night Falls"


def test_a_sequel_number_or_a_verb_ends_the_name_a_headline_opens_with() -> None:
    body = (
        "Glass Orchard 2 Announces Launch on Youku. Mbeki announces Glass Orchard season 2 with a video. "
        "Glass Orchard fans waited. Glass Orchard is back, and Glass Orchard stars return. Ada Mbeki directs.\n"
    )
    assert main_title("Glass Orchard 2 Announces Launch\n\n" + body) == "Glass Orchard"
    assert main_title("Mbeki announces Glass Orchard Season 2\n\n" + body) == "Glass Orchard"


def test_a_name_a_headline_frames_as_a_work_beats_the_people_it_opens_with() -> None:
    page = (
        "Ada Mbeki, Ivo Sarr and more raise anticipation for new romance thriller When Night Falls with script pics\n\n"
        "When Night Falls is a much-awaited drama. Ada Mbeki and Ivo Sarr lead it. Ada Mbeki is known for hits. "
        "Ada Mbeki plays a spokesperson. Netflix confirmed that When Night Falls will stream in November. Ada Mbeki smiles.\n"
    )
    assert main_title(page) == "When Night Falls"


def test_a_headline_of_everyday_words_names_no_show_and_a_sports_league_is_no_work() -> None:
    page = (
        "Everything We Know About Season 3 So Far\n\n"
        "Is anyone ready to check into Woodhall for a stay at Sam (Ana Lopa) and Jay’s (Ivo Sarr) inn on Glass Orchard? "
        "Production on Season 3 of Glass Orchard kicks into gear.\n"
        "Everything We Know About Season 3 So Far\n"
        "Season 3 will premiere on CBS on February 15, 2026. The cast includes Ana Lopa and NFL star Travis Kelly.\n"
    )
    claims = claims_of(page)
    assert "We Know About" not in {c.subject for c in claims}
    assert "NFL" not in {c.subject for c in claims}


def test_a_word_of_a_platform_the_page_never_names_can_be_the_title() -> None:
    page = (
        "Acorn Season 2 – Will the anime on Netflix be renewed?\n\n"
        "Acorn is a sci-fi anime that premiered on Netflix in 2023. Fans of Acorn want more. "
        "Acorn season 2 has not been confirmed, but Acorn could return in 2026.\n"
    )
    assert main_title(page) == "Acorn"


def test_a_sequel_word_ends_a_headline_s_name_and_a_title_cased_genre_word_frames_the_next() -> None:
    sequel = "Glass Orchard Sequel Update\n\nGlass Orchard is getting a sequel. The Glass Orchard sequel is due in 2026.\n"
    assert main_title(sequel) == "Glass Orchard"
    genre = (
        "Ada Mbeki OTT Web Series Dahira To Have A Sequel? Actress Hints Dahira 2 On Prime Video\n\n"
        "Ada Mbeki starred in Dahira, which streams on Prime Video. Ada Mbeki said Dahira 2 may happen. "
        "Ada Mbeki was asked about it. Ada Mbeki smiled.\n"
    )
    assert main_title(genre) == "Dahira"


def test_a_month_abbreviation_that_closes_a_korean_name_is_its_last_syllable() -> None:
    from airdate.extract.names import find_names

    names = [n.text for n in find_names("The drama is led by Yoo Yeon Suk, Heo Nam Jun, and Kim Min Jun's sister. It airs Jun 5.")]
    assert names[:3] == ["Yoo Yeon Suk", "Heo Nam Jun", "Kim Min Jun"]


def test_a_person_who_opens_a_headline_is_no_title_and_the_work_after_in_is() -> None:
    led = (
        "Ivo Sarr returns as Christian Wolf with a deadly new mission in The Ledger 2\n\n"
        "Ivo Sarr is back in The Ledger 2. The sequel to The Ledger arrives in April 2026. Ivo Sarr said he was thrilled.\n"
    )
    assert main_title(led) == "The Ledger"
    surname = (
        "Popular Ivo Sarr Movie Officially Gets a Sequel\n\n"
        "One of Ivo Sarr's best films is getting a sequel. Sarr and his co-stars return. The sequel will star Sarr again.\n"
    )
    assert main_title(surname) != "Sarr"


def test_a_director_s_directorial_is_no_title() -> None:
    page = (
        "Glass Orchard 2 Release Date\n\nGlass Orchard 2 will hit theaters in 2027, the sequel to the 2024 film.\n\n"
        "Ada Mbeki’s directorial featuring Ivo Sarr and Ben Ruel was released on June 27, 2024.\n"
    )
    assert "Ada Mbeki" not in {c.subject for c in claims_of(page)}


def test_a_single_word_with_a_number_after_it_is_a_work_not_a_person() -> None:
    from airdate.extract.names import find_names

    assert [n.text for n in find_names("Fans of Station 19 and Zootopia 2 rejoice, says Ana Lopa.")] == ["Ana Lopa"]


def test_a_person_after_starring_and_an_episode_s_quoted_title_are_no_subjects() -> None:
    page = (
        "Glass Orchard Season 4 Release Date\n\nGlass Orchard season 4 will premiere in 2026.\n\n"
        "The show starring Max Ther received a massive response since it first premiered on October 7, 2022. "
        "The first episode of season 4 of Glass Orchard, titled “Truth for a Truth”, will air on February 18, 2026.\n"
    )
    assert {c.subject for c in claims_of(page)} == {"Glass Orchard"}


def test_a_name_the_headline_quotes_is_the_page_s_show_over_a_character_named_more_often() -> None:
    page = (
        "Watch the trailer for Netflix’s upcoming K-drama ‘Doctor Vey’\n\n"
        "Netflix has unveiled a trailer for its new K-drama series, Doctor Vey. The series stars Ada Mbeki as Vey Jung-sook. "
        "The trailer opens with Vey waking up. Vey replies: “I refuse.” Vey walks out.\n\n"
        "Doctor Vey is set to premiere April 15 on Netflix.\n"
    )
    assert main_title(page) == "Doctor Vey"
    led = (
        "Disney+ thriller series 'Harbour B-Side' to explore darker side of Busan\n\n"
        "The upcoming Disney+ series “Harbour B-Side” takes place in Harbour, a district of Busan. Harbour is famous. "
        "Harbour has bars. Harbour never sleeps. Harbour B-Side will be released from Nov. 6.\n"
    )
    assert main_title(led) == "Harbour B-Side"


def test_a_family_name_written_before_a_romanised_given_name_is_no_title() -> None:
    page = (
        "Newest Netflix Korea thriller to depict 'owls' facing calamities\n\n"
        "\"The Owl\" is an 8-part mystery thriller featuring Young-ha (Kim Yun-seok), who runs an inn.\n\n"
        "\"The Owl,\" starring Kim Yun-seok (Netflix)\n\n"
        "The series marks veteran actor Kim's return to a series. Kim explained that he liked the script. "
        "Kim added that the show held appeal. Kim said more. \"The Owl\" streams on Netflix.\n"
    )
    assert main_title(page) == "The Owl"


def test_an_actor_s_next_work_is_the_page_s_show_not_the_credit_in_the_headline() -> None:
    page = (
        "Glass Orchard star Ada Mbeki's next movie world premiere slated for September: Here's what we know\n\n"
        "It’s official: Tin Lanterns, directed by Ivo Sarr, will hit the silver screen this fall. "
        "Tin Lanterns will be released in theatres on October 2. Ada Mbeki has also worked on “Glass Orchard.”\n"
    )
    assert main_title(page) == "Tin Lanterns"


def test_a_season_and_part_that_will_premiere_is_no_work_of_its_own() -> None:
    page = (
        "Blade of Vell Season 3 Part 2 Announced\n\n"
        "Blade of Vell will return. The website announced that Season 3 Part 2 will premiere in January 2026.\n"
    )
    assert {c.subject for c in claims_of(page)} == {"Blade of Vell"}


def test_another_title_followed_by_its_season_is_its_own_subject() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is what fans of the romance anime want, and "
        "everyone is asking about it.\n\n"
        "Tin Lantern Season 2 will premiere in 2024. The Mask Parade Season 3 arrives in 2025. "
        "The SPY x FAMILY Season 2 release date is in 2023. Filming for Season 2 wrapped in September 2021. "
        "Actor Ivo Sarr, who played the prince Yi Hwan in Season 1, will not return.\n"
    )
    subjects = {c.subject for c in claims_of(page)}
    assert {"Tin Lantern", "The Mask Parade", "The SPY x FAMILY"} <= subjects
    assert subjects <= {"Glass Orchard", "Tin Lantern", "The Mask Parade", "The SPY x FAMILY"}


def test_works_a_subordinate_clause_names_leave_the_series_after_it_to_the_page_s_show() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is what fans of the crime drama want, and "
        "everyone is asking about it on Netflix.\n\n"
        "Directed by Park, who took the helm of the film “Tin Coins” (2019) and was the assistant director of the film "
        "“The Salt File” (2013), the series features actors Jo, Ji Chang-wook and Ha Yoon-kyung. "
        "His most famous movie is 2015’s Paper Lanterns.\n"
    )
    claims = claims_of(page)
    assert {c.subject for c in only(claims, "cast_member")} == {"Glass Orchard"}
    dated = {(c.subject, c.season) for c in only(claims, "premiere_date")}
    assert dated == {("Tin Coins", None), ("The Salt File", None), ("Paper Lanterns", None)}


def test_people_after_starring_in_a_headline_are_no_title_and_a_season_on_the_lead_makes_it_one() -> None:
    page = (
        "Glass Orchard: Season Two Renewal Set for Hulu Comedy Series Starring Ivo Sarr\n\n"
        "Ada Mbeki has another hit on her hands. Hulu has renewed her comedy series Glass Orchard for a second season. "
        "Ivo Sarr, Lena Ortiz and Paul Reyes star in the series. Ivo Sarr plays a fired detective. "
        "Ivo Sarr said the renewal was great news. Since Glass Orchard first made its debut on Hulu, Sarr has been busy. "
        "Led by the incomparable Ivo Sarr as Andrew Vey, the series became a hit.\n"
    )
    assert main_title(page) == "Glass Orchard"


def test_a_headline_that_puts_a_season_on_a_name_names_the_show_the_body_never_repeats() -> None:
    page = (
        "Glass Orchard Season 2: Release date rumors, cast updates and what to expect next\n\n"
        "No official release date yet, but let's piece together what we know. Season 1 hit Hulu on August 14, 2024, "
        "and wrapped on October 9, 2024. For Season 2, cameras are set to roll in fall 2025.\n"
    )
    assert main_title(page) == "Glass Orchard"


@pytest.mark.parametrize(
    "headline",
    [
        "Is There a Glass Orchard Season 2 Release Date & Is It Coming Out?",
        "When Will Glass Orchard Season 2 Be Released?",
        "Will Glass Orchard season 2 happen? Renewal status explored",
    ],
)
def test_a_question_s_opening_words_are_no_part_of_the_name(headline: str) -> None:
    from airdate.extract.headline_lead import headline_lead

    assert headline_lead(headline) == ("Glass Orchard", True)


def test_a_hyphenated_name_and_its_spaced_headline_spelling_are_one_title() -> None:
    page = (
        "When Will Tomo Chan Is a Ghost Season 2 Be Released?\n\n"
        "Tomo-chan Is a Ghost!, a romantic comedy, was adapted into an anime in 2023. "
        "Tomo-chan Is a Ghost! may or may not be returning for a second season. It is a ghost story.\n"
    )
    assert main_title(page) == "Tomo-chan Is a Ghost"


def test_people_set_for_a_work_and_a_voice_role_open_headlines_about_the_work() -> None:
    from airdate.extract.headline_lead import headline_lead

    assert headline_lead("Ada Mbeki, Ivo Sarr and Lena Ortiz set for Glass Orchard: The Return prequel film")[0] == "Glass Orchard"
    assert headline_lead("Ivo Sarr will voice Shadow in Glass Orchard 3")[0] == "Glass Orchard"
    assert headline_lead("GLASS ORCHARD -Moonlit Tale- TV Anime Continues With Season 2")[0] == "GLASS ORCHARD -Moonlit Tale-"


def test_a_subtitle_between_dashes_is_part_of_the_show_s_name() -> None:
    page = (
        "GLASS ORCHARD -Moonlit Tale- TV Anime Continues With Season 2\n\n"
        "The first season of the adaptation based on the light novel series by Kei Abe is streaming on Crunchyroll.\n\n"
        "Good news, fans! Although the first season of GLASS ORCHARD -Moonlit Tale- concludes with the 12th episode, a "
        "second season for the animated adaptation based on the series of fantasy light novels written by Kei Abe and "
        "illustrated by Mio Ota has been announced. The GLASS ORCHARD -Moonlit Tale- TV anime is directed by Shin Abe.\n"
    )
    claims = claims_of(page)
    assert len({c.subject for c in claims}) == 1 and claims[0].subject.startswith("GLASS ORCHARD")
    assert [(c.season, c.value["renewed"]) for c in only(claims, "renewal")] == [(2, True)]
    assert [(c.season, c.value) for c in only(claims, "director")] == [(1, "Shin Abe")]


def test_a_name_with_its_dashed_subtitle_written_another_way_is_still_the_show() -> None:
    page = (
        "Kestrel -Moonlit Tale- Season 2 Part 2 Trailer\n\n"
        "Kestrel -Moonlit Tale- returned earlier this week for the highly anticipated second season on Crunchyroll. "
        "Kestrel -Moonlit Tale- Season 2 is currently scheduled to run for 25 episodes in total.\n\n"
        "How to Watch Kestrel – Moonlit Tale Season 2\n\n"
        "Directed by Shin Abe for J.C. Staff, the second season streams on Crunchyroll.\n"
    )
    subjects = {c.subject for c in claims_of(page)}
    assert subjects == {"Kestrel -Moonlit Tale-"}


def test_a_name_that_first_debuted_on_a_platform_is_the_show_when_the_headline_quotes_an_adjective() -> None:
    page = (
        "‘Perfect’ Netflix series does the impossible and is renewed season two\n\n"
        "One of the biggest TV shows of 2024 has been renewed by Netflix for a second season.\n"
        "Glass Orchard first debuted on the streaming platform last month and shot to the top of the charts.\n"
        "Ada Mbeki said creating Glass Orchard will forever be a career highlight for her.\n"
    )
    assert main_title(page) == "Glass Orchard"


def test_a_possessive_after_a_comma_owns_no_headline_and_a_doubled_word_is_no_title_alone() -> None:
    page = (
        "Hulu renews Ada Mbeki's Glass Orchard for season 3, first series from author's Lantern Universe\n\n"
        "It’s official! There will be Glass Orchard season 3! Hulu staked claim for the third season. "
        "The Hulu show is an adaptation of Ada Mbeki’s Lantern Universe book collection. Glass Orchard stars Ivo Sarr.\n"
    )
    assert main_title(page) == "Glass Orchard"
    doubled = (
        "Mo Mo Lantern Live Action Season 2 Release Date\n\n"
        "Mo Mo Lantern fans are waiting for season 2. Netflix has not renewed Mo Mo Lantern yet. "
        "The first season of Mo Mo Lantern premiered in December 2023.\n"
    )
    assert main_title(doubled) == "Mo Mo Lantern"


def test_a_subtitle_after_the_colon_is_part_of_the_name_when_the_page_writes_it_again() -> None:
    page = (
        "Glass Orchard: Tin Lanterns Release Date, Cast, Plot, Netflix\n\n"
        "Following the success of the Netflix series Glass Orchard, the streamer green-lit a prequel, Glass Orchard: Tin Lanterns. "
        "Glass Orchard: Tin Lanterns will premiere on Netflix in 2026.\n"
    )
    assert main_title(page) == "Glass Orchard: Tin Lanterns"
    person = (
        "Glass Orchard: Ada Mbeki Returns for Season 2\n\n"
        "Glass Orchard season 2 will premiere on Netflix in 2026. Ada Mbeki stars again in Glass Orchard.\n"
    )
    assert main_title(person) == "Glass Orchard"


def test_a_number_a_season_follows_is_the_name_s_own_not_a_sequel_s() -> None:
    page = (
        "Harbor 19 Season 7 Ending\n\n"
        "ABC is preparing to shutter Harbor 19 for good. Harbor 19 is slated to end with its seventh season, "
        "which will premiere on March 14, 2026.\n"
    )
    assert main_title(page) == "Harbor 19"


def test_a_headline_that_describes_the_work_names_no_title_and_title_case_the_body_writes_lower_is_no_name() -> None:
    page = (
        "A Stephen King-Approved Netflix Spy Thriller Finally Sets a Timetable for Its Return\n\n"
        "There are many Netflix spy thrillers out there, and Glass Orchard is among them. "
        "The wait for Glass Orchard's sophomore run has been long. Netflix has confirmed that production is underway.\n"
    )
    assert main_title(page) == "Glass Orchard"


@pytest.mark.parametrize(
    "headline",
    [
        "Ada Mbeki's Glass Orchard Movie: Release Date, Plot & More",
        "Ivo Sarr's 'Glass Orchard' to premiere on Peacock Jan. 2",
        "Netflix Renews Mika Hallis' Scripted Series GLASS ORCHARD Ahead of Series Premiere",
    ],
)
def test_a_person_who_owns_the_headline_and_a_platform_that_renews_are_no_part_of_the_name(headline: str) -> None:
    page = (
        f"{headline}\n\n"
        "Glass Orchard will premiere on Netflix on January 2, 2026. It stars Ada Mbeki as a spy. Ada Mbeki said she loved it. "
        "Ivo Sarr and Mika Hallis co-star, and Ivo Sarr wrote it. Mika Hallis is a comedian.\n"
    )
    assert main_title(page) in ("Glass Orchard", "GLASS ORCHARD")


def test_a_quoted_other_name_after_or_is_a_character_s_not_a_title() -> None:
    page = (
        "Glass Orchard Release Date and Cast\n\n"
        "Glass Orchard will premiere on Netflix on December 25, 2026.\n"
        "Glass Orchard's full cast features Ada Mbeki as Seanchai, Ivo Sarr as Callan or “Brother Death,” Lina Vosk as Meldof, "
        "and Tomas Reyne as Fenrik.\n"
    )
    claims = claims_of(page)
    assert {c.subject for c in claims} == {"Glass Orchard"}
    assert ("Meldof", "Lina Vosk") in {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")}


def test_a_quoted_title_whose_fans_a_headline_addresses_is_the_comparison_and_a_month_is_no_show() -> None:
    page = (
        "\"Tin Lanterns\" Fans Will Love New Family Thriller \"Glass Orchard\"\n\n"
        "We all need something to hold us over while we wait on Tin Lanterns season 3. Glass Orchard will satisfy that. "
        "Here's everything we know about Glass Orchard, which premieres on Peacock on March 14, 2026.\n"
    )
    assert main_title(page) == "Glass Orchard"
    roundup = (
        "Apple TV+ in January 2026: Glass Orchard Season 2, Tin Lanterns Season 2 and Kestrel Moor Season 3\n\n"
        "January 2026 brings Glass Orchard season 2 to Apple TV+ on January 9. Glass Orchard follows a sommelier.\n"
    )
    assert main_title(roundup) == "Glass Orchard"


def test_another_title_s_season_sets_no_page_season_and_on_peacock_is_no_part_of_a_name() -> None:
    page = (
        "\"Tin Lanterns\" Fans Will Love New Family Thriller \"Glass Orchard\"\n\n"
        "We all wait on Kestrel Moor season 3, Tin Lanterns season 3 and Harbor Nine season 2. Glass Orchard will satisfy that.\n"
        "Glass Orchard on Peacock stars Annette Bening, Alison Brie and Jake Lacy.\n"
    )
    claims = claims_of(page)
    assert {c.subject for c in only(claims, "cast_member")} == {"Glass Orchard"}
    assert {c.season for c in only(claims, "cast_member")} == {1}


@pytest.mark.parametrize(
    "headline, title",
    [("Kestrel Watch season 2 Announced - Everything You Need to Know", "Kestrel Watch"),
     ("Kestrel Moor Season 2 Release Date, Cast and Where to Watch", "Kestrel Moor")],
)
def test_watch_ends_a_headlines_name_only_after_where_or_how_to(headline: str, title: str) -> None:
    page = f"{headline}\n\n{title} season 2 is coming to Netflix in 2026.\n"
    assert {c.subject for c in only(claims_of(page), "platform")} == {title}


def test_a_title_with_a_comma_inside_keeps_its_whole_name_when_the_page_writes_it_whole() -> None:
    page = (
        "Kestrel, Your Majesty provides both the fun of a historical drama and the joy of a food show.\n\n"
        "Kestrel, Your Majesty will premiere on tvN on August 23, 2025. The cast of Kestrel, Your Majesty includes Ada Mbeki.\n\n"
        "Kestrel is also the name of the palace cook.\n"
    )
    assert {c.subject for c in only(claims_of(page), "premiere_date")} == {"Kestrel, Your Majesty"}


def test_a_comma_before_a_list_of_other_names_joins_nothing_to_the_title() -> None:
    page = (
        "Kestrel Moor Season 2 Release Date\n\nKestrel Moor season 2 will premiere on Netflix in 2026.\n\n"
        "Fans of Kestrel Moor, Glass Orchard and Salt Road are waiting. Kestrel Moor, Tin Lanterns and Red Kite topped the chart.\n"
    )
    assert {c.subject for c in only(claims_of(page), "premiere_date")} == {"Kestrel Moor"}


@pytest.mark.parametrize(
    "name, text, person",
    [
        ("Ivo", "According to Deadline, showrunner Ivo Sarr plans to stay. Ivo is busy.", True),
        ("Min-ha", "Seo Min-ha and Yoon Tae-ri are going to feature as the lead actors.", True),
        ("Rina Holt", "Rina Holt played the role of King Yi opposite actress Mae.", True),
        ("Kim", "Star writer Kim Eun-sook discusses the themes of her new hit.", True),
        ("Kestrel Vale", "Kestrel Vale is a mystery drama. Kestrel Vale said hello.", True),
        ("Queen Vell", "The drama follows the story of Queen Vell, who becomes the target of five tribes.", False),
        ("The Last Harbor", "The Last Harbor, who knows why, said nothing.", False),
        ("Rina Holt", "Rina Holt and Obi Lanre are teaming up in a new drama.", True),
        ("Rina Holt", "Rina Holt, Obi Lanre, Mae Corran, and others join the cast of the drama.", True),
        ("Kestrel Vale", "Kestrel Vale is a mystery drama that premieres in May.", False),
    ],
)
def test_a_name_the_page_writes_as_a_persons_is_set_aside_as_a_title(name: str, text: str, person: bool) -> None:
    assert shown_as_person(name, text) is person


def test_a_show_named_for_its_hero_keeps_its_name_though_the_hero_speaks() -> None:
    page = (
        "Mara Vell Season 2 Release Date\n\nMara Vell season 2 will premiere on Hulu in 2026.\n\n"
        "In the first season, Mara Vell said she would never go back. Ada Mbeki plays Mara Vell.\n"
    )
    assert {c.subject for c in only(claims_of(page), "platform")} == {"Mara Vell"}


@pytest.mark.parametrize(
    "headline, title",
    [("Ada Mbeki and Ivo Sarr set to star in Kestrel Moor", "Kestrel Moor"),
     ("Ada Mbeki, Ivo Sarr, Obi Lanre, and others join the cast of Rina Holt's new historical drama", "")],
)
def test_people_who_open_a_headline_before_a_casting_verb_leave_the_work_after_it(headline: str, title: str) -> None:
    assert headline_lead(headline)[0] == title


def test_a_headline_that_opens_with_two_actors_confirmed_to_star_leaves_the_show_as_the_page_title() -> None:
    page = (
        "Ada Mbeki and Ivo Sarr Confirmed to Star in a New Fantasy K-drama\n\n"
        "Ada Mbeki and Ivo Sarr are confirmed to work together for a new K-drama. "
        "It was confirmed on December 29 that they will lead the upcoming K-drama Glass Orchard. "
        "Ada Mbeki will portray the role of a judge, and Ivo Sarr will portray a detective. "
        "Ivo Sarr will also lead the upcoming series Red Kite. Glass Orchard will premiere in 2026 on Netflix. "
        "Do you think Ada Mbeki and Ivo Sarr will have good chemistry in Glass Orchard?\n"
    )
    assert main_title(page) == "Glass Orchard"


def test_a_name_played_by_or_after_an_actor_and_a_comma_is_a_person() -> None:
    assert shown_as_person("Ada Mbeki", "Mara Vell, played by Ada Mbeki, is a shaman.")
    assert shown_as_person("Mbeki", "Mara Vell, played by Ada Mbeki, is a shaman.")
    assert shown_as_person("Ivo Sarr", "It stars the Tin Lanterns actor, Ivo Sarr.")
    assert shown_as_person("Rina Holt", "Netflix has teamed up with Rina Holt (Red Kite) and her production company.")
    assert not shown_as_person("Glass Orchard", "Glass Orchard returns in May, and Glass Orchard will lead the charts.")


def test_a_title_of_two_owners_with_one_word_each_is_the_title_whole_and_its_names_are_no_cast() -> None:
    page = (
        "Mara & Ivo's First Winter Season 2 First Look Teases Family Drama\n\n"
        "Mara & Ivo’s First Winter returns for Season 2 on October 16, 2025, on CBS, with a dive into the lives of "
        "Mara Vell and Ivo Sarr. Mara & Ivo’s First Winter season 1 premiered in October 2024 and followed Mara (Ada Mbeki) "
        "and Ivo (Obi Lanre). It upends the lives of Kestrel's denizens.\n"
    )
    claims = claims_of(page)
    assert {title_key(c.subject) for c in claims} == {title_key("Mara & Ivo's First Winter")}
    assert not only(claims, "cast_member")
    pairs = {(c.season, c.value["name"], c.value["played_by"]) for c in only(claims, "character")}  # type: ignore[index]
    assert pairs == {(2, "Mara Vell", None), (2, "Ivo Sarr", None), (1, "Mara", "Ada Mbeki"), (1, "Ivo", "Obi Lanre")}


def test_two_actors_who_reunite_in_a_work_leave_the_work_as_the_headline_s_show() -> None:
    assert headline_lead("Seo Min-ha, Yoon Tae-ri reunite in 'Glass Orchard'")[0] == "Glass Orchard"
    assert headline_lead("Ada Mbeki and Ivo Sarr reunited in Netflix K-drama Glass Orchard")[0] == "Glass Orchard"


def test_a_networks_possessive_before_a_name_marks_another_work_with_its_platform() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard is a drama on Netflix, and season 2 is coming.\n\n"
        "The news comes after the conclusion of MBC’s Salt Road, starring Ada Mbeki. "
        "Ivo Sarr is best known for his stint on The CW’s Red Kite. "
        "HBO's 1890s society thriller Tin Lanterns returns too. Netflix’s Mae Corran said the show is a hit.\n"
    )
    claims = claims_of(page)
    assert {(c.subject, c.value) for c in only(claims, "platform")} == {
        ("Glass Orchard", "Netflix"), ("Salt Road", "MBC"), ("Red Kite", "The CW"), ("Tin Lanterns", "HBO")}
    assert {(c.subject, c.value) for c in only(claims, "cast_member")} == {("Salt Road", "Ada Mbeki")}


def test_a_work_in_apposition_or_starring_someone_is_the_page_title_when_the_headline_names_none() -> None:
    page = (
        "A ‘Romeo and Juliet’ story with a fun new twist\n\n"
        "Disney+ will debut Glass Orchard, a new romantic comedy series following two sweethearts who reconnect. "
        "Glass Orchard stars Ada Mbeki as Seo Jiwon and Ivo Sarr as Yoon Jiwon. "
        "Glass Orchard will release new episodes every Saturday.\n"
    )
    assert main_title(page) == "Glass Orchard"


def test_actors_in_talks_to_lead_or_taking_on_the_lead_roles_are_people_not_the_page_title() -> None:
    page = (
        "Ada Mbeki and Ivo Sarr are in talks to lead the upcoming comedy “Glass Orchard”\n\n"
        "Ada Mbeki will reportedly be leading the comedy Glass Orchard alongside Ivo Sarr. "
        "Ada Mbeki and Ivo Sarr are in talks to lead the show. Ada Mbeki would be appearing in the lead role. "
        "Ada Mbeki, Ivo Sarr and Rina Holt take on the lead roles in the drama. Glass Orchard will air on KBS.\n"
    )
    assert main_title(page) == "Glass Orchard"


def test_a_korean_family_name_that_is_also_an_english_word_opens_a_name_before_a_romanised_given_name() -> None:
    found = [n.text for n in find_names('"Glass Orchard," directed by You Sun-dong, opens soon. So Ji-sub stars. In Season-two news, Is Re-do.')]
    assert "You Sun-dong" in found and "So Ji-sub" in found
    assert not any(name.startswith(("In ", "Is ")) for name in found)


def test_a_headline_whose_cast_star_in_a_quoted_name_is_about_that_name() -> None:
    page = (
        "Ivo Sarr and Ada Mbeki Star in “Glass Orchard”\n\n"
        "Upcoming drama Glass Orchard pairs up Ivo Sarr and Ada Mbeki as old friends.\n\n"
        "In the drama, Ada Mbeki plays Mara Vell, who returns home. Mara Vell hides, but Mara Vell is seen. "
        "Mara Vell and Tomas Holm meet again, and Mara Vell laughs. Mara Vell and Tomas Holm fling seaweed at each other!\n\n"
        "Fans can look forward to the premiere of Glass Orchard on December 2, 2031.\n"
    )
    assert main_title(page) == "Glass Orchard"


def test_a_headline_verb_ends_the_name_before_it() -> None:
    from airdate.extract.headline_lead import headline_lead

    assert headline_lead("Glass Orchard Unveils Cracking First Trailer")[0] == "Glass Orchard"
    assert headline_lead("Glass Orchard Drops New Poster Ahead of Its Debut")[0] == "Glass Orchard"


def test_a_number_past_ten_after_a_name_is_the_name_s_own_not_a_sequel_s() -> None:
    assert headline_lead("Mickey 18 Release Date, Cast and More")[0] == "Mickey 18"
    assert headline_lead("Red Kite 3 Release Date, Cast and More")[0] == "Red Kite"


def test_a_plural_possessive_ends_the_owner_and_a_compass_word_may_be_a_surname() -> None:
    names = [n.text for n in find_names("The film stars The Lanterns' Mae West, and fans in East Asia and North Korea.")]
    assert "Mae West" in names and "Lanterns" in names
    assert not any("East" in n or "North" in n for n in names)


def test_the_writer_s_own_i_is_no_name() -> None:
    names = [n.text for n in find_names("For years, I’ve been following Ada Mbeki, and I'm sure Ivo Sarr will return.")]
    assert names == ["Ada Mbeki", "Ivo Sarr"]


@pytest.mark.parametrize("adverb", ["Somehow", "Eventually", "Nevertheless", "Ultimately"])
def test_a_sentence_adverb_before_a_comma_is_no_character(adverb: str) -> None:
    page = (
        "Glass Orchard Release Date, Cast and Plot\n\nGlass Orchard premieres on JTBC on May 4, 2031.\n\n"
        f"{adverb}, Kang Mi Rae, her mother Hwang Geum Ju and her grandmother Gil Jung Gan get into trouble.\n"
    )
    assert adverb not in {c.value["name"] for c in only(claims_of(page), "character")}


def test_two_particles_in_a_row_stay_inside_a_name() -> None:
    assert [n.text for n in find_names("It stars Tam Vell as Ernesto de la Vell and Rafa van der Moor.")] == [
        "Tam Vell", "Ernesto de la Vell", "Rafa van der Moor"]


def test_a_song_in_brackets_is_no_subject() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Netflix in 2026. "
        "Glass Orchard, which won the award for best original song (“Salt Story”), also featured the voices of Ivo Sarr as Mara Vell.\n"
    )
    assert {c.subject for c in claims_of(page)} == {"Glass Orchard"}
