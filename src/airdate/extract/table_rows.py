"""Fact boxes and tables flattened into lines: "Release Date | 12 March 2026", "Directors | A, B",
"Season 1 | 14/02/2023 | 8 Episodes". Aggregator and regional sites print a show's key facts this way; the
line has no verb, so the sentence extractors find nothing in it, but the label says what the value is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from airdate.extract.context import SentenceContext
from airdate.extract.events import date_value
from airdate.extract.lexicon import PLATFORM_PATTERN
from airdate.extract.modality import Modality
from airdate.extract.seasons import find_seasons, season_ranges
from airdate.models import Claim

_CELL_BREAK = " | "
# label words -> attribute; a label is the whole first cell, lower-cased, "season N" removed
_LABELS: dict[str, str] = {
    "release date": "premiere_date", "release": "premiere_date", "premiere": "premiere_date",
    "premiere date": "premiere_date", "cinema release": "premiere_date", "theatrical release": "premiere_date",
    "expected release": "premiere_date", "expected release date": "premiere_date", "streaming date": "premiere_date",
    "air date": "premiere_date", "first aired": "premiere_date", "ott release": "premiere_date",
    "ott release date": "premiere_date", "christmas special": "premiere_date",
    "platform": "platform", "network": "platform", "channel": "platform", "broadcaster": "platform",
    "streaming": "platform", "streaming on": "platform", "where to watch": "platform", "ott platform": "platform",
    "streaming platform": "platform", "original network": "platform",
    "director": "director", "directors": "director", "directed by": "director",
    "writer": "writer", "writers": "writer", "written by": "writer", "creator": "writer", "creators": "writer",
    "created by": "writer", "showrunner": "writer",
    # an anime's staff list: its series composer writes it, its animation studio makes it
    "series composition": "writer", "script": "writer", "scripts": "writer", "screenplay": "writer",
    "series composer": "writer", "screenwriter": "writer", "scriptwriter": "writer", "script writer": "writer",
    "cast": "cast_member", "starring": "cast_member", "main cast": "cast_member", "stars": "cast_member",
    "lead cast": "cast_member", "cast members": "cast_member", "supporting cast": "cast_member",
    "production": "production_company", "production company": "production_company", "produced by": "production_company",
    "production house": "production_company", "studio": "production_company", "banner": "production_company",
    "animation production": "production_company", "animation studio": "production_company",
    "episodes": "episode_count", "total episodes": "episode_count", "number of episodes": "episode_count",
    "no. of episodes": "episode_count",
}
_COLON_ROW = re.compile(r"([A-Za-z][A-Za-z0-9 .]{1,30}?)\s{0,3}:\s{1,3}(\S[^:.;!?]{0,60})")
# (a colon row's premiere dates and cast are read by the sentence rules already)
_COLON_FACTS = frozenset({"platform", "director", "writer", "production_company", "episode_count"})
# "Not Announced", "TBA", "TBC", "Yet to be confirmed": the box says there is no value yet
_NOT_YET = re.compile(r"\b(?:not (?:yet )?(?:announced|confirmed|revealed|known)|tb[acd]|yet to be (?:announced|confirmed|revealed))\b", re.IGNORECASE)
_EXPECTED = re.compile(r"\b(?:expected|tentative|likely|rumou?red|reportedly)\b", re.IGNORECASE)
_CREDITED_WORKS = re.compile(r"(?<![\w.'’\-])(?P<name>[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,3})\s{0,3}\((?P<works>[^()]{1,80})\)")
_NUMBER = re.compile(r"\b(\d{1,4})\b")
_EPISODE_RANGE = re.compile(r"\bepisodes?\s{1,3}(\d{1,4})\s{0,3}[-–]\s{0,3}(\d{1,4})\b", re.IGNORECASE)
_EPISODE_COUNT = re.compile(r"\b(\d{1,4})\s{1,3}episodes?\b", re.IGNORECASE)
_ROW_HEAD = re.compile(r"^(?:season|series|book|part)\s{1,3}\d{1,2}$", re.IGNORECASE)
# bounded runs of spaces: an unbounded "\s+" before a literal rescans every run of spaces (quadratic)
_LIST_BREAK = re.compile(r",\s{0,3}|\s{1,3}(?:and|&)\s{1,3}")
_BRACKETED = re.compile(r"\s{0,3}\(([^()]{0,80})\)")
# where-to-watch tables name a country or region in the first cell ("India | Seasons 1-2 on JioHotstar")
_REGIONS = frozenset((
    "us", "usa", "u.s.", "united states", "america", "uk", "u.k.", "united kingdom", "britain", "india", "australia",
    "canada", "philippines", "nigeria", "ghana", "kenya", "south africa", "africa", "new zealand", "ireland", "pakistan",
    "bangladesh", "turkey", "türkiye", "germany", "france", "spain", "italy", "japan", "korea", "south korea",
    "singapore", "malaysia", "indonesia", "brazil", "mexico", "latin america", "europe", "middle east", "asia",
    "worldwide", "global", "international", "rest of the world", "other countries", "other regions",
))
# an episode guide's line: "Episode 3: "The Abbot's Debt" – airs on Sunday, April 26", "Episode 3 comes out on ..."
_EPISODE_LINE = re.compile(r"^(?:Episode|Ep\.?)\s{1,3}(\d{1,3})\b")
_ON = re.compile(r"\bon\s{1,3}(?=[A-Z0-9])")


_CREW_LABEL = re.compile(r"(?:character\s)?designs?|music|composers?|art\sdirector|sound\sdirector|original\s(?:work|creator|story)|animation")


def crew_row(text: str) -> bool:
    """A fact-box line that credits crew ("Scripts: A (Salt Road)"): its brackets hold the crew's earlier works."""
    colon = _COLON_ROW.fullmatch(text.rstrip())
    if colon is None:
        return False
    label = " ".join(colon.group(1).lower().split())
    return _LABELS.get(label) in ("director", "writer", "production_company") or _CREW_LABEL.fullmatch(label) is not None


