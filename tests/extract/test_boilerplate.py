"""Page furniture produces no claims, and a teaser's prison "release date" is no premiere."""

from __future__ import annotations

from airdate.ingest.boilerplate import find_boilerplate
from tests.extract.helpers import claims_of, only

PAGE = """Harbor Lights Season 3 Release Date: Will It Return?

Harbor Lights has not been renewed for a third season yet. The drama is streaming on Hulu.

Also Read –

Quiet Pines Season 4 Release Date, Cast, and Trailer

What Is Dana Reel's Net Worth in 2024?

What's Next for Harbor Lights Season 3

There is no release date for Harbor Lights season 3 yet.

Get notified whenever we post something new!

Continue reading

Rico Vance Release Date: When Will The Rapper Be Out Of Prison?

Rico Vance is an American rapper. His release date from prison is set for March 3, 2027, according to reports...

Jon Doe Net Worth 2024: Early Life, Career, Wife, Kids

Jon Doe (born May 1, 1970) is a singer, songwriter, and actor from Ohio, who premiered his first album in 1998...

  • Pat Writer

    Hello I am Pat Writer i am a Blogger with 9+ Years Experience in Blogging.
"""


def test_furniture_blocks_are_found() -> None:
    spans = find_boilerplate(PAGE)
    covered = "".join(PAGE[s:e] for s, e in spans)
    for block in ("Also Read", "Quiet Pines", "Dana Reel", "Get notified", "Continue reading", "Rico Vance", "Jon Doe", "Pat Writer"):
        assert block in covered, block
    assert "has not been renewed" not in covered
    assert "There is no release date for Harbor Lights season 3" not in covered


def test_no_claim_comes_from_furniture_and_prison_release_is_no_premiere() -> None:
    claims = claims_of(PAGE)
    spans = find_boilerplate(PAGE)
    for claim in claims:
        assert not any(s <= claim.span[0] < e for s, e in spans), claim
        assert "Rico" not in claim.quote and "Jon Doe" not in claim.quote
    premieres = only(claims, "premiere_date")
    assert premieres and all(c.value is None and c.modality == "negated" for c in premieres)
    assert any(c.attribute == "renewal" and c.value["renewed"] is False and c.season == 3 for c in claims)


def test_plain_article_has_no_furniture() -> None:
    text = "Quiet Pines Season 2\n\nQuiet Pines returns in May 2025 on Max. Filming wrapped in June 2024.\n"
    assert find_boilerplate(text) == ()


def test_packed_sidebar_ends_at_the_blank_line_before_the_headline() -> None:
    page = (
        "Home > Drama\n\nLATEST NEWS\n01 Mar 2026 · Singer's son jailed after...\n28 Feb 2026 · Host confirms split...\n\n"
        "The Tin Lantern series 2: release date, cast and everything we know\n\nBy Ann Lee\n\n"
        "The Tin Lantern will return for a second series on BBC One in 2027.\n\n"
        "Read More\nEvery Revival Coming in 2026\nThe Best Sitcoms, Ranked\n\n"
        "Ann Lee is a TV reporter covering comedy and drama.\n"
    )
    covered = "".join(page[s:e] for s, e in find_boilerplate(page))
    assert "Singer's son" in covered and "Host confirms" in covered
    assert "series 2: release date" not in covered
    assert "Ann Lee is a TV reporter" in covered
    assert "Trending:" in "".join(
        page2[s:e] for page2 in ["Trending: A's Divorce | Who Is B Dating? | C Release Date\n\nThe Tin Lantern is back.\n"]
        for s, e in find_boilerplate(page2)
    )


def test_a_credited_photo_caption_is_furniture_and_dates_no_premiere() -> None:
    page = (
        "Harbor Lights Renewed for Season 3 at Netflix\n\n"
        "Netflix has renewed Harbor Lights for a third season, the streamer announced.\n\n"
        "Dana Reel arrives on the red carpet for the Songwriters Gala in New York City on June 13, 2019. File Photo by Jo Smith/UPI\n\n"
        "Dana Reel appears backstage at the awards in Los Angeles in 2017. (Photo: Jo Smith)\n\n"
        "The second season premiered on Netflix and topped its charts.\n"
    )
    covered = "".join(page[s:e] for s, e in find_boilerplate(page))
    assert "red carpet" in covered and "backstage" in covered
    assert "renewed Harbor Lights" not in covered and "topped its charts" not in covered
    assert not only(claims_of(page), "premiere_date")


