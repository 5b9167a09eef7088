"""Actors and characters as real pages write them in running prose: franchise names that open with a
cast word, initials run together, actors whose names are hedge words, and a title hero's full name."""

from __future__ import annotations

import pytest

from airdate.extract.names import find_names
from tests.extract.helpers import claims_of, only, roles_of

FRANCHISE_PAGE = """Nightfall Season 2: Everything We Know

Nightfall Season 2 is coming to Disney+.

Fans of Star Wars animation have watched Mira Tal grow up on screen.

Jessie T. Usher (A-Train), Colby Minifie (Ashley Barrett) and P.J. Byrne (Adam Bourke) also appear.
"""


def test_a_franchise_that_opens_with_star_is_no_cast_cue() -> None:
    assert [c.value for c in only(claims_of(FRANCHISE_PAGE), "cast_member")] == []


def test_initials_written_together_stay_one_name_and_keep_every_pair_the_same_way_round() -> None:
    pairs = roles_of(FRANCHISE_PAGE)
    assert pairs == {("A-Train", "Jessie T. Usher"), ("Ashley Barrett", "Colby Minifie"), ("Adam Bourke", "P.J. Byrne")}


HEDGE_WORD_NAMES = """Nightfall Season 2: Everything We Know

Nightfall Season 2 is coming to Disney+.

Tamara Smart, Daniel Diemer and Margaret Cho will also appear in the new season.

The cast of Nightfall includes such talent as Jaz Sinclair, Chance Perdomo and Shelley Conn.
"""


def test_an_actor_called_chance_is_no_hedge_and_a_plain_cast_list_is_the_aired_shows() -> None:
    cast = {(c.value, c.season, c.modality) for c in only(claims_of(HEDGE_WORD_NAMES), "cast_member")}
    assert {("Jaz Sinclair", 1, "confirmed"), ("Chance Perdomo", 1, "confirmed"), ("Shelley Conn", 1, "confirmed")} <= cast


def test_actors_who_will_also_appear_are_the_coming_seasons_cast() -> None:
    cast = {(c.value, c.season) for c in only(claims_of(HEDGE_WORD_NAMES), "cast_member")}
    assert {("Tamara Smart", 2), ("Daniel Diemer", 2), ("Margaret Cho", 2)} <= cast


TITLE_HERO = """Nightfall Season 2: Everything We Know

Nightfall Season 2 is coming to Disney+.

The creator and his signature character of Nightfall Tano (Rosario Dawson) have come a long way.
"""


def test_the_shows_name_with_a_surname_and_an_actor_in_brackets_is_the_title_character() -> None:
    [role] = only(claims_of(TITLE_HERO), "character")
    assert role.value == {"name": "Nightfall Tano", "played_by": "Rosario Dawson"}
    assert (role.subject, role.season) == ("Nightfall", 1)


MAYBE_BACK_LIST = """Harbor Nine Season 3: Is It Happening?

Harbor Nine Season 3 has no release date yet.

The following cast members may make an appearance in season three thanks to flashbacks:

• Lee Jae-min as Jang Ho
• Arin as Jin Seo-yeon
"""


def test_a_list_of_actors_who_may_appear_again_also_names_the_aired_shows_roles() -> None:
    roles = {(c.value["name"], c.season, c.modality) for c in only(claims_of(MAYBE_BACK_LIST), "character")}  # type: ignore[index]
    assert roles == {
        ("Jang Ho", 3, "speculative"), ("Jin Seo-yeon", 3, "speculative"),
        ("Jang Ho", 1, "confirmed"), ("Jin Seo-yeon", 1, "confirmed"),
    }


NUMBER_INSIDE_TITLE = """Is Netflix’s The 9 Room Getting a Second Season?

Netflix’s The 9 Room is quite a ride. The 9 Room is based on a webtoon by Bae Jin-soo.
"""


def test_a_number_between_capitalised_words_is_part_of_the_title() -> None:
    claims = claims_of(NUMBER_INSIDE_TITLE)
    assert claims and {c.subject for c in claims} == {"The 9 Room"}


RETAINED_VOICES = """Beast Nine Season 2 Announced: Teaser and Cast

Beast Nine Season 2 was confirmed by Crunchyroll in June 2024. Season 1 featured a star-studded cast of voice actors.
They will retain their positions for Beast Nine Season 2:
- Masa Fukuda as Kafka Hino
- Asami Sato as Mina Ashida
"""


def test_a_list_of_actors_who_retain_their_roles_names_both_seasons() -> None:
    roles = {(c.value["name"], c.season) for c in only(claims_of(RETAINED_VOICES), "character")}  # type: ignore[index]
    assert roles == {("Kafka Hino", 2), ("Mina Ashida", 2), ("Kafka Hino", 1), ("Mina Ashida", 1)}


ROLES_IN_PROSE = """Beast Nine Season 2: Everything We Know

Beast Nine Season 2 is coming to Crunchyroll in July 2026.

Shion Waka starred in season 1 as Momo Ayase, while Natsuki Hana played Ken Takakura.

Kaito Ishida played the role of Jiji, while Mayumi Tana featured as Turbo Granny.

It will bring in fresh characters such as Rin, and a new villain.
"""


def test_starred_in_a_season_as_featured_as_and_the_role_of_pair_actors_and_roles() -> None:
    pairs = {(c.value["name"], c.value["played_by"], c.season) for c in only(claims_of(ROLES_IN_PROSE), "character")}  # type: ignore[index]
    assert {
        ("Momo Ayase", "Shion Waka", 1), ("Ken Takakura", "Natsuki Hana", 1),
        ("Jiji", "Kaito Ishida", 1), ("Turbo Granny", "Mayumi Tana", 1),
    } <= pairs


def test_fresh_characters_belong_to_the_coming_season() -> None:
    roles = {(c.value["name"], c.season) for c in only(claims_of(ROLES_IN_PROSE), "character")}  # type: ignore[index]
    assert ("Rin", 2) in roles


NEW_ANIME = """Kitchen Knights Anime Reveals More Cast

The anime of the Kitchen Knights manga will premiere on TV Tokyo on January 11, 2025. The new cast includes:
Nobu Shima as Shin Asa
Aya Sakura as Lu Tang
"""


def test_a_show_with_no_season_yet_gives_its_roles_to_the_first_season() -> None:
    assert {c.season for c in only(claims_of(NEW_ANIME), "character")} == {1}


PLAYED_BY_PROSE = """Harbor Blade Season 2 Release Date and Cast

Harbor Blade Season 2 is set for release on Disney+ on November 22, 2026.

Álex is played by Manolo Cardo, while Sara, seen in flashback scenes, is played by Ximena Lamad.

Denzel Washing joins the cast as Macrinus, a wealthy arms dealer.
"""


def test_is_played_by_pairs_a_role_with_its_actor_accents_and_asides_and_all() -> None:
    pairs = roles_of(PLAYED_BY_PROSE)
    assert {("Álex", "Manolo Cardo"), ("Sara", "Ximena Lamad")} <= pairs


