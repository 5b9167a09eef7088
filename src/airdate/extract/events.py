"""Dated events: premiere dates and their absence (renewals and cancellations are in renewals.py, production
stages in production.py).

Every date comes from the time stage's expressions; this module only decides which
event a date belongs to (the nearest event word in its clause) and what it says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

from airdate.extract.context import SentenceContext
from airdate.extract.cues import PREMIERE_CUE, RENEWAL_CUE, STAGE_CUE
from airdate.extract.modality import Modality, modality_at
from airdate.extract.title_years import FILM_BEFORE, dated_title
from airdate.models import Claim, Interval, TimeExpression
from airdate.timex.calendar import month_window, year_window


_NO_DATE = re.compile(
    r"\b(?:set|confirmed|announced|revealed|given|declared|fixed|finali[sz]ed)\s+(?:an?\s+)?(?:exact\s+|official\s+|firm\s+|specific\s+)?date\b"
    r"|\b(?:release|premiere|air|launch|debut|return)\s+(?:dates?|windows?)\b"
    # "There's no word yet on when season two of X will debut", "It's hard to say when X season 2 could be released"
    r"|\bwhen\b[^.;]{0,60}?\b(?:will|could|would|might|may|is going to)\s+(?:be\s+released|premiere|return|arrive|debut|air|drop|launch|come out|be out)\b"
    # "We don't have a definitive date for season 2 yet"
    r"|\b(?:definitive|definite|exact|official|firm|specific|concrete|confirmed)\s+(?:release\s+|premiere\s+|air\s+)?date\b"
    # "No date for the premiere of Season 2 has been set", "no particular date has been declared"
    r"|\bdates?\s+for\s+(?:the\s+)?(?:premiere|release|debut|launch|return)\b"
    r"|\bno\s+(?:exact\s+|official\s+|firm\s+|particular\s+|specific\s+|concrete\s+|definite\s+)?date\b(?!\s+for\s+(?:the\s+)?(?:trailer|teaser|filming|shoot))",
    re.IGNORECASE,
)
# "It's hard to say when X will return", "the date remains undisclosed": nobody knows the date yet
_UNKNOWN_WHEN = re.compile(r"\b(?:hard|difficult|impossible|too (?:early|soon)) to (?:say|tell|predict|know)\b|\bundisclosed\b|\bremains? to be seen\b", re.IGNORECASE)
# "The premiere date for season two will be announced later": a date still to come is not known yet
_ANNOUNCED_LATER = re.compile(
    r"\b(?:will|would|is to|are to)\s+be\s+(?:officially\s+)?(?:announced|revealed|confirmed|shared|unveiled)\s+(?:later|soon|at a later (?:date|time|stage)|in (?:the )?(?:future|due course|coming (?:weeks|months)))\b",
    re.IGNORECASE,
)
_BARE_MONTH = re.compile(r"^(?:january|february|march|april|may|june|july|august|september|october|november|december)$", re.IGNORECASE)
# past release words with no season named: the show's own release, i.e. its first season's (gold README)
# "Premiering in 2018, X stars ...": a sentence that opens on the show's premiere introduces the show
_OPENING_PREMIERE = re.compile(r"\A\s*(?:premiering|debuting|launching|first airing)\s+(?:in|on|back in)\s", re.IGNORECASE)
_SOURCE_RELEASE = re.compile(
    r"\b(?:the|this|its|original)\s(?:\w+\s)?(?:manga|manhwa|webtoon|light novel|novel|book|comic|webcomic)(?:\sseries)?\s"
    r"(?:\w+\s){0,2}(?:came out|debuted|began|started|launched|ran|was (?:first )?(?:published|released|serialized))\b[^.;]{0,20}$"
    # "Ninomiya debuted the manga in Weekly Manga Goraku magazine in October 2018": the source as the verb's object
    r"|\b(?:debuted|launched|began|started|published|serialized|released)\s(?:the|his|her|their|its)\s(?:\w+\s)?(?:manga|manhwa|webtoon|light novel|novel|book|comic|webcomic)s?\b[^.;]{0,60}$"
    # "After her book of essays X won positive reviews upon its release in 2020": the source's own release
    r"|\b(?:manga|manhwa|webtoon|novel|book|memoir|essays|comic)s?\b[^.;]{0,80}?\b(?:upon|after|since|following)\s(?:its|their)\s(?:release|publication)\s(?:in\s|on\s)?$",
    re.IGNORECASE,
)
# "based on the webtoon Tin Lanterns (Kkot), which ran from 2009 to 2011": the source's run, in a relative clause
# ("the novel, which was first published in 2000 and later re-released in an expanded edition from 2007 to 2008":
# any date of a relative clause that hangs on the source is the source's)
_SOURCE_RAN = re.compile(
    r"\b(?:manga|manhwa|webtoon|light novel|novel|book|comic|webcomic)s?\b[^.;]{0,100}?,\s(?:which|that)\s(?:first\s)?"
    r"(?:ran|was (?:first )?(?:published|serialized|released)|(?:has|had|was)\s(?:been\s)?[a-z]+ed\b[^.;]{0,100}|[^.;,]{0,40}\b(?:published|serialized|released)\b[^.;]{0,100})\s*$",
    re.IGNORECASE,
)
# a sentence about the source and its publishing only ("A manga adaptation by A ran from 2020 to 2022", "After
# publishing it digitally in 2022, Kodansha began ..."): its dates are no premiere
_SOURCE_WORDS = re.compile(r"\b(?:manga|manhwa|webtoon|light novels?|novels?|books?|comics?|volumes?|editions?|publish\w*|serializ\w*|serialis\w*)\b", re.IGNORECASE)
_SHOW_WORDS = re.compile(
    r"\b(?:anime|episodes?|seasons?|tv|television|show|film|movie|k?-?drama|stream\w*|air\w*|broadcast\w*|premier\w*|(?<!manga )adaptation|screens?)\b"
    r"|(?<!manga )(?<!novel )(?<!comic )\bseries\b",
    re.IGNORECASE,
)
_FIRST_AIRED = re.compile(r"\b(?:initially|originally|first)\s(?:broadcast|aired|premiered|released|shown|debuted)\b[^.;,]{0,40}$", re.IGNORECASE)
_SHOW_DEBUT = re.compile(r"\b(?:the show['’]s|the series['’]s?|its) (?:debut|series premiere|original release|first release)\s(?:on|in)\s$", re.IGNORECASE)
_SERIES_PREMIERE = re.compile(
    r"\b(?:premiered|debuted|launched|first aired|(?:started|began) (?:streaming|airing)|(?:was|were) (?:first |originally )?released|first released|(?:its|the show['’]s|the series['’]) (?:release|debut|premiere|launch|airing)"
    r"|came out|hit (?:netflix|screens|the streaming|hulu|disney|prime video|apple ?tv|max|hbo|peacock|paramount|crunchyroll)|arrived on)\b",
    re.IGNORECASE,
)
# a finale's date is not a premiere ("the Season 2 finale streamed on February 12")
_FINALE_CUE = re.compile(
    r"\b(?:finale|final episode|last episode|season ender|wrapped up|finish\w* airing|(?:ends?|ended|concludes?|concluded|complet(?:es|ed|ing)|wrap(?:s|ped)?) (?:up )?(?:its|the|their) (?:\w+[ -])?(?:run|season)|(?:ended|concluded|wrapped) in|(?:ended|concluded|finished|completed|ending|concluding|finishing) on"
    # "and will conclude on 28th September", "wraps up on Wednesday"
    r"|(?:will|to|would) (?:conclude|end|finish|wrap up)(?: its run)? on|(?:concludes|ends|finishes|wraps up) on"
    # "premiered on October 17, 2021, concluding its run on December 12"
    r"|(?:ended|concluded|finished|ending|concluding|finishing|wrapping up) (?:its|the|their) (?:\w+ )?run on)\b",
    re.IGNORECASE,
)
# a trailer's or teaser's own release date is not the show's
_TRAILER_CUE = re.compile(r"\b(?:trailers?|teasers?|first look|key visual|poster)\b", re.IGNORECASE)
# "ran ... until May 26", "weekly through October 10": the end of a run, never its premiere
_RUN_WORDS = re.compile(r"\b(?:ran|runs?|running|air(?:s|ed|ing)?|weekly|every|continu\w*|episodes)\b", re.IGNORECASE)
# ("ran from October 3, 2024, to March 27, 2025": the date after "to" ends the run that "from" opened)
_RUN_END_BEFORE = re.compile(r"\b(?:until|till|through|thru|up to)\s*$|\bfrom\s[^.;]{4,40}?\d,?\s+to\s+$", re.IGNORECASE)
# "the second half of Season 3" is a part of a season, not a time
_PART_OF_SEASON = re.compile(r"^\s*of\s+(?:the\s+)?(?:season|series|show|story|book|novel|film|movie)\b", re.IGNORECASE)
_RANGE = re.compile(r"^(?:from|between)\b", re.IGNORECASE)
# a release verb whose subject is not the show: its date is that thing's own
# "... along with a release date: August 27": the date is named as the premiere's whatever came with it
_RELEASE_DATE_BEFORE = re.compile(r"\b(?:release|premiere|air|launch) date\s*(?:is|of|:|-|–)?\s*$", re.IGNORECASE)
_NOT_UNTIL = re.compile(
    r"(?P<neg>\bwon['’]t|\bwill not|\bdid not|\bdidn['’]t|\bwasn['’]t|\bweren['’]t|\bnot)\s+(?:\w+\s+){0,2}?(?:until|till|before)\s+$", re.IGNORECASE
)
_OTHER_SUBJECT = re.compile(
    # ("A tribute episode is slated to air on February 19": one episode, not the season's premiere)
    # ("a big announcement dropped on March 28", "the manga's 14th volume is scheduled for release on January 22")
    r"\b(?:trailers?|teasers?|promos?|clips?|finale|final episode|last episode|special|recap|PV|key visual|poster|first look"
    # ("Book 1 premiered on the 9th of January": a numbered book or volume may be a season's own name)
    r"|announcements?|news|(?:volumes?|chapters?|books?)(?!\s\d)|issues?|novels?|games?|albums?|singles?|soundtracks?"
    r"|(?:tribute|crossover|holiday|christmas|bonus|special|anniversary|milestone|clip|flashback)\s+episode)\b"
    r"(?:\s+[\w'’\-]+){0,6}?\s+(?:will\s+|is\s+(?:set|slated|scheduled)\s+to\s+)?(?:airs?|aired|streams?|streamed|drops?|dropped|debut\w*|premiere\w*"
    r"|release[sd]?|(?:scheduled\s+)?for\s+release|arrive[sd]?|land(?:s|ed)?|came out|comes out)\b[^,.;]{0,40}$",
    re.IGNORECASE,
)
_RAN = re.compile(r"\b(?:aired|ran|airing|broadcast|streamed)\b", re.IGNORECASE)
# ("from Sunday 9th November to ...": a weekday may stand before the day)
_DAY_FIRST = re.compile(r"^\w+\s+(?:[A-Z][a-z]{2,8},?\s)?(?:\w+\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+\w+)\b")
OFFSET = re.compile(r"\b(?:after|later|before|since|ago|earlier)\b", re.IGNORECASE)


def date_value(interval: Interval, text: str) -> Any:
    """The gold JSON shape of a date: a day string, or a window with its words."""
    if interval.start is None and interval.end is None:
        return None
    if interval.start is not None and interval.start == interval.end:
        return interval.start.isoformat()
    return {
        "start": interval.start.isoformat() if interval.start else None,
        "end": interval.end.isoformat() if interval.end else None,
        "text": text,
    }


def usable(t: TimeExpression) -> bool:
    return t.interval.start is not None or t.interval.end is not None


# how many days one unit of each granularity spans at most
_UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "season": 92, "quarter": 92, "half": 184, "year": 366}


def _anchor_too_loose(t: TimeExpression) -> bool:
    """A relative date the page's uncertain writing date spreads over many units ("June 13" on an undated page is
    any June 13 of two years): as a premiere date it says nothing a reader could check, so it is left out."""
    days = t.interval.days
    unit = _UNIT_DAYS.get(t.interval.granularity)
    return t.relative and days is not None and unit is not None and days > 2 * unit + 1


# Events that date themselves, not a premiere: an announcement ("confirmed over the weekend that ..."), a report
# ("reported last month"), a cancellation, a deal, an award, an accident, a page update.
_OTHER_CUE = re.compile(
    r"\b(?:confirmed|announced|announcement|reported|revealed|said|told|canceled|cancelled|axed|acquired|bought|signed"
    r"|earned|won|nominated|nomination|broke out|updated?|posted|shared|enlisted|discharged"
    # ("Season 2, commissioned in November 2021, premiered on ...": the order's date, not the release's)
    r"|(?:re)?commissioned|greenlit|green-lit"
    # a measurement's window ("recorded 28 million views in its first week (January 12-18)", "list published Tuesday")
    r"|recorded|drew|viewed|views|averaged|ranked|charted|published|measured)\b",
    re.IGNORECASE,
)


def _aside_of(ctx: SentenceContext, t: TimeExpression) -> int | None:
    """Where the clause starts that a dating aside belongs to: "Since the first season's release, back in August
    2021, ..." dates the clause before it."""
    clause = ctx.clause(t.span[0])
    if not re.fullmatch(r"[\s,]*(?:back\s+)?(?:in|on)\s+", ctx.text[clause.start : t.span[0]]):
        return None
    earlier = [c for c in ctx.clauses if c.end <= clause.start]
    return earlier[-1].start if earlier else None


