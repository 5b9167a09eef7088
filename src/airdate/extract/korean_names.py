"""The shape of a romanised Korean person's name: a family name, then a given name of two syllables written as two
words, one hyphenated word or one word ("Seo Min Ha", "Seo Min-ha", "Seo Minha").

K-drama pages open their headlines with the cast ("A, B and C's upcoming drama titled X"), and the names repeat down
the page more often than the show's own; a name of this shape is a person's, never a title. This is knowledge of how
Korean names are written, not of any show or person. No library covers it (name parsers know Western name order only),
so the syllable pattern is written here; it only ever sees one short word at a time.
"""

from __future__ import annotations

import re

# the common family names, in the spellings pages use
KOREAN_FAMILY_NAMES = frozenset(
    """Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin Sin
    Kwon Hwang Ahn An Song Jeon Jun Chun Hong Yoo Yu Ko Go Moon Mun Yang Son Bae Baek Paek Heo Huh Hur Nam Byun Byeon
    Noh Roh Ha Kwak Sung Seong Cha Joo Ju Woo Min Ryu Ryoo Na Jin Ji Um Eom Chae Won Bang Gong Kong Hyun Hyeon Yeo Choo
    Chu Do Ma So Pyo Gi Ki Ra Goo Gu Ku Tak Yeon Wi Geum Seol Sim Shim Myung Ok Gil Kil Ye Seok Bong Gam Kam Dong Seon
    Sun Hwangbo Namgoong Jegal Sa Pi Yook Yuk Tae Cheon Baik Maeng Lyu Yeom Jee""".split()
)
_INITIAL = r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhwy])?"
# ("ah" is how pages write a syllable of a bare vowel at a name's end: "Sun-ah", "Yoon-ah")
_VOWEL = r"(?:yae|yeo|wae|yoo|ae|ah|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|i|o|u)"
_FINAL = r"(?:ng|[kntlmp])?"
_SYLLABLE = _INITIAL + _VOWEL + _FINAL
# a given name is one or two syllables to a word, and two in all
_ONE = re.compile(_SYLLABLE)
_TWO = re.compile(_SYLLABLE + r"-?" + _SYLLABLE)
_CAPITALISED = re.compile(r"[A-Z][a-z]{0,6}(?:-[a-zA-Z][a-z]{0,6})?")


def is_korean_name(name: str) -> bool:
    """Whether ``name`` is written as a romanised Korean person's name ("Byun Yo Han", "Go Bo-gyeol", "Kim Jiwon")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or words[0] not in KOREAN_FAMILY_NAMES:
        return False
    if not all(_CAPITALISED.fullmatch(w) for w in words[1:]):
        return False
    given = [w.lower() for w in words[1:]]
    if len(given) == 2:
        return all(_ONE.fullmatch(w) is not None for w in given)
    # one word: hyphenated, or run together only where a dash or a second capital cannot show the split
    return _TWO.fullmatch(given[0]) is not None and ("-" in given[0] or len(given[0]) >= 4)


_WORD = re.compile(r"[A-Za-z][\w\-]*")


def korean_names_in(text: str) -> set[str]:
    """Every romanised Korean person's name the text writes, as written."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    found: set[str] = set()
    for i, (_, end, word) in enumerate(words):
        if word not in KOREAN_FAMILY_NAMES:
            continue
        # the longest name that starts here, its words one space apart ("Kim Bo Ra", "Go Bo-gyeol")
        run = [word]
        last = end
        for start, e, next_word in words[i + 1 : i + 3]:
            if text[last:start] != " ":
                break
            run.append(next_word)
            last = e
        for size in (3, 2):
            if len(run) >= size and is_korean_name(" ".join(run[:size])):
                found.add(" ".join(run[:size]))
                break
    return found


def part_of_korean_name(candidate: str, names: set[str]) -> bool:
    """Whether each person of ``candidate`` ("Jung Eun", "Jeong Eun Ji and Lee Jung") is one of ``names`` or a run
    of its words."""
    parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", candidate) if p]
    if not parts:
        return False
    return all(any(f" {p} " in f" {n} " for n in names) for p in parts)
