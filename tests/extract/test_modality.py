"""Modality comes from the cues inside the sentence, with negation and hedges scoped to their clause."""

from __future__ import annotations

import pytest

from airdate.extract.modality import modality_at, split_clauses
from tests.extract.helpers import claims_of, only


def modality_of(sentence: str, trigger: str) -> tuple[str | None, str | None]:
    result = modality_at(sentence, sentence.index(trigger))
    return (result.modality, result.condition) if result else (None, None)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The show has not yet been renewed for a third season.", "renewed", "negated"),
        ("There is no release date yet for the new season.", "release date", "negated"),
        ("Sources say the second season has already entered production.", "production", "reported"),
        ("According to a report, filming begins in May.", "filming", "reported"),
        ("The new season is slated to arrive in the fall.", "arrive", "expected"),
        ("The show will probably return next summer.", "return", "expected"),
        ("The sequel might arrive next year.", "arrive", "speculative"),
        ("The network could potentially order more episodes.", "order", "speculative"),
        ("The streamer renewed the drama in March.", "renewed", "confirmed"),
        ("The highly anticipated season has been officially confirmed.", "confirmed", "confirmed"),
        ("Netflix wasted no time in renewing the drama.", "renewing", "confirmed"),
        ("It started with a post claiming that Season 4 was greenlit before Season 3 came out.", "greenlit", "reported"),
        ("The film, which was initially scheduled for August, boasts a cast including Ivo Sarr.", "Ivo Sarr", "confirmed"),
        ("The trailer introduces the hero as the one who is not afraid of power.", "trailer", "confirmed"),
        ("The show, which has not been renewed, ends in May.", "renewed", "negated"),
        ("Ada Mbeki and Ivo Sarr are currently in talks to lead the upcoming drama Glass Orchard.", "lead", "speculative"),
        ("Ada Mbeki has received an offer to star as Mara Vell, an unknown actress.", "star", "speculative"),
        ("Meanwhile, Ivo Sarr has been offered to play Tomas Reed, a chaebol heir.", "play", "speculative"),
        ("Obi Lanre is reportedly in talks to join the cast as a villain.", "join", "reported"),
        ("Variety is reporting that the second season will premiere in March.", "premiere", "reported"),
    ],
)
def test_cues_set_the_modality(sentence: str, trigger: str, expected: str) -> None:
    assert modality_of(sentence, trigger)[0] == expected


def test_negation_stays_in_its_own_clause() -> None:
    sentence = "While an exact release date remains under wraps, filming is slated to start in early 2025."
    assert modality_of(sentence, "release date")[0] == "negated"
    assert modality_of(sentence, "filming")[0] == "expected"


def test_hedge_after_but_does_not_reach_back() -> None:
    sentence = "The cast remains largely speculative, but the lead characters are expected to return."
    assert modality_of(sentence, "cast")[0] == "negated"
    assert modality_of(sentence, "characters")[0] == "expected"


def test_leading_if_clause_makes_the_rest_conditional_and_is_no_claim_itself() -> None:
    sentence = "If they start filming in February, we might get to watch it in early 2026."
    assert modality_of(sentence, "watch") == ("conditional", "If they start filming in February")
    assert modality_of(sentence, "filming") == (None, None)


def test_conditional_wins_over_hedge() -> None:
    sentence = "However, if renewed soon, we could see the show sometime in late 2025."
    assert modality_of(sentence, "see")[0] == "conditional"


def test_conjecture_and_second_person_if_are_not_conditions() -> None:
    assert modality_of("However, if we were to guess, the lead may return.", "return")[0] == "speculative"
    assert modality_of("If you haven't seen it yet, you can stream it there.", "stream")[0] == "confirmed"


def test_split_clauses_covers_the_sentence_in_order() -> None:
    sentence = "Pre-production is currently underway, with filming expected in the first half of 2025."
    clauses = split_clauses(sentence)
    assert [c.start for c in clauses] == sorted(c.start for c in clauses)
    assert sentence[clauses[0].start : clauses[0].end] == "Pre-production is currently underway"


def test_according_to_the_makers_by_role_is_their_own_word() -> None:
    from airdate.extract.modality import modality_at

    sentence = "Filming wrapped in Vancouver in August 2026, according to director Noor Haddad's Instagram."
    assert modality_at(sentence, 0).modality == "confirmed"  # type: ignore[union-attr]
    reported = "Filming wrapped in Vancouver in August 2026, according to two people close to the production."
    assert modality_at(reported, 0).modality == "reported"  # type: ignore[union-attr]


def test_unlikely_is_a_hedge_and_a_pending_announcement_is_none_yet() -> None:
    sentence = "While an announcement for the second season is still pending, it is unlikely that the show will be cancelled."
    assert modality_at(sentence, sentence.index("cancelled")).modality == "speculative"  # type: ignore[union-attr]
    assert modality_at(sentence, sentence.index("announcement")).modality == "negated"  # type: ignore[union-attr]


