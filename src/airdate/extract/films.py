"""Films are named, not numbered: a sequel's claims belong to its own title, with no season.

The extractor reads every page as seasons of a show, so on a page about "Ashen Road 2" a
sequel's release lands on ("Ashen Road", 2). Labellers of real pages (three independent sets)
file each film under its own title, as the page writes it, with a null season, since a film
has none. This last pass renames such claims once the page reads as a film page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from airdate.models import Claim

# words that mark a page about films, and those that mark one about seasons of a show
_FILM_WORDS = re.compile(
    r"\b(?:films?|movies?|sequels?|threequel|prequel|box office|theat(?:er|re)s|cinemas|theatrical(?:ly)?|blockbuster)\b", re.IGNORECASE
)
_SHOW_WORDS = re.compile(r"\b(?:seasons?|episodes?|series|showrunners?|renewed|renewal)\b", re.IGNORECASE)
_FILM_RELEASED = re.compile(r"\b(?:film|movie)\b[^.;]{0,40}?\b(?:release[sd]?|premier\w+|opens?|hits? (?:theat|cinemas))", re.IGNORECASE)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
# "Ashen Road 2", "Ashen Road: Part Three", "Ashen Road Chapter 3" (not "Ashen Road 2024" or "Ashen Road 2,000")
_INSTALMENT = r"(?::\s{0,2}|\s{1,2})(?:(?:Part|Chapter)\s{1,2}(?P<word>One|Two|Three|Four|Five|I{1,3}|IV|V|\d)|(?P<digit>\d))(?![\w,.]\d|\w)"


def is_film_page(text: str, headline: str) -> bool:
    """Film words outnumber the words of a show's seasons, in the headline and the page alike (a short page that
    never speaks of seasons or episodes and says "the film" opens on a date is a film page too; Korean pages
    call a series a "film" now and then, but do not release it as one)."""
    films, shows = len(_FILM_WORDS.findall(text)), len(_SHOW_WORDS.findall(text))
    released = shows == 0 and _FILM_RELEASED.search(text)
    return (films >= 3 or bool(released)) and films > shows and not _SHOW_WORDS.search(headline)


def instalment_names(title: str, text: str) -> dict[int, str]:
    """How the page writes each numbered instalment of ``title`` (its fullest spelling)."""
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in title.split()) + _INSTALMENT)
    spellings: dict[int, Counter[str]] = {}
    for m in pattern.finditer(text):
        word = m.group("word") or m.group("digit")
        number = int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower(), 0)
        if number:
            spellings.setdefault(number, Counter())[" ".join(m.group().split())] += 1
    # the fullest spelling is the official one ("Dune: Part Three" over "Dune 3"), then the commonest
    return {number: max(forms, key=lambda form: (len(form.split()), forms[form])) for number, forms in spellings.items()}


def as_films(claims: list[Claim], main: str | None, text: str) -> list[Claim]:
    """Each claim about a numbered instalment of the main title, on a film page, goes to that film's own title."""
    if main is None:
        return claims
    names = instalment_names(main, text)
    renamed: list[Claim] = []
    for claim in claims:
        if claim.subject != main or claim.season is None:
            renamed.append(claim)
            continue
        title = names.get(claim.season) or (main if claim.season == 1 else f"{main} {claim.season}")
        renamed.append(replace(claim, subject=title, season=None))
    return renamed
