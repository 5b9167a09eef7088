"""TimeML mode: ``find_timex3(text, dct)`` finds TIMEX3 expressions with TimeML values.

The release-date grammar (``find_expressions``) answers in windows of days and leaves
out what release-date pages do not need. TimeML (TempEval-3) wants more, and other
values, so this mode reuses the grammar's dates and adds:

- the non-date types of ``timex3_rules`` (durations, times, sets, PRESENT/PAST/FUTURE_REF,
  centuries), a grammar date winning any overlap unless it has no value;
- TIMEX3 values: 2013-03-22, 2013-W12, 2013-03, 2013-Q1, 2013-H1, 2013-SU, 2013 (also for
  early/late 2013 and parts of a month: TimeML puts the part in a MOD attribute),
  201 (a decade), 19 (a century), 2013-W12-WE (a weekend), 2013-03-22TAF (a part of the
  day), 2013-03-22T15:00 (a clock time);
- ranges and lists ("between 1994 and 1997", "Sept. 14 to Thursday") as two TIMEX3s, the
  way TimeML annotates them (the grammar keeps them as one interval);
- story-relative resolution against the document creation time (DCT): news speaks of
  days around the DCT, so a yearless month or date takes the occurrence nearest the DCT
  unless its sentence is plainly about the future (then the next one); a bare weekday is
  the most recent one (the DCT itself on the same weekday) unless the sentence is about
  the future; "a year earlier" with nothing to count from counts from the DCT.

``timeml=False`` behaviour of ``find_expressions`` is untouched by this module.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta

from airdate.timex.atoms import FUTURE, resolve, shift_window
from airdate.timex.calendar import Window
from airdate.timex.expressions import Analysed, analyse
from airdate.timex.timex3_rules import CLOCK, PART_OF_DAY, Timex3, clock_value, duration_value, recognise_all

SEASON_CODES = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
# words that put the time right after them in the future (the release-date tense list is
# broader on purpose: there "return"/"start" usually mean a coming premiere). Only the
# words shortly before the expression count: news sentences mix tenses, and on the
# TempEval-3 training data a whole-sentence test or "would"/"next" made values worse.
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|wo?n't|going to|scheduled|slated|expected to|plans? to|set to|due to|upcoming"
    r"|tomorrow|until|till)\b|'ll\b", re.I)
FUTURE_REACH = 60
# the joint between the two sides of a range or list, and a leading "between"/"from"
_JOINT = re.compile(r"(?<!\s)\s*(?:,\s*)?\b(?:and|or|to|through|thru|until|till)\b\s*|(?<!\s)\s*[-–—/]\s*")
_LEAD = re.compile(r"(?:between|from)\s+", re.I)
_PART_AFTER = re.compile(r"[ ,]{1,2}(morning|afternoon|evening|night)\b", re.I)
_CLOCK_BEFORE_SPAN = 30
# a count the grammar anchors to another time: TimeML annotates only the count as a
# DURATION ("two years" later); "ago" and "earlier" phrases stay whole DATEs, as TimeBank has them
_COUNTED = re.compile(
    r"((?:a couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty"
    r"|couple|several|few|\d{1,3}) (?:days?|weeks?|months?|years?))(?: (?:later|after|before|prior(?: to)?|from now))?$",
    re.I)


def find_timex3(text: str, dct: date, *, other_types: bool = True) -> list[Timex3]:
    """TIMEX3s of ``text`` (dates, times, durations, sets) with values resolved against ``dct``.

    ``other_types=False`` keeps only what the release-date grammar finds (its dates, with
    TimeML values), to show what the TimeML-only recognisers add.
    """
    ours = [_with_time_of_day(t, text) for item in analyse(text, dct) for t in _from_grammar(item, text, dct)]
    return _merge(ours, recognise_all(text, dct) if other_types else [])


def timex3_value(start: date, end: date, granularity: str) -> str | None:
    """The TimeML value of a window of days at a granularity (None when TimeML has none)."""
    if granularity == "day" and start == end:
        return start.isoformat()
    if granularity in {"day", "weekend"} and (end - start).days == 1 and start.weekday() == 5:
        iso = start.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}-WE"
    if granularity == "week":
        iso = start.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if granularity in {"month", "part_of_month"} and (start.year, start.month) == (end.year, end.month):
        return f"{start.year}-{start.month:02d}"
    if granularity == "quarter" and start.year == end.year and (end.month - start.month) == 2:
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    if granularity == "half" and start.year == end.year and (end.month - start.month) == 5:
        return f"{start.year}-H{1 if start.month <= 6 else 2}"
    if granularity == "season" and start.month in SEASON_CODES and (end - start).days > 80:
        return f"{end.year if start.month == 12 else start.year}-{SEASON_CODES[start.month]}"
    if granularity in {"year", "part_of_year", "half", "quarter", "season"} and start.year == end.year:
        return str(start.year)
    if granularity == "year" and end.year - start.year == 9 and start.year % 10 == 0:
        return str(start.year)[:3]
    return None


def _side_value(day: date, unit: str) -> str | None:
    """One end of a range at its own unit: the start of "1994 to 1997" is 1994."""
    if unit in {"day", "day_range"}:
        return day.isoformat()
    if unit in {"month", "part_of_month"}:
        return f"{day.year}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if unit == "half":
        return f"{day.year}-H{1 if day.month <= 6 else 2}"
    if unit == "season":
        month = day.month
        code = "WI" if month in {12, 1, 2} else SEASON_CODES[month - (month % 3)]
        return f"{day.year + (month == 12)}-{code}"
    if unit == "week":
        iso = day.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if unit in {"year", "part_of_year"}:
        return str(day.year)
    return None


def _story_tense(text: str, sentence: tuple[int, int], start: int) -> str | None:
    return FUTURE if _FUTURE_BEFORE.search(text, max(sentence[0], start - FUTURE_REACH), start) else None


def _from_grammar(item: Analysed, text: str, dct: date) -> list[Timex3]:
    e, found = item.expression, item.found
    start, end = e.span
    if found.combine != "single" and len(found.atoms) == 2 and e.interval.start and e.interval.end:
        split = _split(e.text, start)
        if split is not None:
            (a_start, a_end), (b_start, b_end) = split
            return [Timex3(a_start, a_end, text[a_start:a_end], "DATE", _side_value(e.interval.start, found.atoms[0].unit)),
                    Timex3(b_start, b_end, text[b_start:b_end], "DATE", _side_value(e.interval.end, found.atoms[1].unit))]
    counted = _COUNTED.match(e.text)
    if counted is not None:  # "two years later", "in five years": TimeML's duration is the count
        phrase = counted.group(1)
        return [Timex3(start, start + len(phrase), phrase, "DURATION", duration_value(phrase))]
    value = _value(item, text, dct)
    clock = CLOCK.search(e.text)
    if clock is not None and value is not None and len(value) == 10 and clock_value(clock):
        return [Timex3(start, end, e.text, "TIME", value + clock_value(clock))]
    if e.text.lower() == "tonight" and value is not None:
        return [Timex3(start, end, e.text, "TIME", value + "TNI")]
    return [Timex3(start, end, e.text, "DATE", value)]


def _value(item: Analysed, text: str, dct: date) -> str | None:
    e, found = item.expression, item.found
    interval = e.interval
    window: Window | None = (interval.start, interval.end) if interval.start and interval.end else None
    granularity = interval.granularity
    # the grammar turns "by X"/"before X" into the run up to X; a window re-resolved here is X's own
    own_window = False
    if len(found.atoms) == 1:
        atom = found.atoms[0]
        if atom.needs_year and atom.holiday is None and not atom.that:
            # story-relative: nearest the DCT, or the next one in a sentence about the future;
            # a bare weekday is the latest one unless the sentence is about the future
            tense = _story_tense(text, item.sentence, e.span[0])
            if atom.weekday is not None and atom.month is None and atom.direction is None:
                day = _story_weekday(atom.weekday, dct, tense)
                window = (day, day + timedelta(days=1)) if atom.unit == "weekend" else (day, day)
            else:
                window = resolve(atom, dct, tense) or window
            own_window = True
        elif atom.offset is not None and window is None:
            amount, unit = atom.offset
            if not unit.startswith("calendar_"):
                window, granularity = shift_window((dct, dct), "day", amount, unit)
                granularity = unit
                window = _at_unit(window[0], unit)
    if window is None:
        return None
    if (found.deadline in {"by", "before"} or e.open_ended) and not own_window:
        # "by the end of 1990": TimeML values the named time, not the run up to it
        tail = window[1] if found.deadline != "before" else window[1] + timedelta(days=1)
        return _side_value(tail, found.atoms[-1].unit)
    return timex3_value(window[0], window[1], granularity)


def _story_weekday(weekday: int, dct: date, tense: str | None) -> date:
    """A bare weekday in news: the DCT itself on its weekday, else the latest one, or the next in a future sentence."""
    if tense == FUTURE:
        return dct + timedelta(days=(weekday - dct.weekday()) % 7)
    return dct - timedelta(days=(dct.weekday() - weekday) % 7)


def _at_unit(day: date, unit: str) -> Window:
    if unit == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if unit == "month":
        following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return date(day.year, day.month, 1), following - timedelta(days=1)
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    return day, day


def _split(phrase: str, offset: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Character spans of the two sides of a range/list phrase, without "between"/"from"."""
    lead = _LEAD.match(phrase)
    first = lead.end() if lead else 0
    for joint in _JOINT.finditer(phrase, first + 1):
        if joint.start() > first and joint.end() < len(phrase):
            left_end = joint.start()
            return (offset + first, offset + left_end), (offset + joint.end(), offset + len(phrase))
    return None