def test_joining_the_cast_as_a_named_role_is_a_character_claim_alone() -> None:
    claims = claims_of(PLAYED_BY_PROSE)
    assert ("Macrinus", "Denzel Washing") in {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")}  # type: ignore[index]
    assert "Denzel Washing" not in {c.value for c in only(claims, "cast_member")}


DUB_CAST = """Beast Nine Season 2 Release Date and Cast

Beast Nine Season 2 is coming to Crunchyroll in 2026.

Beast Nine Season 2 Cast

Kafka Hino - Masa Fukuda/ Nazeeh Tara (English)
Reno Ichi - Wataru Kato / Adam McArt (English)
"""


def test_a_dash_line_with_two_voices_gives_the_role_both_actors_and_the_language_is_no_name() -> None:
    pairs = roles_of(DUB_CAST)
    assert pairs == {("Kafka Hino", "Masa Fukuda"), ("Kafka Hino", "Nazeeh Tara"), ("Reno Ichi", "Wataru Kato"), ("Reno Ichi", "Adam McArt")}


UNNAMED_PARTS = """The Ward Season 2: Release Date, Cast and More

The Ward Season 2 is coming to Max in January 2027.

Tracy Ifeach, Patrick Balls, Supriya Ganes and Fiona Dourin play residents.

Katherine LaNassa plays a nurse.

Noah Wyler stars and executive produces with his old producer, John Wellson.

Jason's wife in the first version of reality is played by Jennifer Connell.

When Justin Hartly starrer The Ward premiered on Max, it received praise.

Actors Kim Namgyu, Park Hoonil, and veteran actress Gil Hae-yeong joined the show last year.

LaNassa plays a nurse found at the foot of Great Gable, and Wyler plays the victim's brother.
"""


def test_performers_whose_part_has_no_name_are_the_cast() -> None:
    cast = {c.value for c in only(claims_of(UNNAMED_PARTS), "cast_member")}
    assert {"Tracy Ifeach", "Patrick Balls", "Supriya Ganes", "Fiona Dourin", "Katherine LaNassa", "Noah Wyler",
            "Jennifer Connell", "Justin Hartly", "Gil Hae-yeong"} <= cast
    # a surname alone is a later mention, and a place in the middle of a clause performs nothing
    assert not cast & {"LaNassa", "Wyler", "Great Gable", "John Wellson"}


LED_AND_STARRER = """Harbor Nine Season 4 Release Date and Cast

Harbor Nine has been renewed for a fourth season, which is expected to premiere in 2026.
This streaming gem, starring the unbeatable Mara Quill and Tess Lyle, dives into morning news.
Harbor Nine, led by powerhouse performers Omar Reyes and Lior Banks, quickly garnered a huge audience.
Han In Seo and Yoon So Mi-starrer drama Harbor Nine became a hit.
"""


def test_led_by_starrer_and_a_describing_word_after_starring_name_the_cast() -> None:
    cast = {c.value for c in only(claims_of(LED_AND_STARRER), "cast_member")}
    # Korean given names keep their syllables ("In", "So"), and "-starrer" is no part of a name
    assert {"Mara Quill", "Tess Lyle", "Omar Reyes", "Lior Banks", "Han In Seo", "Yoon So Mi"} <= cast


WHO_HEADLINED = """Harbor Nine Season 2 Release Date and Cast

Harbor Nine has been renewed for a second season, which is expected to premiere in 2026.
It is expected that Mara Quill and Tess Lyle, who headlined the first season, will once again lead the cast.
Actors Omar Reyes and Lior Banks, who appeared in the series' first season, are considering joining.
"""


def test_actors_who_headlined_the_first_season_are_its_cast_and_a_return_names_the_next() -> None:
    cast = {(c.season, c.value, c.modality) for c in only(claims_of(WHO_HEADLINED), "cast_member")}
    assert {(1, "Mara Quill", "confirmed"), (1, "Tess Lyle", "confirmed"), (1, "Omar Reyes", "confirmed")} <= cast
    assert (2, "Mara Quill", "expected") in cast


def test_actors_who_also_feature_in_the_show_or_make_cameos_are_its_cast() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 will premiere on Netflix in 2026.\n\n"
        "Ana Lopa, Ben Ruel, and Ida Marsh also feature in the show. Golfer cameos include Tom Reyes and Colm Teague. "
        "Ada Mbeki appeared in the series finale.\n"
    )
    cast = {c.value for c in only(claims_of(page), "cast_member")}
    assert {"Ana Lopa", "Ben Ruel", "Ida Marsh", "Tom Reyes", "Colm Teague"} <= cast
    assert "Ada Mbeki" not in cast


def test_roles_taken_on_played_by_participles_and_after_an_earlier_work_in_brackets() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 will premiere on Netflix in 2026.\n\n"
        "Kim Raverly (Lost Hours) as Dr. Ted Altmann\nKim Rave (24) as Dr. Teddy Alt\n\n"
        "Meanwhile, ‘Tin Lantern’ actor Heo Nam Joon will play the role of Ji Sang Woo. "
        "Jang Gyu will essay the role of Na Yu Ri. Hwang In-yup takes on the role of Kim San-ha, a young man. "
        "Wu Gan and Tian Yo playing Chen Ping and Wang Qin are also set to return. "
        "Max Thierio who features as the main character Bode Donova, is also the creator of the show. "
        "The role of Mara, originally played by Ida Marsh, goes to a newcomer.\n"
    )
    roles = {(c.subject, c.value["name"], c.value["played_by"]) for c in only(claims_of(page), "character")}  # type: ignore[index]
    assert {
        ("Glass Orchard", "Dr. Ted Altmann", "Kim Raverly"),
        ("Glass Orchard", "Dr. Teddy Alt", "Kim Rave"),
        ("Glass Orchard", "Ji Sang Woo", "Heo Nam Joon"),
        ("Glass Orchard", "Na Yu Ri", "Jang Gyu"),
        ("Glass Orchard", "Kim San-ha", "Hwang In-yup"),
        ("Glass Orchard", "Chen Ping", "Wu Gan"),
        ("Glass Orchard", "Wang Qin", "Tian Yo"),
        ("Glass Orchard", "Bode Donova", "Max Thierio"),
        ("Glass Orchard", "Mara", "Ida Marsh"),
    } <= roles
    assert not any(name == "Lost Hours" for _, name, _ in roles)


def test_people_a_recap_meets_follows_or_ends_with_are_characters_but_a_ship_or_a_family_is_not() -> None:
    page = (
        "Glass Orchard Season 3 Release Date\n\nGlass Orchard season 3 will premiere in 2026.\n\n"
        "Her life changes when she meets Chisa Nishiki, a famed agent. "
        "Glass Orchard is an anime based on the manga, following Senk Ishiga, a genius. "
        "Season one ended with Akiro and the gang heading back out on the road. "
        "The first film ended with the Meridian sinking. The revival introduces a new generation of Morettis.\n"
    )
    names = {c.value["name"] for c in only(claims_of(page), "character")}  # type: ignore[index]
    assert {"Chisa Nishiki", "Senk Ishiga", "Akiro"} <= names
    assert not names & {"Meridian", "Morettis"}


def test_one_actor_who_stars_in_the_film_is_its_cast_and_his_surname_in_brackets_is_the_actor() -> None:
    page = (
        "The Ledger 2 Release Date\n\nThe Ledger 2 will hit theaters on April 25, 2025. Ivo Sarrow stars in the film.\n\n"
        "The first movie follows corrupt accountant Christian Wolf (Sarrow) who works for various clients.\n"
    )
    claims = claims_of(page)
    assert "Ivo Sarrow" in {c.value for c in only(claims, "cast_member")}
    assert {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")} == {("Christian Wolf", "Sarrow")}  # type: ignore[index]


def test_a_schedule_a_place_and_a_title_s_other_name_are_no_characters() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 will premiere on ABC in 2026.\n\n"
        "The show will be followed by Tin Lantern and Station 19 on Thursdays. "
        "Glass Orchard follows the fortunes of students at Hyakko Private Academy. "
        "At long last, the sequel to the popular Glass Orchard (Qing Yu Guo) is here.\n"
    )
    names = {c.value["name"] for c in only(claims_of(page), "character")}  # type: ignore[index]
    assert not names & {"Tin Lantern", "Station", "Hyakko Private Academy", "Glass Orchard", "Qing Yu Guo"}


