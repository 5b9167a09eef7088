"""Tokens and sentence bounds: the only regular expressions the grammar runs on raw text.

Both patterns are single character classes with one quantifier each, so they run
in linear time on any input (no nested or overlapping repetition).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

# a word with digits glued on ("Q3", "H1", "0Mins"), a number with letters glued on
# ("3rd", "8c"), or one other non-space character
_TOKEN = re.compile(r"[^\W\d_]+\d*|\d+[^\W\d_]*|[^\w\s]|_")
# a sentence ends at . ! ? followed by whitespace, or at a line break
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s|\n")
# abbreviations that end in "." without ending a sentence
_NO_BREAK = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
             "a.m", "p.m", "m", "no", "mr", "mrs", "ms", "dr", "st", "vs", "jr", "sr", "u.s", "inc", "co", "e.g", "i.e", "approx", "est"}


class Token(NamedTuple):
    """A lower-cased word, number or sign and its character span. A named tuple, not a
    dataclass: a page has tens of thousands of tokens and a frozen dataclass costs twice as
    much to build (measured on the seed pages)."""

    low: str
    start: int
    end: int


def lowered(text: str) -> str:
    """``text`` lower-cased with every character at its place; where lower-casing changes the
    length ("İ" -> "i̇") such characters keep their case, so positions still line up."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# every time phrase the grammar knows holds a four-digit year or one of these whole words; text
# far from all of them is never tokenized (a page is mostly prose with no time words). Whole
# words, so "Monet", "market" or "friend" open no window; the look-ahead skips, in C, every
# position whose letter starts no time word.
_TRIGGER_WORDS = (
    r"\d{4}s?", "jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?", "aug(?:ust)?",
    "sept?(?:ember)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?", "mon(?:day)?", "tue(?:s(?:day)?)?",
    "wed(?:nesday)?", "thu(?:rs?(?:day)?)?", "fri(?:day)?", "sat(?:urday)?", "sun(?:day)?", "spring", "summer",
    "fall", "autumn", "winter", "today", "tonight", "tomorrow", "yesterday", "christmas", "halloween",
    "thanksgiving", "new year", "valentine", "easter", "good friday", "independence day", "diwali", "deepavali",
    "holi", "hanukkah", "chanukah", "passover", "years?", "months?", "weeks?", "weekends?", "days?", "decades?",
    "quarters?", "half", "q[1-4]", "h[12]",
)
_TRIGGER = re.compile(
    r"(?<!\w)(?=[0-9" + "".join(sorted({w[0] for w in _TRIGGER_WORDS if w[0].isalpha()})) + r"])(?:"
    + "|".join(_TRIGGER_WORDS) + r")\b")
# characters kept around a time word for the grammar's own look-behind/ahead ("Countdown to",
# "not ... before", "from X through Y"); tense and hedging read the whole sentence separately
CONTEXT_BEFORE = 60
CONTEXT_AFTER = 90
BREAK = "\x00"  # a token no rule accepts, put between windows so they never join


def tokenize(text: str, start: int = 0, end: int | None = None, low: str | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``; pass ``low = lowered(text)`` when tokenizing many parts."""
    end = len(text) if end is None else end
    if low is None:
        return [Token(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    return _tokens_of(low, start, end)


def _tokens_of(low: str, start: int, end: int) -> list[Token]:
    # tuple.__new__ is what Token(...) calls, minus a Python-level call per token: this list
    # is most of the time spent on a page
    new = tuple.__new__
    return [new(Token, (m[0], m.start(), m.end())) for m in _TOKEN.finditer(low, start, end)]


def tokenize_near_time_words(text: str, low: str | None = None) -> list[Token]:
    """Tokens of the stretches of ``text`` around possible time words, with breaks between."""
    low = lowered(text) if low is None else low
    windows: list[list[int]] = []
    for match in _TRIGGER.finditer(low):
        start = max(0, match.start() - CONTEXT_BEFORE)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], match.end() + CONTEXT_AFTER)
        else:
            windows.append([start, match.end() + CONTEXT_AFTER])
    tokens: list[Token] = []
    for start, end in windows:
        if start > 0:
            start = text.find(" ", start) + 1 or start
        end = min(len(text), end)
        space = text.find(" ", end)
        end = len(text) if space < 0 else space
        if tokens:
            tokens.append(Token(BREAK, start, start))
        tokens.extend(_tokens_of(low, start, end))
    return tokens


def tokens_between(low: str, near: list[Token], near_starts: list[int], start: int, end: int) -> list[Token]:
    """Tokens of ``low[start:end]`` (a sentence: it starts after white space, so no token
    crosses its bounds): a slice of ``near`` (from ``tokenize_near_time_words``) when one of
    its windows covers the whole stretch, else tokenized afresh."""
    first, last = bisect_left(near_starts, start), bisect_left(near_starts, end)
    if 0 < first and last < len(near) and all(t.low != BREAK for t in near[first - 1:last + 1]):
        return near[first:last]
    return tokenize(low, start, end, low)


class Sentences:
    """Character bounds of the sentences of a text, for finding an expression's sentence."""

    def __init__(self, text: str) -> None:
        starts = [0]
        for match in _SENTENCE_END.finditer(text):
            if match.group()[0] == ".":
                window_start = max(0, match.start() - 6)
                word_start = text.rfind(" ", window_start, match.start()) + 1 or window_start
                if text[word_start:match.start()].lower() in _NO_BREAK:
                    continue
            starts.append(match.end())
        self.text = text
        self.starts = starts

    def bounds(self, position: int) -> tuple[int, int]:
        index = bisect_right(self.starts, position) - 1
        start = self.starts[index]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return start, end