# "Series 2 started in March 2024", "we'd expect series 3 of X to start in February": a season that starts airs
_SEASON_STARTS = re.compile(
    r"\b(?:season|series)\s(?:\w+\s){1,4}?(?:to\s|will\s|should\s)?(?:start(?:s|ed)?|beg[iau]ns?|kick(?:s|ed)?\soff)\b", re.IGNORECASE
)

_MAKING = re.compile(r"\b(?:production|filming|shoot(?:ing)?|photography|cameras?|writing|scripts?)\b", re.IGNORECASE)


def nearest_cue(ctx: SentenceContext, t: TimeExpression) -> str | None:
    """Which event the date belongs to: the nearest event word in its clause."""
    clause = ctx.clause(t.span[0])
    words = ctx.text[clause.start : clause.end]
    best: tuple[int, int, str] | None = None
    aside = _aside_of(ctx, t)
    if aside is not None:
        clause = replace(clause, start=aside)
        words = ctx.text[clause.start : clause.end]
    for kind, pattern in (
        ("premiere", PREMIERE_CUE), ("renewal", RENEWAL_CUE), ("production", STAGE_CUE), ("finale", _FINALE_CUE), ("trailer", _TRAILER_CUE),
        ("other", _OTHER_CUE), ("premiere", _SEASON_STARTS),
    ):
        if pattern is _SEASON_STARTS and (STAGE_CUE.search(words) or _MAKING.search(words)):
            continue  # ("Filming for season 2 started in May": the shoot's start)
        for m in pattern.finditer(words):
            s, e = clause.start + m.start(), clause.start + m.end()
            if s < t.span[1] and t.span[0] < e:
                continue  # the cue is inside the date ("Countdown to ...")
            if kind == "other" and s >= t.span[1]:
                continue  # "returns in January, the BBC has confirmed": a trailing attribution dates nothing
            distance = t.span[0] - e if e <= t.span[0] else (s - t.span[1]) + 15  # words before the date weigh more
            # at equal distance the longer cue wins: "finishes airing next month" is a finale, not an airing
            if best is None or (distance, s) < best[:2]:
                best = (distance, s, kind)
    return best[2] if best else None