def test_a_list_of_bracketed_pairs_keeps_one_order_and_a_nickname_stays_in_its_name() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Crunchyroll in 2026. "
        "The story of rock girl Hitomi “Bean” Sato and her friends Nara Ijima, Rio Yamane, and Kiku Ito as Tin Band "
        "takes on a rival band.\n\n"
        "Here was the Japanese dub cast:\n\n"
        "  • Yoshiko Aoba (Hitomi “Bean-chan” Sato)\n"
        "  • Sayu Suzuki (Nara Ijima)\n"
        "  • Saki Mizu (Rio Yamane)\n"
        "  • Ikumi Hase (Kiku Ito)\n"
    )
    roles = roles_of(page)
    assert ("Hitomi “Bean-chan” Sato", "Yoshiko Aoba") in roles
    assert ("Kiku Ito", "Ikumi Hase") in roles
    assert not any(name == "Tin Band" or played == "Kiku Ito" for name, played in roles)


def test_actors_who_play_named_before_their_bracketed_roles() -> None:
    page = (
        "Glass Orchard: the new Netflix romantic series\n\nGlass Orchard releases on Netflix on Friday 8 November 2024. "
        "The series follows a man who wants to find his father before the end of the year, and it is one of the most "
        "talked-about shows of the season. "
        "Among the actors who play secondary characters are Hae-sun Kim (Ho-ja Beom), Min-su Kim (Ki-ho Yoo) and Lee Eli "
        "(Bong Suk).\n"
    )
    roles = roles_of(page)
    assert roles == {("Ho-ja Beom", "Hae-sun Kim"), ("Ki-ho Yoo", "Min-su Kim"), ("Bong Suk", "Lee Eli")}


def test_cast_cues_of_k_drama_pages_and_the_works_an_actor_is_known_for_are_no_subjects() -> None:
    page = (
        "Glass Orchard Release Date, Cast, Plot and Where to Watch\n\n"
        "Glass Orchard is an upcoming Netflix drama that fans have been waiting for since it was first announced last year, "
        "and it will premiere on Netflix soon.\n\n"
        'Ivo Sarr, acclaimed for his roles in "Tin Lanterns" and "The Iron Harbour," takes the lead alongside Ada Mbeki. '
        'Supporting roles are filled by Ben Ruel of "Salt Road" fame and veteran actress Kim Hae Sook.\n\n'
        "Netflix officially confirmed that Woo Do-hwan, Lee Yoo-mi, Oh Jung-Se, and Kim Na-ri would appear in the series.\n\n"
        '"Glass Orchard" stars veteran actor Kim Yun-seok ("Deadly Sea," "Escape Home") as Young-ha, the owner of an inn.\n'
    )
    claims = claims_of(page)
    # (the works in brackets, and those an actor is acclaimed for, are credits of their own, as the seed gold labels a
    # comparison title's people; they are never the page's show)
    assert {c.subject for c in claims} == {"Glass Orchard", "Deadly Sea", "Escape Home", "Tin Lanterns", "The Iron Harbour", "Salt Road"}
    assert {(c.subject, c.value) for c in only(claims, "cast_member") if c.subject != "Glass Orchard"} == {
        ("Deadly Sea", "Kim Yun-seok"), ("Escape Home", "Kim Yun-seok"), ("Tin Lanterns", "Ivo Sarr"), ("The Iron Harbour", "Ivo Sarr"),
        ("Salt Road", "Ben Ruel")}
    assert {c.value for c in only(claims, "cast_member")} >= {
        "Ivo Sarr", "Ada Mbeki", "Ben Ruel", "Kim Hae Sook", "Woo Do-hwan", "Lee Yoo-mi", "Oh Jung-Se", "Kim Na-ri"}


def test_a_voice_cast_that_will_do_the_work_is_the_coming_season_s_and_a_departure_is_no_cast() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is coming to Crunchyroll in 2026, and fans of the "
        "fantasy anime are already counting the days until the new episodes arrive.\n\n"
        "The voice-over of the main characters will be done by Yui Oda, Yuichi Ume, and Nao Toya in Japanese. "
        "Veteran actress Sudha Karma, who was seen as the queen in the first season, will not be part of season 2.\n"
    )
    cast = {(c.value, c.season) for c in only(claims_of(page), "cast_member") if c.modality != "negated"}
    assert cast == {("Yui Oda", 2), ("Yuichi Ume", 2), ("Nao Toya", 2)}