def is_table_row(text: str) -> bool:
    """A line of a flattened table: cells joined by " | " (long teaser strips joined the same way are not)."""
    return _CELL_BREAK in text and len(text) <= 200


def table_row_claims(ctx: SentenceContext) -> Iterator[Claim]:
    """Claims of a flattened fact-box row ("Label | Value") or season-table row ("Season 1 | date | 8 Episodes")."""
    text = ctx.text
    if not is_table_row(text):
        # "Platform: Netflix", "Directed by: A": a fact box written with colons, one fact a line
        colon = _COLON_ROW.fullmatch(text.rstrip())
        label = _LABELS.get(_label_season(ctx, colon.group(1))[0]) if colon else None
        # (a short line reads as a heading, which the sentence rules for cast lists pass over)
        if colon and ctx.main and (label in _COLON_FACTS or (label in ("cast_member", "premiere_date") and ctx.sentence.is_heading)):
            yield from _fact_row(ctx, ctx.main, colon.group(1), colon.group(2), colon.start(2))
        return
    text = re.sub(r"\s*\|\s*$", "", text)  # ("Network | TVING |": a wiki box closes its last cell too)
    cells = [cell.strip() for cell in text.split(_CELL_BREAK)]
    subject = ctx.main
    if subject is None or not all(cells):
        return
    if _ROW_HEAD.match(cells[0]):
        yield from _season_row(ctx, subject, cells)
    elif cells[0].lower() in _REGIONS:
        yield from _region_row(ctx, subject, cells)
    elif len(cells) == 2:
        yield from _fact_row(ctx, subject, cells[0], cells[1], len(text) - len(cells[1]))


def _label_season(ctx: SentenceContext, label: str) -> tuple[str, int | None]:
    refs = find_seasons(label, ctx.target)
    season = refs[-1].season if refs else ctx.target
    bare = label
    for ref in reversed(refs):
        bare = bare[: ref.start] + bare[ref.end :]
    return " ".join(bare.lower().rstrip(":").split()), season