_FORMER_PLAN = re.compile(r"\b(?:previously|originally|initially|once|first)\s(?:scheduled|slated|set|planned|pegged|dated)\b", re.IGNORECASE)


def _firm(modality: Modality, t: TimeExpression, clause: str = "") -> Modality:
    """A scheduled ("set to premiere on") day is an announcement, not a forecast; one "previously scheduled" was only
    ever a plan."""
    if modality.scheduled_only and t.interval.granularity == "day" and not t.hedged and not _FORMER_PLAN.search(clause):
        return Modality("confirmed")
    return modality


_ANNOUNCED_AFTER = re.compile(
    r",\s+(?:(?:the\s+)?[A-Z][\w+&.’'\-]*\s+){1,4}(?:officially\s+)?(?:confirmed|announced|revealed|unveiled|shared|reported|said|told)\b"
)
# "... on March 6, 2026, Netflix announced.": an attribution that closes the sentence dates nothing but the release
_ATTRIBUTION_ENDS = re.compile(
    r"(?:\s(?:on|in|to|last|this|earlier)\s\w+(?:\s\w+)?|\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?[.!?\"”’']{0,4}\s{0,3}$"
)


_SCHEDULE_ROW = re.compile(r"\b\d{1,2}(?::\d{2})?\s?(?:[AaPp]\.?[Mm]\.?|JST|ET|PT|GMT)\b|\b(?:[Ee]pisode|Ep\.?)\s?\d{1,2}\b|(?<![\w,])\d{1,2}\s(?:\(\w+\)\s)?(?=[A-Z][a-z]{2,8}\s\d)")


