"""Time stage: temporal expressions as intervals, and when each page was written.

Public API (other stages import only these names):

- ``find_expressions(text, anchor=None) -> list[TimeExpression]``
- ``infer_writing_window(document) -> WritingWindow``
- ``find_timex3(text, dct) -> list[Timex3]``: the TimeML (TempEval-3) mode, which also
  finds durations, times, sets and present/past references with TimeML values; see
  ``airdate.timex.timex3``. ``find_expressions`` (the release-date mode) is unaffected.

Conventions (shared with ``shared/seeds/gold/README.md`` and ``shared/timex/README.md``):

- Every interval is whole inclusive days; a time of day ("at 3 a.m. ET") stays in the
  span but collapses to its day.
- early YEAR = Jan-Apr, mid = May-Aug, late = Sep-Dec ("the start/beginning of" = early,
  "the end of" = late, "the new year" = early next year); first/second (front/back) half =
  Jan-Jun / Jul-Dec; quarters are calendar quarters.
- Seasons are northern-hemisphere meteorological: spring Mar-May, summer Jun-Aug,
  fall/autumn Sep-Nov, winter YEAR = Dec (YEAR-1) to Feb YEAR. early/mid/late SEASON =
  its first/second/third month. early/mid/late MONTH = days 1-10 / 11-20 / 21-end;
  "the first/second half of MONTH" = days 1-15 / 16-end (part_of_month); "the first/second/
  third/fourth week of MONTH" = seven days counted from the 1st (1-7, 8-14, ...), "the last/
  final week of MONTH" = its last seven days (granularity week, as the README's extension).
- Holidays are days: Christmas (Eve), Halloween, US Thanksgiving, New Year's Day/Eve,
  Valentine's Day, US Independence Day (July 4), Easter Sunday and Good Friday (Gregorian
  computus). Festivals dated by a lunisolar calendar are the two calendar months they always
  fall in (granularity month), never a guessed day: Lunar/Chinese New Year Jan-Feb, Holi
  Feb-Mar, Passover Mar-Apr, Diwali Oct-Nov, Hanukkah Nov-Dec. Purely lunar festivals (Eid,
  Ramadan) drift through every season, so they add nothing ("Eid 2026" stays the year 2026).
  A bare holiday name is a time only after a time preposition or before a year ("on Easter",
  "Diwali 2026"; not "Easter eggs", "the Independence Day sequel").
- Anime cours (the clash noted in the README): a season in a sentence that speaks of anime
  ("anime", "cour", "simulcast": "the Winter 2026 anime season", "the fall 2025 cour",
  "Summer 2024 anime lineup") is the broadcast quarter of its own year: winter = Jan-Mar,
  spring = Apr-Jun, summer = Jul-Sep, fall = Oct-Dec; early/mid/late pick its months and
  this/next/last pick among cours. Every other season stays meteorological.
- A phrase without a year takes it from the anchor and the tense of its sentence:
  upcoming -> the next occurrence, past -> the most recent, unknown -> the one nearest
  the anchor. "this SEASON" = the one containing the anchor day or else the next;
  "next SEASON" = the first starting after the current one; "last" = the latest finished.
  "The current one" is the season instance the day falls in, so "next spring" said in
  January (winter) is the coming spring, the same year, and "next spring" said in April is
  the one a year on (as the dev gold's "next summer" said in September is the next June).
- Over a wide anchor (a writing window) a phrase without a year takes every instance the
  window allows (the hull), with one rule for past events: a month or season still running
  at the window's end, which the window did not start in, is not yet a finished past event,
  so the instance before it is taken ("was shot in the spring" written Jan..May 2026 is
  spring 2025; written Jan..Nov 2026 it stays spring 2025..spring 2026, both finished).
  Picking one instance from the window's start alone (the page as written early) misdates
  pages written late in a window with a weak start, so the hull stays where both are finished.
  In window inference, "this SEASON/MONTH" spoken of as ahead is said in its own calendar
  year before it ends (in autumn one says "next spring"), so it bounds the writing when only
  one year of the window leaves room (winter, straddling two years, is left out).
- Ranges ("from X to Y", "between X and Y", "June 12–14", "2024–2025", "June and July")
  and disjunctions ("late 2024 or early 2025", "spring/summer 2024") are one expression
  whose interval is the convex hull; disjunctions are hedged. "pushed from X to Y" is
  two expressions (a move, not a range). A range runs forward: a yearless end Y that the
  tense would put before X moves on a year ("ran November 3 through January 10" written in
  December ends in January of the next year).
- Recurring sets ("every Friday", "each Saturday and Sunday") are not annotated (README).
  The end of a run after one ("weekly episodes every Friday through October 10") is the end
  date itself, as a day, span without "through" (as the dev gold has "every week through
  June 9" -> "June 9"), not an open-start window; a yearless run end after "through/until/
  till" comes no earlier than the last date its sentence gave before it ("premieres
  September 5, ... through October 10"). "followed by" orders events and sets no tense.
- "by X" = anchor day .. end of X, "before X" = anchor day .. day before X (open_ended);
  "not before X", "not until X", "no earlier than X", "X at the earliest", "won't/unlikely to
  arrive before X" = X itself (the earliest window), open_ended; hedged when qualified ("at
  the earliest", "at least", "unlikely"). "within N months" = anchor day .. +N months; "in the coming months" =
  next six months; "in the coming weeks" = next 42 days.
- Event-anchored offsets ("four months later", "a year after ...") shift the previous
  dated expression of the same sentence at its granularity; "N months after X" / "the
  following months after X" shift X when X follows within three tokens; "that November"
  takes the year of the previous dated expression. "the following months (after X)" =
  first day of the month after X .. last day of the sixth month after X (as wide as "the
  coming months"); "the following weeks" = the 42 days after X.
- Discourse rule: a month or month-day without a year that points back into the text takes
  the year of the nearest preceding explicit mention of the same month in the same text
  (widget countdowns excluded): always when the month is used as a modifier after a
  determiner ("the April announcement", "its May premiere", "April's"), otherwise only when
  its sentence does not speak of the future and the result is not after the writing window.
  Future-tense bare months ("returns in April") keep the writing-window anchor.
- "the early/first/opening part of X" = early X, "the middle part" = mid, "the late/latter/
  later/last/final part" = late ("second part" is left alone). "as of late" is the idiom
  "recently": no time of its own, so "as of late in 2022" is the bare year 2022 and "as of
  late" alone is no expression (like "recently"); "as of late 2022" (a time right after) is
  "as of the end of 2022".
- Anchor: a day, or an interval (the writing window). Relative expressions are resolved
  at both ends of the interval and joined, so they widen with the anchor. With no anchor
  (or an anchor open on a side) a relative expression is still returned, with
  ``relative=True`` and an open interval (start and end None, granularity "open").
- hedged: modal/expectation/attribution words before the expression in its sentence,
  approximators right before it, "at the earliest"/"seems likely" right after, and any
  disjunction; a date right after a reporting verb ("reported Tuesday") is not hedged.
- widget: "Countdown to X", or a date followed by a days/hours timer with no other time
  expression between them (a timer belongs to the last date before it).
"""

from __future__ import annotations

from datetime import date

from airdate.models import Document, Interval, TimeExpression, WritingWindow
from airdate.timex.expressions import find_expressions as _find_expressions
from airdate.timex.timex3 import find_timex3
from airdate.timex.timex3_rules import Timex3
from airdate.timex.window import infer_writing_window as _infer_writing_window


def find_expressions(text: str, anchor: Interval | date | None = None, read_on: date | None = None) -> list[TimeExpression]:
    """Every temporal expression in ``text``; relative ones resolved against ``anchor`` (and a weekday-dated day on a
    page with no anchor against ``read_on``, the day the page is read)."""
    return _find_expressions(text, anchor, read_on)


def infer_writing_window(document: Document) -> WritingWindow:
    """When ``document`` was written, as an interval with the cues for each bound."""
    return _infer_writing_window(document)


__all__ = ["Timex3", "find_expressions", "find_timex3", "infer_writing_window"]
