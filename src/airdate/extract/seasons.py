"""Season references inside a sentence: "Season 2", "second season", "season two", "S2",
"a third season", "the next installment", "additional seasons", "the first season"."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "sophomore": 2,
}
# ("part" is no season: "Part 1" and "the second part" are the halves (cours) of a split season)
_UNIT = r"(?:season|series|installment|instalment|chapter|outing|run|book|volume)"
_NUMBERED = re.compile(
    # ("season 5B": the second half of a split fifth season is still the fifth)
    r"\b(?:season|series|book|volume|chapter)\s+(\d{1,2}(?=[AB]\b)|\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")(?:(?<=\d)[AB])?\b",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    r"\b(" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))(?:\s+and\s+(?:(?:initially|supposedly|originally|possibly|probably)\s+)?(?:final|last))?[\s-]+" + _UNIT + r"s?\b", re.IGNORECASE
)
_ELLIPTIC_ORDINAL = re.compile(
    r"(?:,|\band)\s{1,3}(?:and\s{1,3})?the\s(" + "|".join(_ORDINALS) + r")(?=\s(?:on|in|from|aired|premiered|debuted|arrived|followed)\b)",
    re.IGNORECASE,
)
_SHORT = re.compile(r"\bS(\d{1,2})(?:E\d{1,3})?\b")
_NEXT = re.compile(
    # ("the next round": a season; "the next round of casting" is no season)
    r"\b(?:next|new|upcoming|latest|forthcoming|follow-up|anticipated|coming)\s+(?:" + _UNIT + r"\b|round\b(?! of))", re.IGNORECASE
)
# "the sequel" is the instalment a film page is about; "the first film" the one before it
_SEQUEL = re.compile(r"\b(?:the|a|this) (?:upcoming |new |long-awaited |planned )?sequel\b", re.IGNORECASE)
_FIRST_FILM = re.compile(r"\b(?:the )?(?:first|original) (?:film|movie)\b", re.IGNORECASE)
# "the season premiere", "this series": the season the page is about
_THE_SEASON = re.compile(r"\bthe season (?:premiere|opener|finale)\b|\bthis (?:season|series)\b(?! (?:of|is|was|has|had)\b)", re.IGNORECASE)
_MORE = re.compile(r"\b(?:additional|further|more|future|subsequent)\s+seasons?\b", re.IGNORECASE)
# "renewed for another season" on a page awaiting season 2 is season 2 itself: one more than has aired
_ANOTHER = re.compile(r"\banother\s+(?:season|instal+ment)\b", re.IGNORECASE)
_PREVIOUS = re.compile(
    r"\b(?:previous|prior|predecessor|last)\s+(?:season|installment|instalment)\b|\bits predecessor\b",
    re.IGNORECASE,
)
# ("The debut season premiered on October 17, 2021" on a page about season 3: the first, not the one before)
_DEBUT = re.compile(r"\b(?:debut|inaugural|original)\s+(?:season|installment|instalment)\b", re.IGNORECASE)


# "based on the fifth book in the X series", "the second volume by Y": a book of the source, not a season
_BOOK_UNIT = re.compile(r"\b(?:books?|volumes?|chapters?)\b", re.IGNORECASE)
_SOURCE_BEFORE = re.compile(r"\b(?:based on|adapt\w*|source|novels?|manga|manhwa|webtoons?|comics?|author|written by|wrote)\b", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"\s{1,3}(?:by\b|(?:in|of)\s{1,3}(?:the\s{1,3})?[^.;]{0,40}?\b(?:series|saga|novels|books|trilogy)\b)", re.IGNORECASE)


def _source_book(text: str, m: re.Match[str]) -> bool:
    if not _BOOK_UNIT.search(m.group()):
        return False
    if (number_of(m.group(1)) or 0) > 6:
        return True  # "the 19th volume is slated for April": shows split into volumes have few; mangas have many
    return bool(_SOURCE_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _SOURCE_AFTER.match(text, m.end()))


@dataclass(frozen=True)
class SeasonRef:
    season: int
    start: int
    end: int
    explicit: bool  # a number or ordinal, not "the next season"


def number_of(token: str) -> int | None:
    """The number a word or numeral names ("3", "three", "third", "3rd"), or None."""
    token = token.lower()
    if token.isdigit():
        return int(token)
    if token in _NUMBER_WORDS:
        return _NUMBER_WORDS[token]
    if token in _ORDINALS:
        return _ORDINALS[token]
    digits = re.match(r"\d{1,2}", token)
    return int(digits.group()) if digits else None


# "two years after Season 1", "shortly after season 2": a time measured from that season, which is still that season
_TIME_AFTER = re.compile(r"\b(?:years?|months?|weeks?|days?|long|shortly|soon|right|just|immediately)\s+after\s+$", re.IGNORECASE)


def find_seasons(text: str, target: int | None) -> list[SeasonRef]:
    """Season references in ``text``; "next season" means ``target`` (the season the page is about)."""
    refs: list[SeasonRef] = []
    taken: list[tuple[int, int]] = []

    def add(season: int | None, start: int, end: int, explicit: bool) -> None:
        if season is None or season <= 0 or season > 40 or any(s < end and start < e for s, e in taken):
            return
        if re.search(r"\b(?:beyond|past|after)\s+$", text[max(0, start - 8) : start], re.IGNORECASE) and explicit and not _TIME_AFTER.search(
            text[max(0, start - 30) : start]
        ):
            season += 1  # "has not renewed the show beyond Season 5": the season in question is the sixth
        refs.append(SeasonRef(season, start, end, explicit))
        taken.append((start, end))

    shouting = sum(1 for c in text if c.isupper()) > 0.5 * sum(1 for c in text if c.isalpha())
    for m in _ORDINAL.finditer(text):
        if m.group().isupper() and not shouting:
            continue  # "through Kestrel Films, and FIFTH SEASON": a company's name in capitals, in a sentence that is not
        if not _source_book(text, m):
            add(number_of(m.group(1)), m.start(), m.end(), True)
    for m in _NUMBERED.finditer(text):
        if _source_book(text, m):
            continue
        if not m.group().lower().startswith(("season", "series")) and any(r.end <= m.start() <= r.end + 3 for r in refs):
            continue  # "Season 3 Part 2": the part (an anime cour) belongs to the season before it
        add(number_of(m.group(1)), m.start(), m.end(), True)
    for m in _SHORT.finditer(text):
        add(int(m.group(1)), m.start(), m.end(), True)
    if any(r.explicit for r in refs):
        # "The first season premiered on July 5, the second on January 14, and the third in 2023": the season word
        # is left out of the later ordinals of the list
        for m in _ELLIPTIC_ORDINAL.finditer(text):
            if any(r.end <= m.start() for r in refs if r.explicit):
                add(number_of(m.group(1)), m.start(1), m.end(1), True)
    if target is not None:
        for m in _MORE.finditer(text):
            add(target + 1, m.start(), m.end(), False)
        for m in _NEXT.finditer(text):
            add(target, m.start(), m.end(), False)
        for m in _ANOTHER.finditer(text):
            add(target, m.start(), m.end(), False)
        for m in _PREVIOUS.finditer(text):
            add(max(1, target - 1), m.start(), m.end(), False)
        for m in _DEBUT.finditer(text):
            add(1, m.start(), m.end(), False)
        for m in _THE_SEASON.finditer(text):
            add(target, m.start(), m.end(), False)
        for m in _SEQUEL.finditer(text):
            add(target, m.start(), m.end(), False)
        for m in _FIRST_FILM.finditer(text):
            add(1, m.start(), m.end(), False)
    return sorted(refs, key=lambda r: r.start)


# "the first two seasons", "both seasons of X": several aired seasons at once ("all five seasons" is the whole series)
_RANGE = re.compile(
    r"\b(?:(?:the\s+)?first\s+(?P<n>two|three|four|five|six|\d)|(?P<both>both))"
    r"\s+(?:seasons|series)\b"
    r"|\b(?:seasons|series)\s+(?P<a>\d{1,2})\s*(?P<join>and|&|-|–|to|through)\s*(?P<b>\d{1,2})\b"
    # "picked up for a ninth, tenth, and eleventh season", "its fourth and fifth seasons"
    r"|\b(?P<ords>(?:(?:" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th)),?\s+){1,4}and\s+(?:" + "|".join(_ORDINALS)
    + r"|\d{1,2}(?:st|nd|rd|th)))\s+(?:seasons?|series|instal+ments?)\b",
    re.IGNORECASE,
)


def season_ranges(text: str, target: int | None) -> list[tuple[int, int, list[int]]]:
    """Spans naming several seasons with the seasons they name ("both seasons" are the two before ``target``)."""
    found: list[tuple[int, int, list[int]]] = []
    for m in _RANGE.finditer(text):
        if m.group("ords"):
            numbers = [number_of(w) for w in re.findall(r"\w+", m.group("ords")) if w.lower() != "and"]
            if all(numbers) and len(set(numbers)) == len(numbers):
                found.append((m.start(), m.end(), [n for n in numbers if n]))
            continue
        if m.group("a"):
            # "Seasons 1 and 2", "seasons 1-3"
            first, last = int(m.group("a")), int(m.group("b"))
            if 1 <= first < last <= 40:
                found.append((m.start(), m.end(), [first, last] if m.group("join").lower() in ("and", "&") else list(range(first, last + 1))))
            continue
        # ("all five seasons" is the whole series: no range)
        token = m.group("n")
        if m.group("both") and not re.match(r"\s+(?:of|are|were|have|remain)\b", text[m.end() :]):
            continue  # "to lead both seasons" may be the two ordered ones; "both seasons of X" are the aired ones
        if token:
            count = number_of(token) or 0
        elif target is not None and target > 2:
            count = target - 1
        else:
            count = 2
        if 1 < count <= 12:
            found.append((m.start(), m.end(), list(range(1, count + 1))))
    return found


def nearest_season(refs: list[SeasonRef], position: int, lo: int = 0, hi: int | None = None) -> int | None:
    """The season reference nearest to ``position`` inside [lo, hi)."""
    inside = [r for r in refs if r.start >= lo and (hi is None or r.end <= hi)]
    if not inside:
        return None
    # distance from the near edge of each reference ("the first season premiered on July 5, the second on ...")
    return min(inside, key=lambda r: (position - r.end if r.end <= position else abs(r.start - position), -r.start)).season