_DECADE = re.compile(r"\b\d{3}0s\b")
_SETTING_BEFORE = re.compile(r"\b(?:set|takes?\splace|taking\splace|unfolds?|backdrop|era|period|turbulent)\b", re.IGNORECASE)
# "Set in 1975, X offers ...", "the story takes place in the summer of 1988": when the story happens
# ("set against the backdrop of the 1971 war": a war or other event the story is set in)
_SET_IN = re.compile(
    r"\b(?:set|takes?\splace|taking\splace|took\splace|unfolds?|unfolding)\s(?:in|during|around|(?:against\s)?the\sbackdrop\sof)\s"
    r"(?:the\s(?:year|summer|winter|spring|fall|autumn)\s(?:of\s)?|the\s)?$", re.IGNORECASE)


def _narrowed_later(ctx: SentenceContext, t: TimeExpression) -> bool:
    """A window that a premiere day before it in the same sentence lies inside is that day's context."""
    start, end = t.interval.start, t.interval.end
    if start is None or end is None or start == end:
        return False
    return any(u.span[1] <= t.span[0] and u.interval.start is not None and u.interval.start == u.interval.end
               and start <= u.interval.start <= end and not OFFSET.search(u.text) and nearest_cue(ctx, u) == "premiere" for u in ctx.times)