def test_teasers_on_a_marker_line_credit_lines_captions_and_staff_bios_are_furniture() -> None:
    page = (
        "Harbor Lights Season 3 Release Date\n\n"
        "Dana Reel as Cara in Harbor Lights.\n"
        "Dana Reel as Cara in Harbor Lights. (Image via Paramount+)\n\n"
        "Harbor Lights season 3 is coming to Netflix in 2026, the streamer said.\n\n"
        "ALSO READ| 'High Water' Filming Location: Check Out Where This 2016 Action Drama Was Shot\n\n"
        "Source – Allkpop Twitter\n\n"
        "The second season topped the charts.\n\n"
        "Jo Smith serves as senior content producer, programming for Cable News. During his years he covered TV.\n"
    )
    covered = "".join(page[s:e] for s, e in find_boilerplate(page))
    for furniture in ("Dana Reel as Cara", "High Water", "Allkpop", "content producer"):
        assert furniture in covered
    assert "coming to Netflix" not in covered and "topped the charts" not in covered


def test_a_closing_staff_paragraph_of_an_anime_page_is_no_author_bio() -> None:
    page = (
        "Glass Orchard season 2 release date and news\n\n"
        "Glass Orchard season 2 will premiere in late 2026 on Netflix, which renewed it in March 2025.\n\n"
        "Writer-creator-director Steven Zail (Tin Lanterns, The Kestrel Girl) adapted the novel. Jenny Hana, writer of "
        "the original novels that the series is based on, serves as writer and executive producer. Keii Kawa (Frame Girl, "
        "Hayate Butler) is directing the anime, and Shin Inot (Gangsta., Hayate Butler) is in charge of series composition.\n"
    )
    claims = claims_of(page)
    assert {c.value for c in only(claims, "writer")} == {"Steven Zail", "Jenny Hana", "Shin Inot"}
    assert {c.value for c in only(claims, "director")} == {"Steven Zail", "Keii Kawa"}
    # a real author bio still is furniture
    bio = page + "\nJo Reyes\n\nJo Reyes is a staff writer covering TV and film. She serves as a contributing editor.\n"
    text = bio
    assert any(text[s:e].startswith("Jo Reyes is a staff writer") or "Jo Reyes is a staff writer" in text[s:e] for s, e in find_boilerplate(text))


def test_a_paragraph_that_opens_with_a_word_beginning_home_is_article_text_not_a_breadcrumb() -> None:
    from airdate.ingest.boilerplate import find_boilerplate

    text = "Glass Orchard Release Date\n\nGlass Orchard is coming to tvN.\n\nHometown Days's Ada Mbeki will lead it.\n\nHomeNews TV Shows\n"
    furniture = [text[s:e] for s, e in find_boilerplate(text)]
    assert "HomeNews TV Shows" in furniture and not any("Hometown" in block for block in furniture)


def test_a_short_page_s_headline_of_four_capitalised_words_is_no_author_bio() -> None:
    page = "Copper Bells Release Date\n\nCopper Bells opens in theaters on October 31, 2031. The film stars Ivo Sarr.\n"
    assert find_boilerplate(page) == ()


def test_a_most_popular_sidebar_is_furniture_and_its_box_office_teaser_no_claim() -> None:
    page = (
        "Copper Bells Season 2 Adds Ada Mbeki\n\nAda Mbeki has joined the cast of FX's Copper Bells for season 2. "
        "The first season of Copper Bells is streaming on Hulu.\n\nMost Popular\n'Grey Harbor' Star Joins Marvel Series\n"
        "Box Office: 'Salt Road' Tops Weekend With $90M\n"
    )
    sidebar = page.index("Most Popular")
    assert [(start, end) for start, end in find_boilerplate(page) if start <= sidebar < end]
    assert all(c.span[0] < sidebar for c in claims_of(page))


def test_a_marker_in_capitals_running_into_an_off_topic_teaser_is_furniture() -> None:
    page = (
        "Kestrel Moor Series: Ivo Sarr, Apple TV Plus\n\n"
        "RELATED STORIES Red Kite Series Finale Recap: Dress for the Job You Want (Plus, Grade It!)\n\n"
        "Apple TV+ is sending Ivo Sarr on a Kestrel Moor. The series premieres on March 15, 2031.\n"
    )
    spans = find_boilerplate(page)
    assert [page[a:b] for a, b in spans] == ["RELATED STORIES Red Kite Series Finale Recap: Dress for the Job You Want (Plus, Grade It!)"]
    assert not [c for c in claims_of(page) if "RELATED" in c.quote]


def test_a_character_who_graduated_from_an_academy_late_on_the_page_is_no_author_bio() -> None:
    page = (
        "Glass Orchard release date, plot and cast\n\nGlass Orchard is all set to air on Disney+ on April 10, 2031.\n\n"
        "The drama follows a biotech firm.\n\nIt stars Ada Mbeki and Ivo Sarr.\n\n"
        "Tomas Vell is the bodyguard of the chief executive and a former soldier who graduated from the Naval Academy. "
        "Ada Mbeki previously impressed the audience through her performances in dramas like Red Kite, Salt Road, and more.\n"
    )
    assert {("Red Kite", "Ada Mbeki"), ("Salt Road", "Ada Mbeki")} <= {(c.subject, c.value) for c in only(claims_of(page), "cast_member")}
