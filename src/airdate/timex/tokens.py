"""Tokens and sentence bounds: the only regular expressions the grammar runs on raw text.

Both patterns are single character classes with one quantifier each, so they run
in linear time on any input (no nested or overlapping repetition).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# a word with digits glued on ("Q3", "H1", "0Mins"), a number with letters glued on
# ("3rd", "8c"), or one other non-space character
_TOKEN = re.compile(r"[^\W\d_]+\d*|\d+[^\W\d_]*|[^\w\s]|_")
# a sentence ends at . ! ? followed by whitespace, or at a line break
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s|\n")
# abbreviations that end in "." without ending a sentence
_NO_BREAK = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
             "a.m", "p.m", "m", "no", "mr", "mrs", "ms", "dr", "st", "vs", "jr", "sr", "u.s", "inc", "co", "e.g", "i.e", "approx", "est"}


@dataclass(frozen=True, slots=True)
class Token:
    low: str
    start: int
    end: int


# every time phrase the grammar knows holds a four-digit year or one of these words; text
# far from all of them is never tokenized (a page is mostly prose with no time words)
_TRIGGER = re.compile(
    r"\b(?:\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
    r"|spring|summer|fall|autumn|winter|today|tonight|tomorrow|yesterday|christmas|halloween"
    r"|thanksgiving|new year|valentine|year|month|week|decade|quarter|half|q[1-4]|h[12])")
# characters kept around a time word for the grammar's own look-behind/ahead ("Countdown to",
# "not ... before", "from X through Y"); tense and hedging read the whole sentence separately
CONTEXT_BEFORE = 60
CONTEXT_AFTER = 90
BREAK = "\x00"  # a token no rule accepts, put between windows so they never join


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def tokenize_near_time_words(text: str) -> list[Token]:
    """Tokens of the stretches of ``text`` around possible time words, with breaks between."""
    windows: list[list[int]] = []
    for match in _TRIGGER.finditer(text.lower()):
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
        tokens.extend(Token(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end))
    return tokens


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