def test_an_actor_s_bracketed_works_and_possessive_credit_stand_between_actor_and_role() -> None:
    page = (
        "Doctor Vey Release Date\n\nDoctor Vey is a medical drama on Netflix that has been drawing attention since it was "
        "first announced, and fans are counting the days until it arrives.\n\n"
        "“Doctor Vey” stars veteran actor Kim Yun-seok (“Noryang: Deadly Sea,” “Escape From Mogadishu”) as Young-ha, the "
        "owner of a tranquil pension house, and Go Min-si as the dangerous guest. "
        "Her husband Seo In-ho (played by Glass Orchard‘s Kim Byung-chul) is the chief surgeon.\n"
    )
    claims = claims_of(page)
    roles = {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")}  # type: ignore[index]
    assert roles == {("Young-ha", "Kim Yun-seok"), ("Seo In-ho", "Kim Byung-chul")}
    assert "Go Min-si" in {c.value for c in only(claims, "cast_member")}
    # (the quoted works in brackets are the actor's credits, under their own titles)
    others = {(c.subject, c.value) for c in claims if c.subject != "Doctor Vey"}
    assert others == {("Noryang: Deadly Sea", "Kim Yun-seok"), ("Escape From Mogadishu", "Kim Yun-seok")}


def test_a_guest_star_and_a_star_who_returns_to_lead_the_cast_play_their_roles() -> None:
    page = (
        "Glass Orchard Season 14 Episode 1 Preview\n\nGlass Orchard season 14 will premiere on CBS on February 16, 2024, "
        "and fans of the long-running police drama are already counting the days until it arrives.\n\n"
        "Dylan Walsh returns as Mayor Chase and Malik Yoba guest stars as Darryl Reid in the two-part premiere. "
        "Tom Selleck returns to lead the cast as Frank Reagan.\n"
    )
    roles = roles_of(page)
    assert roles == {("Mayor Chase", "Dylan Walsh"), ("Darryl Reid", "Malik Yoba"), ("Frank Reagan", "Tom Selleck")}


def test_an_actor_s_titular_or_iconic_character_of_x_names_the_role() -> None:
    page = (
        "Glass Orchard 2 Release Date\n\nGlass Orchard 2 will hit theatres on December 5, 2024, and fans of the action "
        "franchise are counting the days until the film arrives.\n\n"
        "The trailer opens with a person introducing Allu Arj’s titular character of Pushpa as the one who is not afraid. "
        "There is also a glimpse of Rashmi Mand’s iconic character of Srivalli in the movie.\n"
    )
    roles = roles_of(page)
    assert roles == {("Pushpa", "Allu Arj"), ("Srivalli", "Rashmi Mand")}


def test_each_role_of_a_voice_cast_takes_both_its_japanese_and_english_actors() -> None:
    page = (
        "Glass Orchard season 2 release date, cast and plot\n\n"
        "Glass Orchard season 2 will premiere in January 2026 on Crunchyroll. The anime was renewed for a second season "
        "in March 2025.\n\n"
        "Ada Mbeki voices Mira in Japanese and Lena Ortiz in English. "
        "Tomas, the leader of the children, is voiced by Ivo Sarr (Japanese) and Paul Reyes (English). "
        "Kim Sora (Japanese) and Nia Long (English) provide Ray’s voice. "
        "Yui Tanaka (Japanese) and Beth Cole (English) lend their voices to Isabel, the caretaker. "
        "Some of the most notable are Dorn (voiced by Ken Abe in Japanese and Carl Wynn in English), and Gil (Lynn in "
        "Japanese and Rya Bart in English).\n"
    )
    claims = claims_of(page)
    pairs = {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")}
    assert {
        ("Mira", "Ada Mbeki"), ("Mira", "Lena Ortiz"),
        ("Tomas", "Ivo Sarr"), ("Tomas", "Paul Reyes"), ("Ray", "Kim Sora"), ("Ray", "Nia Long"),
        ("Isabel", "Yui Tanaka"), ("Isabel", "Beth Cole"), ("Dorn", "Ken Abe"), ("Dorn", "Carl Wynn"),
    } <= pairs
    # the languages are no works the actors starred in
    assert {c.subject for c in claims} == {"Glass Orchard"}


def test_a_second_name_that_opens_its_own_clause_is_no_second_voice() -> None:
    page = (
        "Glass Orchard season 2 release date, cast and plot\n\n"
        "Glass Orchard season 2 will premiere in January 2026 on Netflix. The show was renewed in March 2025.\n\n"
        "Tomas is played by Ivo Sarr and Paul Reyes plays his brother Emil.\n"
    )
    pairs = roles_of(page)
    assert ("Tomas", "Paul Reyes") not in pairs and ("Tomas", "Ivo Sarr") in pairs


def test_a_list_closed_by_or_that_might_pop_up_for_cameos_is_a_guessed_cast() -> None:
    page = (
        "Glass Orchard Season 2: Release date rumors, cast updates\n\n"
        "Glass Orchard season 2 will premiere in late 2026 on Hulu, which renewed it in March 2025.\n\n"
        "Ivo Sarr is locked in as Andrew Vey, the ex-cop. "
        "Others like Scott Cald, Michelle Mona, or Alex Moff might pop up for cameos.\n"
    )
    claims = claims_of(page)
    guessed = {(c.value, c.season, c.modality) for c in only(claims, "cast_member")}
    assert guessed == {(n, 2, "speculative") for n in ("Scott Cald", "Michelle Mona", "Alex Moff")}
    assert {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")} == {("Andrew Vey", "Ivo Sarr")}


def test_a_date_after_on_is_no_part_of_a_platform_s_name() -> None:
    page = (
        "Glass Orchard Season 2: Release date rumors\n\n"
        "No official release date yet. Season 1 hit Hulu on August 14, 2024, and wrapped on October 9, 2024.\n"
    )
    assert {c.subject for c in claims_of(page)} == {"Glass Orchard"}


def test_actors_who_led_the_cast_as_two_roles_and_a_work_that_owns_an_actor_in_brackets() -> None:
    page = (
        "Glass Orchard season 2 confirmed by Netflix\n\n"
        "Glass Orchard has been renewed for a second season by Netflix in October 2024.\n\n"
        "Ada Mbeki and Ivo Sarr led the cast as rabbi Noah and podcast host Joanna respectively. "
        "Mara Lind and Tom Reyes play Dora and Mina. "
        "The season will explore the tension between Morgan (Tin Lanterns’ Lia Park) and Sasha (Kestrel’s Ben Ruel).\n"
    )
    claims = claims_of(page)
    pairs = {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")}
    assert {("Noah", "Ada Mbeki"), ("Joanna", "Ivo Sarr"), ("Dora", "Mara Lind"), ("Mina", "Tom Reyes"),
            ("Morgan", "Lia Park"), ("Sasha", "Ben Ruel")} <= pairs
    assert {(c.subject, c.value) for c in only(claims, "cast_member")} == {("Tin Lanterns", "Lia Park"), ("Kestrel", "Ben Ruel")}


def test_voicing_a_role_and_names_we_will_likely_see_in_the_new_season() -> None:
    page = (
        "Glass Orchard season 2 release date and news\n\n"
        "Glass Orchard season 2 will premiere in late 2026 on Netflix, which renewed it in March 2025.\n\n"
        "Ivo Sarr will voice Tomas in the new season, with Ada Mbeki voicing Dora. Lia Park will be voicing a younger Tomas. "
        "It is more than likely that we will see names including Kim Hana, Paul Reyes and Ana Ruiz. "
        "The show stars Devery Jay and Elva Gue, with appearances from Zahn Moss and Wes Stone.\n"
    )
    claims = claims_of(page)
    roles = {(c.season, c.value["name"], c.value["played_by"]) for c in only(claims, "character")}
    assert {(2, "Tomas", "Ivo Sarr"), (2, "Dora", "Ada Mbeki"), (2, "Tomas", "Lia Park")} <= roles
    cast = {(c.season, c.value, c.modality) for c in only(claims, "cast_member")}
    assert {(2, "Kim Hana", "expected"), (2, "Ana Ruiz", "expected"), (1, "Zahn Moss", "confirmed"), (1, "Wes Stone", "confirmed")} <= cast


def test_characters_a_plot_names_a_relationship_pairs_or_an_appositive_calls_the_main_characters() -> None:
    page = (
        "Glass Orchard season 2 release date and news\n\n"
        "Glass Orchard season 2 will premiere in late 2026 on Netflix, which renewed it in March 2025.\n\n"
        "The dark comedy-drama series chronicles the life of a former police officer named Andrew Vey, who now works as "
        "an inspector. The show follows the band, with a special focus on the relationship between lead singers Dina Jones "
        "and Billy Dunne. Given that Tomo and Rin, the series' primary characters, end up together, there is little left.\n"
    )
    names = {c.value["name"] for c in only(claims_of(page), "character")}
    assert names == {"Andrew Vey", "Dina Jones", "Billy Dunne", "Tomo", "Rin"}


def test_a_plural_possessive_ends_a_name_and_an_actor_who_anchors_or_shines_as_a_role_plays_it() -> None:
    page = (
        "Glass Orchard season 2 release date and news\n\n"
        "Glass Orchard season 2 will premiere in late 2026 on Netflix, which renewed it in March 2025.\n\n"
        "It is set before Paul Atreides' (Tim Chal) rise to power. Ivo Sarr anchors as Dr. Oliver Wolf, the genius. "
        "Mara Lind shines as Dr. Carol Pierce, the chief.\n"
    )
    pairs = roles_of(page)
    assert pairs == {("Paul Atreides", "Tim Chal"), ("Dr. Oliver Wolf", "Ivo Sarr"), ("Dr. Carol Pierce", "Mara Lind")}


def test_the_later_items_of_a_flattened_dubbed_by_list_pair_each_role_with_its_voices() -> None:
    page = (
        "Glass Orchard season 2 release date and news\n\n"
        "Glass Orchard season 2 will premiere in late 2026 on Crunchyroll, which renewed it in March 2025.\n\n"
        "The cast of Season 2 is: Mira would be dubbed by Ada Mbeki (Japanese) and Lena Ortiz (English), Tomas by "
        "Ivo Sarr (Japanese) and Paul Reyes (English), and Rin by Kim Sora (Japanese) and Nia Long (English).\n"
    )
    pairs = roles_of(page)
    assert pairs == {
        ("Mira", "Ada Mbeki"), ("Mira", "Lena Ortiz"), ("Tomas", "Ivo Sarr"), ("Tomas", "Paul Reyes"),
        ("Rin", "Kim Sora"), ("Rin", "Nia Long"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Mbeki has been cast in the role of Mira Vell.",
        "Ada Mbeki steps into the shoes of Mira Vell.",
        "Opposite him, Ada Mbeki will step into the shoes of Mira Vell, an aspiring actress.",
        "Ada Mbeki will be seen as Mira Vell.",
        "Ada Mbeki reprises her role of Mira Vell.",
        "Ada Mbeki takes on the role of Mira Vell.",
        "Ada Mbeki has been roped in to play Mira Vell.",
    ],
)
def test_the_other_ways_a_page_gives_an_actor_a_role(sentence: str) -> None:
    page = (
        "Glass Orchard season 2 release date and news\n\n"
        "Glass Orchard season 2 will premiere in late 2026 on Netflix, which renewed it in March 2025.\n\n" + sentence + "\n"
    )
    assert ("Mira Vell", "Ada Mbeki") in roles_of(page)


def test_a_list_of_possessives_pairs_actors_and_roles_and_a_titled_role_goes_first_in_brackets() -> None:
    page = (
        "Glass Orchard Season 2 Premiere Date\n\n"
        "Glass Orchard season 2 premieres on FX on September 25, 2025.\n"
        "The second season will also see the return of Ada Mbeki’s Gwen, Ivo Sarr’s Markie the gym teacher, "
        "and Lina Vosk’s Principal Grant Moretti.\n"
        "\"In the wake of the disaster, Dr. Jim Swire (Reyne) is nominated spokesperson,\" a synopsis said.\n"
    )
    roles = roles_of(page)
    assert {("Gwen", "Ada Mbeki"), ("Markie", "Ivo Sarr"), ("Principal Grant Moretti", "Lina Vosk"), ("Dr. Jim Swire", "Reyne")} <= roles


def test_starring_creator_a_lists_a_cast_and_lead_the_cast_of_and_an_adverb_before_portrayed_by() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\n"
        "Glass Orchard season 2 will premiere on FX in 2026.\n"
        "Starring creator Ivo Sarr, Lina Vosk, Petra Olund, and Mika Hallo, the comedy is a hit.\n"
        "Ada Mbeki and Tomas Reyne lead the cast of Netflix's upcoming Korean series \"Glass Orchard\".\n"
        "At the center of it all is Professor Alec Mercer, brilliantly portrayed by Corin Matsu.\n"
    )
    claims = claims_of(page)
    assert {c.value for c in only(claims, "writer")} == {"Ivo Sarr"}
    assert {"Lina Vosk", "Petra Olund", "Mika Hallo", "Ada Mbeki", "Tomas Reyne"} <= {c.value for c in only(claims, "cast_member")}
    assert ("Professor Alec Mercer", "Corin Matsu") in {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")}
    assert {c.subject for c in claims} == {"Glass Orchard"}


LEANING_LISTS = """Kestrel Moor Season 2: Everything We Know

Kestrel Moor Season 2 is coming to Apple TV+.

The cast for the next round is promising. So far, it includes Ada Mbeki, Ivo Sarr and Tomas Vell.

According to a report, the whole main cast will return in season 2. This includes cast members such as Rina Holt, Obi Lanre and Mae Corran.

The first season was a hit. It starred Pella Dunne, Joss Arden and Kit Varga.
"""


def test_a_list_whose_pronoun_stands_for_the_sentence_before_takes_its_season_and_its_modality() -> None:
    cast = {c.value: (c.season, c.modality) for c in only(claims_of(LEANING_LISTS), "cast_member")}
    assert cast["Ada Mbeki"] == (2, "confirmed") and cast["Tomas Vell"] == (2, "confirmed")
    assert cast["Rina Holt"] == (2, "reported") and cast["Mae Corran"] == (2, "reported")
    assert cast["Pella Dunne"][0] == 1


def test_people_a_plot_tells_of_are_characters_but_an_actor_who_won_or_a_source_who_said_is_not() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 will premiere on Hulu in 2026. Ada Mbeki stars as Mara Vell.\n\n"
        "In the first season, Tomas and Ysolde fought courageously next to their chiefs. "
        "Meanwhile, Kestrel and her siblings turned on the corporation. "
        "The story of Pella, Joss, and the cursed orchard will continue in Season 2. "
        "The series is about two former lab partners named Rina and Obi. "
        "Ada Mbeki won an Emmy for the role. Ivo Sarr said the writers are busy.\n"
    )
    names = {c.value["name"]: c.season for c in only(claims_of(page), "character")}  # type: ignore[index]
    assert {"Tomas", "Ysolde", "Kestrel", "Pella", "Joss", "Rina", "Obi"} <= set(names)
    assert names["Tomas"] == 1 and names["Pella"] == 2
    assert not {"Ada Mbeki", "Ivo Sarr"} & set(names)


SIGNINGS = """Kestrel Moor Season 2 Release Date

Kestrel Moor season 2 will premiere on Hulu in 2026.

Rina Holt, Obi Lanre, Dolly de Vell, Mae Corran-Sellers, and Tomas Ardi have reportedly been signed for season two, with other roles yet to be filled.

The detectives are played by Pella Dunne and Joss Arden, as the pair work together.

Ivo Sarr (Glass Orchard) leads the cast as Captain Mara Vell. Joining the cast are Ada Mbeki from "Tin Lanterns" as Ysolde Park.
"""


def test_a_signed_list_is_the_named_seasons_cast_as_its_predicate_reports_it_and_plural_parts_played_by_name_the_cast() -> None:
    claims = claims_of(SIGNINGS)
    cast = {(c.subject, c.value): (c.season, c.modality) for c in only(claims, "cast_member")}
    for actor in ("Rina Holt", "Obi Lanre", "Dolly de Vell", "Mae Corran-Sellers", "Tomas Ardi"):
        assert cast[("Kestrel Moor", actor)] == (2, "reported"), actor
    assert ("Kestrel Moor", "Pella Dunne") in cast and ("Kestrel Moor", "Joss Arden") in cast


def test_an_actors_earlier_work_between_the_actor_and_the_role_is_credited_to_that_work_not_paired() -> None:
    claims = claims_of(SIGNINGS)
    pairs = {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")}  # type: ignore[index]
    assert {("Captain Mara Vell", "Ivo Sarr"), ("Ysolde Park", "Ada Mbeki")} <= pairs
    assert not any(actor in ("Glass Orchard", "Tin Lanterns") or name == "Ivo Sarr" for name, actor in pairs)
    works = {(c.subject, c.value) for c in only(claims, "cast_member")}
    assert {("Glass Orchard", "Ivo Sarr"), ("Tin Lanterns", "Ada Mbeki")} <= works


def test_a_part_described_in_lower_case_pairs_nobody_and_a_supporting_role_is_a_cast_credit() -> None:
    page = (
        "Kestrel Moor Season 2 Release Date\n\nKestrel Moor is a hit drama on Netflix that fans love, and its release date is unknown.\n\n"
        "The Kestrel Moor starring Rina Holt as the empress and Obi Lanre as her king premiered in 2024. "
        "Ivo Sarr also appears in a supporting role.\n"
    )
    claims = claims_of(page)
    assert not only(claims, "character")
    assert {"Rina Holt", "Obi Lanre", "Ivo Sarr"} <= {c.value for c in only(claims, "cast_member")}


def test_parts_described_in_lower_case_leave_every_actor_of_the_list_in_the_cast() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard is a hit drama on Netflix, and its release date is unknown.\n\n"
        "Glass Orchard stars Ada Mbeki as an empress, Ivo Sarr as a king and Rina Holt as a physician. "
        "The series also stars Obi Lanre as the general, while Mae Corran plays the queen dowager. "
        "It also stars Seo Min-ha as the lead character, Yoon Tae-ri.\n"
    )
    claims = claims_of(page)
    assert {"Ada Mbeki", "Ivo Sarr", "Rina Holt", "Obi Lanre", "Mae Corran"} <= {c.value for c in only(claims, "cast_member")}
    assert [(c.value["name"], c.value["played_by"]) for c in only(claims, "character")] == [("Yoon Tae-ri", "Seo Min-ha")]  # type: ignore[index]


def test_voice_cast_lines_join_role_and_actor_with_a_colon_a_dash_or_a_bracket() -> None:
    page = (
        "Tin Lanterns Season 2 Release Date\n\nTin Lanterns is an anime on Crunchyroll, and season 2 has no date yet. "
        "The voice cast is as follows:\n\n"
        "First Unit Commander, Mara Vell: voiced by Seo Min-ha\n\nKira Stone - voiced by Yoon Tae-ri\n\n"
        "Lena Fox (voiced by Obi Lanre)\n"
    )
    pairs = roles_of(page)
    assert pairs == {("Mara Vell", "Seo Min-ha"), ("Kira Stone", "Yoon Tae-ri"), ("Lena Fox", "Obi Lanre")}


def test_an_actor_who_will_take_on_the_role_of_a_ranked_character_plays_that_character_and_directs_nothing() -> None:
    page = "Glass Orchard Release Date\n\nGlass Orchard is a new drama on Netflix.\n\nIvo Sarr will take on the role of Director Choi, who heads the project.\n"
    claims = claims_of(page)
    assert [(c.value["name"], c.value["played_by"]) for c in only(claims, "character")] == [("Director Choi", "Ivo Sarr")]  # type: ignore[index]
    assert not only(claims, "director")


def test_actors_back_as_ranked_parts_pair_in_order_and_faces_of_the_upcoming_episodes_are_its_cast() -> None:
    page = (
        "Glass Orchard season 6: cast and everything we know\n\nGlass Orchard season 6 is coming to ITV, which will be welcome news.\n\n"
        "Ada Mbeki and Ivo Sarr are back as DCI Mara Vell and DI Tomas Reed, who have moved on. "
        "Other familiar faces appearing in the upcoming episodes include Rina Holt (Red Kite, Salt Road), Obi Lanre and Mae Corran.\n"
    )
    claims = claims_of(page)
    pairs = {(c.season, c.value["name"], c.value["played_by"]) for c in only(claims, "character")}  # type: ignore[index]
    assert {(6, "Mara Vell", "Ada Mbeki"), (6, "Tomas Reed", "Ivo Sarr")} <= pairs
    assert not any(actor == "Ivo Sarr" and name == "Mara Vell" for _, name, actor in pairs)
    cast = {(c.season, c.value) for c in only(claims, "cast_member") if c.subject == "Glass Orchard"}
    assert {(6, "Rina Holt"), (6, "Obi Lanre"), (6, "Mae Corran")} <= cast


def test_a_list_of_actors_as_described_parts_pairs_each_actor_with_the_name_that_closes_the_item() -> None:
    page = (
        "Glass Orchard season 2: cast and everything we know\n\nGlass Orchard season 2 is coming to Peacock, which will be welcome news.\n\n"
        "Also surviving season 1 are Ada Mbeki as his wife Nuria, Ivo Sarr as the hero’s mysterious employer and billionaire "
        "Timothy Vane, Rina Holt as Bianca’s MI-6 boss Isabel Kirk, Obi Lanre as the detective who hunts Mara Vell, "
        "and Mae Corran as Jasmine Pull.\n"
    )
    pairs = roles_of(page)
    assert {("Nuria", "Ada Mbeki"), ("Timothy Vane", "Ivo Sarr"), ("Isabel Kirk", "Rina Holt"), ("Jasmine Pull", "Mae Corran")} <= pairs
    assert not any(actor == "Obi Lanre" for _, actor in pairs)
    # ("B as Lena, and other actors like C and D": the item's closing names are more of the cast, not B's part)
    more = page.replace("Mae Corran as Jasmine Pull", "Mae Corran as Jasmine Pull, and other talented actors like Tomas Reed and Seo Min-ha")
    assert not any(actor == "Mae Corran" and name != "Jasmine Pull" for name, actor in
                   roles_of(more))  # type: ignore[index]


def test_a_plural_day_after_a_story_cue_is_no_character() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 premieres on BBC One on Sunday, March 1, 2026.\n\n"
        "After that, the remaining four episodes will air in the same timeslot across the following Sundays.\n"
    )
    assert not only(claims_of(page), "character")


def test_a_pronoun_that_stars_as_a_part_is_the_actor_before_and_a_lead_role_as_names_a_part() -> None:
    page = (
        "Glass Orchard: Release Date, Cast\n\nGlass Orchard premieres on Max on May 15, 2031.\n\n"
        "Leading up the cast of the series is Ivo Sarr, who the creator had in mind. He stars as Jim, a getaway driver. "
        "Ada Mbeki also has a lead role as Nina, a new agent.\n\n"
        "Also starring in the series are Rina Holt as Genesis, Obi Lanre as Luna, Mae Corran, and Tomas Reed.\n"
    )
    claims = claims_of(page)
    pairs = {(c.value["name"], c.value["played_by"]) for c in only(claims, "character")}  # type: ignore[index]
    assert pairs == {("Jim", "Ivo Sarr"), ("Nina", "Ada Mbeki"), ("Genesis", "Rina Holt"), ("Luna", "Obi Lanre")}
    # the names after the paired items are more of the cast, not Obi Lanre's part
    assert {"Mae Corran", "Tomas Reed"} <= {c.value for c in only(claims, "cast_member")}


def test_a_quoted_part_after_stars_as_is_a_character_and_a_question_s_auxiliary_opens_no_name() -> None:
    page = (
        "Glass Orchard Season 1 Release Date\n\nGlass Orchard season 1 premieres on CBS on May 2, 2031.\n\n"
        "Tomas Reed stars as “Nina” in the comedy.\n"
    )
    claims = claims_of(page)
    assert [(c.subject, c.value) for c in only(claims, "character")] == [("Glass Orchard", {"name": "Nina", "played_by": "Tomas Reed"})]
    assert [n.text for n in find_names("Could Ada Mbeki’s Chloe return for a new mystery?")][:1] == ["Ada Mbeki"]


def test_actors_who_lead_a_show_after_an_abbreviation_s_point_are_its_cast() -> None:
    page = (
        "Glass Orchard Cancelled\n\n"
        "CBS has canceled the Ivo Sarr and Ivo Sarr Jr.-led family comedy Glass Orchard after one season, the network said on May 2, 2031.\n"
    )
    assert {c.value for c in only(claims_of(page), "cast_member")} == {"Ivo Sarr", "Ivo Sarr Jr"}


def test_people_who_reunite_appear_are_cast_or_join_alongside_a_new_cast_member_are_the_cast() -> None:
    page = ("Copper Bells release date, cast and everything we know\n\nA decade after their last collaboration, Ada Mbeki "
            "and Rina Holt reunite in Netflix’s Copper Bells, out on May 2, 2031. Ivo Sarr and Mae Corran appear in key "
            "supporting turns. It was previously reported that Tomas Reed and rapper Obi Lanre were cast in the series. "
            "Additionally, Mara Vell has joined the cast, alongside filmmaker Seo Min-ha and Yoon Tae-ri.\n")
    claims = claims_of(page)
    assert {c.value for c in only(claims, "cast_member")} == {
        "Ada Mbeki", "Rina Holt", "Ivo Sarr", "Mae Corran", "Tomas Reed", "Obi Lanre", "Mara Vell", "Seo Min-ha", "Yoon Tae-ri"}
    assert only(claims, "director") == []


def test_an_actor_who_headlines_a_work_is_its_cast() -> None:
    page = ("Copper Bells release date, cast and everything we know\n\nCopper Bells is set to premiere in theaters on "
            "September 26, 2031.\n\nAs mentioned, Ada Mbeki headlines Copper Bells in her first collaboration with Ivo Sarr.\n")
    assert {c.value for c in only(claims_of(page), "cast_member")} == {"Ada Mbeki"}


def test_a_starring_list_whose_items_name_earlier_works_credits_both_and_a_person_alongside_stars_too() -> None:
    page = (
        "Copper Bells Gets An Earlier Release\n\nThe new movie Copper Bells opens in cinemas on November 1, 2031.\n\n"
        "Alongside Ada Mbeki, the film stars Red Kite actor Ivo Sarr, The Lanterns' Mae Corran, Grey Harbor's Rina Holt, "
        "and That '30s Story's Obi Lanre.\n"
    )
    cast = {(c.subject, c.value) for c in only(claims_of(page), "cast_member")}
    assert {("Copper Bells", n) for n in ("Ada Mbeki", "Ivo Sarr", "Mae Corran", "Rina Holt", "Obi Lanre")} <= cast
    assert {("Red Kite", "Ivo Sarr"), ("Grey Harbor", "Rina Holt")} <= cast
    assert not only(claims_of(page), "character")


def test_the_second_actor_of_a_gapped_pair_of_parts_plays_no_one_named_after_the_first() -> None:
    page = "Glass Orchard Release Date\n\nGlass Orchard premieres on JTBC on May 4, 2031. Ada Mbeki will play the mother and Rina Holt the grandmother.\n"
    claims = claims_of(page)
    assert not only(claims, "character")
    assert "Ada Mbeki" in {c.value for c in only(claims, "cast_member")}


def test_an_actor_who_joins_the_cast_after_an_aside_about_an_earlier_role_joins_the_coming_season() -> None:
    page = ("Glass Orchard season 2: release date and cast\n\nGlass Orchard season 2 is coming to Netflix. Mae Corran, "
            "best known for her role in Salt Road, has joined the cast.\n")
    cast = {(c.subject, c.season, c.value) for c in only(claims_of(page), "cast_member")}
    assert ("Glass Orchard", 2, "Mae Corran") in cast
    assert ("Salt Road", None, "Mae Corran") in cast


def test_a_connective_or_a_nationality_opening_a_sentence_is_no_name() -> None:
    page = ("Glass Orchard season 2: release date and cast\n\nGlass Orchard season 2 is coming to Netflix with Mae Corran. "
            "Furthermore, Ivo Sarr has joined the cast. The drama follows Ukrainian orphan Rina Holt.\n")
    claims = claims_of(page)
    assert {c.value for c in only(claims, "cast_member")} == {"Ivo Sarr"}
    assert all(c.value["name"] != "Ukrainian" for c in only(claims, "character"))  # type: ignore[index]


def test_a_show_that_will_once_again_follow_its_roles_brings_them_to_the_coming_season_with_their_circle() -> None:
    page = ("Tin Lantern Season 3: release date and cast\n\nTin Lantern season 3 is coming to Channel 4.\n\n"
            "“Tin Lantern” will once again follow Erin (Ada Mbeki), her cousin Orla (Ivo Sarr) and their friend Clare "
            "(Rina Holt).\n\nWe will also be seeing newcomers Mae Corran (Fi) and Tomas Reed (Richie) who will be at the firm.\n"
            "Season 2 sold the farm to Harriet Vell, played by newcomer Obi Lanre.\n")
    roles = {(c.value["name"], c.season) for c in only(claims_of(page), "character")}  # type: ignore[index]
    assert {("Erin", 3), ("Orla", 3), ("Clare", 3), ("Fi", 3), ("Richie", 3)} <= roles
    assert ("Harriet Vell", 3) not in roles


def test_an_actor_who_stars_alongside_another_is_the_shows_cast_as_is_the_other() -> None:
    page = ("Glass Orchard season 2: release date and cast\n\nGlass Orchard season 2 is coming to Netflix in 2031.\n\n"
            "Ivo Sarr stars alongside Ada Mbeki in the series.\n")
    assert {(c.season, c.value) for c in only(claims_of(page), "cast_member")} == {(1, "Ivo Sarr"), (1, "Ada Mbeki")}


def test_actors_set_or_confirmed_to_star_in_a_drama_are_its_cast() -> None:
    page = """Ada Mbeki and Rina Holt confirmed for new drama Glass Orchard

Ada Mbeki and Rina Holt are set to star in a new drama together. On August 21, 2031, Kestrel Studio confirmed that the two actors will lead the JTBC drama Glass Orchard.

Ivo Sarr and Mae Corran are confirmed to star in the upcoming drama Glass Orchard as well.
"""
    assert {c.value for c in only(claims_of(page), "cast_member") if c.subject == "Glass Orchard"} == {"Ada Mbeki", "Rina Holt", "Ivo Sarr", "Mae Corran"}


def test_actors_who_own_the_show_in_the_possessive_are_its_cast_but_an_author_owning_the_book_is_not() -> None:
    page = """Glass Orchard: premiere date confirmed

Ada Mbeki and Ivo Sarr’s upcoming Disney+ series, “Glass Orchard”, has confirmed its premiere date!
Rina Holt and Obi Lanre's Glass Orchard is all set to air on April 10, 2031.
The anime of Mae Corran's Glass Orchard manga is also in the works.
"""
    cast = {(c.subject, c.value, c.modality) for c in only(claims_of(page), "cast_member")}
    assert {("Glass Orchard", name, "confirmed") for name in ("Ada Mbeki", "Ivo Sarr", "Rina Holt", "Obi Lanre")} <= cast
    assert not any(name == "Mae Corran" for _, name, _ in cast)


def test_korean_parts_with_an_office_a_syllable_word_or_a_transformation() -> None:
    page = """Glass Orchard cast and release date

Glass Orchard will premiere on Disney+ on April 10, 2031. Lee Hee Joon portrays Prime Minister Sun Woo Jae, who is aspiring to take over the group. Lee Moo Saeng plays On San, the research centre head. Kim Sang Ho transforms into Kim Shin Goo, a biotechnologist.
"""
    roles = roles_of(page)
    assert roles == {("Prime Minister Sun Woo Jae", "Lee Hee Joon"), ("On San", "Lee Moo Saeng"), ("Kim Shin Goo", "Kim Sang Ho")}


def test_a_left_quote_set_for_the_apostrophe_reads_as_one_and_quotes_stay_as_written() -> None:
    page = """Glass Orchard: premiere date confirmed

South Korean cable network tvN has announced the premiere date for its upcoming K-drama series, Glass Orchard.

Glass Orchard will star Red Kite‘s Ada Mbeki and Copper Bells‘ Obi Lanre. Glass Orchard‘s anime adaptation first aired in October 2009.

Glass Orchard will premiere on tvN on October 2, 2031.
"""
    claims = claims_of(page)
    cast = {(c.subject, c.value) for c in only(claims, "cast_member")}
    assert {("Glass Orchard", "Ada Mbeki"), ("Glass Orchard", "Obi Lanre"), ("Red Kite", "Ada Mbeki"), ("Copper Bells", "Obi Lanre")} <= cast
    assert all(c.quote in page for c in claims) and any("Red Kite‘s" in c.quote for c in claims)
    assert not only(claims, "production_company")


def test_a_plural_role_word_before_a_pair_of_parts_is_no_part_of_the_first_name() -> None:
    page = "Glass Orchard season 2 release date\n\nGlass Orchard season 2 will stream on Prime Video from March 20, 2031. Detectives Dulcie Collins (Ada Mbeki) and Eddie Redcliffe (Rina Holt) are back on the case.\n"
    roles = roles_of(page)
    assert roles == {("Dulcie Collins", "Ada Mbeki"), ("Eddie Redcliffe", "Rina Holt")}
    assert [n.text for n in find_names("Officers Mara Vell and Tomas Reed")] == ["Mara Vell", "Tomas Reed"]


def test_the_screenwriter_of_the_show_in_apposition_and_the_actors_set_apart_from_the_cast_list() -> None:
    page = """Glass Orchard Season 2 confirmed

SBS has renewed Glass Orchard for season 2. The screenwriter of the show, Tomas Reed, has already started to work on the story. Apart from Ada Mbeki and Ivo Sarr, the cast of the series includes Rina Holt and Obi Lanre.
"""
    claims = claims_of(page)
    assert {c.value for c in only(claims, "writer")} == {"Tomas Reed"}
    assert "Tomas Reed" not in {c.subject for c in claims}
    assert {c.value for c in only(claims, "cast_member")} == {"Ada Mbeki", "Ivo Sarr", "Rina Holt", "Obi Lanre"}


ORGANISATION_ROLES = """Glass Orchard Season 2: Cast and Release Date

Glass Orchard season 2 will premiere on Netflix in 2026.

Ada Mbeki takes on the role of Kestrel Group’s IT expert Yoon Ara. Ivo Sarr plays the role of Kestrel Group’s planning director Han Joon.
"""


def test_a_part_described_through_the_organisation_it_works_for_is_still_the_part() -> None:
    pairs = roles_of(ORGANISATION_ROLES)
    assert pairs == {("Yoon Ara", "Ada Mbeki"), ("Han Joon", "Ivo Sarr")}


def test_an_actor_s_return_as_a_part_and_playing_the_role_again_name_the_part() -> None:
    page = (
        "Glass Orchard 2: Release Date and Cast\n\n"
        "Glass Orchard 2 is slated to hit theaters on August 4, 2031. Fans are excited to see Ada Mbeki’s return as Mara "
        "Vell in this action film. Ivo Sarr is going to play his role again as Tomas Reed.\n"
    )
    pairs = roles_of(page)
    assert pairs == {("Mara Vell", "Ada Mbeki"), ("Tomas Reed", "Ivo Sarr")}


TITLE_ROLE_PAGE = """Will there be a Salt Story season 2?

Ivo Sarr (Red Kite) and Rina Holt (Back to Earth) lead the cast as Samuel and Janet respectively, two strangers. Salt Story star Ada Mbeki (who portrays Roz Gruber) shared that she is hopeful. Obi Lanre stars in the title role. Salt Story premiered on BBC One in 2031.
"""


def test_credits_in_brackets_a_bracketed_who_portrays_and_the_title_role_pair_actors_with_parts() -> None:
    pairs = roles_of(TITLE_ROLE_PAGE)
    assert pairs == {("Samuel", "Ivo Sarr"), ("Janet", "Rina Holt"), ("Roz Gruber", "Ada Mbeki"), ("Salt Story", "Obi Lanre")}


def test_an_actor_in_brackets_after_a_part_described_in_lower_case_is_cast_but_a_director_in_brackets_is_not() -> None:
    page = (
        "Glass Orchard: Release Date and Cast\n\n"
        "Glass Orchard premieres on Netflix on June 26, 2031. The appearance of her sweet college classmate (Ivo Sarr) "
        "complicates their romance. A vampire (Ada Mbeki) meets a woman (Rina Holt) who looks exactly like his first love. "
        "The director (Obi Lanre) said the drama is about love.\n"
    )
    assert {c.value for c in only(claims_of(page), "cast_member")} == {"Ivo Sarr", "Ada Mbeki", "Rina Holt"}


def test_names_that_will_also_star_join_the_coming_seasons_cast() -> None:
    page = (
        "Glass Orchard Season 2 Release Date and Cast\n\n"
        "Glass Orchard season 2 is coming to Netflix in 2026. Tomas Reed and Lia Moor will also star.\n"
    )
    cast = {(c.subject, c.season, c.value) for c in only(claims_of(page), "cast_member")}
    assert cast == {("Glass Orchard", 2, "Tomas Reed"), ("Glass Orchard", 2, "Lia Moor")}


def test_one_name_that_will_star_in_the_new_season_is_its_cast() -> None:
    page = (
        "Glass Orchard Season 2 Release Date and Cast\n\n"
        "Glass Orchard season 2 is coming to Netflix in 2026. Ada Mbeki will star in the new season of Glass Orchard.\n"
    )
    cast = {(c.subject, c.season, c.value) for c in only(claims_of(page), "cast_member")}
    assert cast == {("Glass Orchard", 2, "Ada Mbeki")}


def test_a_title_with_an_article_before_it_ends_its_sentence() -> None:
    page = (
        "Glass Orchard Season 2 Release Date and Cast\n\n"
        "Glass Orchard season 2 is coming to Netflix in 2026. Ada Mbeki returns as The Prof. Ivo Sarr plays Mara Vell. "
        "Dr. Tam Vell joins the cast.\n"
    )
    assert ("Mara Vell", "Ivo Sarr") in roles_of(page)
    assert "Dr. Tam Vell" in {c.value for c in only(claims_of(page), "cast_member")}  # a title with no article stays


def test_a_relative_clause_between_an_actor_and_plays_and_a_hosts_name_give_cast() -> None:
    page = (
        "Glass Orchard Season 2 Release Date and Cast\n\n"
        "Glass Orchard season 2 is coming to Netflix in 2026. Yoo In Soo, who was very cute in the first season, plays a "
        "troublemaker in the village. Hosted by Obi Lanre, Glass Orchard puts a twist on the game show. "
        "Among the cast was Tam Vell and Rina Holt, a former model.\n"
    )
    assert {c.value for c in only(claims_of(page), "cast_member")} == {"Yoo In Soo", "Obi Lanre", "Tam Vell", "Rina Holt"}


def test_a_part_told_through_another_characters_possessive_names_no_part() -> None:
    page = (
        "Glass Orchard Season 2 Release Date and Cast\n\n"
        "Glass Orchard season 2 is coming to Netflix in 2026. Ada Mbeki (Salt Road) plays Ivo Sarr’s character’s long time friend.\n"
    )
    assert roles_of(page) == set()
    assert ("Glass Orchard", "Ada Mbeki") in {(c.subject, c.value) for c in only(claims_of(page), "cast_member")}


KDRAMA_PROSE = (
    "Glass Orchard Release Date, Cast and Plot\n\n"
    "Glass Orchard is a new K-drama coming to Netflix in 2026.\n\n"
    "Glass Orchard, also known as Our House, Gaslighting, Uri Jib, is a mystery drama.\n\n"
    "The drama stars Ada Mbeki, Rina Holt, Tomas Reed and Mae Corran. "
    "They will chronicle the characters of Noh Young-won, Hong Sa-gang, Hong Jae-jin, and Se Na.\n\n"
    "Ivo Sarr, known for projects like Red Kite and Salt Road, will be headlining the drama.\n\n"
    "Some of the most popular titles to be released this year include Copper Bells, Grey Harbor, and Salt Story.\n\n"
    "The director is known for his work on Bravo, My Life.\n"
)


def test_other_titles_characters_of_a_story_and_a_headliner_past_his_credits() -> None:
    claims = claims_of(KDRAMA_PROSE)
    cast = {c.value for c in only(claims, "cast_member") if c.subject == "Glass Orchard"}
    assert cast == {"Ada Mbeki", "Rina Holt", "Tomas Reed", "Mae Corran", "Ivo Sarr"}
    assert {c.value["name"] for c in only(claims, "character")} == {"Noh Young-won", "Hong Sa-gang", "Hong Jae-jin", "Se Na"}
    assert {c.value for c in only(claims, "platform")} == {"Netflix"}


def test_a_role_taken_on_past_a_relative_clause_and_works_that_own_actors_the_page_knows() -> None:
    page = (
        "Glass Orchard Release Date, Cast and Plot\n\n"
        "Glass Orchard is a new K-drama coming to Netflix in 2026.\n\n"
        "Rina Holt, who starred in Red Kite, takes on the role of Han Young-soo.\n\n"
        "Tam Vell, whose latest work was the film Copper Bells, takes on the role of Lee Min-ho.\n\n"
        "Ivo Sarr, known for projects like Salt Road, will be headlining the drama.\n\n"
        "Salt Road's Ivo Sarr, Red Kite's Rina Holt and Mae Corran are in talks.\n\n"
        "Helmed by the cable network MBN which is known for Grey Harbor and Salt Story, the show is a comedy.\n"
    )
    claims = claims_of(page)
    parts = {(c.subject, c.value["name"], c.value["played_by"]) for c in only(claims, "character")}
    assert parts == {("Glass Orchard", "Han Young-soo", "Rina Holt"), ("Glass Orchard", "Lee Min-ho", "Tam Vell")}
    assert "Helmed" not in {c.value for c in only(claims, "cast_member")}
