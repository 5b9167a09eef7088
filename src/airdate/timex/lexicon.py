"""Word tables for the time grammar (English only), all lower-case."""

from __future__ import annotations

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number
# bare abbreviations that are also ordinary words need a trailing "." or a day/year to count
AMBIGUOUS_MONTHS = {"mar", "may", "jun", "jan", "dec", "sep"}

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
FULL_WEEKDAYS = {k for k in WEEKDAYS if len(k) > 4 and k.endswith("day")}

SEASONS = {"spring": "spring", "summer": "summer", "fall": "fall", "autumn": "fall", "winter": "winter"}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "eighteen": 18, "twenty": 20, "couple": 2,
}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "last": 4,
}
UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year",
}
PARTS = {"early": "early", "mid": "mid", "middle": "mid", "late": "late"}
# "the start of 2025", "the end of the year"
PART_NOUNS = {"start": "early", "beginning": "early", "dawn": "early", "middle": "mid", "end": "late", "close": "late"}
PART_NOUNS_SET = frozenset(PART_NOUNS)
# "the ___ part of 2022": which third of the year (or season, month) it names; "second part"
# is left out on purpose (second of two or of three is not said)
PART_ADJECTIVES = {
    "early": "early", "earlier": "early", "first": "early", "opening": "early", "beginning": "early",
    "mid": "mid", "middle": "mid",
    "late": "late", "latter": "late", "later": "late", "last": "late", "final": "late", "closing": "late",
}

# words after a digit group that mark it as a time of day or a zone
TIME_ZONES = {"et", "pt", "ct", "mt", "est", "edt", "pst", "pdt", "cst", "cdt", "utc", "gmt", "bst", "kst", "jst", "ist", "cet", "cest", "aest", "local"}
MERIDIEMS = {"am", "pm", "a", "p", "noon", "midnight"}

# a move between two dates: "pushed from fall 2024 to early 2025" is two expressions, not a range
MOVE_VERBS = {
    "pushed", "push", "moved", "move", "moving", "delayed", "delay", "postponed", "shifted", "bumped",
    "rescheduled", "changed", "advanced", "brought", "pulled", "slid", "slipped", "switched",
}

# Named holidays. Fixed-date and computed ones (Easter by the Gregorian computus) are days.
# Festivals set by a lunisolar calendar move within the same two calendar months every year,
# so without their calendar tables they are given as those months (granularity month), which
# always holds the true day and never names a wrong one: Lunar/Chinese New Year Jan-Feb,
# Holi Feb-Mar, Passover Mar-Apr, Diwali Oct-Nov, Hanukkah (its first day) Nov-Dec. Purely
# lunar festivals (Eid, Ramadan) move through every season, so they give no window of their
# own; a year written with them ("Eid 2026") stays the bare year.
HOLIDAY_MONTHS = {
    "lunar new year": (1, 2), "holi": (2, 3), "passover": (3, 4), "diwali": (10, 11), "hanukkah": (11, 12),
}
HOLIDAY_ALIASES = {"deepavali": "diwali", "chanukah": "hanukkah"}
HOLIDAY_UNITS = {name: "month" for name in HOLIDAY_MONTHS}
# first words of the holidays the grammar reads (parse_holiday)
HOLIDAY_WORDS = frozenset({"christmas", "halloween", "thanksgiving", "new", "valentine", "easter", "good",
                           "independence", "lunar", "chinese", "diwali", "deepavali", "holi", "hanukkah",
                           "chanukah", "passover"})
# a bare holiday name reads as a time after these ("on Halloween", "by Diwali", "this Easter")
HOLIDAY_PREPOSITIONS = frozenset({"on", "by", "at", "for", "until", "before", "after", "over", "this", "next",
                                  "last", "around", "during", "till", "in"})
