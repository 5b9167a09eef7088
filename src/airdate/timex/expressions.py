"""``find_expressions``: scan, then resolve each expression against the anchor.

A relative expression is resolved at both ends of the anchor interval and the two
windows are joined, so a wide anchor gives an honestly wide answer ("next year"
written sometime in 2022-06..2023-04 is 2023-01-01..2024-12-31).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta

from airdate.models import Interval, TimeExpression
from airdate.timex.atoms import FUTURE, PAST, Atom, resolve, shift_window, window_in_year
from airdate.timex.calendar import MAX_YEAR, Window, hull, last_day
from airdate.timex.compose import Found, scan
from airdate.timex.grammar_base import MODIFIER_DETERMINERS
from airdate.timex.context import is_hedged, tense_of
from airdate.timex.tokens import Sentences, Token, lowered, tokens_between, tokenize_near_time_words

# how far back (characters) an event-anchored offset may look for its anchor across sentences
NARRATIVE_REACH = 300
# how many neighbouring expressions anchoring may inspect: keeps hostile runs linear
LOOKAROUND = 20
# "N months after X": X starts at most this many tokens after "after" ("after the April announcement")
ANCHOR_GAP = 3
# characters between a dated window and a yearless month that narrows it ("spring 2027, likely in April")
NARROWING_REACH = 40
NARROWING_WORDS = {"likely", "probably", "possibly", "perhaps", "maybe", "most", "in", "on", "as", "early", "around",
                   "about", "specifically", "reportedly", "potentially", "either", "or", "with", "launch", "premiere",
                   "release", "debut", "return", "window", "date", "target"}
AFTER_WORDS = {"after", "following", "since"}
# what may stand between an offset and the explicit date that restates it ("a month later, on X")
APPOSITION_WORDS = {",", "—", "–", "(", "on", "in", "of"}
# "... through October 10": the date that ends a run (of episodes, of filming)
RUN_END_WORDS = {"through", "thru", "until", "till"}
# words after such a month that show it is not a modifier
NOT_MODIFIED = {"and", "or", "to", "of", "in", "on", "at", "for", "by", "with", "through", "until", "till",
                "is", "was", "were", "are", "will", "has", "had", "when", "as", "that", "which", "s"}
# a season in a sentence with one of these words is an anime cour ("the Winter 2026 anime
# season" = Jan-Mar 2026), the way anime schedules name their quarters
_COUR_CONTEXT = re.compile(r"\b(?:anime|cours?|simulcast(?:s|ing|ed)?)\b")
GRANULARITY = {"weekend": "day", "day_range": "day", "decade": "year"}
# "0 Days 0 Hours 0Mins 0 Secs" under a date: a countdown timer element
TIMER_REACH = 160  # characters after a date in which a timer still belongs to it
_TIMER = re.compile(r"\d{1,4} ?days? ?\d{1,2} ?hours?", re.IGNORECASE)


def anchor_days(anchor: Interval | date | None) -> tuple[date | None, date | None]:
    if anchor is None:
        return None, None
    if isinstance(anchor, Interval):
        return anchor.start, anchor.end
    return anchor, anchor


@dataclass(frozen=True)
class Analysed:
    """An expression with what the writing-date stage also needs: tense and sentence."""

    expression: TimeExpression
    tense: str | None
    sentence: tuple[int, int]
    found: Found


def find_expressions(text: str, anchor: Interval | date | None = None, read_on: date | None = None) -> list[TimeExpression]:
    return [item.expression for item in analyse(text, anchor, read_on=read_on)]


def analyse(text: str, anchor: Interval | date | None = None, day_first: bool | None = None, read_on: date | None = None) -> list[Analysed]:
    """``day_first``: the page's date order when ``text`` is only part of it (None: from ``text``). ``read_on``: the
    day the page is read, which it cannot postdate; it places a weekday-dated day on a page with no other anchor."""
    low_text = lowered(text)
    tokens = tokenize_near_time_words(text, low_text)
    sentences = Sentences(text)
    low, high = anchor_days(anchor)
    out: list[Analysed] = []
    sentence_tokens: dict[tuple[int, int], tuple[list[Token], list[int], bool]] = {}
    near_starts = [t.start for t in tokens]
    resolved: list[tuple[tuple[int, int], Window | None, str, bool]] = []  # span, window, granularity, absolute
    month_years: dict[int, int] = {}  # month -> year of its latest explicit mention so far
    scanned = scan(text, tokens, day_first)
    founds = [f for k, f in enumerate(scanned)
              if not (k and _appositive_offset(f, scanned[k - 1], tokens))
              and not (k + 1 < len(scanned) and _offset_restated(f, scanned[k + 1], tokens))]
    for k, found in enumerate(founds):
        start, end = tokens[found.first].start, tokens[found.last - 1].end
        sentence = sentences.bounds(start)
        if sentence not in sentence_tokens:
            sentence_words = tokens_between(low_text, tokens, near_starts, *sentence)
            anime = _COUR_CONTEXT.search(low_text, *sentence) is not None
            sentence_tokens[sentence] = (sentence_words, [t.start for t in sentence_words], anime)
        words, word_starts, anime = sentence_tokens[sentence]
        if anime and any(atom.season for atom in found.atoms):
            found = replace(found, atoms=tuple(replace(a, cour=True) if a.season else a for a in found.atoms))
        first_word, last_word = bisect_left(word_starts, start), bisect_left(word_starts, end)
        tense = tense_of(words, first_word, last_word, sentence)
        context = _offset_context(text, founds, k, tokens, resolved, sentence, (low, high), month_years)
        back = _refers_back(text, tokens, found)
        window, granularity, relative = _resolve_found(found, low, high, tense, context, sentence, month_years, back)
        if window is None and low is None and high is None and read_on is not None:
            window = _weekday_before(found, read_on)
        inside = _inside_previous(found, resolved, start, sentence, text)
        if inside is not None:
            window = inside
        if window is not None and len(found.atoms) == 1 and found.first and tokens[found.first - 1].low in RUN_END_WORDS:
            window = _after_run_start(found.atoms[0], window, resolved, sentence)
        if window is not None and relative and _THAT_YEAR.match(text, end):
            window = _in_year_said_before(window, resolved, sentence)
        open_ended = found.deadline in {"by", "before"} or found.earliest
        if window is not None and found.deadline in {"by", "before"}:
            window = _deadline(window, found.deadline, low)
        # a timer belongs to the last date before it: a date with another expression between
        # it and the timer ("... renewed on May 22.\nCountdown to October 3 ...\n0 Days") is prose
        timer_reach = min(len(text), end + TIMER_REACH,
                          tokens[founds[k + 1].first].start if k + 1 < len(founds) else len(text))
        widget = found.widget or bool(_TIMER.search(text, end, timer_reach))
        interval = Interval(window[0], window[1], granularity) if window else Interval(None, None, "open")
        hedged = found.hedged or is_hedged(words, first_word, last_word, sentence)
        expression = TimeExpression(text[start:end], (start, end), interval, hedged, relative, open_ended, widget)
        out.append(Analysed(expression, tense, sentence, found))
        resolved.append(((start, end), window, granularity, not relative))
        if not widget:
            _remember_month_years(found, month_years)
    loose = low is None or high is None or (high - low).days > 366
    return _dated_by_later(out, resolved, text) if loose else out


_RUN_DASH = re.compile(r"\s{0,3}[–—-]\s{0,3}|\s{1,3}(?:to|through|until|till)\s{1,3}")


def _dated_by_later(out: list[Analysed], resolved: list[tuple[tuple[int, int], Window | None, str, bool]], text: str) -> list[Analysed]:
    """"premieres on October 24 at 9 PM ET, leading the Fall 2024 schedule": on a page whose writing date is unknown
    or spread over years, a yearless day or month takes its year from a dated window later in the same sentence that holds it once (a
    season or a month, not a bare year: "returns October 24 after its 2023 run" says nothing of October's year)."""
    dated = [item.expression.interval for item in out]
    for i, item in enumerate(out):
        atoms = item.found.atoms
        if len(atoms) != 1:
            continue
        atom = atoms[0]
        # ("some time this April as part of the Spring 2024 anime schedule": "this" picks no year the sentence does not give)
        if not atom.needs_year or atom.month is None or atom.direction not in (None, "this") or atom.weekday is not None:
            continue
        for later, (span, window, _granularity, absolute) in zip(out[i + 1 :], resolved[i + 1 :]):
            if later.sentence == item.sentence and window is not None and absolute and _RUN_DASH.fullmatch(text[resolved[i][0][1] : span[0]]):
                # ("August 2 – September 7, 2025": a run's yearless start takes its end's year, or the year before)
                start = window_in_year(atom, window[0].year)
                if start is not None and start[0] > window[0]:
                    start = window_in_year(atom, window[0].year - 1)
                if start is not None:
                    interval = Interval(start[0], start[1], GRANULARITY.get(atom.unit, atom.unit))
                    out[i] = replace(item, expression=replace(item.expression, interval=interval, relative=True))
                break
            if later.sentence != item.sentence or window is None or not absolute or (window[1] - window[0]).days > 183:
                continue
            if (held := _held_once(atom, window, resolved[i][1])) is not None:
                out[i] = replace(item, expression=replace(item.expression, interval=held, relative=True))
                break
        else:
            # ("as part of the Spring 2024 anime schedule, X has confirmed it will be launching on April 10th": a dated
            # window earlier in the sentence that holds the day once gives it its year, when none later does)
            for earlier, (span, window, _granularity, absolute) in zip(reversed(out[:i]), reversed(resolved[:i])):
                if earlier.sentence != item.sentence:
                    break
                if window is None or not absolute or (window[1] - window[0]).days > 183:
                    continue
                if (held := _held_once(atom, window, resolved[i][1])) is not None:
                    out[i] = replace(item, expression=replace(item.expression, interval=held, relative=True))
                break
    return _same_day_again(out, dated)


def _held_once(atom: Atom, window: Window, current: Window | None) -> Interval | None:
    """The yearless ``atom`` in the one year that puts it inside the dated ``window``, if that moves it from ``current``."""
    inside = [w for y in {window[0].year, window[1].year}
              if (w := window_in_year(atom, y)) is not None and window[0] <= w[0] and w[1] <= window[1]]
    if len(inside) != 1 or inside[0] == current:
        return None
    return Interval(inside[0][0], inside[0][1], GRANULARITY.get(atom.unit, atom.unit))


def _same_day_again(out: list[Analysed], before: list[Interval]) -> list[Analysed]:
    """"... confirming it will be launching on April 10th [dated by its sentence]. Season 5 will be premiering on April
    10th": a yearless day said again later on the page is the same day, once its sentence has given it a year."""
    given: dict[tuple[int, int], Interval] = {}
    for k, item in enumerate(out):
        atoms = item.found.atoms
        if len(atoms) != 1 or atoms[0].day is None or atoms[0].month is None or not atoms[0].needs_year or atoms[0].direction is not None:
            continue
        key = (atoms[0].month, atoms[0].day)
        if item.expression.interval != before[k]:
            given.setdefault(key, item.expression.interval)
        elif key in given:
            out[k] = replace(item, expression=replace(item.expression, interval=given[key], relative=True))
    return out


# "premiered in February 2023 and concluded on April 16 of that year": the year is the one just named
_THAT_YEAR = re.compile(r"(?<!\s)\s+(?:of\s+that\s+(?:same\s+)?year|of\s+the\s+same\s+year|that\s+same\s+year|later\s+that\s+year)\b", re.IGNORECASE)


def _in_year_said_before(window: Window, resolved: list[tuple[tuple[int, int], Window | None, str, bool]],
                         sentence: tuple[int, int]) -> Window:
    """``window`` moved into the year of the last absolute date earlier in the same sentence, if there is one."""
    for span, earlier, _granularity, absolute in reversed(resolved):
        if span[0] < sentence[0]:
            break
        if absolute and earlier is not None and earlier[0].year == earlier[1].year:
            year = earlier[0].year
            try:
                return window[0].replace(year=year), window[1].replace(year=year + window[1].year - window[0].year)
            except ValueError:  # 29 February
                return window
    return window


def _weekday_before(found: Found, read_on: date) -> Window | None:
    """"Sunday 4th May" on a page that gives no other date: the latest such day before the page is read
    (a weekday falls on a given day again after five, six or eleven years, so a recent page's date is the last one)."""
    if len(found.atoms) != 1 or found.atoms[0].named_weekday is None or not found.atoms[0].needs_year:
        return None
    atom = found.atoms[0]
    for year in range(read_on.year, read_on.year - 12, -1):
        window = window_in_year(atom, year)
        if window is not None and window[0] <= read_on and window[0].weekday() == atom.named_weekday:
            return window
    return None


def _resolve_found(found: Found, low: date | None, high: date | None, tense: str | None,
                   earlier: list, sentence: tuple[int, int], month_years: dict[int, int] | None = None,
                   refers_back: bool = False) -> tuple[Window | None, str, bool]:
    windows: list[Window] = []
    relative = False
    granularity = "open"
    for atom in found.atoms:
        granularity = GRANULARITY.get(atom.unit, atom.unit)
        discourse = _discourse_window(atom, month_years, tense, high, refers_back)
        if atom.offset is not None:
            window, granularity = _event_anchored(atom, low, high, earlier, sentence)
            relative = True
        elif atom.that:
            window = _that(atom, earlier)
            relative = True
        elif discourse is not None:
            window, relative = discourse, True
        else:
            window = _over_anchor(atom, low, high, tense)
            relative = relative or not atom.absolute
        if window is None:
            return None, "open", True
        if found.combine == "range" and windows and not atom.absolute:
            window = run_forward(atom, window, windows[0][0])
        windows.append(window)
    joined = windows[0]
    for window in windows[1:]:
        joined = hull(joined, window)
    return joined, granularity, relative


def _inside_previous(found: Found, resolved: list, start: int, sentence: tuple[int, int], text: str) -> Window | None:
    """"a spring 2027 launch, likely in April": a yearless month or day right after a dated window
    of the same sentence that holds it once narrows that window, whatever the anchor."""
    if len(found.atoms) != 1 or not resolved:
        return None
    atom = found.atoms[0]
    if not atom.needs_year or atom.month is None or atom.direction is not None or atom.weekday is not None:
        return None
    span, previous, _granularity, absolute = resolved[-1]
    if previous is None or not absolute or span[0] < sentence[0] or start - span[1] > NARROWING_REACH:
        return None
    if (previous[1] - previous[0]).days > 366:
        return None
    # only an apposition narrows ("2025 and returns in April" is a new event)
    between = text[span[1]:start]
    words = between.lower().replace(",", " ").replace("(", " ").replace("—", " ").replace("–", " ").split()
    if not any(mark in between for mark in ",(—–") or not all(w in NARROWING_WORDS for w in words):
        return None
    inside = [w for y in {previous[0].year, previous[1].year}
              if (w := window_in_year(atom, y)) is not None and previous[0] <= w[0] and w[1] <= previous[1]]
    return inside[0] if len(inside) == 1 else None


def _after_run_start(atom: Atom, window: Window, resolved: list, sentence: tuple[int, int]) -> Window:
    """"premieres September 5, with weekly episodes through October 10": the end of a run
    comes after the last date its sentence gave before it."""
    if not resolved:
        return window
    span, previous, _granularity, _absolute = resolved[-1]
    if previous is None or span[0] < sentence[0]:
        return window
    return run_forward(atom, window, previous[0])


def run_forward(atom: Atom, window: Window, start: date) -> Window:
    """The end of a range or run ("X through Y", "... until Y") never comes before its start:
    a yearless Y that resolved before ``start`` moves forward a year at a time (at most twice)."""
    if atom.year is not None or atom.weekday is not None or atom.deictic is not None or atom.offset is not None:
        return window
    for _ in range(2):
        if window[1] >= start:
            break
        window = _next_year_day(window[0]), _next_year_day(window[1])
    return window


def _next_year_day(day: date) -> date:
    """The same calendar day a year later; a month's last day stays its last day (Feb 28 -> 29)."""
    year = day.year + 1
    if year > MAX_YEAR:
        return day
    if day.day == last_day(day.year, day.month):
        return date(year, day.month, last_day(year, day.month))
    return date(year, day.month, day.day)


def _over_anchor(atom: Atom, low: date | None, high: date | None, tense: str | None) -> Window | None:
    if atom.absolute or low is None or high is None:
        first = resolve(atom, low, tense)
        return first if atom.absolute or (low is not None and high is not None) else None
    a, b = resolve(atom, low, tense), resolve(atom, high, tense)
    if a is None or b is None:
        return a or b
    if tense == PAST and a != b and b[1] >= high and atom.needs_year and atom.weekday is None and (
            atom.month is not None or atom.season is not None):
        # "was shot in the spring", page written Jan..May 2026: the spring still running at the
        # window's end is no finished past event unless the window starts inside it too, so
        # the latest instance is the one before (spring 2025), not a hull of two years
        before = resolve(atom, b[0] - timedelta(days=1), tense)
        b = before if before is not None and before[0] >= a[0] else a
    if atom.needs_year and atom.weekday is None and atom.month is not None and a != b:
        # "was renewed on February 20", "will premiere on Sept. 14" on a page written some time in a window: pages
        # tell of recent and coming events and are mostly written late in the window their cues allow (34 of 49
        # labelled real pages in the top third of it), so a past event is the last instance inside the window and a
        # coming one the first, not a hull of two years that no reader would give
        if tense == PAST and low <= b[0] <= high:
            return b
        if tense == FUTURE and low <= a[0] <= high:
            return a
    return hull(a, b)


def _event_anchored(atom: Atom, low: date | None, high: date | None, earlier: list,
                    sentence: tuple[int, int]) -> tuple[Window | None, str]:
    """"four months later": shift the previous dated expression of the same sentence."""
    assert atom.offset is not None
    amount, unit = atom.offset
    for span, window, granularity, _absolute in reversed(earlier[-LOOKAROUND:]):
        # the anchor is in the same sentence, or the last dated phrase just before it
        if window is not None and (span[0] >= sentence[0] or sentence[0] - span[1] <= NARRATIVE_REACH):
            return shift_window(window, granularity, amount, unit)
        if window is not None:
            break
    return None, "open"


def _that(atom: Atom, earlier: list) -> Window | None:
    for _span, window, _granularity, _absolute in reversed(earlier[-LOOKAROUND:]):
        if window is not None:
            return window_in_year(atom, window[0].year)
    return None


def _deadline(window: Window, kind: str, low: date | None) -> Window:
    """"by X": from the writing day to the end of X; "before X": up to the day before X."""
    end = window[1] if kind == "by" else window[0] - timedelta(days=1)
    if low is None or low > end:
        return window
    return low, end




def _offset_only(found: Found) -> bool:
    return all(atom.offset is not None for atom in found.atoms)


def _appositive_offset(found: Found, previous: Found, tokens: list[Token]) -> bool:
    """"next year, three years after the original": a restatement of the time just given."""
    return _offset_only(found) and previous.last == found.first - 1 and tokens[found.first - 1].low == ","


def _offset_restated(found: Found, following: Found, tokens: list[Token]) -> bool:
    """"renewed a month later, on October 6, 2025": the explicit date in apposition says when;
    the offset only restates it."""
    if not _offset_only(found) or not following.atoms or not all(a.absolute for a in following.atoms):
        return False
    between = [t.low for t in tokens[found.last:following.first]]
    return bool(between) and between[0] in {",", "—", "–", "("} and all(w in APPOSITION_WORDS for w in between)


def _has_dated(resolved: list, sentence: tuple[int, int]) -> bool:
    return any(span[0] >= sentence[0] and window is not None for span, window, _g, _a in resolved[-LOOKAROUND:])


def _offset_context(text: str, founds: list[Found], k: int, tokens: list[Token], resolved: list,
                    sentence: tuple[int, int], anchor: tuple[date | None, date | None],
                    month_years: dict[int, int]) -> list:
    """What an event-anchored offset may anchor on: "N months after X" names X; else the
    sentence's earlier dated phrase; else the first dated phrase later in the sentence."""
    found = founds[k]
    if not _offset_only(found):
        return resolved
    named = _named_anchor(text, founds, k, tokens, anchor, month_years)
    if named is not None:
        return [named]
    if _has_dated(resolved, sentence):
        return resolved
    return resolved[-LOOKAROUND:] + _dated_after(founds[k + 1:k + 1 + LOOKAROUND], tokens, sentence, *anchor)


def _named_anchor(text: str, founds: list[Found], k: int, tokens: list[Token],
                  anchor_days: tuple[date | None, date | None], month_years: dict[int, int]) -> tuple | None:
    """"four months after the April announcement", "the following months after May 2": X is the anchor."""
    found = founds[k]
    after = found.last - 1 if tokens[found.last - 1].low in AFTER_WORDS else found.last
    if after >= len(tokens) or tokens[after].low not in AFTER_WORDS or k + 1 >= len(founds):
        return None
    anchor = founds[k + 1]
    if anchor.first - after > ANCHOR_GAP or _offset_only(anchor):
        return None
    span = (tokens[anchor.first].start, tokens[anchor.last - 1].end)
    back = _refers_back(text, tokens, anchor)
    window, granularity, _relative = _resolve_found(anchor, *anchor_days, None, [], span, month_years, back)
    return (span, window, granularity, True) if window is not None else None


def _discourse_window(atom: Atom, month_years: dict[int, int] | None, tense: str | None,
                      high: date | None, refers_back: bool) -> Window | None:
    """A month or day without a year that points back into the text takes the year of the
    nearest earlier explicit mention of that month: always when used attributively ("the April
    announcement"), otherwise unless it speaks of the future or would fall after the writing."""
    if (not month_years or atom.month is None or not atom.needs_year or atom.direction is not None
            or atom.weekday is not None or atom.holiday is not None or atom.that or atom.month not in month_years):
        return None
    window = window_in_year(atom, month_years[atom.month])
    if window is None or refers_back:
        return window
    if tense == FUTURE or (high is not None and window[0] > high):
        return None
    return window


def _remember_month_years(found: Found, month_years: dict[int, int]) -> None:
    for atom in found.atoms:
        if atom.month is not None and atom.year is not None and atom.absolute:
            month_years[atom.month] = atom.year


def _refers_back(text: str, tokens: list[Token], found: Found) -> bool:
    """"the April announcement", "its March premiere": a month used as a modifier names a known event."""
    if found.first == 0 or found.last >= len(tokens) or len(found.atoms) != 1:
        return False
    if tokens[found.first - 1].low not in MODIFIER_DETERMINERS:
        return False
    nxt = tokens[found.last]
    if nxt.low in {"'", "’"} and found.last + 1 < len(tokens) and tokens[found.last + 1].low == "s":
        return True  # "April's announcement"
    # a lower-case word right after: "the April announcement", not "the April 2020 issue" (has a year)
    return nxt.low.isalpha() and nxt.low not in NOT_MODIFIED and text[nxt.start:nxt.end] == nxt.low


def _dated_after(later: list[Found], tokens: list[Token], sentence: tuple[int, int],
                 low: date | None, high: date | None) -> list:
    """"a year after part one, which opens in November 2024": the anchor comes later in the sentence."""
    for found in later:
        start = tokens[found.first].start
        if start >= sentence[1]:
            break
        if found.atoms and all(atom.absolute for atom in found.atoms):
            window, granularity, _relative = _resolve_found(found, low, high, None, [], sentence)
            if window is not None:
                return [((start, tokens[found.last - 1].end), window, granularity, True)]
    return []
