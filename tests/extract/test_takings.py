"""Viewership told as a broadcast rating in percent, or as money a film took at the box office."""

from __future__ import annotations

from tests.extract.helpers import claims_of, only


def _amounts(text: str) -> list[tuple[float, str, str]]:
    return sorted((c.value["amount"], c.value["unit"], c.modality) for c in only(claims_of(text), "viewership"))  # type: ignore[index]


def test_each_rating_a_sentence_gives_is_a_figure_and_a_rating_firm_is_no_rumour() -> None:
    page = (
        "Glass Orchard Ends On A High\n\n"
        "On the 26th, according to ratings survey company Nielsen Korea, the final episode of SBS's drama Glass Orchard "
        "recorded an average nationwide rating of 6.9 percent, up 0.4%p from the previous episode.\n\n"
        "Glass Orchard aired on SBS every Friday. The drama season 1 is on Netflix.\n"
    )
    assert _amounts(page) == [(6.9, "percent", "confirmed")]


def test_a_denial_after_a_rating_is_about_something_else_and_a_band_is_no_figure() -> None:
    page = (
        "Glass Orchard Ratings Dip\n\n"
        "The drama Glass Orchard hit ratings in the 0% range after two episodes on MBC. Episode 1 drew a 1.3% viewership "
        "rating. By episode 8 the rating tanked to 0.7%, a number that MBC has never seen. Season 1 is on Netflix.\n"
    )
    assert _amounts(page) == [(0.7, "percent", "confirmed"), (1.3, "percent", "confirmed")]


def test_a_critics_score_is_no_rating() -> None:
    page = ("Copper Bells Review Round-Up\n\nThe film Copper Bells holds a 95% rating on Rotten Tomatoes. "
            "Copper Bells opens in theaters on June 13, 2031.\n")
    assert _amounts(page) == []


def test_money_a_film_took_is_viewership_in_dollars_but_its_budget_is_not() -> None:
    page = (
        "Copper Bells Is Now Streaming\n\n"
        "Ada Mbeki's film Copper Bells hit theaters on June 13, 2031, bringing in $106.4 million on a $20 million budget. "
        "The film is now streaming on Max.\n"
    )
    assert _amounts(page) == [(106_400_000, "USD", "confirmed")]
