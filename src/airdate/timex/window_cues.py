"""Evidence in a page's own text for when it was written.

Each finder returns ``Bound`` records: a models.Cue plus how much to trust it. The
rules are general reading rules, not facts about any title:

- a dated event the text reports as done bounds the writing from below;
- a dated event the text speaks of as still ahead bounds it from above;
- "last June 6, 2022" is said within a year of that day;
- "as of <date>" / "at the time of writing ... <date>" dates the writing itself;
- "next year" next to an explicit future year Y means the text was written in Y-1;
- production lead time: a release predicted on a go-ahead not yet given, or a filming
  month named as a step before a release window, sits at least LEAD_MONTHS ahead;
- a scheduled event is rarely announced more than a horizon ahead (weakest cue);
- "this spring" / "this April" spoken of as still ahead is said in that season's or month's
  own calendar year, before it ends (in autumn one says "next spring"): of the years the
  other cues allow, only those leave room, and when one does it bounds the writing;
- production said to be in progress now ("cameras are rolling", "with filming under way")
  dates the writing inside the shoot: at most MAX_SHOOT_MONTHS after the filming start the
  text reports, and at least LEAD_MONTHS before a release named in the same sentence.
Expressions inside boilerplate spans only date the crawl (kind ``crawl_furniture``).
Tense and cue words are English: on text that does not read as English (few English
function words) only metadata and a "Published" line are used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from airdate.models import Cue
from airdate.timex.atoms import FUTURE, PAST, window_in_year
from airdate.timex.calendar import month_window, safe_date, shift_day_by_months
from airdate.timex.expressions import Analysed, analyse
from airdate.timex.lexicon import MONTHS

# strengths: stronger cues are applied first; a weaker cue that contradicts them is dropped
METADATA, PUBLISHED_LINE, DIRECT, WEEKDAY_DATE, RELATIVE, LEAD_TIME, HORIZON, INFORMATION = 100, 90, 50, 45, 40, 30, 10, 0
YEAR_SPREAD = 4  # a window wider than this many years is too wide to pick a weekday's year in
LEAD_MONTHS = 6  # a season or film needs at least this long from go-ahead or filming to release
HORIZON_DAY_MONTHS = 12  # a day-exact schedule is rarely announced further ahead than this
HORIZON_WINDOW_MONTHS = 24  # nor a vaguer window ("early 2024") further ahead than this
# a season's or film's shoot rarely runs longer than this (most take 2-8 months): a generous ceiling
MAX_SHOOT_MONTHS = 12
SHOOT_REACH = 800  # characters between "filming is under way" and the start date it continues

_BRACKETED_AFTER_NAME = re.compile(r"(?<![\w'’:!.\-])[A-Z0-9][\w'’:!.\-]*\s\($")
_GO_AHEAD = re.compile(r"\b(?:if|once|assuming|provided|when)\b[^.!?\n]{0,80}?\b(?:renew(?:ed|al)?|go-ahead|green ?-?lit|greenlight|approved|picked up|ordered)\b", re.I)
_STAGE = re.compile(r"\b(?:film(?:ing)?|shoot(?:ing)?|production|cameras?)\b", re.I)
_AS_OF = re.compile(r"\b(?:as of|at the time of (?:this )?writing|at press time)\b", re.I)
_LAST = re.compile(r"^last\b", re.I)
_TIMER_DAYS = re.compile(r"(\d{1,4}) ?days? ?\d{1,2} ?hours?", re.I)  # a countdown timer under its date
TIMER_REACH = 160
# a move's target right before the expression: "delayed to", "pushed back until", "moved into"
_MOVED_TO = re.compile(r"\b(?:delayed|pushed|moved|postponed|bumped|shifted|rescheduled|slipped|slid|pushed back)"
                       r"(?: back| out)? (?:to|until|till|into)(?: the| an?)?(?: early| mid| late)?[ -]?$", re.I)
_SETTING = re.compile(
    r"\b(?:set|takes? place|taking place|unfolds?|is set)\s+(?:in\s+|during\s+)?(?:the\s+year\s+|circa\s+|around\s+)?$|\b(?:circa|in the year)\s+$"
    # "runs a motel during the summer of 2000": a story's season and year, not the page's
    r"|\bduring\s+the\s+(?:summer|winter|spring|autumn|fall|year)\s+of\s+$",
    re.I,
)
_DECADE = re.compile(r"\d{3}0['’]?s\b")
_SEASON_OF_YEAR = re.compile(r"(?:the\s+)?(?:summer|winter|spring|autumn|fall|year)\s+of\s", re.I)
# "his 2019 crime film", "the 2016 Star Wars spinoff movie": a year between a determiner and a work's noun
_ATTRIBUTIVE_YEAR = re.compile(
    r"\s{1,3}(?:(?!(?:and|or|but|with|when|while|as|that|which)\b)[A-Za-z][\w\-]{0,30}\s{1,3}){0,3}"
    r"(?:film|movie|series|show|drama|k-drama|novel|book|comic|webtoon|manga|hit|thriller|comedy|season|documentary"
    r"|remake|adaptation|sequel|prequel|reboot|version|classic|blockbuster|spin-?off|original)s?\b")
_YEAR_SPAN = re.compile(r"\d\s?[-–/]\s?\d")
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|his|her|their|its|a|an)|['’]s)\s{1,3}$", re.I)
_REL_YEAR = re.compile(r"\b(this|next|last) year\b", re.I)
# production going on as the text is written (present tense only; "was under way" is narrative)
_IN_PROGRESS = re.compile(
    r"\bcameras (?:are|have (?:started|begun)) (?:finally |now |officially )?rolling"
    r"|\b(?:with|as) (?:filming|shooting|(?<![-\w])production|principal photography) (?:now |currently )?(?:under ?way|ongoing|in progress)"
    r"|\b(?:filming|shooting|(?<![-\w])production|principal photography) (?:is|are|has been) (?:now |currently |officially )?"
    r"(?:under ?way|ongoing|in progress)"
    r"|\b(?:is|are) (?:now |currently )(?:filming|shooting|in production)\b", re.I)
# "once filming is under way, ...": a condition, not a report
_CONDITION = re.compile(r"\b(?:if|once|when|until|before|after|unless|as soon as)\W{1,3}(?:\w{1,20}\W{1,3}){0,3}$", re.I)
_RELEASE = re.compile(r"\b(?:premiere|release|debut|arrive|return|air|launch|stream|drop|hit|open)", re.I)
_STARTED = re.compile(r"\b(?:began|begun|started|kicked off|commenced|got under ?way|rolled|rolling)\b", re.I)
# the commonest English function words; English prose has ~30 % of them, other languages < 10 %
_ENGLISH_WORDS = frozenset(
    "the and of to is in that it for was with on as are be this by at from has have will an which "
    "or not but its their they he she were been who after".split())
_WORD = re.compile(r"[^\W\d_]{1,40}")
ENGLISH_SHARE = 0.08
LANGUAGE_SAMPLE = 20_000  # characters read to decide the language
PAST_PREPOSITIONS = {"in", "on", "since", "during", "last", "from", "to", "until", "and", "at", "of", "back"}


@dataclass(frozen=True)
class Bound:
    cue: Cue
    strength: int


QUOTE_REACH = 200  # characters of a long sentence kept either side of the cue


def _quote(text: str, sentence: tuple[int, int], span: tuple[int, int] | None = None) -> str:
    start, end = sentence
    if span is not None:
        start, end = max(start, span[0] - QUOTE_REACH), min(end, span[1] + QUOTE_REACH)
    else:
        end = min(end, start + 2 * QUOTE_REACH)
    return " ".join(text[start:end].split())


def without_story_times(text: str, items: list[Analysed]) -> list[Analysed]:
    """The expressions less those that date a story ("set in 2071", "takes place circa 2014"), not the writing."""
    return [i for i in items if not _SETTING.search(text, max(i.sentence[0], i.expression.span[0] - 24), i.expression.span[0])
            and not (_SEASON_OF_YEAR.match(i.expression.text) and text[max(0, i.expression.span[0] - 7) : i.expression.span[0]].lower() == "during ")]


def expression_bounds(text: str, items: list[Analysed], boilerplate: tuple[tuple[int, int], ...],
                      datelines: tuple[tuple[int, int], ...] = ()) -> list[Bound]:
    """Bounds from dated expressions; those on a dateline are already read as such."""
    out: list[Bound] = []
    for item in items:
        e = item.expression
        if e.relative or e.interval.start is None or e.interval.end is None:
            continue
        if any(a <= e.span[0] < b for a, b in datelines):
            continue
        quote = _quote(text, item.sentence, e.span)
        if any(a <= e.span[0] < b for a, b in boilerplate):
            out.append(Bound(Cue("crawl_furniture", "lower", e.interval.start, quote), INFORMATION))
            continue
        if e.widget:
            timer = _TIMER_DAYS.search(text, e.span[1], min(len(text), e.span[1] + TIMER_REACH))
            if timer is not None and int(timer.group(1)) > 0:
                # "98 Days 14 Hours" before the date: the page was rendered (so written) by then
                crawl = e.interval.start - timedelta(days=int(timer.group(1)))
                out.append(Bound(Cue("crawl_furniture", "upper", crawl, quote + " " + timer.group(0)), DIRECT))
            else:
                out.append(Bound(Cue("crawl_furniture", "upper", e.interval.start, quote), INFORMATION))
            continue
        before = text[max(item.sentence[0], e.span[0] - 12): e.span[0]].lower().split()
        previous = before[-1] if before else ""
        if e.interval.granularity == "year" and _BRACKETED_AFTER_NAME.search(text, max(0, e.span[0] - 40), e.span[0]) and text.startswith(")", e.span[1]):
            # "a follow-up to Ashen Road (2002)": a work's release year in brackets, whatever the sentence's tense
            out.append(Bound(Cue("past_event", "lower", e.interval.start, quote), DIRECT))
            continue
        # ("the 2025-2026 season" names a broadcast year to come, not a finished work)
        if (e.interval.granularity == "year" and _ATTRIBUTIVE_YEAR.match(text, e.span[1]) and not _YEAR_SPAN.search(e.text)
                and _DETERMINER_BEFORE.search(text, max(item.sentence[0], e.span[0] - 12), e.span[0])):
            # "his 2019 crime film", "the 2016 drama": a work from that year, so it exists when the page is written
            out.append(Bound(Cue("past_event", "lower", e.interval.start, quote), DIRECT))
            continue
        if _MOVED_TO.search(text, max(item.sentence[0], e.span[0] - 40), e.span[0]):
            # "Delayed to 2027", "has been pushed back to early 2027": the new date is still ahead
            out.append(Bound(Cue("future_event", "upper", e.interval.end, _quote(text, item.sentence, e.span)), DIRECT))
        elif _LAST.match(e.text) or (item.tense == PAST and previous in PAST_PREPOSITIONS):
            out.append(Bound(Cue("past_event", "lower", e.interval.start, quote), DIRECT))
        elif item.tense == FUTURE and not e.open_ended and not _DECADE.search(e.text):
            # ("set during the Troubles, from the late 1960s through to the late 1990s": a decade is history, not a date to come)
            upper = e.interval.end if e.interval.granularity != "day" else e.interval.start - timedelta(days=1)
            out.append(Bound(Cue("future_event", "upper", upper, quote), DIRECT))
        if _LAST.match(e.text) and e.interval.granularity in {"day", "month"}:
            # "last June 6, 2022": the speaker is within a year of it
            out.append(Bound(Cue("relative", "upper", shift_day_by_months(e.interval.start, 12) - timedelta(days=1), quote), RELATIVE))
        if _AS_OF.search(text, max(item.sentence[0], e.span[0] - 40), e.span[0]):
            out.append(Bound(Cue("relative", "lower", e.interval.start, quote), RELATIVE))
            out.append(Bound(Cue("relative", "upper", e.interval.end, quote), RELATIVE))
    return out


def relative_year_bounds(text: str, items: list[Analysed], body: list[tuple[int, int]]) -> list[Bound]:
    """"wait until next year ... in early 2024": the relative and the explicit year are one."""
    out: list[Bound] = []
    for k, item in enumerate(items):
        match = _REL_YEAR.search(item.expression.text)
        if not item.expression.relative or match is None or not _in_body(item, body):
            continue
        offset = {"this": 0, "next": 1, "last": -1}[match.group(1).lower()]
        wanted = PAST if offset < 0 else FUTURE
        if item.tense is not None and item.tense != wanted:
            continue  # "has been trimming its slate this year": not the year the future one is in
        years = set()
        for other in items[max(0, k - 4): k + 5]:
            e = other.expression
            near = abs(other.sentence[0] - item.sentence[0]) <= 400
            if (other is item or e.relative or e.widget or not near or other.tense != wanted
                    or e.interval.start is None or e.interval.end is None or not _in_body(other, body)):
                continue
            if e.interval.granularity == "year" and _ATTRIBUTIVE_YEAR.match(text, e.span[1]):
                continue  # "last year's hit film X and 2021 drama Y": another work's year, not the same one
            if e.interval.start.year == e.interval.end.year and e.interval.granularity != "day":
                years.add(e.interval.start.year)
        if len(years) == 1:
            year = years.pop() - offset
            quote = _quote(text, item.sentence, item.expression.span)
            out.append(Bound(Cue("relative", "lower", date(year, 1, 1), quote), RELATIVE))
            out.append(Bound(Cue("relative", "upper", date(year, 12, 31), quote), RELATIVE))
    return out


def lead_time_bounds(text: str, items: list[Analysed], body: list[tuple[int, int]]) -> list[Bound]:
    out: list[Bound] = []
    by_sentence: dict[tuple[int, int], list[Analysed]] = {}
    for item in items:
        if _in_body(item, body):
            by_sentence.setdefault(item.sentence, []).append(item)
    for sentence, group in by_sentence.items():
        releases = [a for a in group if a.tense == FUTURE and not a.expression.relative
                    and a.expression.interval.start is not None and not a.expression.widget]
        if not releases:
            continue
        release_start = min(a.expression.interval.start for a in releases if a.expression.interval.start)
        latest_start = shift_day_by_months(release_start, -LEAD_MONTHS)
        sentence_text = text[sentence[0]:sentence[1]]
        quote = _quote(text, sentence)
        if _GO_AHEAD.search(sentence_text):
            out.append(Bound(Cue("future_event", "upper", latest_start - timedelta(days=1), quote), LEAD_TIME))
        if _STAGE.search(sentence_text):
            for item in group:
                name = item.expression.text.lower().rstrip(".")
                if item.expression.relative and name in MONTHS and item.tense == FUTURE:
                    month = MONTHS[name]
                    year = latest_start.year if month <= latest_start.month else latest_start.year - 1
                    out.append(Bound(Cue("future_event", "upper", month_window(year, month)[1], quote), LEAD_TIME))
    return out


def horizon_bounds(text: str, items: list[Analysed], body: list[tuple[int, int]]) -> list[Bound]:
    """The nearest scheduled event was announced at most a horizon before it (weak)."""
    # "by 2028": a deadline or target, which plans name years ahead, is no schedule
    ahead = [a for a in items if a.tense == FUTURE and _in_body(a, body) and not a.expression.relative
             and not a.expression.widget and not a.expression.open_ended and a.expression.interval.start is not None]
    if not ahead:
        return []
    nearest = min(ahead, key=lambda a: a.expression.interval.start or date.max)
    start = nearest.expression.interval.start
    assert start is not None
    months = HORIZON_DAY_MONTHS if nearest.expression.interval.granularity == "day" else HORIZON_WINDOW_MONTHS
    return [Bound(Cue("future_event", "lower", shift_day_by_months(start, -months), _quote(text, nearest.sentence, nearest.expression.span)), HORIZON)]


def _in_body(item: Analysed, body: list[tuple[int, int]]) -> bool:
    return any(a <= item.expression.span[0] < b for a, b in body)


def reads_as_english(text: str) -> bool:
    """Whether the tense and cue words here can be trusted: enough common English words.

    A function-word share rather than a language-ID library: the question is only "can the
    English word lists read this", and the share separates English from the other languages
    of real pages cleanly (English > 0.17, others < 0.07 on 246 mixed pages).
    """
    words = [w.lower() for w in _WORD.findall(text, 0, LANGUAGE_SAMPLE)]
    if len(words) < 30:
        return True  # too short to judge; the cues themselves are few
    return sum(w in _ENGLISH_WORDS for w in words) / len(words) >= ENGLISH_SHARE


def in_progress_bounds(text: str, items: list[Analysed], body: list[tuple[int, int]]) -> list[Bound]:
    """Production in progress as the text is written: within a shoot of its start, before post."""
    out: list[Bound] = []
    for match in _IN_PROGRESS.finditer(text):
        if not any(a <= match.start() < b for a, b in body):
            continue
        sentence = _sentence_at(text, match.start())
        if _CONDITION.search(text[max(sentence[0], match.start() - 60): match.start()]):
            continue
        starts = [a for a in items if a.tense == PAST and _in_body(a, body) and not a.expression.relative
                  and abs(a.expression.span[0] - match.start()) <= SHOOT_REACH
                  and a.expression.interval.start is not None
                  and _STAGE.search(text, *a.sentence) and _STARTED.search(text, *a.sentence)]
        if starts:
            first = max(starts, key=lambda a: a.expression.interval.start or date.min)
            assert first.expression.interval.start is not None
            ceiling = shift_day_by_months(first.expression.interval.start, MAX_SHOOT_MONTHS) - timedelta(days=1)
            quote = _quote(text, first.sentence, first.expression.span) + " … " + _quote(text, _sentence_at(text, match.start()))
            out.append(Bound(Cue("relative", "upper", ceiling, quote), LEAD_TIME))
        releases = [a for a in items if a.sentence[0] <= match.start() < a.sentence[1] and a.tense == FUTURE
                    and _RELEASE.search(text, *a.sentence)
                    and not a.expression.relative and not a.expression.widget and a.expression.interval.start is not None]
        if releases:
            release = min(a.expression.interval.start for a in releases if a.expression.interval.start)
            upper = shift_day_by_months(release, -LEAD_MONTHS) - timedelta(days=1)
            out.append(Bound(Cue("future_event", "upper", upper, _quote(text, sentence)), LEAD_TIME))
        break  # one report of the shoot is enough; later ones repeat it
    return out


def _sentence_at(text: str, position: int) -> tuple[int, int]:
    """The sentence around ``position``, looking at most QUOTE_REACH characters either way
    (so a page of one endless line stays linear)."""
    low, high = max(0, position - QUOTE_REACH), min(len(text), position + QUOTE_REACH)
    start = max(text.rfind("\n", low, position), text.rfind(". ", low, position) + 1, low)
    end_candidates = [i for i in (text.find("\n", position, high), text.find(". ", position, high)) if i >= 0]
    return start, (min(end_candidates) + 1 if end_candidates else high)


def weekday_date_bounds(text: str, items: list[Analysed], body: list[tuple[int, int]],
                        start: date | None, end: date | None) -> list[Bound]:
    """"Apple confirmed the delay on Tuesday, July 7": no year is printed, but within a year
    either side of the window the other cues give, July 7 may be a Tuesday in only one year. A window open on one
    side still bounds what lies beyond its known side: "returns on Sunday, April 6", written after June 2024, is
    after that June, where April 6 is a Sunday only in 2025 for years to come."""
    if start is None and end is None or (start and end and end.year - start.year > YEAR_SPREAD):
        return []
    out: list[Bound] = []
    for item in items:
        atoms = item.found.atoms
        if len(atoms) != 1 or atoms[0].named_weekday is None or atoms[0].month is None or atoms[0].day is None:
            continue
        atom = atoms[0]
        month, day = atoms[0].month, atoms[0].day
        if start is not None and end is not None:
            years = range(start.year - 1, end.year + 2)
        elif start is not None and item.tense == FUTURE:
            years = range(start.year, start.year + YEAR_SPREAD)  # (a coming day is after the earliest writing day)
        elif end is not None and item.tense == PAST:
            years = range(end.year - YEAR_SPREAD + 1, end.year + 1)
        else:
            continue
        days = [d for y in years if (d := safe_date(y, month, day)) is not None and d.weekday() == atom.named_weekday
                and (start is None or end is not None or d > start) and (end is None or start is not None or d < end)]
        if len(days) != 1 or not _in_body(item, body):
            continue
        quote = _quote(text, item.sentence, item.expression.span)
        if item.tense == PAST:
            out.append(Bound(Cue("past_event", "lower", days[0], quote), WEEKDAY_DATE))
        elif item.tense == FUTURE:
            out.append(Bound(Cue("future_event", "upper", days[0] - timedelta(days=1), quote), WEEKDAY_DATE))
    return out


def this_season_bounds(text: str, items: list[Analysed], body: list[tuple[int, int]],
                       start: date | None, end: date | None) -> list[Bound]:
    """"Filming is due to start this spring" on a page the other cues put in 2026-01..2026-11:
    said in 2026 before the spring ended, so by May 31, 2026 (winter, which straddles two
    years, is left out)."""
    if start is None or end is None or end.year - start.year > YEAR_SPREAD:
        return []
    out: list[Bound] = []
    for item in items:
        atoms = item.found.atoms
        if len(atoms) != 1 or item.tense != FUTURE or not _in_body(item, body):
            continue
        atom = atoms[0]
        if (atom.direction != "this" or not atom.needs_year or atom.weekday is not None or atom.day is not None
                or atom.season == "winter" or (atom.month is None and atom.season is None)):
            continue
        room = [(max(start, date(y, 1, 1)), min(end, w[1])) for y in range(start.year, end.year + 1)
                if (w := window_in_year(atom, y)) is not None and max(start, date(y, 1, 1)) <= min(end, w[1])]
        if len(room) == 1:
            quote = _quote(text, item.sentence, item.expression.span)
            out.append(Bound(Cue("relative", "lower", room[0][0], quote), RELATIVE))
            out.append(Bound(Cue("relative", "upper", room[0][1], quote), RELATIVE))
    return out
