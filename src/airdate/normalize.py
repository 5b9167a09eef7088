"""Normal forms shared by every stage: title keys, person-name keys, slugs.

These are generic string rules (case, punctuation, diacritics, a leading "The",
hyphenation and word order of romanised names); no list of shows or people.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz
from unidecode import unidecode

_NON_WORD = re.compile(r"[^a-z0-9]+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
# Grammatical number of a copula does not change a title ("Some of Us Is Lost").
_COPULA = {"is": "are", "was": "were"}


@lru_cache(maxsize=65536)  # pure and called for every mention; pages repeat names
def fold(text: str) -> str:
    """Lower case, diacritics and punctuation gone, single spaces."""
    text = unidecode(unicodedata.normalize("NFKC", text)).lower()
    return _NON_WORD.sub(" ", text).strip()


@lru_cache(maxsize=65536)  # pure and called for every mention; pages repeat names
def title_key(title: str) -> str:
    """A key under which spellings of the same title meet."""
    folded = _LEADING_ARTICLE.sub("", fold(title))
    return " ".join(_COPULA.get(w, w) for w in folded.split())


def same_title(a: str, b: str, threshold: int = 90) -> bool:
    ka, kb = title_key(a), title_key(b)
    if ka == kb:
        return True
    if not ka or not kb:
        return False
    return fuzz.ratio(ka, kb) >= threshold


def slug(title: str) -> str:
    return "-".join(title_key(title).split()) or "untitled"


def name_parts(name: str) -> list[str]:
    """The syllables of a person's name: "Kang Min-soo" and "Kang Min Soo" both give kang/min/soo."""
    return list(_name_parts(name))


@lru_cache(maxsize=65536)
def _name_parts(name: str) -> tuple[str, ...]:
    return tuple(p for p in re.split(r"[\s\-‐‑'’.]+", fold_keep_hyphen(name)) if p)


@lru_cache(maxsize=65536)  # pure and called for every mention; pages repeat names
def fold_keep_hyphen(text: str) -> str:
    return unidecode(unicodedata.normalize("NFKC", text)).lower().strip()


def person_key(name: str) -> str:
    """Order-free key: "Min-soo Kang" and "Kang Min-soo" meet, as do hyphen and space variants."""
    return " ".join(sorted(name_parts(name)))


def _joined_orders(parts: list[str]) -> set[str]:
    return {"".join(parts), "".join(parts[1:] + parts[:1]), "".join(parts[-1:] + parts[:-1])}


def same_person(a: str, b: str) -> bool:
    """True for spelling, order and family-name-dropped variants of one name.

    "Min Soo" is taken as "Kang Min-soo" without the family name when every
    syllable of the shorter name appears, in order, at the end of the longer one.
    """
    pa, pb = name_parts(a), name_parts(b)
    if not pa or not pb:
        return False
    if sorted(pa) == sorted(pb):
        return True
    if "".join(sorted(pa)) == "".join(sorted(pb)):
        return True
    # "Minsoo Kang" / "Kang Min-soo": the given name written as one syllable block, family name first or last
    if _joined_orders(pa) & _joined_orders(pb):
        return True
    short, long_ = (pa, pb) if len(pa) < len(pb) else (pb, pa)
    if len(short) >= 2 and len(long_) - len(short) == 1 and long_[1:] == short:
        return True
    return fuzz.token_sort_ratio(" ".join(pa), " ".join(pb)) >= 92
