"""Extract stage: every claim a page makes, with its modality, subject and quote.

Public API: ``extract_claims(document, window) -> list[Claim]``.

The page is cut into sentences outside its boilerplate spans; the titles it talks
about are found from its own headings and capitalised names; each sentence is then
read by one extractor per kind of claim (dated events, undated facts, people), and
restatements are merged. Dates come only from the time stage's expressions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

from airdate.extract.context import SentenceContext
from airdate.extract.characters import roles_listed_first
from airdate.extract.dedup import deduplicate
from airdate.extract.events import no_date_claims, premiere_claims
from airdate.extract.renewals import renewal_claims
from airdate.extract.facts import (
    based_on_claims,
    company_claims,
    episode_claims,
    trailer_claims,
    viewership_claims,
)
from airdate.extract.faq import answer_claims
from airdate.extract.film_directors import possessive_director_claims
from airdate.extract.films import as_films, credits_of_other_shows_on_first_season, is_film_page, shows_named_as_shows
from airdate.extract.others import SEASON_FACTS, other_claims
from airdate.extract.people import PeopleMemory, negated_cast_claims, people_claims
from airdate.extract.platforms import platform_claims
from airdate.extract.production import production_claims
from airdate.extract.relevance import could_hold_claims
from airdate.extract.sentences import glued_first_item, split_sentences
from airdate.extract.studios import studio_claims
from airdate.extract.takings import box_office_claims, rating_claims
from airdate.extract.table_rows import episode_guide_claims, is_table_row, table_row_claims
from airdate.extract.section_titles import heading_subject
from airdate.extract.titles import build_title_index
from airdate.models import Claim, Document, TimeExpression, WritingWindow
from airdate.timex import find_expressions

_EXTRACTORS: tuple[Callable[[SentenceContext], Iterable[Claim]], ...] = (
    premiere_claims,
    no_date_claims,
    renewal_claims,
    production_claims,
    platform_claims,
    trailer_claims,
    viewership_claims,
    rating_claims,
    box_office_claims,
    episode_claims,
    based_on_claims,
    company_claims,
    studio_claims,
    negated_cast_claims,
    table_row_claims,
    other_claims,
)


# "Jo Jung Suk‘s return": some pages set a left quote where the apostrophe goes; it is read as the apostrophe
# ("Copper Bells‘ Obi Lanre": a plural's bare apostrophe too)
_LEFT_QUOTE_APOSTROPHE = re.compile(r"(?<=\w)‘(?=s\b)|(?<=s)‘(?=\s)")
# how far back a pronoun ("the actor", "she") looks for the performer it stands for
RECENT_SENTENCES = 4


def _anchor(window: WritingWindow):  # type: ignore[no-untyped-def]
    if window.start is None and window.end is None:
        return None
    return window.interval


def extract_claims(document: Document, window: WritingWindow, read_on: date | None = None) -> list[Claim]:
    """The claims ``document`` makes; relative dates resolve against ``window`` (``read_on``, by default today, is
    the day the page is read: it places a weekday-dated day on a page that gives no other date)."""
    if not could_hold_claims(document):
        return []
    written = document.text
    document = replace(document, text=_LEFT_QUOTE_APOSTROPHE.sub("’", written))
    sentences = split_sentences(document)
    if not sentences:
        return []
    titles = build_title_index(document.text, sentences)
    sections = [heading_subject(s.text, titles) for s in sentences if s.is_heading]
    if titles.main is None and not any(title for title, _ in sections):
        return []
    # a roundup ("The 7 Most Anticipated Returns") gives each show its own section: outside the sections
    # nothing is about one show, and inside them the section's season is the one to come
    roundup = len({title for title, _ in sections if title}) >= 3
    # the body without the page's own title, so that a word of that title is no other name on its own
    body = " ".join(s.text for s in sentences if not s.is_heading)
    for m in reversed([m for m in titles.mentions(body) if m.is_main]):
        body = body[: m.start] + " " + body[m.end :]
    times = find_expressions(document.text, _anchor(window), read_on or date.today())
    memory = PeopleMemory(roles_first=roles_listed_first(document.text))
    claims: list[Claim] = []
    readings: list[tuple[SentenceContext, str]] = []
    previous = ""
    previous_paragraph = -1
    before_previous: tuple[str, int] = ("", -2)
    section: tuple[str | None, int | None] = (None, None)
    recent: list[str] = []  # the sentences before, most recent first
    question: SentenceContext | None = None
    for sentence in sentences:
        if sentence.is_heading and not is_table_row(sentence.text):
            # a fact-box row ("Platform | SonyLIV") sits inside its show's section; it does not open a new one
            section = heading_subject(sentence.text, titles)
            if section[0] is None:
                section = (None, None)
            elif not roundup and titles.main and section[0] != titles.main and section[1] == titles.target_season \
                    and section[0] not in body and len({title for title, _ in sections if title} - {titles.main}) == 1:
                # ("What to Know for Kestrel Season 3" on a page about the third season of "Kestrel at Moor High"
                # whose body never writes "Kestrel"): the page's show under a short name
                section = (titles.main, section[1])
        local: list[TimeExpression] = [
            _shift(t, sentence.start)
            for t in times
            if sentence.start <= t.span[0] and t.span[1] <= sentence.end
        ]
        ctx = SentenceContext.build(sentence, titles, window, document.name, document.id, local, section, roundup)
        ctx.recent = tuple(recent)
        if not sentence.is_heading:
            recent = [sentence.text, *recent[:RECENT_SENTENCES - 1]]
        if sentence.is_item and previous.rstrip().endswith(":"):
            # "These include:" leans on the sentence before it for what it asserts
            short = len(previous.split()) <= 6 and before_previous[1] == previous_paragraph
            ctx.lead = f"{before_previous[0]} {previous}" if short else previous
            ctx.lead_before = before_previous[0] if not short and before_previous[1] == previous_paragraph else ""
        elif sentence.is_item and (glued := glued_first_item(previous)):
            ctx.lead = previous[:glued]
        if not sentence.is_question and not (roundup and section[0] is None):
            if question is not None and not sentence.is_heading:
                claims.extend(answer_claims(question, ctx))
            found = [claim for extractor in _EXTRACTORS for claim in extractor(ctx)]
            claims.extend(episode_guide_claims(ctx, found))
            readings.append((ctx, previous))
        # an answer's first sentence leans on the question right before it
        question = ctx if sentence.is_question else (question if sentence.is_heading else None)
        if not sentence.is_heading and not sentence.is_item:
            before_previous = (previous, previous_paragraph)
            previous, previous_paragraph = sentence.text, sentence.paragraph
    # people are read twice: the first reading learns who is an actor and who a character anywhere on the
    # page, so that a recap before the cast list ("The first season followed Ysolde ...") is still understood
    for ctx, before in readings:
        for _ in people_claims(ctx, memory, before):
            pass
    known = PeopleMemory(real=list(memory.real), characters=list(memory.characters), recall=True, actor_first=dict(memory.actor_first),
                         roles_first=memory.roles_first, bracket_first=dict(memory.bracket_first))
    for ctx, before in readings:
        claims.extend(people_claims(ctx, known, before))
    claims.extend(implicit_renewals(claims, titles.main, titles.target_season))
    headline = sentences[0].text if sentences[0].is_heading else ""
    if is_film_page(document.text, headline, titles.main):
        claims.extend(possessive_director_claims([ctx for ctx, _ in readings], claims))
        claims = as_films(claims, titles.main, document.text, headline)
    else:
        claims = first_season_of_a_new_show(claims, titles.main, titles.target_season)
        claims += credits_of_other_shows_on_first_season(claims, titles.main)
    claims = deduplicate(shows_named_as_shows(claims, titles.main))
    return [_as_written(c, written, document.text) for c in claims] if written != document.text else claims


def _as_written(claim: Claim, written: str, read: str) -> Claim:
    """``claim`` quoting the page as written: the mended apostrophes keep every offset, so the quote's place in the
    text that was read is its place in the page."""
    def as_written(quote: str, near: int) -> str:
        at = near if read.startswith(quote, near) else read.find(quote)
        return written[at : at + len(quote)] if at >= 0 else quote

    return replace(claim, quote=as_written(claim.quote, claim.span[0]), also_quotes=tuple(as_written(q, 0) for q in claim.also_quotes))


# facts that belong to one season of a show rather than to the whole series
_SEASONAL = frozenset({"premiere_date", "trailer", "episode_count", "viewership", "production_stage"})
# and the credits and roles of a show with one season are that season's ("default to 1", says the gold README);
# so is its studio, where the one season was made
_FIRST_SEASONS = _SEASONAL | {"character", "cast_member", "director", "writer", "production_company"}


def first_season_of_a_new_show(claims: list[Claim], main: str | None, target: int | None = None) -> list[Claim]:
    """A page that never numbers a season of its show speaks of its first: "Mask Girl will be released on August
    18" is season 1's release, as the gold README files the aired show's facts."""
    if main is None or (target or 1) >= 2 or any(c.subject == main and c.season is not None and c.season >= 2 for c in claims):
        return claims
    out = [
        replace(c, season=1) if c.subject == main and c.season is None and (c.attribute in _FIRST_SEASONS or (
            c.attribute == "other" and c.value in SEASON_FACTS)) else c
        for c in claims
    ]
    # its platform is the whole show's, where the README puts "the platform of the show", and the one season's,
    # where it premieres: labellers of real pages file it under one or the other, about two to one for the show
    out += [replace(c, season=1) for c in claims if c.subject == main and c.season is None and c.attribute == "platform"]
    return out


