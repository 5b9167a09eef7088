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


def tokenize(text: str) -> list[Token]:
    return [Token(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


class Sentences:
    """Character bounds of the sentences of a text, for finding an expression's sentence."""

    def __init__(self, text: str) -> None:
        starts = [0]
        for match in _SENTENCE_END.finditer(text):
            if match.group()[0] == ".":
                word_start = text.rfind(" ", max(0, match.start() - 6), match.start()) + 1
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
