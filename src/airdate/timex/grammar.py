"""Recursive-descent grammar over tokens for single time phrases ("atoms").

Working on tokens rather than one big regular expression keeps every rule a short,
bounded look-ahead, so the scan is linear in the text whatever it contains, and
lets phrases nest ("the fourth quarter of next year", "late in 2023").
Each ``parse_*`` function takes a token index and returns ``(next_index, Atom)`` or None.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from airdate.timex import calendar as cal
from airdate.timex.atoms import Atom
from airdate.timex.lexicon import (
    HOLIDAY_WORDS,
    AMBIGUOUS_MONTHS, FULL_WEEKDAYS, MONTHS, NUMBER_WORDS, ORDINALS, PART_ADJECTIVES, PART_NOUNS, PARTS,
    SEASONS, UNITS, WEEKDAYS,
)
from airdate.timex.tokens import Token
from airdate.timex.grammar_base import DASHES, MODIFIER_DETERMINERS, PREPOSITIONS, YEAR_WORDS, Parsed
from airdate.timex.grammar_relative import RelativeRules


class Grammar(RelativeRules):

    def parse_atom(self, i: int) -> Parsed | None:
        word = self.w(i)
        for rule in self._rules_for(word):
            found = rule(i)
            if found is not None:
                return found
        return None

    def _rules_for(self, word: str) -> tuple:
        if word.isdecimal() or word[:1].isdecimal():
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
        if word in HOLIDAY_WORDS:
            return (self.parse_holiday,)
        if word in NUMBER_WORDS:
            return (self.parse_count,)
        if word == "that":
            return (self.parse_that,)
        if word in PART_NOUNS or word == "year":
            return (self.parse_bare_part_noun,)
        return ()

    def parse_bare_part_noun(self, i: int) -> Parsed | None:
        """"end of year", "start of next year", "year-end", "year's end"."""
        word = self.w(i)
        if word == "year":
            if self.w(i + 1) in DASHES and self.w(i + 2) == "end" and self.glued(i + 1):
                return i + 3, Atom("part_of_year", year_offset=0, part="late")
            if self.w(i + 1) in {"'", "’"} and self.w(i + 2) == "s" and self.w(i + 3) == "end":
                return i + 4, Atom("part_of_year", year_offset=0, part="late")
            return None
        if self.w(i + 1) != "of" or self.w(i - 1) == "the":
            return None
        return self._part_of(PART_NOUNS[word], i + 2)

    def parse_year(self, i: int) -> Parsed | None:
        year = self.year_at(i)
        if year is None:
            word = self.w(i)
            if len(word) == 5 and word.endswith("s") and word[:4].isdecimal() and word[3] == "0":
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
        """04/12/2024 (read month/day, US, unless the page writes day-first) and 2024-04-12 (ISO)."""
        year = self.year_at(i)
        if year is not None and self.w(i + 1) == "-" and self.glued(i + 1) and self.glued(i + 2):
            month_word, day_word = self.w(i + 2), self.w(i + 4)
            if self.w(i + 3) == "-" and month_word.isdecimal() and day_word.isdecimal() and self.glued(i + 4):
                if cal.safe_date(year, int(month_word), int(day_word)):
                    return i + 5, Atom("day", year=year, month=int(month_word), day=int(day_word))
            return None
        first, sep = self.w(i), self.w(i + 1)
        if sep in {"/", "."} and first.isdecimal() and self.glued(i + 1) and self.glued(i + 2):
            second = self.w(i + 2)
            if self.w(i + 3) == sep and self.glued(i + 3) and self.glued(i + 4) and second.isdecimal():
                year_word = self.w(i + 4)
                year = int(year_word) if len(year_word) == 4 and year_word.isdecimal() else (
                    2000 + int(year_word) if len(year_word) == 2 and year_word.isdecimal() and sep == "/" else None)
                month, day = int(first), int(second)
                # 25/12/2025 can only be day-first; 12/06/2026 is when the page writes "5 May"
                if year is not None and (month > 12 or (day <= 12 and self.day_first())):
                    month, day = day, month
                if year is not None and cal.safe_date(year, month, day):
                    return i + 5, Atom("day", year=year, month=month, day=day)
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
        if self.day_at(j) is not None and not self.glued(j):
            return None  # "3 April 19, 2025" (a table's row number, then a date): the day follows the month
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
            # ("April 11 and 12, 2025": two days of one month share the year printed after them)
            paired_days = self.w(j) == "and" and self.day_at(j + 1) and self.year_at(j + 1) is None and not self._with_year(atom, j + 2)[1].needs_year
            if (self.w(j) in DASHES or paired_days) and self.day_at(j + 1) and self.year_at(j + 1) is None:
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
                # ("May to June 2024", "Mar-Apr": a capitalised one that opens a range of months is the month)
                ranged = self.capital(i) and self.w(i + 1) in {"to", "through", "-", "–"} and self.month_at(i + 2) is not None
                if self.w(i - 1) not in PREPOSITIONS and not self._month_as_modifier(i) and not ranged:
                    return None
        return end, atom

    def _month_as_modifier(self, i: int) -> bool:
        """"the May announcement", "its May premiere": a capitalised "May" between a determiner
        and a lower-case noun is the month (the verb "may" never sits there)."""
        nxt = i + 1
        return (self.w(i - 1) in MODIFIER_DETERMINERS and self.w(nxt).isalpha() and nxt < self.n
                and self.text[self.toks[nxt].start].islower())

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
            if dated[1].unit == "day" and dated[1].needs_year and self.w(i) in WEEKDAYS:
                return dated[0], replace(dated[1], named_weekday=WEEKDAYS[self.w(i)])
            return dated
        if self.w(i) not in FULL_WEEKDAYS:
            return None
        # "On Friday morning (April 25)": the day itself in brackets after the weekday
        k = j + 1 if self.w(j) in {"morning", "afternoon", "evening", "night"} else j
        if self.w(k) == "(":
            inner = self.parse_month_phrase(k + 1) or self.parse_day_month(k + 1)
            if inner is not None and inner[1].unit == "day" and inner[1].needs_year and self.w(inner[0]) == ")":
                return inner[0] + 1, replace(inner[1], named_weekday=WEEKDAYS[self.w(i)])
        return j, Atom("day", weekday=WEEKDAYS[self.w(i)])

    def parse_part(self, i: int) -> Parsed | None:
        """early 2024 · mid-2024 · late in 2023 · early next year · mid-June · late summer · later this year."""
        word = self.w(i)
        j = i + 1
        if word in {"later", "earlier"}:
            return self._later_earlier(i)
        if word == "late" and self.w(i - 1) == "of" and self.w(i - 2) == "as" and self._as_of_late_idiom(j):
            return None  # "as of late (in 2022)" means "recently (in 2022)", not the end of a year
        part = PARTS[word]
        if self.w(j) in DASHES and self.glued(j):
            j += 1
        if self.w(j) == "in":
            j += 1
        if self.w(j) == "the" and self.w(j + 1) in {"year", "month"} | set(SEASONS):
            j += 1
        return self._part_of(part, j)

    def _as_of_late_idiom(self, j: int) -> bool:
        """After "as of late": the idiom unless a time phrase follows at once ("as of late 2022"
        is "as of the end of 2022"); "as of late in 2022" is the idiom, and its year stands alone."""
        nxt = self.w(j)
        if nxt in DASHES and self.glued(j):
            return False  # "as of late-2022"
        return not (self.year_at(j) is not None or nxt in SEASONS or self.month_at(j) is not None
                    or (nxt in YEAR_WORDS and self.w(j + 1) == "year"))

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

    def _week_or_half_of_month(self, ordinal: str, kind: str, k: int) -> Parsed | None:
        """"the first week of November" (days 1-7; second 8-14 ...; last/final = its last seven
        days), "the second half of June" (days 16-end; first half 1-15), "... of the month"."""
        if kind not in {"week", "half"} or self.w(k) != "of":
            return None
        number = {"back": 2, "front": 1, "latter": 2, "later": 2}.get(ordinal, ORDINALS.get(ordinal, 0))
        if kind == "half":
            part = "second_half" if number >= 2 else "first_half"
        elif ordinal in {"last", "final"}:
            part = "last_week"
        elif ordinal in ORDINALS:
            part = "week%d" % number
        else:
            return None
        unit = "week" if kind == "week" else "part_of_month"
        if self.w(k + 1) == "the" and self.w(k + 2) == "month":
            return k + 3, Atom(unit, deictic=lambda ref: cal.part_of_month_window(ref.year, ref.month, part))
        found = self.month_at(k + 1)
        if found is None:
            return None
        month, end = found
        return self._with_year(Atom(unit, month=month, part=part), end)

    def _skip_the(self, k: int) -> int:
        """Past the "the" of "the year", "the month", "the summer" after "... of"."""
        if self.w(k) == "the" and self.w(k + 1) in {"year", "month"} | set(SEASONS):
            return k + 1
        return k

    def parse_the(self, i: int) -> Parsed | None:
        """the summer (of 2022) · the start of 2025 · the fourth quarter of next year · the new year · the weekend."""
        j = i + 1
        nxt = self.w(j)
        if nxt in SEASONS:
            return self.parse_season(j)
        if nxt in PART_ADJECTIVES and self.w(j + 1) == "part" and self.w(j + 2) == "of":
            # "the early/first part of 2022", "the latter/later part of the year"
            return self._part_of(PART_ADJECTIVES[nxt], self._skip_the(j + 3))
        if nxt in PART_NOUNS and self.w(j + 1) == "of":
            return self._part_of(PART_NOUNS[nxt], self._skip_the(j + 2))
        if nxt in ORDINALS or nxt in {"back", "front", "latter", "later"}:
            kind = self.w(j + 1)
            in_month = self._week_or_half_of_month(nxt, kind, j + 2)
            if in_month is not None:
                return in_month
            if kind in {"quarter", "half"}:
                number = {"back": 2, "front": 1, "latter": 2, "later": 2}.get(nxt, ORDINALS.get(nxt, 0))
                if kind == "half":
                    number = 2 if number >= 2 else 1
                return self._with_year(Atom(kind, number=number), j + 2)
        if nxt == "new" and self.w(j + 1) == "year" and self.w(j + 2) != "'":
            return j + 2, Atom("part_of_year", year_offset=1, part="early")
        if nxt == "weekend":
            return j + 1, Atom("weekend", weekday=5)
        if nxt in {"following", "previous", "prior"} and self.w(j + 1) in UNITS:
            unit = UNITS[self.w(j + 1)]
            if nxt == "following" and self.w(j + 1) in {"months", "weeks"}:
                # "the following months (after X)": a stretch after X, as wide as "the coming months"
                return j + 2, Atom(unit, offset=(1, "calendar_" + unit + "s"))
            return j + 2, Atom(unit, offset=(1 if nxt == "following" else -1, "calendar_" + unit))
        if nxt in {"coming", "next"} or (nxt == "next" and self.w(j + 1) == "few"):
            return self._coming(j + 1)
        return None
