"""Recursive-descent grammar over tokens for single time phrases ("atoms").

Working on tokens rather than one big regular expression keeps every rule a short,
bounded look-ahead, so the scan is linear in the text whatever it contains, and
lets phrases nest ("the fourth quarter of next year", "late in 2023").
Each ``parse_*`` function takes a token index and returns ``(next_index, Atom)`` or None.
"""

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
PREPOSITIONS = {"in", "on", "by", "until", "till", "during", "over", "for", "since", "before", "after",
                "from", "to", "through", "thru", "between", "and", "or", "/", "of", "at", "around",
                "early", "late", "mid", "this", "next", "last", "circa", "about", "as"}


class Grammar:
    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.toks = tokens
        self.n = len(tokens)

    # ---- token helpers -------------------------------------------------------------
    def w(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < self.n else ""

    def glued(self, i: int) -> bool:
        """Token i follows token i-1 with no space between."""
        return 0 < i < self.n and self.toks[i].start == self.toks[i - 1].end

    def capital(self, i: int) -> bool:
        return 0 <= i < self.n and self.text[self.toks[i].start].isupper()

    def year_at(self, i: int) -> int | None:
        word = self.w(i)
        if len(word) == 4 and word.isdigit() and 1800 <= int(word) <= 2199:
            return int(word)
        return None

    def day_at(self, i: int) -> int | None:
        word = self.w(i)
        digits = word[:-2] if word[-2:] in {"st", "nd", "rd", "th"} else word
        if digits.isdigit() and len(digits) <= 2 and 1 <= int(digits) <= 31:
            return int(digits)
        return None

    def month_at(self, i: int) -> tuple[int, int] | None:
        """A month name at i (with an optional "." after an abbreviation): (month, next index)."""
        word = self.w(i)
        if word not in MONTHS or not self.capital(i):
            return None
        j = i + 1
        if self.w(j) == "." and len(word) <= 4:
            j += 1
        return MONTHS[word], j

    def number_at(self, i: int) -> tuple[int, int] | None:
        word = self.w(i)
        if word.isdigit() and len(word) <= 3:
            return int(word), i + 1
        if word in {"a", "an"} and self.w(i + 1) == "couple" and self.w(i + 2) == "of":
            return 2, i + 3
        if word in NUMBER_WORDS and word != "couple":
            return NUMBER_WORDS[word], i + 1
        return None

    def year_suffix(self, i: int) -> tuple[int, int] | None:
        """ " 2025", ", 2025", " of 2025", " of next year" after a month/season/quarter."""
        j = i + 1 if self.w(i) == "," else i
        if self.w(j) == "of":
            j += 1
            if self.w(j) == "the" and self.w(j + 1) == "year":
                return 0, -(j + 2)  # "of the year": the reference year (negative = offset form)
            if self.w(j) in YEAR_WORDS and self.w(j + 1) == "year":
                return YEAR_WORDS[self.w(j)], -(j + 2)
        year = self.year_at(j)
        if year is not None:
            return year, j + 1
        if self.w(j) == "'" and len(self.w(j + 1)) == 2 and self.w(j + 1).isdigit() and self.glued(j + 1):
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

    # ---- atoms ---------------------------------------------------------------------
    def parse_atom(self, i: int) -> Parsed | None:
        word = self.w(i)
        for rule in self._rules_for(word):
            found = rule(i)
            if found is not None:
                return found
        return None

    def _rules_for(self, word: str) -> tuple:
        if word.isdigit() or word[:1].isdigit():
            return (self.parse_numeric_date, self.parse_day_month, self.parse_year, self.parse_count)
        if word in MONTHS:
            return (self.parse_month_phrase,)
        if word in PARTS or word in {"later", "earlier"}:
            return (self.parse_part,)
        if word in YEAR_WORDS:
            return (self.parse_deictic_determiner,)
        if word == "the":
            return (self.parse_the,)
        if word in SEASONS:
            return (self.parse_season,)
        if len(word) == 2 and word[0] in "qh" and word[1] in "1234":
            return (self.parse_quarter_code,)
        if word in WEEKDAYS:
            return (self.parse_weekday_date,)
        if word in {"today", "tonight", "yesterday", "tomorrow"}:
            return (self.parse_today,)
        if word in {"christmas", "halloween", "thanksgiving", "new", "valentine"}:
            return (self.parse_holiday,)
        if word in NUMBER_WORDS:
            return (self.parse_count,)
        if word == "that":
            return (self.parse_that,)
        return ()

    def parse_that(self, i: int) -> Parsed | None:
        """"wrapped that November": the month of the year the text was just talking about."""
        found = self.month_at(i + 1)
        if found is not None:
            return found[1], Atom("month", month=found[0], that=True)
        if self.w(i + 1) in SEASONS:
            return i + 2, Atom("season", season=SEASONS[self.w(i + 1)], that=True)
        return None

    def parse_today(self, i: int) -> Parsed:
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[self.w(i)]
        return i + 1, Atom("day", deictic=lambda ref: (ref + timedelta(days=shift),) * 2)

    def parse_year(self, i: int) -> Parsed | None:
        year = self.year_at(i)
        if year is None:
            word = self.w(i)
            if len(word) == 5 and word.endswith("s") and word[:4].isdigit() and word[3] == "0":
                decade = int(word[:4])
                if 1800 <= decade <= 2190:
                    return i + 1, Atom("decade", year=decade)
            return None
        if self.w(i + 1) in {"%", "million", "billion", "hours", "views", "viewers", "people", "episodes"}:
            return None
        if self.w(i - 1) in {"$", "£", "€", "#", "no"}:
            return None
        return i + 1, Atom("year", year=year)

    def parse_numeric_date(self, i: int) -> Parsed | None:
        """04/12/2024 (read month/day, US) and 2024-04-12 (ISO)."""
        year = self.year_at(i)
        if year is not None and self.w(i + 1) == "-" and self.glued(i + 1) and self.glued(i + 2):
            month, day = self.w(i + 2), self.w(i + 4)
            if self.w(i + 3) == "-" and month.isdigit() and day.isdigit() and self.glued(i + 4):
                if cal.safe_date(year, int(month), int(day)):
                    return i + 5, Atom("day", year=year, month=int(month), day=int(day))
            return None
        first, sep = self.w(i), self.w(i + 1)
        if sep in {"/", "."} and first.isdigit() and self.glued(i + 1) and self.glued(i + 2):
            second = self.w(i + 2)
            if self.w(i + 3) == sep and self.glued(i + 3) and self.glued(i + 4) and second.isdigit():
                year_word = self.w(i + 4)
                year = int(year_word) if len(year_word) == 4 and year_word.isdigit() else (
                    2000 + int(year_word) if len(year_word) == 2 and year_word.isdigit() and sep == "/" else None)
                if year is not None and cal.safe_date(year, int(first), int(second)):
                    return i + 5, Atom("day", year=year, month=int(first), day=int(second))
        return None

    def parse_day_month(self, i: int) -> Parsed | None:
        """3 August 2023, 3rd of August."""
        day = self.day_at(i)
        if day is None:
            return None
        j = i + 2 if self.w(i + 1) == "of" else i + 1
        found = self.month_at(j)
        if found is None:
            return None
        month, j = found
        return self._with_year(Atom("day", month=month, day=day), j)

    def parse_month_phrase(self, i: int) -> Parsed | None:
        """June 6, 2022 · June 12–14 · June 2022 · June · (ambiguous "May" needs context)."""
        found = self.month_at(i)
        if found is None:
            return None
        month, j = found
        day = self.day_at(j)
        if day is not None and self.year_at(j) is None:
            j += 1
            atom = Atom("day", month=month, day=day)
            if self.w(j) in DASHES and self.day_at(j + 1) and self.year_at(j + 1) is None:
                last_day = self.day_at(j + 1)
                end, atom = self._with_year(atom, j + 2)
                return end, Atom(**{**atom.__dict__, "unit": "day_range", "number": last_day})
            return self._with_year(atom, j)
        atom = Atom("month", month=month)
        end, atom = self._with_year(atom, j)
        if atom.needs_year:
            word = self.w(i)
            if word in AMBIGUOUS_MONTHS and self.w(i + 1) != ".":
                if word != "may" and word != "mar":
                    return None
                if self.w(i - 1) not in PREPOSITIONS:
                    return None
        return end, atom

    def parse_season(self, i: int) -> Parsed | None:
        season = SEASONS[self.w(i)]
        end, atom = self._with_year(Atom("season", season=season), i + 1)
        return end, atom

    def parse_quarter_code(self, i: int) -> Parsed | None:
        word = self.w(i)
        if not self.capital(i):
            return None
        number = int(word[1])
        if word[0] == "h" and number > 2:
            return None
        return self._with_year(Atom("quarter" if word[0] == "q" else "half", number=number), i + 1)

    def parse_weekday_date(self, i: int) -> Parsed | None:
        """Friday, February 23, 2024 · Sunday, Oct. 1 · bare Friday."""
        if not self.capital(i):
            return None
        j = i + 1
        if self.w(j) == "." and len(self.w(i)) <= 4:
            j += 1
        k = j + 1 if self.w(j) == "," else j
        dated = self.parse_month_phrase(k) or self.parse_day_month(k)
        if dated is not None and dated[1].unit in {"day", "day_range"}:
            return dated
        if self.w(i) not in FULL_WEEKDAYS:
            return None
        return j, Atom("day", weekday=WEEKDAYS[self.w(i)])

    def parse_holiday(self, i: int) -> Parsed | None:
        word, j = self.w(i), i + 1
        if word == "new":
            if self.w(j) != "year" or self.w(j + 1) != "'" or self.w(j + 2) != "s":
                return None
            j += 3
            if self.w(j) not in {"eve", "day"}:
                return None
            name = "new year's " + self.w(j)
            j += 1
        elif word == "valentine":
            if self.w(j) != "'" or self.w(j + 1) != "s" or self.w(j + 2) != "day":
                return None
            name, j = "valentine's day", j + 3
        else:
            name = word
            if word == "christmas" and self.w(j) in {"eve", "day"}:
                name = "christmas eve" if self.w(j) == "eve" else "christmas"
                j += 1
            elif self.w(i - 1) not in {"on", "by", "at", "for", "until", "before", "after", "over", "this", "next", "last"} and self.year_at(j) is None:
                return None
        if not self.capital(i):
            return None
        return self._with_year(Atom("day", holiday=name), j)

    def parse_deictic_determiner(self, i: int) -> Parsed | None:
        """this/next/last + year, month, week, weekend, a month, season, weekday or holiday."""
        word = self.w(i)
        step = YEAR_WORDS[word]
        nxt = self.w(i + 1)
        if word in {"coming", "past", "previous"} and nxt not in {"year", "month", "week", "weekend"}:
            return None
        if nxt == "year":
            return i + 2, Atom("year", year_offset=step)
        if nxt == "month":
            def month_shift(ref: date) -> cal.Window:
                year, month = cal.add_months(ref.year, ref.month, step)
                return cal.month_window(year, month)
            return i + 2, Atom("month", deictic=month_shift)
        if nxt == "week":
            return i + 2, Atom("week", deictic=lambda ref: cal.iso_week_window(ref + timedelta(days=7 * step)))
        if nxt == "weekend":
            return i + 2, Atom("weekend", weekday=5, direction=word if word in {"this", "next", "last"} else None)
        direction = word if word in {"this", "next", "last"} else None
        if direction is None:
            return None
        found = self.month_at(i + 1)
        if found is not None:
            inner = self.parse_month_phrase(i + 1)
            if inner is not None and inner[1].year is not None:
                return inner  # "last June 6, 2022": the explicit date decides
            if inner is not None and inner[1].unit == "month":
                return inner[0], Atom(**{**inner[1].__dict__, "direction": direction})
            if inner is not None:
                return inner[0], Atom(**{**inner[1].__dict__, "direction": direction})
        if nxt in SEASONS:
            end, atom = self._with_year(Atom("season", season=SEASONS[nxt]), i + 2)
            return end, atom if atom.year is not None else Atom(**{**atom.__dict__, "direction": direction})
        if nxt in FULL_WEEKDAYS:
            return i + 2, Atom("day", weekday=WEEKDAYS[nxt], direction=direction)
        if nxt in {"christmas", "halloween", "thanksgiving"}:
            holiday = self.parse_holiday(i + 1)
            if holiday is not None:
                return holiday[0], Atom(**{**holiday[1].__dict__, "direction": direction})
        return None

    def parse_part(self, i: int) -> Parsed | None:
        """early 2024 · mid-2024 · late in 2023 · early next year · mid-June · late summer · later this year."""
        word = self.w(i)
        j = i + 1
        if word in {"later", "earlier"}:
            return self._later_earlier(i)
        part = PARTS[word]
        if self.w(j) in DASHES and self.glued(j):
            j += 1
        if self.w(j) == "in":
            j += 1
        if self.w(j) == "the" and self.w(j + 1) in {"year", "month"} | set(SEASONS):
            j += 1
        return self._part_of(part, j)

    def _part_of(self, part: str, j: int) -> Parsed | None:
        year = self.year_at(j)
        if year is not None:
            return j + 1, Atom("part_of_year", year=year, part=part)
        nxt = self.w(j)
        if nxt in YEAR_WORDS and self.w(j + 1) == "year":
            return j + 2, Atom("part_of_year", year_offset=YEAR_WORDS[nxt], part=part)
        if nxt == "year":
            return j + 1, Atom("part_of_year", year_offset=0, part=part)
        if nxt == "month":
            return j + 1, Atom("part_of_month", deictic=lambda ref: cal.part_of_month_window(ref.year, ref.month, part))
        found = self.month_at(j)
        if found is not None:
            month, k = found
            return self._with_year(Atom("part_of_month", month=month, part=part), k)
        if nxt in SEASONS:
            return self._with_year(Atom("season", season=SEASONS[nxt], part=part), j + 1)
        if nxt in {"this", "next", "last"} and self.w(j + 1) in SEASONS:
            inner = self.parse_deictic_determiner(j)
            if inner is not None:
                return inner[0], Atom(**{**inner[1].__dict__, "part": part})
        return None

    def _later_earlier(self, i: int) -> Parsed | None:
        later = self.w(i) == "later"
        j = i + 1
        if self.w(j) == "in" and self.year_at(j + 1) is not None:
            year = self.year_at(j + 1)
            assert year is not None

            def in_year(ref: date) -> cal.Window:
                first, last = cal.year_window(year)
                if first <= ref <= last:
                    return (min(ref + timedelta(days=1), last), last) if later else (first, max(ref - timedelta(days=1), first))
                return first, last
            return j + 2, Atom("part_of_year", deictic=in_year)
        if self.w(j) == "in" and self.w(j + 1) == "the":
            j += 1
        if self.w(j) not in {"this", "the"} or self.w(j + 1) not in {"year", "month", "week"}:
            return None
        unit = self.w(j + 1)

        def rest_of(ref: date) -> cal.Window:
            if unit == "year":
                first, last = cal.year_window(ref.year)
            elif unit == "month":
                first, last = cal.month_window(ref.year, ref.month)
            else:
                first, last = cal.iso_week_window(ref)
            if later:
                return min(ref + timedelta(days=1), last), last
            return first, max(ref - timedelta(days=1), first)
        granularity = {"year": "part_of_year", "month": "part_of_month", "week": "week"}[unit]
        return j + 2, Atom(granularity, deictic=rest_of)

    def parse_the(self, i: int) -> Parsed | None:
        """the summer (of 2022) · the start of 2025 · the fourth quarter of next year · the new year · the weekend."""
        j = i + 1
        nxt = self.w(j)
        if nxt in SEASONS:
            return self.parse_season(j)
        if nxt in PART_NOUNS and self.w(j + 1) == "of":
            k = j + 2
            if self.w(k) == "the" and self.w(k + 1) in {"year", "month"} | set(SEASONS):
                k += 1
            return self._part_of(PART_NOUNS[nxt], k)
        if nxt in ORDINALS or nxt in {"back", "front", "latter", "later"}:
            kind = self.w(j + 1)
            if kind in {"quarter", "half"}:
                number = {"back": 2, "front": 1, "latter": 2, "later": 2}.get(nxt, ORDINALS.get(nxt, 0))
                if kind == "half":
                    number = 2 if number >= 2 else 1
                return self._with_year(Atom(kind, number=number), j + 2)
        if nxt == "new" and self.w(j + 1) == "year" and self.w(j + 2) != "'":
            return j + 2, Atom("part_of_year", year_offset=1, part="early")
        if nxt == "weekend":
            return j + 1, Atom("weekend", weekday=5)
        if nxt in {"coming", "next"} or (nxt == "next" and self.w(j + 1) == "few"):
            return self._coming(j + 1)
        return None

    def _coming(self, j: int) -> Parsed | None:
        if self.w(j) in {"few", "several"}:
            j += 1
        unit = UNITS.get(self.w(j))
        if unit == "week":
            return j + 1, Atom("week", deictic=lambda ref: (ref + timedelta(days=1), ref + timedelta(days=42)))
        if unit == "month":
            return j + 1, Atom("month", deictic=lambda ref: (ref + timedelta(days=1), cal.shift_day_by_months(ref, 6)))
        if unit == "day":
            return j + 1, Atom("day", deictic=lambda ref: (ref + timedelta(days=1), ref + timedelta(days=7)))
        return None

    def parse_count(self, i: int) -> Parsed | None:
        """two weeks ago · four months later · a year after · 3 years from now."""
        found = self.number_at(i)
        if found is None:
            return None
        amount, j = found
        unit = UNITS.get(self.w(j))
        if unit is None or amount > 100:
            return None
        j += 1
        tail = self.w(j)
        if tail == "ago" or (tail == "from" and self.w(j + 1) == "now"):
            sign = -1 if tail == "ago" else 1
            end = j + 1 if tail == "ago" else j + 2
            return end, Atom(unit, deictic=_counted(sign * amount, unit))
        if self.w(i - 1) == "within":
            return j, Atom(unit, deictic=_within(amount, unit))
        if self.w(i - 1) == "in" and tail not in {"after", "before", "of"}:
            return j, Atom(unit, deictic=_counted(amount, unit))
        if tail in {"later", "after", "earlier", "before", "prior"}:
            sign = 1 if tail in {"later", "after"} else -1
            end = j + 1 if tail != "prior" or self.w(j + 1) != "to" else j + 2
            return end, Atom(unit, offset=(sign * amount, unit))
        return None


def _counted(amount: int, unit: str):
    def window(ref: date) -> cal.Window:
        if unit == "day":
            day = ref + timedelta(days=amount)
            return day, day
        if unit == "week":
            return cal.iso_week_window(ref + timedelta(days=7 * amount))
        months = amount if unit == "month" else 12 * amount
        year, month = cal.add_months(ref.year, ref.month, months)
        year = max(cal.MIN_YEAR, min(cal.MAX_YEAR, year))
        return cal.month_window(year, month) if unit == "month" else cal.year_window(year)
    return window


def _within(amount: int, unit: str):
    def window(ref: date) -> cal.Window:
        if unit in {"day", "week"}:
            return ref, ref + timedelta(days=amount * (7 if unit == "week" else 1))
        return ref, cal.shift_day_by_months(ref, amount if unit == "month" else 12 * amount)
    return window
