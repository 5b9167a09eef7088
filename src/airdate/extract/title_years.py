"""A year that dates another title: "the 2018 period thriller Red Canyon", "his work on Vantage (2018)", "the sequel to
2019’s super popular X". The year is the title's release, whatever the sentence is about; a film has no season.

Short anchored patterns over one sentence, read by ``events``.
"""

from __future__ import annotations

import re

from airdate.extract.context import SentenceContext
from airdate.models import TimeExpression

_FILM_WORDS = re.compile(r"\b(?:movie|film)\b", re.IGNORECASE)
# ("based on Silent Water (1978)": the year is the source's publication, no show's premiere)
_SOURCE_BEFORE = re.compile(r"\b(?:based on|adapted from|adaptation of)\s{1,3}[“\"‘]?$", re.IGNORECASE)
FILM_BEFORE = re.compile(r"\b(?:film|movie)s?\s+[“\"‘']?$", re.IGNORECASE)


def dated_title(ctx: SentenceContext, t: TimeExpression) -> tuple[str, int | None] | None:
    """The title a year dates, and its season (none for a film): "the 2018 period thriller Red Canyon", "Vantage (2018)",
    "2019’s super popular X"."""
    if t.interval.granularity != "year" or t.interval.start is None or t.interval.start.year != t.interval.end.year:  # type: ignore[union-attr]
        return None
    # "his work on Vantage (2018) and Deep Field (2022)": a year in brackets right after a title is its release
    if ctx.text[t.span[0] - 1 : t.span[0]] == "(" and ctx.text[t.span[1] : t.span[1] + 1] == ")":
        for m in ctx.mentions:
            # ('the film “Tin Coins” (2019)': a closing quote may stand between the title and its year)
            if re.fullmatch(r"[”\"’']?\s?", ctx.text[m.end : t.span[0] - 1]) and not m.is_main and not _SOURCE_BEFORE.search(
                    ctx.text, max(0, m.start - 20), m.start):
                # ("- Glass Orchard: Origins (2012)" under "The films are:": the franchise's name and the subtitle)
                season = None if re.search(r"\b(?:films?|movies?)\b", f"{ctx.lead} {ctx.text}", re.IGNORECASE) else 1
                franchise = next((p for p in ctx.mentions if re.fullmatch(r":\s", ctx.text[p.end : m.start])), None)
                return (ctx.text[franchise.start : m.end] if franchise else m.title), season
        return None
    # ("the 2018 period thriller X", "the sequel to 2019’s super popular X": the year's possessive needs no article)
    possessive = re.match(r"[’']s\s", ctx.text[t.span[1] : t.span[1] + 3]) is not None
    if not possessive and not ctx.text[max(0, t.span[0] - 8) : t.span[0]].rstrip().lower().endswith(("the", "a", "an", "its")):
        return None
    for m in ctx.mentions:
        gap = ctx.text[t.span[1] : m.start]
        if m.start >= t.span[1] and len(gap) <= 40 and not re.search(r"[,.;:]", gap):
            season = None if _FILM_WORDS.search(gap) or _FILM_WORDS.search(ctx.text[max(0, t.span[0] - 30) : t.span[0]]) else 1
            return m.title, season
    return None