def _fact_row(ctx: SentenceContext, subject: str, label: str, value: str, offset: int) -> Iterator[Claim]:
    key, season = _label_season(ctx, label)
    attribute = _LABELS.get(key)
    # "STREAMING | RUMOR MILL" is a site's section tag, not a fact box: box labels are not shouted
    if attribute is None or label.isupper():
        return
    modality = Modality("expected") if _EXPECTED.search(f"{label} {value}") else Modality("confirmed")
    if attribute == "premiere_date":
        times = [t for t in ctx.times if t.span[0] >= offset and t.interval.start is not None]
        if times:
            t = times[0]
            interval = t.interval
            if interval.granularity == "day" and interval.start != interval.end and re.search(r"\d\s{0,3}[–—-]\s{0,3}[A-Z0-9]", t.text):
                interval = replace(interval, end=interval.start)  # ("Release Date: August 2 – September 7, 2025": the run opens then)
            yield ctx.claim(subject, season, attribute, date_value(interval, t.text), modality)
        elif _NOT_YET.search(value):
            yield ctx.claim(subject, season, attribute, None, Modality("negated"))
        return
    if _NOT_YET.search(value):
        yield ctx.claim(subject, season, attribute, None, Modality("negated"))
        return
    if attribute == "episode_count":
        number = _NUMBER.search(value)
        if number and int(number.group(1)) > 0:
            yield ctx.claim(subject, season, attribute, int(number.group(1)), modality)
        return
    for name in _names(value):
        yield ctx.claim(subject, season, attribute, name, modality)
    if attribute in ("director", "writer"):
        # ("Director: A (Red Kite, Salt Road)": the works in brackets are the crew member's earlier credits)
        for credited in _CREDITED_WORKS.finditer(value):
            for work in re.split(r",\s{0,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3}", credited.group("works")):
                if work.strip() and work.strip()[0].isupper():
                    yield ctx.claim(work.strip(), None, attribute, credited.group("name"), Modality("confirmed"))


def _names(value: str) -> list[str]:
    """The names listed in a cell; a bracketed platform is one more ("Prime Video (Amazon MX Player)"), a bracketed
    remark ("(expected)", "(Hindi dub)") is not."""
    kept = _BRACKETED.sub(lambda m: ", " + m.group(1) if PLATFORM_PATTERN.search(m.group(1)) else "", value)
    names = []
    for name in _LIST_BREAK.split(kept):
        name = name.strip(" .;,")
        if name and name[0].isupper() and len(name.split()) <= 6 and ":" not in name:
            names.append(name)
    return names


def _region_row(ctx: SentenceContext, subject: str, cells: list[str]) -> Iterator[Claim]:
    """Where to watch in one country: "UK | Sky Atlantic and NOW | Monday 9 PM" (the season the page is about) or
    "India | Seasons 1-2 on JioHotstar, Season 3 on Netflix" (each part names its seasons)."""
    confirmed = Modality("confirmed")
    value = cells[1]
    parts = [part for part in value.split(", ") if _ON.search(part)]
    if not parts:
        for name in _names(value):
            yield ctx.claim(subject, ctx.target, "platform", name, confirmed)
        return
    for part in parts:
        on = _ON.search(part)
        assert on is not None
        ranges = season_ranges(part[: on.start()], ctx.target)
        refs = find_seasons(part[: on.start()], ctx.target)
        seasons: list[int | None] = list(ranges[0][2]) if ranges else [ref.season for ref in refs] or [ctx.target]
        for name in _names(part[on.end() :]):
            for season in seasons:
                yield ctx.claim(subject, season, "platform", name, confirmed)


def _season_row(ctx: SentenceContext, subject: str, cells: list[str]) -> Iterator[Claim]:
    refs = find_seasons(cells[0], ctx.target)
    if not refs:
        return
    season = refs[0].season
    confirmed = Modality("confirmed")
    offset = len(cells[0]) + len(_CELL_BREAK)
    times = [t for t in ctx.times if t.span[0] >= offset and t.interval.start is not None]
    if times:
        yield ctx.claim(subject, season, "premiere_date", date_value(times[0].interval, times[0].text), confirmed)
    for cell in cells[1:]:
        span = _EPISODE_RANGE.search(cell)
        count = _EPISODE_COUNT.search(cell)
        if span and int(span.group(2)) >= int(span.group(1)):
            yield ctx.claim(subject, season, "episode_count", int(span.group(2)) - int(span.group(1)) + 1, confirmed)
        elif count and int(count.group(1)) > 0:
            yield ctx.claim(subject, season, "episode_count", int(count.group(1)), confirmed)


def episode_guide_claims(ctx: SentenceContext, claims: list[Claim]) -> list[Claim]:
    """An episode guide's line dates one episode: the first episode's date is the season's premiere, a later
    episode's is no premiere at all, and the episode's quoted title is never a show."""
    line = _EPISODE_LINE.match(ctx.text)
    if line is None:
        return claims
    number = int(line.group(1))
    kept: list[Claim] = []
    for claim in claims:
        if claim.attribute == "premiere_date":
            if number != 1 or ctx.main is None:
                continue
            claim = replace(claim, subject=ctx.main, season=ctx.target)
        elif claim.subject != ctx.main and claim.subject not in ctx.text[: line.end()]:
            continue
        kept.append(claim)
    return kept
