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
  its first/second/third month. early/mid/late MONTH = days 1-10 / 11-20 / 21-end.
- A phrase without a year takes it from the anchor and the tense of its sentence:
  upcoming -> the next occurrence, past -> the most recent, unknown -> the one nearest
  the anchor. "this SEASON" = the one containing the anchor day or else the next;
  "next SEASON" = the first starting after the current one; "last" = the latest finished.
- Ranges ("from X to Y", "between X and Y", "June 12–14", "2024–2025", "June and July")
  and disjunctions ("late 2024 or early 2025", "spring/summer 2024") are one expression
  whose interval is the convex hull; disjunctions are hedged. "pushed from X to Y" is
  two expressions (a move, not a range).
- "by X" = anchor day .. end of X, "before X" = anchor day .. day before X (open_ended);
  "not before X", "not until X", "no earlier than X", "X at the earliest" = X itself,
  open_ended. "within N months" = anchor day .. +N months; "in the coming months" =
  next six months; "in the coming weeks" = next 42 days.
- Event-anchored offsets ("four months later", "a year after ...") shift the previous
  dated expression of the same sentence at its granularity; "that November" takes the
  year of the previous dated expression.
- Anchor: a day, or an interval (the writing window). Relative expressions are resolved
  at both ends of the interval and joined, so they widen with the anchor. With no anchor
  (or an anchor open on a side) a relative expression is still returned, with
  ``relative=True`` and an open interval (start and end None, granularity "open").
- hedged: modal/expectation/attribution words before the expression in its sentence,
  approximators right before it, "at the earliest"/"seems likely" right after, and any
  disjunction; a date right after a reporting verb ("reported Tuesday") is not hedged.
- widget: "Countdown to X", or a date followed by a days/hours timer.
"""

from __future__ import annotations

from datetime import date

from airdate.models import Document, Interval, TimeExpression, WritingWindow
from airdate.timex.expressions import find_expressions as _find_expressions
from airdate.timex.timex3 import find_timex3
from airdate.timex.timex3_rules import Timex3
from airdate.timex.window import infer_writing_window as _infer_writing_window


def find_expressions(text: str, anchor: Interval | date | None = None) -> list[TimeExpression]:
    """Every temporal expression in ``text``; relative ones resolved against ``anchor``."""
    return _find_expressions(text, anchor)


def infer_writing_window(document: Document) -> WritingWindow:
    """When ``document`` was written, as an interval with the cues for each bound."""
    return _infer_writing_window(document)


__all__ = ["Timex3", "find_expressions", "find_timex3", "infer_writing_window"]
