"""Which season a page is about, from its headings first and its body after.

A headline names the season most pages are about ("X Season 3 Release Date"); failing that a
film sequel's part, a run length ("cancelled after two seasons") or a season the body names twice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from airdate.extract.seasons import find_seasons

# British pages number a "series" where American ones number a "season" ("Series 3 release date").
_SEASON_IN_HEADING = re.compile(r"\b(?:season|series)\s+(\d{1,2})\b|\bS(\d{1,2})\b", re.IGNORECASE)
_SEASON_IN_BODY = re.compile(r"\bseason\s+(\d{1,2})\b|\bS(\d{1,2})\b", re.IGNORECASE)
# A film sequel's headline numbers the instalment, not a season ("X: Part Two", "X Chapter 3").
_PART_IN_HEADING = re.compile(r"\b(?:part|chapter)\s+(\d{1,2}|two|three|four|five|ii|iii|iv)\b", re.IGNORECASE)
_PART_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "ii": 2, "iii": 3, "iv": 4}

# How many seasons have aired: "after two seasons", "a three-season run", "for four seasons".
_RUN_LENGTH = re.compile(
    r"\b(?:after|for|over)\s+(?:just\s+|only\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|\d)\s+seasons?\b"
    r"|\b(one|two|three|four|five|six|seven|eight|nine|ten|\d)-season run\b",
    re.IGNORECASE,
)
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _season_count(token: str) -> int:
    token = token.lower()
    return int(token) if token.isdecimal() else _COUNT_WORDS[token]


def target_season(headings: Sequence[str], text: str, body_text: str = "", main: str | None = None) -> int | None:
    """The season the page is about: the one its headings name most, else the latest the text names twice (not
    counting seasons another title's name puts on itself: "while we wait on Big Little Lies season 3")."""
    counts: Counter[int] = Counter()
    for heading in headings:
        for m in _SEASON_IN_HEADING.finditer(heading):
            counts[int(m.group(1) or m.group(2))] += 1
    if not counts:
        # "season two", "Renewed for Third and Final Season"
        for heading in headings:
            for ref in find_seasons(heading, None):
                if ref.explicit:
                    counts[ref.season] += 1
    if counts:
        return counts.most_common(1)[0][0]
    for heading in headings:
        part = _PART_IN_HEADING.search(heading)
        if part:
            token = part.group(1).lower()
            return int(token) if token.isdecimal() else _PART_NUMBERS[token]
    run = _RUN_LENGTH.search(body_text)
    if run:
        # "cancelled after two seasons": the season that will not come is the page's subject
        return _season_count(run.group(1) or run.group(2)) + 1
    body = Counter(int(m.group(1) or m.group(2)) for m in _SEASON_IN_BODY.finditer(text) if not _other_titles_season(text, m.start(), main))
    repeated = [n for n, c in body.items() if c >= 2 and 2 <= n <= 40]
    if repeated:
        return max(repeated)
    # ("The new trailer for the upcoming second season of X opens with ...": the season the page says is coming)
    coming = {_ORDINALS[m.group(1).lower()] for m in _UPCOMING_SEASON.finditer(body_text)}
    if len(coming) == 1:
        return coming.pop()
    # ("Prime Video have announced that the highly-anticipated second season of X will launch ...": the season the
    # page's opening sentence announces, where it names one alone)
    opening = re.split(r"(?<=[.!?])\s", body_text.strip(), maxsplit=1)[0][:400]
    announced = {ref.season for ref in find_seasons(opening, None) if ref.explicit}
    if len(announced) != 1 or not 2 <= min(announced) <= 40 or not _COMING.search(opening) or _ENDED.search(opening):
        return None
    return announced.pop()


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
_UPCOMING_SEASON = re.compile(r"\b(?:upcoming|forthcoming|coming|new|next)\s+(second|third|fourth|fifth|sixth|seventh|eighth)\s+season\b", re.IGNORECASE)
_COMING = re.compile(r"\b(?:announc\w*|confirm\w*|will|set to|slated|coming|renew\w*|launch\w*|arriv\w*)\b", re.IGNORECASE)
_ENDED = re.compile(r"\b(?:ended|concluded|wrapped up|finale|aired|premiered|released)\b", re.IGNORECASE)


_NAME_BEFORE = re.compile(r"(?<![\w’'\-:&])(?:[A-Z][\w’'\-:&]*\s{1,2}){1,5}$")


def _other_titles_season(text: str, start: int, main: str | None) -> bool:
    before = text[max(0, start - 50) : start]
    named = _NAME_BEFORE.search(before)
    return bool(main and named and main.lower() not in named.group().lower() and not named.group().strip().lower() in ("the", "a", "new"))


def sequel_number(headings: Sequence[str], titles: Sequence[str]) -> int | None:
    """"Ashen Road 2: Release Date": a small number right after the title in a headline numbers a sequel."""
    for heading in headings:
        for title in titles:
            m = re.search(re.escape(title) + r"\s+(\d)(?![\d,])", heading, re.IGNORECASE)
            if m and int(m.group(1)) >= 2:
                return int(m.group(1))
    return None