def _titles_blanked(ctx: SentenceContext) -> str:
    text = ctx.text
    for m in ctx.mentions:
        text = text[: m.start] + "x" * (m.end - m.start) + text[m.end :]
    return text


# "May 2021 and June 2022": two dates joined by "and" that the time stage reads as one window
_AND_JOINED = re.compile(r"^(?P<a>.+?)\s(?:and|&)\s(?P<b>.+)$")
_SENTENCE_STOP = re.compile(r"[.;]")


def _unit_of(day: date, unit: str) -> Interval:
    """The whole month or year (else the day itself) that ``day`` falls in, at ``unit``."""
    window = month_window(day.year, day.month) if unit == "month" else year_window(day.year) if unit == "year" else (day, day)
    return Interval(window[0], window[1], unit)


def _halves(t: TimeExpression) -> list[tuple[Interval, str]]:
    m = _AND_JOINED.match(t.text)
    first, last, unit = t.interval.start, t.interval.end, t.interval.granularity
    if m is None or first is None or last is None or unit not in ("day", "month", "year"):
        return [(t.interval, t.text)]
    return [(_unit_of(first, unit), m.group("a")), (_unit_of(last, unit), m.group("b"))]


def _paired_seasons(ctx: SentenceContext) -> dict[tuple[int, int], list[tuple[int, Interval, str]]]:
    """"Seasons 1 and 2 debuted in May 2021 and June 2022 respectively", "The first two seasons premiered on March 3,
    2020 and April 9, 2022": as many dates as the seasons named together before them go to those seasons in order."""
    for start, end, seasons in ctx.ranges:
        stop = _SENTENCE_STOP.search(ctx.text, end)
        dated = [t for t in ctx.times if usable(t) and end <= t.span[0] and (stop is None or t.span[1] <= stop.start())]
        if any(end <= r.start and (not dated or r.end <= dated[-1].span[0]) for r in ctx.seasons if r.explicit and not start <= r.start < end):
            continue  # another season named among the dates takes them itself
        halves = [(t, h) for t in dated for h in (_halves(t) if len(dated) == 1 else [(t.interval, t.text)])]
        if len(halves) != len(seasons) or len(seasons) < 2:
            continue
        paired: dict[tuple[int, int], list[tuple[int, Interval, str]]] = {}
        for season, (t, (interval, text)) in zip(seasons, halves):
            paired.setdefault(t.span, []).append((season, interval, text))
        return paired
    return {}


