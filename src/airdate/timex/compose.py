"""Whole expressions from atoms: ranges, disjunctions, deadlines, times of day, widgets.

``scan`` walks the tokens once, asks the grammar for an atom where a time word can
start, then looks a few tokens either side for what turns atoms into one expression:
"from X to Y", "between X and Y", "X or Y", "X/Y", "by X", "X at the earliest",
"at 9 a.m. ET", "Countdown to X".
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from airdate.timex.atoms import Atom
from airdate.timex.grammar import DASHES, Grammar
from airdate.timex.lexicon import HOLIDAY_WORDS, MERIDIEMS, MONTHS, MOVE_VERBS, PART_NOUNS, PARTS, TIME_ZONES, WEEKDAYS
from airdate.timex.tokens import Token

SEASON_ADJECTIVE_NOUNS = {
    "slate", "lineup", "schedule", "season", "tv", "movie", "movies", "film", "films", "series", "show",
    "shows", "tour", "break", "blockbuster", "blockbusters", "box", "festival", "hit", "hits", "camp",
    "sale", "sales", "games", "olympics", "programming", "catalog", "collection", "edition", "vacation",
    "holiday", "holidays", "fashion", "sky", "heat", "day", "days", "night", "nights", "months", "time",
    "solstice", "equinox", "storm", "weather", "wardrobe", "sun", "school", "league", "term", "semester",
}
RANGE_WORDS = {"to", "through", "thru", "until", "till"}
# "every Friday", "each Saturday and Sunday": a recurring set, not annotated in release-date mode
SET_WORDS = {"every", "each"}
COARSE_UNITS = {"month", "season", "quarter", "half", "part_of_year", "part_of_month", "year"}
# words that can open a phrase the grammar knows; other tokens are skipped at once
STARTERS = {"the", "this", "next", "last", "coming", "past", "previous", "early", "mid", "middle",
            "late", "later", "earlier", "today", "tonight", "yesterday", "tomorrow", "christmas",
            "halloween", "thanksgiving", "new", "valentine", "spring", "summer", "fall", "autumn",
            "winter", "that", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "eighteen", "twenty", "q1", "q2", "q3", "q4", "h1", "h2", "year"} | set(
                PART_NOUNS) | HOLIDAY_WORDS


@dataclass(frozen=True)
class Found:
    """One expression before resolution: its atoms and what the words around them add."""

    first: int  # token index range [first, last)
    last: int
    atoms: tuple[Atom, ...]
    combine: str = "single"  # single | range | disjunction
    deadline: str | None = None  # by | before | within | in
    earliest: bool = False  # "not before X", "X at the earliest", "no earlier than X"
    hedged: bool = False
    widget: bool = False


WEEKDAY_PREFIXES = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})


def scan(text: str, tokens: list[Token], day_first: bool | None = None) -> list[Found]:
    g = Grammar(text, tokens, day_first)
    found: list[Found] = []
    # one comprehension over all tokens picks the few where a phrase can start (a month or
    # weekday only when capitalised, checked below); the grammar runs only there
    candidates = [k for k, t in enumerate(tokens) if t.low in STARTERS or t.low[:1].isdecimal()
                  or t.low in MONTHS or t.low[:3] in WEEKDAY_PREFIXES]
    i = 0
    for k in candidates:
        if k < i:
            continue
        low = tokens[k].low
        if not (low in STARTERS or low[:1].isdecimal()) and not g.capital(k):
            continue
        if low in WEEKDAYS and (_after_set_word(g, k) or _weekly_slot(g, k)):
            i = _past_weekday_list(g, k)
            continue
        item = _expression_at(g, k)
        if item is None:
            continue
        found.append(_broadcast_season(g, item))
        i = max(item.last, k + 1)
    return found


def _broadcast_season(g: Grammar, item: Found) -> Found:
    """"the 2025-26 season", "the 2025-2026 TV season": a broadcast year runs from September to May."""
    if item.combine != "range" or len(item.atoms) != 2 or any(a.unit != "year" or a.year is None for a in item.atoms):
        return item
    first, second = item.atoms
    after = g.w(item.last + 1) if g.w(item.last) in {"tv", "television", "broadcast", "network"} else g.w(item.last)
    if after != "season" or second.year != (first.year or 0) + 1:
        return item
    return replace(item, atoms=(replace(first, unit="month", month=9), replace(second, unit="month", month=5)))


def _after_set_word(g: Grammar, i: int) -> bool:
    return g.w(i - 1) in SET_WORDS or (g.w(i - 1) == "other" and g.w(i - 2) in SET_WORDS)


# "on Tuesday nights", "weekly (Friday and Saturday)": a time slot that recurs, not one day
_SLOT_AFTER = frozenset({"nights", "evenings", "mornings", "afternoons", "primetime", "prime-time", "lineup", "slot", "slots", "block"})
_WEEK_WORDS = frozenset({"week", "weekly", "weekend", "weekends"})


def _weekly_slot(g: Grammar, i: int) -> bool:
    end = _past_weekday_list(g, i)
    if g.w(end) in _SLOT_AFTER:
        return True
    return g.w(i - 1) == "(" and any(g.w(k) in _WEEK_WORDS for k in range(i - 4, i - 1))


def _past_weekday_list(g: Grammar, i: int) -> int:
    """Past "Friday", "Saturday and Sunday", "Monday, Wednesday or Friday" after "every"
    (bounded: a week has seven days)."""
    end = i + 1
    for _ in range(7):
        k = end + 1 if g.w(end) in {",", "and", "or", "&", "/"} else end
        if g.w(k) == "and" or g.w(k) == "or":
            k += 1
        if g.w(k) not in WEEKDAYS:
            break
        end = k + 1
    return end


def _part_range(g: Grammar, i: int) -> Found | None:
    """"early-to-mid 2025", "mid or late summer": two parts sharing what follows."""
    if g.w(i) not in PARTS:
        return None
    j = i + 1
    combine = "disjunction" if g.w(j) in {"or", "/"} else "range"
    if g.w(j) in DASHES and g.w(j + 1) == "to" and g.w(j + 2) in DASHES:
        j += 3
    elif g.w(j) in DASHES | {"to", "or", "/"}:
        j += 1
    else:
        return None
    if g.w(j) not in PARTS:
        return None
    second = g.parse_atom(j)
    if second is None or second[1].part is None:
        return None
    end, atom = second
    first_atom = replace(atom, part=PARTS[g.w(i)])
    return Found(i, end, (first_atom, atom), combine, hedged=combine == "disjunction")


def _expression_at(g: Grammar, i: int) -> Found | None:
    ranged = _part_range(g, i)
    if ranged is not None:
        return ranged
    parsed = g.parse_atom(i)
    if parsed is None:
        return None
    end, atom = parsed
    if atom.unit == "day" and atom.needs_year and g.w(end) == "(" and g.w(end + 1) in WEEKDAYS and g.w(end + 2) == ")":
        end, atom = end + 3, replace(atom, named_weekday=WEEKDAYS[g.w(end + 1)])  # "Mar. 13 (Fri)": the weekday after the day
    first = i
    atoms: tuple[Atom, ...] = (atom,)
    combine = "single"
    before = g.w(i - 1)
    # "between X and Y", "from X to/through Y": the prefix belongs to the span
    if before in {"between", "from"}:
        joiner = "and" if before == "between" else None
        if g.w(end) in ({joiner} if joiner else RANGE_WORDS | DASHES) and not _moved(g, i - 2):
            second = g.parse_atom(end + 1)
            if second is not None:
                atoms, end, combine, first = _pair(atom, second[1]), second[0], "range", i - 1
    if combine == "single":
        connected = _connected(g, end, atom, i)
        if connected is not None:
            combine, (end, second_atom) = connected
            atoms = _pair(atom, second_atom)
    end = _time_of_day(g, end) if atoms[-1].unit in {"day", "day_range"} else end
    if not _plausible(g, first, end, atoms, combine):
        return None
    deadline, earliest, hedged = _modifiers(g, first, end)
    widget = g.w(first - 1) == "to" and g.w(first - 2) == "countdown"
    if widget:
        first -= 2
    return Found(first, end, atoms, combine, deadline, earliest, hedged or combine == "disjunction", widget)


def _moved(g: Grammar, i: int) -> bool:
    """"pushed from fall 2024 to early 2025": a move names two dates, not a range."""
    return any(g.w(k) in MOVE_VERBS for k in range(max(0, i - 3), i + 1))


def _connected(g: Grammar, end: int, atom: Atom, first: int) -> tuple[str, tuple[int, Atom]] | None:
    word = g.w(end)
    k = end + 1
    if atom.unit == "year" and atom.year and word in DASHES and g.glued(end) and g.glued(k):
        short = g.w(k)
        if len(short) == 2 and short.isdecimal() and int(short) == (atom.year + 1) % 100:
            return "range", (k + 1, Atom("year", year=atom.year + 1))  # "2023-24"
    if word in RANGE_WORDS and not _moved(g, first - 1):
        second = g.parse_atom(k)
        if second is not None and _compatible(atom, second[1]) and second[1].unit == atom.unit:
            return "range", second
    if word == "," and g.w(k) == "or":
        word, k = "or", k + 1
    if word in {"or", "/"}:
        second = g.parse_atom(k)
        if second is not None and _compatible(atom, second[1]):
            return "disjunction", second
        return None
    if word in DASHES and g.glued(end) and g.glued(k):
        second = g.parse_atom(k)
        if second is not None and _compatible(atom, second[1]):
            return "range", second
        return None
    if word == "and" and atom.unit in COARSE_UNITS and atom.day is None:
        second = g.parse_atom(k)
        if second is not None and second[1].unit == atom.unit and _compatible(atom, second[1]):
            return "range", second
    return None


def _compatible(a: Atom, b: Atom) -> bool:
    if a.offset or b.offset or a.deictic or b.deictic:
        return False
    if a.unit == "year" and b.unit == "year":
        return True
    return not (a.unit == "year") and not (b.unit == "day" and a.unit != "day" and b.weekday is not None)


def _pair(a: Atom, b: Atom) -> tuple[Atom, Atom]:
    """Share a trailing year: "the summer or fall of 2025", "Q3 or Q4 of 2025", "June 12–14, 2024"."""
    if a.needs_year and b.year is not None and a.weekday is None:
        a = a.with_year(b.year)
        if b.month and a.month and a.month > b.month:
            a = a.with_year(b.year - 1)
    elif a.needs_year and b.year_offset is not None:
        a = replace(a, year_offset=b.year_offset)
    return a, b


def _time_of_day(g: Grammar, end: int) -> int:
    """Swallow "at 11:00 AM (UTC)", "at 3 a.m. ET", "at 9/8c" after a day."""
    j = end
    if g.w(j) == ",":
        j += 1
    if g.w(j) != "at":
        return end
    j += 1
    word = g.w(j)
    if not word[:1].isdecimal():
        return end if word not in {"noon", "midnight"} else j + 1
    j += 1
    if g.w(j) == ":" and g.w(j + 1).isdecimal():
        j += 2
    if g.w(j) == "/" and g.w(j + 1)[:1].isdecimal():
        j += 2
    if g.w(j) in MERIDIEMS:
        j += 1
        if g.w(j) == "." and g.w(j + 1) == "m" and g.w(j + 2) == ".":
            j += 3
    if g.w(j) in TIME_ZONES:
        j += 1
    elif g.w(j) == "(" and g.w(j + 1) in TIME_ZONES and g.w(j + 2) == ")":
        j += 3
    return j


def _plausible(g: Grammar, first: int, end: int, atoms: tuple[Atom, ...], combine: str) -> bool:
    """Drop bare years and bare months in places they are quantities or ordinary words."""
    if combine != "single":
        return True
    atom = atoms[0]
    if atom.unit == "year" and atom.year is not None:
        nxt = g.w(end)
        if nxt in {",", "."} and g.w(end + 1).isdecimal() and g.glued(end) and g.glued(end + 1):
            return False  # 2,025 or 2025.5
    if atom.unit == "season" and atom.needs_year and atom.part is None and atom.direction is None:
        if g.w(end) in SEASON_ADJECTIVE_NOUNS:
            return False  # "the summer slate": a kind of thing, not a time
        # "summer slate", "winter lineup": a bare season counts after a preposition or "the"
        return g.w(first - 1) in {"in", "by", "until", "till", "during", "over", "for", "since", "before",
                                  "after", "this", "the", "of", "around", "through"} or g.w(first) == "the"
    return True


def _modifiers(g: Grammar, first: int, end: int) -> tuple[str | None, bool, bool]:
    before, before2 = g.w(first - 1), g.w(first - 2)
    deadline = None
    earliest = False
    hedged = False
    if before in {"by", "before"} and before2 not in {"not", "no"}:
        deadline = before
    elif before == "within":
        deadline = "within"
    if (before == "before" and before2 in {"not", "no"}) or (before == "than" and before2 == "earlier"):
        earliest = True
    if before == "until" and before2 == "not":
        earliest = True
    if g.w(end) == "at" and g.w(end + 1) == "the" and g.w(end + 2) == "earliest":
        earliest = hedged = True
    window = [g.w(k) for k in range(max(0, first - 7), first - 1)]
    negated = any(word in {"not", "t", "never", "no", "unlikely", "cannot"} for word in window)
    if before in {"before", "until", "till"} and negated:
        earliest = True  # "won't arrive before/until 2026": 2026 is the earliest window
        # "unlikely to arrive before H2 2027" is a guess about that window, so hedged
        hedged = hedged or "unlikely" in window
    if earliest:
        deadline = None
    if before in {"around", "about", "approximately", "circa", "roughly", "sometime"}:
        hedged = True
    if before == "least" and before2 == "at":  # "not until at least 2026"
        earliest = hedged = True
    if before == "than" and before2 == "sooner":
        earliest = True
    if before == "as" and before2 in {"early", "soon"}:
        hedged = True
    return deadline, earliest, hedged