# a season being made as surely as this was renewed as surely ("A second season is reportedly in the works")
STAGE_RENEWAL_MODALITIES = ("confirmed", "reported")


def implicit_renewals(claims: list[Claim], main: str | None, target: int | None = None) -> list[Claim]:
    """A later season the page dates as settled ("Season 4 premieres September 4") or says is being made ("Season 3
    is reportedly in the works") was renewed, though the page never says so; the gold README's own example labels
    such a return as a confirmed renewal. Seasons before the one the page awaits have aired: their renewal is
    history the page does not state."""
    renewed = {(c.season, c.modality) for c in claims if c.attribute == "renewal" and c.subject == main}
    found: list[Claim] = []
    for claim in claims:
        if claim.subject != main or claim.season is None or claim.season < max(2, target or 2) or claim.value is None:
            continue
        if claim.attribute == "premiere_date" and claim.modality in ("confirmed", "expected"):
            modality = "confirmed"
        elif claim.attribute == "production_stage" and claim.modality in STAGE_RENEWAL_MODALITIES and claim.value.get("stage") != "announced":
            modality = claim.modality
        else:
            continue
        if any(season == claim.season and (m == modality or m == "confirmed") for season, m in renewed):
            continue
        renewed.add((claim.season, modality))
        found.append(replace(claim, attribute="renewal", value={"renewed": True, "date": None, "event": None}, modality=modality))
    return found


def _shift(t: TimeExpression, offset: int) -> TimeExpression:
    return replace(t, span=(t.span[0] - offset, t.span[1] - offset))


__all__ = ["extract_claims"]
