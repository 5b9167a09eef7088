"""Voice casts of anime and animated films, where each role has two actors: "Tomas is voiced by A (Japanese) and
B (English)", "A and B lend their voices to Isabel", "A (Japanese) and B (English) provide Jun's voice".

No library reads this; the patterns are short, bounded and only ever see one sentence."""

from __future__ import annotations

import re

from airdate.extract.names import Name

LANGUAGES = r"(?:Japanese|English|Korean|Mandarin|Chinese|Cantonese|Spanish|French|German|Italian|Portuguese|Hindi|Tamil|Telugu)"
# "(Japanese)", "(English dub)", " in Japanese", " from the English dub": the language an actor voices in
_LANGUAGE_NOTE = re.compile(
    r"\s\(" + LANGUAGES + r"(?:\s(?:dub|version|voice|VA))?\)"
    r"|\s(?:in|from|for)\s(?:the\s)?" + LANGUAGES + r"(?:\s(?:dub|version))?(?=[\s,.;)])"
)
# "A and B lend their voices to X", "A and B provide the voice of X"
_VOICE_TO = re.compile(r"^\s{1,40}(?:provides?|provided|lends?|lent)\s(?:(?:his|her|their)\s(?:voices?\s)?to|the\s(?:voices?|voice\swork)\s(?:of|for))\s$")
# "A and B provide X's voice"
_VOICE_OF = re.compile(r"^\s{1,40}(?:provides?|provided)\s$")
_POSSESSIVE_VOICE = re.compile(r"[’']s\s(?:voice|voices)\b")
_LIST_GAP = re.compile(r"\s{0,40}(?:,\s{1,40}(?:and\s{1,40})?|\s(?:and|&)\s{1,40})")
# "Emma would be dubbed by A and B, Norman by C": the verb that opens a flattened voice list, and the gap between items
_BY_VERB = re.compile(r"\b(?:voiced|dubbed|played|portrayed)\s+by\b")
# ("Emma by A (Nami from Tin Lanterns), Norman by C": an actor's other role in brackets may close an item)
_ITEM_GAP = re.compile(r"\)?\s{0,40},\s{1,3}(?:and\s{1,3})?")


def blank_language_notes(text: str) -> str:
    """The sentence with the language of each voice blanked out, so that "A (Japanese) and B (English)" reads as the
    list "A and B"; blanking keeps every offset."""
    return _LANGUAGE_NOTE.sub(lambda m: " " * len(m.group()), text)


def _actors_before(text: str, names: list[Name], k: int) -> list[int]:
    """The indexes of the list of names that ends with ``names[k]`` ("A, B and C")."""
    found = [k]
    while found[0] > 0 and _LIST_GAP.fullmatch(text[names[found[0] - 1].end : names[found[0]].start]):
        found.insert(0, found[0] - 1)
    return found


def voice_roles(text: str, names: list[Name]) -> list[tuple[int, int]]:
    """(role index, actor index) for every role whose voice actors a sentence names before the role."""
    pairs: list[tuple[int, int]] = []
    for j in range(1, len(names)):
        gap = text[names[j - 1].end : names[j].start]
        if _VOICE_TO.match(gap) or (_VOICE_OF.match(gap) and _POSSESSIVE_VOICE.match(text, names[j].end)):
            pairs.extend((j, a) for a in _actors_before(text, names, j - 1))
    return pairs


def second_voice(text: str, names: list[Name], actor: int) -> int | None:
    """The index of a second actor of the same role ("voiced by A and B"), unless B opens a clause of their own
    ("played by A and B plays Y")."""
    nxt = actor + 1
    if nxt >= len(names) or not re.fullmatch(r"\s{1,40}(?:and|&)\s{1,40}", text[names[actor].end : names[nxt].start]):
        return None
    if re.match(r"\s{0,40}(?:[’']s\b|as\b|plays?\b|voices?\b|is\b|will\b|who\b|was\b|returns?\b|stars?\b|\()", text[names[nxt].end :]):
        return None
    return nxt


def continued_by_pairs(text: str, names: list[Name]) -> list[tuple[int, int]]:
    """(role index, actor index) for the later items of a flattened list that opens with "voiced by":
    "Emma would be dubbed by A (Japanese) and B (English), Norman by C and D, and Ray by E"."""
    opened = _BY_VERB.search(text)
    if opened is None:
        return []
    pairs: list[tuple[int, int]] = []
    for k in range(1, len(names) - 1):
        role, actor = names[k], names[k + 1]
        if role.start < opened.end() or text[role.end : actor.start] != " by ":
            continue
        if not _ITEM_GAP.fullmatch(text[names[k - 1].end : role.start]):
            continue
        pairs.append((k, k + 1))
        if (other := second_voice(text, names, k + 1)) is not None:
            pairs.append((k, other))
    return pairs


def voice_in_another_language(text: str, names: list[Name], role: int) -> int | None:
    """The index of the actor who voices ``names[role]`` in a second language ("A voices Emma in Japanese and B in
    English"): the blanked language note after the role, then "and" and one name that closes the clause."""
    nxt = role + 1
    if nxt >= len(names) or not re.fullmatch(r"\s{4,40}and\s{1,3}", text[names[role].end : names[nxt].start]):
        return None
    return nxt if re.match(r"\s{0,40}(?:[.,;)]|$)", text[names[nxt].end :]) else None
