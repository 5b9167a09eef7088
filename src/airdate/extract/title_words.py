"""Which words and names can be a title at all: everyday words, platform names and the words of them, surnames.

These are the guards build_title_index applies to its candidates; they read only the lexicon and the page's text.
"""

from __future__ import annotations

import re

from airdate.extract.lexicon import CONNECTORS, GENERIC_CAPITALS, PLATFORM_KEYS
from airdate.normalize import title_key

# words of everyday English that are whole show titles often enough ("Tomorrow", "Happiness" is not generic anyway)
TITLE_WORDS = frozenset({"tomorrow", "today", "yesterday", "story", "ending", "everything", "nothing", "something"})
AUXILIARIES = frozenset("has have had does did do can could should would will may might must is are was were when where what why how who".split())


def generic(word: str) -> bool:
    return word.lower() in GENERIC_CAPITALS and word.lower() not in TITLE_WORDS


def surname(name: str, text: str) -> bool:
    """A single word the page mostly writes after a given name ("Ivo Sarr ... Sarr and his co-stars") is a
    person's surname, not a title."""
    if " " in name:
        return False
    spots = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
    given = 0
    for at in spots:
        before = re.search(r"([A-Z][a-z]+)\s$", text[max(0, at - 20) : at])
        if before and not generic(before.group(1)) and not platform_part(before.group(1)) and before.group(1).lower() not in CONNECTORS:
            given += 1
        # a family name written first, before a romanised given name ("Yoon Min-seo", "Cha Jung-ho")
        elif re.match(r"\s[A-Z][a-z]{1,5}-[a-z]{2,5}\b", text[at + len(name) : at + len(name) + 14]):
            given += 1
    # (and at least once the page speaks of the person: "Sarr and his co-stars", "Sarr said", "actor Sarr")
    person = any(
        re.match(r"(?:[’']s\s(?:co-stars?|role|character|performance|return)|\s(?:and (?:his|her)|said|says|told|explained|added|replies|plays|played|returns as|stars as)\b)", text[at + len(name) : at + len(name) + 20])
        or re.search(r"\b(?:actor|actress|star|director)\s$", text[max(0, at - 12) : at])
        for at in spots
    )
    return given >= 1 and given * 3 >= len(spots) and person


def platform_part_here(name: str, text_key: str) -> bool:
    """A platform's name, or a word of one the page names ("Apple" beside "Apple TV+", but not "Acorn" on a page
    that never names Acorn TV)."""
    key = title_key(name)
    if not key:
        return False
    if key in PLATFORM_KEYS:
        return True
    return any((p.startswith(key + " ") or p.endswith(" " + key)) and f" {p} " in text_key for p in PLATFORM_KEYS)


def platform_part(name: str) -> bool:
    key = title_key(name)
    return bool(key) and (key in PLATFORM_KEYS or any(p.startswith(key + " ") or p.endswith(" " + key) for p in PLATFORM_KEYS))


def without_platform(name: str) -> str:
    """The name without a platform after "on", "at" or "via" ("Apples Never Fall on Peacock" -> "Apples Never Fall")."""
    on_platform = re.fullmatch(r"(?P<name>.+?)\s(?:on|at|via)\s(?P<rest>.+)", name)
    return on_platform.group("name") if on_platform and platform_part(on_platform.group("rest")) else name


# prepositions that may stand, capitalised in a headline, between a name and its season ("at Hulu With Season 12")
PREPOSITIONS = frozenset("with for from by at into after before ahead amid despite following".split())
SEASON_NUMBER = re.compile(r"\b(?:[Ss]eason|[Ss]eries|Part)\s+(?:\d{1,2}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix)\b")
# abbreviations that end with a point inside a title ("Dr. Romantic", "Kaiju No. 8")
ABBREVIATED = frozenset({"Dr.", "Mr.", "Mrs.", "Ms.", "St.", "No.", "Jr.", "Vol."})


def clean_run(text: str) -> str:
    return re.sub(r"[’'‘]s$|[.,]$", "", text.strip()).rstrip("’'‘")
