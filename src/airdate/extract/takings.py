"""Viewership told otherwise than in viewers: a broadcast rating in percent ("recorded 6.9 percent nationwide,
according to Nielsen Korea") and the money a film took at the box office ("grossed $106.4 million").

Counts of viewers, views and hours are read in facts.py; these two need a cue elsewhere in the sentence to say the
number measures an audience, since a bare percentage or sum of money measures many things.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from airdate.extract.context import SentenceContext
from airdate.extract.facts import MULTIPLIERS, viewership_season
from airdate.extract.modality import Modality
from airdate.models import Claim

_RATING_CUE = re.compile(r"\b(?:ratings?|nielsen|tnms|viewership|audience share)\b", re.IGNORECASE)
# ("95% on Rotten Tomatoes", "a 20% discount": a score or a price, not an audience)
_NOT_RATING = re.compile(r"\b(?:rotten|tomatoes|metacritic|imdb|critics?|approval|score|discount|tax|off)\b", re.IGNORECASE)
# ("rose 0.4%p", "2.1 percentage points": a change between two ratings, not a rating)
_PERCENT = re.compile(r"(?<![\w.,])(?P<num>\d{1,2}(?:\.\d{1,2})?)\s?(?:%|percent\b|per cent\b)(?!\s?p\b|\s?points?\b|age\b)", re.IGNORECASE)
# a rating firm measures; it does not rumour ("according to Nielsen Korea, the finale recorded 6.9 percent")
_MEASURED_BY = re.compile(r"\baccording to (?:[\w\-]+ ){0,3}(?:Nielsen|TNmS|Kantar|AGB)\b", re.IGNORECASE)
_DENIED_BEFORE = re.compile(r"(?:\b(?:not|never|no|yet to)\b|n['’]t\b)", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(r"\bby\s+$|\b(?:up|down)\s+$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(r"(?<!\s)\s+(?:increase|decrease|drop|rise|jump|fall|gain|higher|lower|more|less)\b", re.IGNORECASE)

_TAKINGS_CUE = re.compile(
    r"\b(?:box[- ]office|gross(?:ed|es|ing)?|earn(?:ed|ing|s)?|bringing in|brought in|took in|taken in|haul(?:ed)?"
    r"|opening weekend|ticket sales|in (?:its|the) (?:first|opening)|domestic(?:ally)?|worldwide|globally)\b",
    re.IGNORECASE,
)
# ("on a $20 million budget", "a deal worth $50 million": the sum a film cost or fetched, beside the one it took)
_SPENT_BEFORE = re.compile(r"\b(?:budget|cost|costs|costing|paid|pay|salary|deal|fee|price|valued|worth|bid|acquired|raised|fund\w*)\b[^,;$]{0,20}$", re.IGNORECASE)
_SPENT_AFTER = re.compile(r"\s(?:production\s)?(?:budget|deal|price|salary|fee|check)\b", re.IGNORECASE)
_MONEY = re.compile(
    r"(?<![\w$])(?:US)?\$\s?(?P<num>\d{1,3}(?:,\d{3})+|\d{1,4}(?:\.\d{1,2})?)(?:\s?(?P<mult>million|billion|thousand|m|bn|k)\b)?"
    r"|(?<![\w.])(?P<num2>\d{1,4}(?:\.\d{1,2})?)\s(?P<mult2>million|billion)\s(?:USD|US dollars|dollars)\b",
    re.IGNORECASE,
)


def rating_claims(ctx: SentenceContext) -> Iterator[Claim]:
    """Each broadcast rating a sentence about ratings gives, in percent."""
    if ctx.sentence.is_heading or not _RATING_CUE.search(ctx.text) or _NOT_RATING.search(ctx.text):
        return
    for m in _PERCENT.finditer(ctx.text):
        if _CHANGE_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()) or _CHANGE_AFTER.match(ctx.text, m.end()):
            continue
        modality = ctx.modality(m.start())
        subject = ctx.subject(m.start())
        if modality is None or not subject or float(m.group("num")) == 0:
            continue  # ("ratings in the 0% range": a band, not a figure)
        if modality.modality == "reported" and _MEASURED_BY.search(ctx.text):
            modality = Modality("confirmed")
        # ("tanked to 0.7%, a number MBC has never seen": the denial after the figure is about something else)
        if modality.modality == "negated" and not _DENIED_BEFORE.search(ctx.text, ctx.clause(m.start()).start, m.start()):
            modality = Modality("confirmed")
        value = {"amount": float(m.group("num")), "unit": "percent", "window": None, "text": m.group().strip()}
        yield ctx.claim(subject, viewership_season(ctx, subject, m.start()), "viewership", value, modality)


def box_office_claims(ctx: SentenceContext) -> Iterator[Claim]:
    """Money a work took ("grossed $106.4 million worldwide"), in US dollars."""
    if ctx.sentence.is_heading or not _TAKINGS_CUE.search(ctx.text):
        return
    for m in _MONEY.finditer(ctx.text):
        if _SPENT_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()) or _SPENT_AFTER.match(ctx.text, m.end()):
            continue
        number = float((m.group("num") or m.group("num2")).replace(",", ""))
        amount = int(round(number * MULTIPLIERS.get((m.group("mult") or m.group("mult2") or "").lower(), 1)))
        if amount < 10_000:
            continue
        modality = ctx.modality(m.start())
        subject = ctx.subject(m.start())
        if modality is None or not subject:
            continue
        value = {"amount": amount, "unit": "USD", "window": None, "text": m.group().strip()}
        yield ctx.claim(subject, viewership_season(ctx, subject, m.start()), "viewership", value, modality)
