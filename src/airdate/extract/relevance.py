"""A cheap gate before extraction: can this page hold release claims at all?

The extractor's cue words and sentence shapes are English, and its claims are about
seasons, films and shows. A page that is not English, or never uses the vocabulary of
a release (two distinct marks such as "season" and "premiere", or a film's "release date" and "directed by"), cannot yield a claim, so crawls of mixed pages skip the full read.
"""

from __future__ import annotations

import re

from airdate.models import Document
from airdate.timex.window_cues import reads_as_english

SAMPLE = 60_000
MIN_CUES = 2
# Words that, two of them together, mark a page about a season's or a film's release;
# generic words ("show", "cast", "release") also fill recipes, software notes and finance. The last
# mark ends on a look-ahead, not \b, so that "Disney+'s" and a line-final "Paramount+" count.
_RELEASE_CUES = re.compile(
    r"\b(?:(seasons?)|(episodes?)|(premier(?:e|es|ed|ing))|(sequel|(?:three|four)-?quel)|(installment|instalment)|(casting)|(renew(?:ed|al|s)?)|(trailer)"
    r"|(release date)|(streaming)|(box office)|(in theaters|in theatres|in cinemas|theatrical(?:ly)?|(?:hits?|hitting|to|into) (?:(?-i:[A-Z])[\w’'\-]* ){0,2}(?:theaters|theatres|cinemas))|(anime)|(directed by)|(filming)|(miniseries|limited series)"
    r"|(showrunner)|(films?|movies?|trilogy|biopic)|(franchise)|(adaptations?|adapted for)"
    # ("tvN's upcoming weekend drama", "The series drops us into 1997")
    r"|((?:the|this|new|upcoming|weekend|weekday|daily|tv|television|hit|original) (?:series|drama)|(?:new|upcoming|hit|tv|television) shows?)"
    # ("When does 'X' come out?")
    r"|(when (?:does|do|will) [^.?!\n]{1,60}? (?:come out|air|drop)\b)"
    # (K-drama pages say neither "season" nor "premiere": "the webtoon-based drama", "has been cast", "its June 23 debut")
    r"|(k-?dramas?|webtoon)|(debut(?:s|ed|ing)?)|((?:has|have) been cast|lead roles?)"
    r"|(starring|co-stars?|voiced by|reprises?|cast members?|joins? (?:a|the) cast|(?:star-studded|ensemble|full|voice) cast|(?:will|also|to) star)"
    r"|((?:slated|scheduled|set|due) for (?:release|a release|premiere)|(?:will|to) be released)"
    # ("Kestrel 2: New trio of actors joins the cast")
    r"|(actors?|actress(?:es)?)"
    r"|(netflix|hulu|disney\+|prime video|apple tv\+|hbo|max original|peacock|paramount\+|crunchyroll"
    r"|nbc|cbs|abc|amc|fx|bbc|itv|showtime|starz|jtbc|tvn|sbs|kbs|mbc|channel [45]|sky (?:atlantic|max|one|originals?)|picked up for)"
    # ("Channel 4 has announced its new four-part drama series")
    r"|(\w+-part (?:drama|series|thriller|comedy)))(?!\w)",
    re.IGNORECASE,
)


def could_hold_claims(document: Document) -> bool:
    """False for pages that are not English or lack two distinct marks of a release."""
    text = document.text[:SAMPLE]
    if not reads_as_english(text):
        return False
    seen: set[int] = set()
    for match in _RELEASE_CUES.finditer(text):
        seen.add(match.lastindex or 0)
        if len(seen) >= MIN_CUES:
            return True
    return False
