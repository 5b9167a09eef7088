"""A film named by its maker's possessive: "Tomas Reed's upcoming epic, The Long Tide", "Mae Corran's
"Copper Bells"", "Rina Holt's Ivo Sarr-led Salt Road". Trade pages credit a film's director so; a star's
possessive reads the same ("Ada Mbeki's new movie X"), so the page's cast is read first and its names set aside.

This runs over the whole page after the people rules, on film pages only: a series in the possessive is as often
its star's or its network's as its creator's."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from airdate.extract.context import SentenceContext
from airdate.extract.lexicon import GENERIC_CAPITALS
from airdate.extract.studios import is_studio
from airdate.models import Claim
from airdate.extract.modality import Modality
from airdate.normalize import same_person, same_title

_PERSON = r"(?P<person>(?-i:[A-Z])[\w.\-]+(?:\s(?-i:[A-Z])[\w.\-]+){0,2})"
# the words that may stand between the possessive and the work: describing words, a year, a "-led" star, a film noun
_BETWEEN = (
    r"(?:(?:new|next|latest|upcoming|long-awaited|eagerly-awaited|much-anticipated|anticipated|acclaimed|first|debut|last|own"
    r"|original|\d{4}|(?-i:[A-Z])[\w’'.\-]*(?:\s(?-i:[A-Z])[\w’'.\-]*){0,2}-(?:led|starring|centered|centric)|[\w\-]+-(?:led|centered|centric))\s){0,4}"
)
_FILM_NOUN = r"(?:film|movie|epic|biopic|thriller|drama|feature|horror(?:\s(?:film|movie))?|comedy|sequel|adaptation|follow-up|blockbuster)"
_POSSESSIVE_WORK = re.compile(
    r"(?<![\w’'.\-])" + _PERSON + r"[’']s?\s" + _BETWEEN + r"(?:(?P<noun>" + _FILM_NOUN + r"),?\s(?:titled\s|called\s)?)?[“\"‘]?(?P<work>(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)


# a work's name where the page does not know it as a title: capitalised words, small words between them
_RUN = re.compile(r"(?-i:[A-Z0-9])[\w’'.:&!\-]*(?:\s(?:(?-i:[A-Z0-9])[\w’'.:&!\-]*|of|the|and|in|on|a|to|from)){0,6}")


_BOOKISH = re.compile(r"\b(?:novels?|books?|manga|comics?|memoir|webtoon|bookstore|author|adapts?|adapted|adaptation|based on)\b", re.IGNORECASE)


def _not_makers(claims: Iterable[Claim]) -> list[str]:
    """The page's actors, and the authors of its sources ("Obi Lanre's The Long Tide" may be the novel's)."""
    names: list[str] = []
    for claim in claims:
        if claim.attribute == "cast_member" and isinstance(claim.value, str):
            names.append(claim.value)
        elif claim.attribute == "character" and isinstance(claim.value, dict) and claim.value.get("played_by"):
            names.append(str(claim.value["played_by"]))
        elif claim.attribute == "based_on" and isinstance(claim.value, dict) and claim.value.get("author"):
            names.append(str(claim.value["author"]))
    return names


def _work_at(ctx: SentenceContext, m: re.Match[str]) -> str | None:
    """The title the possessive owns: one the page knows, else a capitalised run a film noun, a "-led" star or
    quotes frame ("Rina Holt's Ivo Sarr-led Salt Road")."""
    known = next((t for t in ctx.mentions if m.start("work") - 1 <= t.start <= m.start("work")), None)
    if known is not None:
        return None if known.comparison else known.title
    framed = m.group("noun") or re.search(r"-(?:led|centered|centric|starring)\s", m.group()) or m.group().endswith(("“", '"', "‘"))
    run = _RUN.match(ctx.text, m.start("work"))
    if not framed or run is None:
        return None
    return re.sub(r"(?:\s(?:of|the|and|in|on|a|to|from))+$", "", run.group()).rstrip(".,:!")


def possessive_director_claims(readings: Iterable[SentenceContext], claims: list[Claim]) -> Iterator[Claim]:
    """A director for each film a sentence names by a person's possessive, unless that person acts on the page."""
    not_makers = _not_makers(claims)
    for ctx in readings:
        if ctx.sentence.is_heading:
            continue
        for m in _POSSESSIVE_WORK.finditer(ctx.text):
            person = m.group("person")
            while " " in person and person.split()[0].lower() in GENERIC_CAPITALS:
                person = person.split(" ", 1)[1]  # ("Given Focus Features' The Bikeriders": a sentence opener is no name)
            work = _work_at(ctx, m)
            if work is None or same_title(person, work) or any(same_person(person, c) for c in not_makers) or is_studio(person):
                continue
            if _BOOKISH.search(ctx.text):
                continue  # ("adapts Mae Corran's The Long Tide, the novel": a book's author owns the book)
            # a single surname needs a film noun to say it is the maker's ("Yuasa's 2017 film X")
            if " " not in person and not m.group("noun"):
                continue
            modality = ctx.modality(m.start()) or Modality("confirmed")
            if modality.modality == "negated":
                continue
            yield ctx.claim(work, None, "director", person, modality)
