"""Names the text puts a season number on ("See Season 3", "the third season of See"): strong evidence that a
capitalised run is the page's show, counted by build_title_index."""

from __future__ import annotations

import re
from collections import Counter

from airdate.extract.headline_lead import HEADING_STOP
from airdate.extract.lexicon import CONNECTORS, GENERIC_CAPITALS, is_month_or_day
from airdate.extract.title_words import ABBREVIATED, AUXILIARIES, PREPOSITIONS, SEASON_NUMBER, TITLE_WORDS, clean_run, generic, platform_part

_OWNS_SEASON = re.compile(
    r"(?<=\w)[’'‘]s\s(?:(?:upcoming|new|long-awaited|anticipated|highly-anticipated)\s)?"
    r"(?:second|third|fourth|fifth|sixth|sophomore|next|upcoming|new|latest|first)\s(?:season|run|outing|instal+ment)\b"
)
_SEASON_OF = re.compile(
    r"\b(?:season|series|seasons|instal+ment|chapter)\s+(?:\d{1,2}\s+)?of\s+(?:the\s+(?:show|series|drama)\s+)?", re.IGNORECASE
)


_STAGE_NOUNS = frozenset({"production", "filming", "shooting", "work", "casting", "pre-production", "post-production"})


def _name_before(words: list[str]) -> list[str]:
    """The capitalised words that end ``words``, connectors between them included."""
    tail: list[str] = []
    for word in reversed(words):
        # ("Wistoria: Wand and Sword season 1": "and" inside a name, and a name with its subtitle after a colon)
        inner = bool(tail) and (word == "and" or (word.endswith(":") and word[:1].isupper()))
        if word and (word[0].isupper() or word[0].isdigit() or word.lower() in CONNECTORS or word == "&" or inner) and (
                word in ABBREVIATED or inner or not re.search(r"[.,;:!?)”\"]$", word)):
            tail.insert(0, word)
        else:
            break
    return tail


def _title_words(words: list[str]) -> str:
    """The capitalised name in ``words`` once connectors at its ends and an owner ("Netflix's") are cut off."""
    # "Has Tomorrow Season 2 been renewed?", "The Korean Drama Tomorrow Season 2": a question's auxiliary and
    # generic words before the name are no part of it (but "The" of "The Boys" is)
    # ("Production on Bay of Salt Season Two begins": the work being made follows the stage and its preposition)
    if len(words) > 2 and words[0].lower() in _STAGE_NOUNS and words[1] in ("on", "of", "for"):
        words = words[2:]
    while len(words) > 1 and (words[0].lower() in AUXILIARIES or (
            words[0].lower() in GENERIC_CAPITALS and words[0].lower() not in TITLE_WORDS
            and (words[0] != "The" or words[1].lower() in GENERIC_CAPITALS))):
        words = words[1:]
    while words and words[0].lower() in CONNECTORS and words[0] != "The":
        words = words[1:]
    # ("Ending at Hulu With Season 12": a preposition before the season ends no name)
    while words and (words[-1].lower() in CONNECTORS or words[-1].lower() in PREPOSITIONS):
        words = words[:-1]
    for i in range(len(words) - 1, -1, -1):
        if re.search(r"[’']s$", words[i]) and i < len(words) - 1:
            words = words[i + 1 :]  # "AppleTV+'s See" -> "See"
            break
    name = clean_run(" ".join(words))
    if HEADING_STOP.search(name.replace(": ", " ")):
        return ""  # "Season 3 Part 2" names a season, not a show ("Wistoria: Wand and Sword" keeps its colon)
    if not name or not name[0].isupper() or all(generic(w) or is_month_or_day(w) for w in name.split()):
        return ""
    return "" if platform_part(name) else name


def season_named_runs(body: str) -> Counter[str]:
    """Names the text puts a season number on: "See Season 3", "the third season of See"."""
    found: Counter[str] = Counter()
    for m in SEASON_NUMBER.finditer(body):
        before = body[max(0, m.start() - 60) : m.start()]
        if not before.endswith(" ") or before.endswith("  "):
            continue
        name = _title_words(_name_before(before.split(" ")[:-1]))
        if name:
            found[name] += 1
    for m in _OWNS_SEASON.finditer(body):
        # "Kleo's sophomore run", "X's upcoming third season": the owner of a season is a show
        name = _title_words(_name_before(body[max(0, m.start() - 60) : m.start()].split(" ")))
        if name:
            found[name] += 1
    for m in _SEASON_OF.finditer(body):
        after = body[m.end() : m.end() + 60]
        head: list[str] = []
        for word in after.split(" "):
            bare = word.rstrip(".,;:!?)”\"’'")
            if bare and (bare[0].isupper() or bare[0].isdigit() or (head and bare.lower() in CONNECTORS)):
                head.append(bare)
                if word in ABBREVIATED:
                    head[-1] = word  # "the fourth season of Dr. Romantic": the point belongs to the name
                elif bare != word and not re.search(r"[’']s$", word):
                    break
            else:
                break
        name = _title_words(head)
        if name:
            found[name] += 1
    return found