def premiere_claims(ctx: SentenceContext) -> Iterator[Claim]:
    # a run of four or more dated days in one sentence is an episode schedule flattened into text ("1 April 5,
    # 2025 11:30 PM 2 April 12, 2025 ..."): its days are episodes' air dates, not premieres
    if sum(1 for t in ctx.times if t.interval.granularity == "day") >= 4 and len(_SCHEDULE_ROW.findall(ctx.text)) >= 4:
        return
    # (the page's own titles are blanked once: "X: The Next Chapter premieres on ..." names no book chapter)
    untitled = _titles_blanked(ctx) if ctx.times else ctx.text
    paired = _paired_seasons(ctx) if ctx.ranges and ctx.times else {}
    for t in ctx.times:
        if not usable(t):
            continue
        if t.widget and (ctx.sentence.is_heading or "countdown" in t.text.lower()):
            subject = ctx.main
            if subject:
                yield ctx.claim(subject, ctx.explicit_season(t.span[0]) or ctx.target, "premiere_date",
                                date_value(t.interval, t.text), Modality("confirmed"), widget=True)
            continue
        if ctx.sentence.is_heading or _anchor_too_loose(t):
            continue
        dated = dated_title(ctx, t)
        if dated is not None:
            yield ctx.claim(dated[0], dated[1], "premiere_date", date_value(t.interval, t.text), Modality("confirmed"))
            continue
        if nearest_cue(ctx, t) != "premiere" or OFFSET.search(t.text) or _PART_OF_SEASON.match(ctx.text[t.span[1] :]):
            continue
        if _narrowed_later(ctx, t):
            continue  # "premieres on October 24, leading the Fall 2024 schedule": the day says it all
        named_date = _RELEASE_DATE_BEFORE.search(ctx.text[max(0, t.span[0] - 30) : t.span[0]])
        if not named_date and _OTHER_SUBJECT.search(untitled[max(ctx.clause(t.span[0]).start, t.span[0] - 100) : t.span[0]]):
            continue  # "the first full trailer dropped on May 13", "the Season 1 finale aired on March 8"
        run_end = _RUN_END_BEFORE.search(ctx.text[max(0, t.span[0] - 60) : t.span[0]]) or re.match(r"^(?:until|till|through)\b", t.text, re.IGNORECASE)
        if run_end and _RUN_WORDS.search(ctx.clause_text(t.span[0])):
            continue  # "wait until next year" and "may not arrive until spring" still date a premiere
        if _BARE_MONTH.match(t.text) and re.match(r"^ [A-Z]", ctx.text[t.span[1] :]):
            continue  # "navigator June Okafor": a month word that starts a name
        if (_DECADE.search(t.text) and _SETTING_BEFORE.search(ctx.text[max(0, t.span[0] - 60) : t.span[0]])) or _SET_IN.search(ctx.text, max(0, t.span[0] - 40), t.span[0]):
            continue  # "set against South Korea in the turbulent 1970s": when the story happens, not when it airs
        announced = _ANNOUNCED_AFTER.match(ctx.text, t.span[1])
        if announced and not _ATTRIBUTION_ENDS.match(ctx.text, announced.end()):
            continue  # "On February 6, 2025, SBS confirmed that ...": the date of the announcement
        if _SOURCE_RELEASE.search(ctx.text[ctx.clause(t.span[0]).start : t.span[0]]) or _SOURCE_RAN.search(ctx.text, max(0, t.span[0] - 260), t.span[0]) \
                or (_SOURCE_WORDS.search(ctx.text) and not _SHOW_WORDS.search(ctx.text)):
            continue  # "the manga first came out in May 2015": the source's publication, not the show's premiere
        modality = ctx.modality(t.span[0])
        tail = max(0, t.span[0] - 40)
        not_until = _NOT_UNTIL.search(ctx.text[tail : t.span[0]])
        interval = t.interval
        if not_until and modality is not None and modality.modality == "negated" and interval.start is not None:
            # "won't debut until 2025": no premiere before then, so a window that opens with that date
            cut, stop = tail + not_until.start("neg"), tail + not_until.end("neg")
            modality = modality_at(ctx.text[:cut] + " " * (stop - cut) + ctx.text[stop:], t.span[0])
            if not re.match(r"(?:did|was|were)", not_until.group("neg"), re.IGNORECASE):
                interval = Interval(interval.start, None, interval.granularity)  # ("did not arrive until March": it did then)
        if modality is None or modality.modality == "negated" or ctx.is_generic(t.span[0]):
            continue
        modality = _firm(modality, t, ctx.clause_text(t.span[0]))
        subject = ctx.subject(t.span[0])
        if not subject:
            continue
        if t.span in paired:
            for each, interval, text in paired[t.span]:
                yield ctx.claim(subject, each, "premiere_date", date_value(interval, text), modality)
            continue
        season = ctx.explicit_season(t.span[0], whole_sentence=False)
        aside = _aside_of(ctx, t)
        if season is None and aside is not None:
            season = next((r.season for r in ctx.seasons if aside <= r.start < t.span[0]), None)
        # a date before the page was written is a premiere that has happened, whatever the verb's tense
        before_writing = ctx.window.start is not None and t.interval.end is not None and t.interval.end < ctx.window.start
        opening = _OPENING_PREMIERE.match(ctx.text) is not None and t.span[0] < ctx.clause(0).end
        # ("After the show's debut on July 2, 2020, X is moving ahead": the show's own debut is its first season's)
        show_debut = _SHOW_DEBUT.search(ctx.text[max(0, t.span[0] - 30) : t.span[0]]) is not None
        if ctx.is_main(subject) and _FIRST_AIRED.search(ctx.text[max(0, t.span[0] - 50) : t.span[0]]):
            season = 1  # ("Initially broadcast on Channel 4 in June 2018, X was renewed for a second series": the show's start)
        if season is None and ctx.is_main(subject) and (
                (ctx.is_past(t.span[0]) or before_writing) and _SERIES_PREMIERE.search(ctx.clause_text(t.span[0])) or opening or show_debut):
            season = 1  # "X premiered on Hulu in January 2023", "a hit since its debut in 2016": the show's first season
        if season is None:
            season = (ctx.aired if ctx.is_past(t.span[0]) or before_writing else ctx.target) if ctx.is_main(subject) else 1
            # ("made her debut in 2012 with the film In the Summer": a film has no season)
            if not ctx.is_main(subject) and any(m.title == subject and FILM_BEFORE.search(ctx.text, max(0, m.start - 14), m.start) for m in ctx.mentions):
                season = None
        if _RANGE.match(t.text) and interval.start is not None and _DAY_FIRST.search(t.text):
            # "aired from July 6 to September 21": a run's premiere is its first day
            interval = Interval(interval.start, interval.start, "day")
        elif _RANGE.match(t.text) and interval.start is not None and _RAN.search(ctx.clause_text(t.span[0])):
            # "aired from October 2022 to March 2023", "ran from 2020 to 2023": the run opened in its first month or year
            if interval.granularity in ("month", "year"):
                interval = _unit_of(interval.start, interval.granularity)
        yield ctx.claim(subject, season, "premiere_date", _bounded(ctx, t, date_value(interval, t.text)), modality)