def _merge(ours: list[Timex3], extras: list[Timex3]) -> list[Timex3]:
    """Grammar dates win an overlap, unless they have no value and the other phrase is as long."""
    kept = sorted(ours, key=lambda t: t.start)  # never overlapping, so ends are sorted too
    starts = [t.start for t in kept]
    for extra in extras:
        k = bisect_left(starts, extra.start)
        first = k - 1 if k and kept[k - 1].end > extra.start else k
        last = k
        while last < len(kept) and kept[last].start < extra.end:
            last += 1
        clash = kept[first:last]
        if clash and not all(t.value is None and (t.end - t.start) <= (extra.end - extra.start) for t in clash):
            continue
        kept[first:last] = [extra]
        starts[first:last] = [extra.start]
    return kept


def _with_time_of_day(timex: Timex3, text: str) -> Timex3:
    """"Friday afternoon" (2013-03-22TAF) and "9 a.m. EST Tuesday" (2000-04-04T09:00)."""
    value = timex.value
    if timex.type != "DATE" or value is None or len(value) != 10 or value[4] != "-":
        return timex
    after = _PART_AFTER.match(text, timex.end, timex.end + 12)
    if after is not None:
        end = after.end()
        return Timex3(timex.start, end, text[timex.start:end], "TIME", value + PART_OF_DAY[after.group(1).lower()])
    window_start = max(0, timex.start - _CLOCK_BEFORE_SPAN)
    for clock in CLOCK.finditer(text, window_start, timex.start):
        gap = text[clock.end():timex.start]
        if len(gap) <= 2 and gap.strip(" ,") == "" and clock_value(clock):
            return Timex3(clock.start(), timex.end, text[clock.start():timex.end], "TIME", value + clock_value(clock))
    return timex