def test_a_renewing_topic_is_no_renewal() -> None:
    page = (
        "Tin Lantern Season 2: Release Date\n\nTin Lantern is streaming on Netflix.\n\n"
        "When it comes to renewing Tin Lantern for a second season, a lot of viewers want to know more.\n"
    )
    assert not [c for c in only(claims_of(page), "renewal") if "renewing" in c.quote]


def test_a_negation_near_the_cast_denies_a_cast_only_when_it_says_the_cast_is_not_known() -> None:
    base = "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 will premiere in 2026.\n\n"
    denied = claims_of(base + "The cast for season 2 has not been announced yet.\n")
    assert [c.value for c in only(denied, "cast_member")] == [None]
    unrelated = claims_of(base + "The cast and crew did not hear about the move until hours before.\n")
    assert not only(unrelated, "cast_member")


def test_a_renewal_fans_wait_for_is_none_yet_and_one_they_wish_for_is_no_claim() -> None:
    base = "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 has no date.\n\n"
    waiting = only(claims_of(base + "Fans are desperately waiting to hear its renewal news from Netflix.\n"), "renewal")
    assert [(c.value["renewed"], c.modality) for c in waiting] == [(False, "negated")]  # type: ignore[index]
    wished = only(claims_of(base + "The show is trending because fans are desperate to see a continuation.\n"), "renewal")
    assert not wished


def test_a_denial_about_a_season_s_plot_is_no_denied_renewal() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 is what fans of the fantasy anime want, and "
        "everyone is asking about it.\n\n"
        "The makers have not shared anything regarding the plot of Glass Orchard Season 2 but it is confirmed that the "
        "new season will continue from where the first season ended.\n"
    )
    assert not [c for c in only(claims_of(page), "renewal") if c.modality == "negated"]


def test_no_statement_about_a_season_named_as_the_topic_is_no_renewal_yet() -> None:
    page = (
        "Glass Orchard Season 2: Will It Happen?\n\nGlass Orchard is a romance anime that fans love, and everyone is "
        "asking about a second season on Crunchyroll.\n\n"
        "As for Glass Orchard season 2, the producers haven’t made any official statement on the subject.\n"
    )
    assert {(c.season, c.modality) for c in only(claims_of(page), "renewal")} == {(2, "negated")}


def test_it_was_confirmed_without_that_holds_a_would_and_a_previously_scheduled_day_stays_a_plan() -> None:
    page = (
        "Glass Orchard 3 release date, cast and plot\n\n"
        "Glass Orchard 3 will hit theaters on December 20, 2026, the sequel to the 2024 film Glass Orchard 2.\n\n"
        "In February it was also confirmed Jim Carro would be reprising his role as Dr. Robotnik. "
        "The movie was previously slated to debut on July 5, 2026.\n"
    )
    claims = claims_of(page)
    assert {c.modality for c in only(claims, "character")} == {"confirmed"}
    july = [c for c in only(claims, "premiere_date") if c.value == "2026-07-05"]
    assert [c.modality for c in july] == ["expected"]


def test_a_show_that_is_not_done_yet_goes_on_and_a_network_possessive_does_not_hide_a_creators_earlier_work() -> None:
    page = (
        "Kestrel Moor Renewed for Season 2\n\n"
        "Hulu's \"Kestrel Moor\" isn't done yet: The Ada Mbeki-led crime drama has been renewed for a second season.\n\n"
        "Ivo Sarr, who previously created HBO's \"Glass Orchard,\" served as writer and showrunner.\n"
    )
    claims = claims_of(page)
    assert {(c.season, c.value["renewed"], c.modality) for c in only(claims, "renewal")} == {(2, True, "confirmed")}  # type: ignore[index]
    assert ("Kestrel Moor", "Ada Mbeki") in {(c.subject, c.value) for c in only(claims, "cast_member")}
    assert ("Glass Orchard", "Ivo Sarr") in {(c.subject, c.value) for c in only(claims, "writer")}


def test_a_negation_word_inside_a_title_denies_nothing() -> None:
    page = (
        "Glass Orchard Season 2 Release Date\n\nGlass Orchard season 2 premieres on Netflix in 2031.\n\n"
        "Season 2 is based on the novels Dead If You Don't, Dead At First Sight and Need You Dead.\n\n"
        "Ivo Sarr Does Not Dream is coming back with a new season next year.\n"
    )
    claims = claims_of(page)
    assert all(c.modality != "negated" for c in claims), [c for c in claims if c.modality == "negated"]
    assert any(c.attribute == "based_on" for c in claims)


@pytest.mark.parametrize("sentence, trigger", [
    ("Adapted from the best-selling mystery novel “Red Kite Must Fall,” this crime thriller drama follows a young man "
     "accused of murder in a mysterious case where no body was found.", "Adapted"),
    ("The anime adaptation of the light novel series “Glass Orchard” (Garasu no Kajuen) airs on October 7.", "adaptation"),
])
def test_a_negation_inside_a_where_clause_or_a_romanised_particle_denies_nothing_else(sentence: str, trigger: str) -> None:
    modality = modality_at(sentence, sentence.index(trigger))
    assert modality is not None and modality.modality == "confirmed"