# "back by October 2023": a deadline bounds the premiere from above only; "January 2024 at the earliest" from below
# (the gold shapes {start: null, end} and {start, end: null})
_BY_BEFORE = re.compile(r"\bby\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
_EARLIEST_AFTER = re.compile(r"\s{0,3},?\s{0,3}(?:at the (?:earliest|soonest)|or later)\b", re.IGNORECASE)


def _bounded(ctx: SentenceContext, t: TimeExpression, value: Any) -> Any:
    if not t.open_ended or t.interval.start is None or t.interval.end is None:
        return value
    if _BY_BEFORE.search(ctx.text[max(0, t.span[0] - 12) : t.span[0]]):
        return {"start": None, "end": t.interval.end.isoformat(), "text": "by " + t.text}
    if _EARLIEST_AFTER.match(ctx.text, t.span[1]) and t.interval.start != t.interval.end:
        return {"start": t.interval.start.isoformat(), "end": None, "text": t.text + " at the earliest"}
    return value


def no_date_claims(ctx: SentenceContext) -> Iterator[Claim]:
    if ctx.sentence.is_heading:
        return  # "Shows You Can't Miss": a headline's negation is rhetoric, not a missing date
    for m in _NO_DATE.finditer(ctx.text):
        modality = ctx.modality(m.start())
        if modality is not None and modality.modality != "negated" and (
                _ANNOUNCED_LATER.search(ctx.clause_text(m.start())) or _UNKNOWN_WHEN.search(ctx.text, 0, m.start())):
            modality = Modality("negated")
        if modality is None or modality.modality != "negated":
            continue
        subject = ctx.subject(m.start())
        if subject:
            season = ctx.explicit_season(m.start()) or (ctx.target if ctx.is_main(subject) else None)
            yield ctx.claim(subject, season, "premiere_date", None, modality)
