"""Production stages (development, casting, filming, ...) and what their dates anchor."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from airdate.extract.context import SentenceContext
from airdate.extract.cues import PREMIERE_CUE, STAGES
from airdate.extract.events import OFFSET, usable
from airdate.models import Claim

_ANCHOR_START = re.compile(r"\b(?:start\w*|begin\w*|began|begun|enter\w*|commenc\w*|kick\w* off|to roll|set to begin|pencil+ed in|(?:go|goes|going|went|gone) (?:into|before))\b", re.IGNORECASE)
_ANCHOR_END = re.compile(r"\b(?:wrap\w*|finish\w*|complet\w*|until|ended|conclud\w*|done)\b", re.IGNORECASE)
_ANCHOR_AS_OF = re.compile(
    r"\b(?:currently|underway|under way|in progress|ongoing|already in|is in|are in|now in|still in|getting ready|rolling"
    r"|busy (?:with|on)|(?:is|are) (?:now )?being (?:written|developed|filmed|shot)|(?:still )?left|remaining|pending|under production|back in production|in production|unveils|announces)\b", re.IGNORECASE)
_DONE_BY_NOW = re.compile(
    r"\b(?:has|have)\s(?:\w+\s)?(?:wrapped|completed|finished|begun|started|kicked off|entered|opened|been (?:\w+ )?(?:announced|confirmed|greenlit))\b",
    re.IGNORECASE,
)
_ABSENT = re.compile(r"\b(?:participate|attend|join|take part|be present|make it)\b", re.IGNORECASE)
_SINCE = re.compile(r"\s{0,3}since\s", re.IGNORECASE)
_UNCERTAIN = re.compile(r"\b(?:know|sure|clear|certain|unclear) (?:if|whether)\b|\bwhether\b", re.IGNORECASE)


def production_claims(ctx: SentenceContext) -> Iterator[Claim]:
    if ctx.sentence.is_heading:
        return
    for stage, pattern in STAGES:
        for m in pattern.finditer(ctx.text):
            position = m.start()
            modality = ctx.modality(position)
            clause_words = ctx.clause_text(position)
            if modality is None or _UNCERTAIN.search(clause_words) or ctx.is_generic(position):
                continue
            subject = ctx.subject(position)
            if not subject:
                continue
            if stage == "filming" and re.match(r"shoot", m.group(), re.IGNORECASE) and not re.search(r"\b(?:start|begin|began|wrap|shooting|last)\w*", clause_words, re.IGNORECASE):
                continue
            if stage == "casting" and modality.modality == "negated" and re.match(r"casting (?:announcements?|news|details|updates?)\b", ctx.text[position:], re.IGNORECASE):
                continue  # "No word yet on casting announcements": no cast known yet (a cast claim), not a stage denied
            if modality.modality == "negated" and _ABSENT.search(clause_words):
                continue  # ("A could not participate in the script reading": a person missed it; the stage took place)
            value = _stage_value(ctx, stage, position, m.end(), clause_words)
            if modality.modality == "negated":
                value = None
            elif value is None:
                continue
            season = ctx.explicit_season(position, whole_sentence=False)
            if season is None:
                # recent production is for the season to come, unless the same clause says it led to a release
                recent = _recent(ctx, value) and not PREMIERE_CUE.search(clause_words.replace(m.group(), " "))
                season = ctx.aired if ctx.is_past(position) and not recent else ctx.target
            yield ctx.claim(subject, season, "production_stage", value, modality)


def _recent(ctx: SentenceContext, value: dict[str, Any] | None) -> bool:
    """Production that ended within about a year of writing is for the season still to come."""
    if not value or ctx.window.start is None:
        return False
    day = value.get("end") or value.get("start")
    if not day:
        return False
    return (ctx.window.start - date.fromisoformat(day)).days <= 400


def _stage_value(ctx: SentenceContext, stage: str, start: int, end: int, clause_words: str) -> dict[str, Any] | None:
    times = [t for t in ctx.times_in_clause(start) if usable(t) and not t.widget and not OFFSET.search(t.text)]
    clause_end = ctx.clause(start).end
    if not times and _SINCE.match(ctx.text, clause_end):
        # ("has been in development since 2019": the clause the stage is in ends before the "since" that dates it)
        times = [t for t in ctx.times if clause_end < t.span[0] <= clause_end + 20 and usable(t) and not t.widget]
    after = [t for t in times if t.span[0] >= end]
    t = after[0] if after else (times[-1] if times else None)
    local = ctx.text[max(0, start - 40) : end + 40]
    if _ANCHOR_AS_OF.search(local):
        anchor = "as_of"
    elif _ANCHOR_START.search(local) or re.search(r"\b(?:scheduled|slated|set) for\b", local, re.IGNORECASE):
        anchor = "start"
    elif _ANCHOR_END.search(local):
        anchor = "end"
    else:
        anchor = "span"
    if t is None:
        # ("has officially wrapped production", "has been announced": done by the time of writing)
        done = _DONE_BY_NOW.search(clause_words) is not None
        if anchor != "as_of" and not done and not re.search(r"\b(?:rumou?r|report|call)\w*", clause_words, re.IGNORECASE):
            return None
        window = ctx.window
        start_day, end_day = window.start, window.end
        anchor = "as_of"
        text = clause_words.strip(" ,.")
    else:
        start_day, end_day = t.interval.start, t.interval.end
        text = clause_words.strip(" ,.")
        if anchor == "end":
            start_day = None
    return {
        "stage": stage,
        "start": start_day.isoformat() if start_day else None,
        "end": end_day.isoformat() if end_day else None,
        "anchor": anchor,
        "text": text,
    }
