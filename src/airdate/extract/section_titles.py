"""Section headings of roundups and long guides: "<Title> Season N" announces which show (and season) the lines
under it are about.

Reads one heading line at a time against the page's ``TitleIndex``.
"""

from __future__ import annotations

import re

from airdate.extract.headline_lead import HEADING_STOP
from airdate.extract.lexicon import CONNECTORS, GENERIC_CAPITALS, PLATFORM_KEYS
from airdate.extract.title_words import PREPOSITIONS, clean_run
from airdate.extract.titles import TitleIndex, same_as_main
from airdate.normalize import title_key

_SECTION_SEASON = re.compile(r"\b(?:season|series)\s+(\d{1,2})\b", re.IGNORECASE)
_SECTION_MARK = re.compile(r"^\d{1,2}[.)]\s+")


def heading_subject(heading: str, titles: TitleIndex) -> tuple[str | None, int | None]:
    """The show a section heading of the form "<Title> Season N" announces (roundups list several).

    Only that shape counts: a capitalised name right before "Season N" is a title, while
    headings such as "Plot Predictions" or "Where to Watch" name nothing.
    """
    m = _SECTION_SEASON.search(heading)
    if not m:
        return None, None
    season = int(m.group(1))
    # ("Kestrel Season 2 Glass Orchard Anime Season 2": a heading that gives the page's show its whole name is about it)
    if titles.main and re.search(r"(?<![\w-])" + re.escape(titles.main) + r"(?![\w-])", heading, re.IGNORECASE):
        return titles.main, season
    before = _SECTION_MARK.sub("", heading[: m.start()]).strip(" :-–—,")
    # "Mashfield: Magic and Mayhem Season 2 Cast", "KESTREL -Moonlit Tale- TV Anime Continues With Season 2":
    # the show under its full name, a colon or a subtitle between dashes after the main one
    if titles.main and re.match(re.escape(titles.main) + r"(?:\s*:|\s-[^-\n]{1,40}-(?=\s|$)|\s(?:TV\s)?(?:Anime|Series|Drama|K-Drama)\s)", before):
        return titles.main, season
    if titles.main and re.search(r"(?:^|\s)" + re.escape(titles.main) + r"$", before, re.IGNORECASE):
        return titles.main, season  # "Salt and Key Season 3": the whole name, whatever stop word it holds
    # ("How to Watch Kestrel – Moonlit Tale Season 2": a name and its subtitle set off by a dash)
    if titles.main and any(re.search(r"(?:^|\s)" + re.escape(a) + r" ?[-–—:] ?[^-–—:]{1,40}$", before) for a in (titles.main, *titles.aliases)):
        return titles.main, season
    chunk = HEADING_STOP.split(before)[-1].strip(" :-–—,“”\"'‘’") if before else ""
    words = chunk.split()
    # keep the trailing capitalised run: "FAQs about X" -> "X", "The plot of X" -> "X"
    start = len(words)
    while start > 0 and (words[start - 1][0].isupper() or words[start - 1][0].isdigit() or words[start - 1].lower() in CONNECTORS or words[start - 1] == "&"):
        start -= 1
    words = words[start:]
    while words and words[-1].lower() in PREPOSITIONS:
        words = words[:-1]
    while words and words[0].lower() in CONNECTORS and words[0].lower() != "the":
        words = words[1:]
    if not words or not words[0][0].isupper() or all(w.lower() in GENERIC_CAPITALS for w in words):
        return None, season
    name = clean_run(" ".join(words))
    if title_key(name) in PLATFORM_KEYS:
        return None, season
    if titles.main and (same_as_main(name, titles.main) or title_key(titles.main) in title_key(name)):
        return titles.main, season
    return name, season
