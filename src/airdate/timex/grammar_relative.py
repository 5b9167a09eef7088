"""Grammar rules for phrases that need a reference day: this/next/last, later this year,
two weeks ago, four months later, in the coming months, holidays, "that November"."""

from __future__ import annotations

from datetime import date, timedelta

from airdate.timex import calendar as cal
from airdate.timex.atoms import Atom
from airdate.timex.lexicon import (
    HOLIDAY_ALIASES, HOLIDAY_PREPOSITIONS, HOLIDAY_UNITS,
    AMBIGUOUS_MONTHS, FULL_WEEKDAYS, MONTHS, NUMBER_WORDS, ORDINALS, PART_NOUNS, PARTS, SEASONS,
    UNITS, WEEKDAYS,
)
from airdate.timex.tokens import Token
from airdate.timex.grammar_base import YEAR_WORDS, Parsed, TokenView


class RelativeRules(TokenView):
    def parse_month_phrase(self, i: int) -> Parsed | None:  # defined by Grammar
        raise NotImplementedError

    def parse_today(self, i: int) -> Parsed:
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[self.w(i)]
        return i + 1, Atom("day", deictic=lambda ref: (ref + timedelta(days=shift),) * 2)

    def parse_that(self, i: int) -> Parsed | None:
        """"wrapped that November": the month of the year the text was just talking about."""
        found = self.month_at(i + 1)
        if found is not None:
            return found[1], Atom("month", month=found[0], that=True)
        if self.w(i + 1) in SEASONS:
            return i + 2, Atom("season", season=SEASONS[self.w(i + 1)], that=True)
        return None

    def parse_holiday(self, i: int) -> Parsed | None:
        word, j = self.w(i), i + 1
        if word == "new":
            if self.w(j) != "year" or self.w(j + 1) not in {"'", "’"} or self.w(j + 2) != "s":
                return None
            j += 3
            if self.w(j) not in {"eve", "day"}:
                return None
            name = "new year's " + self.w(j)
            j += 1
        elif word == "valentine":
            if self.w(j) not in {"'", "’"} or self.w(j + 1) != "s" or self.w(j + 2) != "day":
                return None
            name, j = "valentine's day", j + 3
        elif word in {"lunar", "chinese"}:  # "Lunar New Year", "Chinese New Year"
            if self.w(j) != "new" or self.w(j + 1) != "year" or not self.capital(j):
                return None
            name, j = "lunar new year", j + 2
        elif word in {"independence", "good"}:  # "Independence Day" (US), "Good Friday"
            if self.w(j) != ("day" if word == "independence" else "friday") or not self.capital(j):
                return None
            name, j = ("independence day" if word == "independence" else "good friday"), j + 1
            if not self._holiday_placed(i, j):
                return None
        else:
            name = word
            if word == "christmas" and self.w(j) in {"eve", "day"}:
                name = "christmas eve" if self.w(j) == "eve" else "christmas"
                j += 1
            elif word == "easter" and self.w(j) in {"sunday", "day"}:
                j += 1
            elif not self._holiday_placed(i, j):
                return None
        if not self.capital(i):
            return None
        name = HOLIDAY_ALIASES.get(name, name)
        if self.w(j) == "in" and self.year_at(j + 1) is not None:
            j += 1  # "released on Christmas in 2007": the year of that Christmas
        return self._with_year(Atom(HOLIDAY_UNITS.get(name, "day"), holiday=name), j)

    def _holiday_placed(self, i: int, j: int) -> bool:
        """A bare holiday name is a time only after a time preposition or before a year
        ("on Halloween", "Diwali 2026"), not as a name ("Halloween costumes", "Independence Day 2 cast")."""
        return self.w(i - 1) in HOLIDAY_PREPOSITIONS or self.year_at(j) is not None

    def parse_deictic_determiner(self, i: int) -> Parsed | None:
        """this/next/last + year, month, week, weekend, a month, season, weekday or holiday."""
        word = self.w(i)
        if word == "this" and self.w(i + 1) in {"past", "coming"}:
            # "this past summer" = last summer, "this coming fall" = the next one
            word = "last" if self.w(i + 1) == "past" else "this"
            i += 1
        step = YEAR_WORDS[word]
        if self.w(i + 1) == "fiscal" and self.w(i + 2) == "year":
            i += 1  # "this fiscal year": calendar year stands in (fiscal calendars differ by company)
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
        if nxt in {"christmas", "halloween", "thanksgiving", "easter", "diwali", "deepavali", "holi", "hanukkah",
                   "chanukah", "passover"}:
            holiday = self.parse_holiday(i + 1)
            if holiday is not None:
                return holiday[0], Atom(**{**holiday[1].__dict__, "direction": direction})
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
        if self.w(j) == "this" and self.w(j + 1) in SEASONS:
            season = SEASONS[self.w(j + 1)]

            def rest_of_season(ref: date) -> cal.Window:
                candidates = [cal.season_window(y, season) for y in (ref.year, ref.year + 1)]
                first, last = next((w for w in candidates if w[1] >= ref), candidates[-1])
                if first <= ref <= last:
                    return (min(ref + timedelta(days=1), last), last) if later else (first, max(ref - timedelta(days=1), first))
                return first, last
            return j + 2, Atom("season", deictic=rest_of_season)
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
        if self.w(i) in {"a", "few", "several"} and self.w(i - 1) in {"in", "within"}:
            j = i + 1 if self.w(i) != "a" else i + 2
            if (self.w(i) != "a" or self.w(i + 1) == "few") and self.w(j) in {"weeks", "months"}:
                return self._coming(j)
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
