"""Token access shared by the grammar rules: words, numbers, years, month names."""

from __future__ import annotations

from datetime import date, timedelta

from airdate.timex import calendar as cal
from airdate.timex.atoms import Atom
from airdate.timex.lexicon import (
    AMBIGUOUS_MONTHS, FULL_WEEKDAYS, MONTHS, NUMBER_WORDS, ORDINALS, PART_NOUNS, PARTS, SEASONS,
    UNITS, WEEKDAYS,
)
from airdate.timex.tokens import Token

Parsed = tuple[int, Atom]
DASHES = {"-", "–", "—", "‒"}
YEAR_WORDS = {"this": 0, "next": 1, "last": -1, "coming": 1, "past": -1, "previous": -1}
# before a month used as a modifier ("the April announcement", "its March premiere")
MODIFIER_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "your"})
PREPOSITIONS = {"in", "on", "by", "until", "till", "during", "over", "for", "since", "before", "after",
                "from", "to", "through", "thru", "between", "and", "or", "/", "of", "at", "around",
                "early", "late", "mid", "this", "next", "last", "circa", "about", "as"}


class TokenView:

    def __init__(self, text: str, tokens: list[Token], day_first: bool | None = None) -> None:
        self.text = text
        self.toks = tokens
        self.n = len(tokens)
        self._day_first = day_first

    def day_first(self) -> bool:
        """Whether the page writes its dates day before month ("14th February 2025", "5 May"):
        then an ambiguous numeric date (12/06/2026) is read day-first too. Worked out only when
        such a date turns up."""
        if self._day_first is None:
            self._day_first = writes_day_first(self.toks)
        return self._day_first

    def w(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < self.n else ""

    def glued(self, i: int) -> bool:
        """Token i follows token i-1 with no space between."""
        return 0 < i < self.n and self.toks[i].start == self.toks[i - 1].end

    def capital(self, i: int) -> bool:
        return 0 <= i < self.n and self.text[self.toks[i].start].isupper()

    def year_at(self, i: int) -> int | None:
        word = self.w(i)
        if len(word) == 4 and word.isdecimal() and 1800 <= int(word) <= 2199:
            return int(word)
        return None

    def day_at(self, i: int) -> int | None:
        word = self.w(i)
        digits = word[:-2] if word[-2:] in {"st", "nd", "rd", "th"} else word
        if digits.isdecimal() and len(digits) <= 2 and 1 <= int(digits) <= 31:
            return int(digits)
        return None

    def month_at(self, i: int) -> tuple[int, int] | None:
        """A month name at i (with an optional "." after an abbreviation): (month, next index)."""
        word = self.w(i)
        if word not in MONTHS or not self.capital(i):
            return None
        j = i + 1
        if self.w(j) == "." and len(word) <= 4 and word not in {"may", "june", "july"}:
            j += 1
        return MONTHS[word], j

    def number_at(self, i: int) -> tuple[int, int] | None:
        word = self.w(i)
        if word.isdecimal() and len(word) <= 3:
            return int(word), i + 1
        if word in {"a", "an"} and self.w(i + 1) == "couple" and self.w(i + 2) == "of":
            return 2, i + 3
        if word in NUMBER_WORDS and word != "couple":
            return NUMBER_WORDS[word], i + 1
        return None

    def year_suffix(self, i: int) -> tuple[int, int] | None:
        """ " 2025", ", 2025", " of 2025", " of next year" after a month/season/quarter."""
        j = i + 1 if self.w(i) == "," else i
        if self.w(j) in {"-", "–"} and self.glued(j) and self.glued(j + 1) and self.year_at(j + 1) is not None:
            j += 1  # "the Summer-2022 season": a hyphen joins season and year
        if self.w(j) == "of":
            j += 1
            if self.w(j) == "the" and self.w(j + 1) == "year":
                return 0, -(j + 2)  # "of the year": the reference year (negative = offset form)
            if self.w(j) in YEAR_WORDS and self.w(j + 1) == "year":
                return YEAR_WORDS[self.w(j)], -(j + 2)
        year = self.year_at(j)
        if year is not None:
            return year, j + 1
        if self.w(j) == "'" and len(self.w(j + 1)) == 2 and self.w(j + 1).isdecimal() and self.glued(j + 1):
            return 2000 + int(self.w(j + 1)), j + 2
        return None

    def _with_year(self, atom: Atom, i: int) -> Parsed:
        found = self.year_suffix(i)
        if found is None:
            return i, atom
        value, end = found
        if end < 0:
            return -end, Atom(**{**atom.__dict__, "year_offset": value})
        return end, atom.with_year(value)



def writes_day_first(tokens: list[Token]) -> bool:
    """The page's numeric dates prove an order (18/09/2026 can only be day-first, 09/18/2026 only
    month-first); failing proof, more dates written day-month ("5 May 2026", "14th of February")
    than month-day ("May 5")."""
    view = TokenView("", tokens)
    proven_day_first = proven_month_first = 0
    for k in [k for k, t in enumerate(tokens) if t.low in {"/", "."} and k > 0]:
        first, second = view.w(k - 1), view.w(k + 1)
        if (view.w(k + 2) == view.w(k) and first.isdecimal() and second.isdecimal() and len(first) <= 2
                and len(second) <= 2 and view.glued(k) and view.glued(k + 1) and view.glued(k + 2)
                and view.w(k + 3).isdecimal() and view.glued(k + 3) and not view.glued(k - 1)):
            proven_day_first += int(first) > 12 and 0 < int(second) <= 12
            proven_month_first += int(second) > 12 and 0 < int(first) <= 12
    if proven_day_first != proven_month_first:
        return proven_day_first > proven_month_first
    day_first = month_first = 0
    for k in [k for k, t in enumerate(tokens) if t.low in MONTHS]:
        before = k - 2 if view.w(k - 1) == "of" else k - 1
        if view.day_at(before) is not None:
            day_first += 1
        elif view.day_at(k + 1) is not None or (view.w(k + 1) == "." and view.day_at(k + 2) is not None):
            month_first += 1
    return day_first > month_first
