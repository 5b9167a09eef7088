"""The tokenizer's shortcuts give what plain tokenizing gives: sentence tokens sliced from the
near-time-word windows, the lower-cased text, and the whole-word triggers."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from airdate.timex import find_expressions
from airdate.timex.tokens import Sentences, lowered, tokenize, tokenize_near_time_words, tokens_between

WORDS = ["The", "show", "returns", "in", "June", "2025", ".", "Filming", "wrapped", "last", "year", "!", "\n",
         "Monet", "market", "friend", "Sunday", "days", "after", "it", "İstanbul", "ﬁlm", ",", "early", " "]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join))
def test_sentence_tokens_sliced_from_windows_equal_fresh_tokens(text: str) -> None:
    low = lowered(text)
    near = tokenize_near_time_words(text, low)
    starts = [t.start for t in near]
    sentences = Sentences(text)
    position = 0
    while position < len(text):
        start, end = sentences.bounds(position)
        assert tokens_between(low, near, starts, start, end) == tokenize(text, start, end, low)
        position = end


def test_lowered_text_keeps_every_position() -> None:
    text = "İstanbul premiere: June 5"
    assert len(lowered(text)) == len(text)
    assert [t.low for t in tokenize(text, low=lowered(text))][-2:] == ["june", "5"]


def test_words_that_only_begin_like_months_open_no_window() -> None:
    assert tokenize_near_time_words("Monet's market friends decided to marvel at the junior wedding.") == []


def test_a_count_of_days_is_found_with_no_other_time_word_near() -> None:
    (expression,) = find_expressions("Films like this one usually stream about 45 days after their theatrical debut.",
                                     date(2025, 6, 1))
    assert expression.text == "45 days after" and expression.relative
