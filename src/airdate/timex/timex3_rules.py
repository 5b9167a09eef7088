"""TimeML-mode recognisers for what the release-date grammar deliberately leaves out.

Release-date pages need windows of days; TimeML (TempEval-3) also annotates durations
("three years", "the past six months"), times of day ("Friday afternoon", "10 a.m."),
sets ("every week", "daily"), present/past/future references ("now", "recently",
"the future") and centuries. Each recogniser here returns ``Timex3`` records with a
TimeML value; ``airdate.timex.timex3`` merges them with the grammar's dates.

Every pattern is an alternation of fixed words joined by single separators, with no
nested or overlapping repetition, so each runs in linear time on hostile text. Look-
behind/ahead is done on bounded slices (at most ``CONTEXT`` characters).

Word choices follow how TimeBank/AQUAINT annotate (checked on the TempEval-3 training
data, not the test set): "now", "currently", "recently" and "the past" are annotated
nearly always; "soon", "previously", "recent" and "at the time" mostly are not, so they
are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

CONTEXT = 40

NUMBER_VALUES = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "couple": 2,
}
VAGUE_AMOUNTS = {"several", "few", "many", "some", "a few"}
_NUMBER = (r"(?:a couple of|a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
           r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
           r"|sixty|seventy|eighty|ninety|hundred|several|few|many|\d{1,4}(?:\.\d{1,2})?)")
_UNIT = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?"
         r"|centur(?:y|ies))")
# (code, is a time unit, multiplier); decades and centuries keep their own TimeML units
UNIT_CODES = {
    "sec": ("S", True), "min": ("M", True), "hou": ("H", True), "day": ("D", False),
    "nig": ("D", False), "wee": ("W", False), "mon": ("M", False), "qua": ("Q", False),
    "yea": ("Y", False), "dec": ("DE", False), "cen": ("CE", False),
}
_MODIFIER = r"(?:almost|nearly|about|around|roughly|more than|less than|over|under|at least|some|another|an additional|a mere|only|just)"
_DURATION = re.compile(
    rf"\b(?:(?:the )?(?:past|last|next|coming|following|previous) |the )?"
    rf"(?:{_MODIFIER} )?{_NUMBER}(?: more| additional| straight| consecutive)?[ -]{_UNIT}\b"
    rf"|\b(?:the )?(?:past|last|next|coming|following) (?:several |few |couple of )?{_UNIT}\b"
    rf"|\b(?:weeks|months|years|decades|centuries|minutes|hours|days)\b",
    re.I,
)
# a duration followed by one of these is a point in time ("two years ago") or an age
_NOT_DURATION_AFTER = re.compile(r"[ -](?:ago|earlier|old|older|(?:and|or) older)\b", re.I)
# bare plural units annotated only after a preposition or quantifier ("for years", "in weeks")
_BARE_PLURAL_BEFORE = {"for", "in", "within", "over", "recent", "coming", "past", "next", "last", "of"}

_PRESENT = re.compile(r"\b(?:right now|now|currently|at present|nowadays|these days|at the moment)\b", re.I)
_PAST = re.compile(r"\b(?:recently|formerly|the past)\b(?! (?:" + _NUMBER[3:-1] + r")\b)", re.I)
_FUTURE = re.compile(r"\b(?:the (?:near |distant |foreseeable )?future|the (?:near|short|long) term)\b", re.I)
_SET = re.compile(
    r"\b(?:(?:every|each|per) (?:other )?(?:second|minute|hour|day|night|morning|evening|week|month|quarter|year|summer|winter|spring|fall"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|daily|weekly|monthly|yearly|hourly|nightly)\b", re.I)
_WEEKDAY_NUMBERS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)[ -][Cc]entury\b")
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}
_DECADE = re.compile(r"\bthe (?:(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|'(\d)0s)\b", re.I)
# clock times: "10 a.m.", "3:30 p.m. EST", "15:00 GMT", "noon", "midnight"
CLOCK = re.compile(
    r"\b(?:(\d{1,2})(?::(\d{2}))? ?([ap])\.? ?m\b\.?|(\d{1,2}):(\d{2})(?= ?(?:GMT|UTC|BST|CET|[ECMP][SD]?T)\b)|(noon|midnight))"
    r"(?: (?:GMT|UTC|BST|CET|[ECMP][SD]?T)\b)?",
    re.I)
PART_OF_DAY = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "overnight": "TNI",
               "tonight": "TNI"}
_DEICTIC_PART = re.compile(r"\b(?:(this|last|tomorrow|yesterday) (morning|afternoon|evening|night)|(tonight|overnight))\b", re.I)


# reporting periods of company results: "third-quarter", "the latest quarter", "the year-ago
# period". Earnings news speaks of the quarter last reported (the latest one finished by the
# DCT); "third-quarter" is the third quarter nearest the DCT
_ORDINAL_QUARTER = re.compile(r"\b(?:(?:the|its|a) )?(?:fiscal )?(first|second|third|fourth)[- ](?:fiscal )?quarter\b", re.I)
_REPORTED_PERIOD = re.compile(
    r"\b(?:the|this|its) (?:(latest|most recent|past|current|comparable|same|year-earlier|year-ago) )?"
    r"(?:(year-earlier|year-ago) )?(quarter|period)\b", re.I)
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


@dataclass(frozen=True)
class Timex3:
    """One TIMEX3: character span, TimeML type (DATE/TIME/DURATION/SET) and value."""

    start: int
    end: int
    text: str
    type: str
    value: str | None


def _amount(words: list[str], plural: bool) -> str:
    """The count of a duration: a number, X for "several"/"few"/bare plurals, 1 for "a year"."""
    joined = " ".join(words)
    if any(v in joined for v in VAGUE_AMOUNTS if " " in v) or any(w in VAGUE_AMOUNTS for w in words):
        return "X"
    counted = [w for w in words if w[:1].isdecimal() or (w in NUMBER_VALUES and w not in {"a", "an"})]
    if counted:
        word = counted[0]
        return word if word[:1].isdecimal() else str(NUMBER_VALUES[word])
    return "X" if plural else "1"


def duration_value(phrase: str) -> str:
    """TimeML value of "three years" (P3Y), "the past few months" (PXM), "90 minutes" (PT90M)."""
    words = phrase.lower().replace("-", " ").split()
    code, is_time = UNIT_CODES[words[-1][:3]]
    amount = _amount(words[:-1], words[-1].endswith("s"))
    if code in {"DE", "CE"}:  # TimeML writes a decade as P10Y, a century as P100Y
        code, amount = "Y", amount if amount == "X" else str(int(amount) * (10 if code == "DE" else 100))
    if "." in amount:  # "1.5 years": TimeML wants whole numbers, so step down a unit where easy
        whole, _, part = amount.partition(".")
        if code == "Y":
            return f"P{whole}Y{round(float('0.' + part) * 12)}M"
        amount = "X"
    return f"P{'T' if is_time else ''}{amount}{code}"


# every duration ends in a unit word: find those cheaply, then run the full pattern only on
# a short stretch before each (the longest prefix, "the following more than a couple of", fits)
_UNIT_WORD = re.compile(r"(?:second|minute|hour|day|night|week|month|quarter|year|decade|centur)", re.I)
_PREFIX_REACH = 60


def _duration_matches(text: str) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    done = 0
    for unit in _UNIT_WORD.finditer(text):
        if unit.start() < done:
            continue
        start = max(done, unit.start() - _PREFIX_REACH)
        stop = min(len(text), unit.end() + 10)
        for match in _DURATION.finditer(text, start, stop):
            out.append(match)
            done = match.end()
        done = max(done, unit.end())
    return out


def durations(text: str) -> list[Timex3]:
    out = []
    for match in _duration_matches(text):
        if _NOT_DURATION_AFTER.match(text, match.end(), match.end() + CONTEXT):
            continue
        phrase = match.group()
        if " " not in phrase and "-" not in phrase:  # a bare plural unit ("years")
            before = text[max(0, match.start() - 12):match.start()].lower().split()
            if not before or before[-1] not in _BARE_PLURAL_BEFORE:
                continue
        out.append(Timex3(match.start(), match.end(), phrase, "DURATION", duration_value(phrase)))
    return out


def references(text: str) -> list[Timex3]:
    out = [Timex3(m.start(), m.end(), m.group(), "DATE", "PRESENT_REF") for m in _PRESENT.finditer(text)]
    out += [Timex3(m.start(), m.end(), m.group(), "DATE", "PAST_REF") for m in _PAST.finditer(text)]
    out += [Timex3(m.start(), m.end(), m.group(), "DATE", "FUTURE_REF") for m in _FUTURE.finditer(text)]
    return out


def set_value(phrase: str) -> str:
    word = phrase.lower().split()[-1]
    plain = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "hourly": "PT1H",
             "second": "PT1S", "minute": "PT1M", "hour": "PT1H", "day": "P1D", "night": "P1D", "week": "P1W",
             "month": "P1M", "quarter": "P1Q", "year": "P1Y"}
    if word in plain:
        value = plain[word]
        return value.replace("1", "2") if " other " in phrase.lower() else value
    if word in _WEEKDAY_NUMBERS:  # "each Thursday": TimeML's XXXX-WXX-4
        return f"XXXX-WXX-{_WEEKDAY_NUMBERS[word]}"
    if word in PART_OF_DAY:
        return f"XXXX-XX-XX{PART_OF_DAY[word]}"
    return f"XXXX-{ {'summer': 'SU', 'winter': 'WI', 'spring': 'SP', 'fall': 'FA'}[word]}"


def sets(text: str) -> list[Timex3]:
    return [Timex3(m.start(), m.end(), m.group(), "SET", set_value(m.group())) for m in _SET.finditer(text)]


def centuries(text: str) -> list[Timex3]:
    out = [Timex3(m.start(), m.end(), m.group(), "DATE", f"{int(m.group(1)) - 1:02d}") for m in _CENTURY.finditer(text)]
    for m in _DECADE.finditer(text):
        digit = _DECADE_WORDS[m.group(1).lower()] if m.group(1) else int(m.group(2))
        out.append(Timex3(m.start(), m.end(), m.group(), "DATE", f"19{digit}"))
    return out


def clock_value(match: re.Match[str]) -> str:
    """"10 a.m." -> T10:00, "3:30 p.m." -> T15:30, "15:00 GMT" -> T15:00, "noon" -> T12:00."""
    if match.group(6):
        return "T12:00" if match.group(6).lower() == "noon" else "T24:00"
    if match.group(4):
        hour, minute = int(match.group(4)), int(match.group(5))
    else:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if match.group(3).lower() == "p" and hour < 12:
            hour += 12
        elif match.group(3).lower() == "a" and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return ""
    return f"T{hour:02d}:{minute:02d}"


def times(text: str, dct: date) -> list[Timex3]:
    """Clock times and "this morning"/"tonight"/"last night" on their own, placed on the DCT's day
    (news names the day separately when it is another one)."""
    out = []
    for m in CLOCK.finditer(text):
        value = clock_value(m)
        if value:
            out.append(Timex3(m.start(), m.end(), m.group(), "TIME", dct.isoformat() + value))
    for m in _DEICTIC_PART.finditer(text):
        word = (m.group(1) or "").lower()
        part = PART_OF_DAY[(m.group(2) or m.group(3)).lower()]
        shift = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(word, 0) if word != "last" or part == "TNI" else -1
        out.append(Timex3(m.start(), m.end(), m.group(), "TIME", (dct + timedelta(days=shift)).isoformat() + part))
    return out


def _quarter(dct: date, shift: int) -> tuple[int, int]:
    index = dct.year * 4 + (dct.month - 1) // 3 + shift
    return index // 4, index % 4 + 1


def reporting_periods(text: str, dct: date) -> list[Timex3]:
    out = []
    for m in _ORDINAL_QUARTER.finditer(text):
        number = _QUARTER_ORDINALS[m.group(1).lower()]
        candidates = [(year, number) for year in (dct.year - 1, dct.year, dct.year + 1)]
        current = _quarter(dct, 0)
        year, _ = min(candidates, key=lambda yq: abs((yq[0] * 4 + yq[1]) - (current[0] * 4 + current[1])))
        out.append(Timex3(m.start(), m.end(), m.group(), "DATE", f"{year}-Q{number}"))
    for m in _REPORTED_PERIOD.finditer(text):
        which = (m.group(1) or "").lower()
        year_back = bool(m.group(2)) or which in {"year-earlier", "year-ago"}
        if m.group(3).lower() == "period" and not which and not year_back:
            continue  # "the period" alone is too often not a quarter
        shift = 0 if which == "current" or m.group().lower().startswith("this") else -1
        year, number = _quarter(dct, shift)
        year -= 1 if year_back or which in {"comparable", "same"} else 0
        out.append(Timex3(m.start(), m.end(), m.group(), "DATE", f"{year}-Q{number}"))
    return out


def recognise_all(text: str, dct: date) -> list[Timex3]:
    """Every non-grammar TIMEX3 candidate, longest first at each start (callers resolve overlaps)."""
    found = (times(text, dct) + sets(text) + centuries(text) + reporting_periods(text, dct) + durations(text)
             + references(text))
    return sorted(found, key=lambda t: (t.start, -(t.end - t.start)))
